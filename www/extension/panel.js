// The extension's side panel (Chrome) / sidebar (Firefox): the wasm sidebar on the extension host.
import { start } from "../boot.js";
import { createExtensionHost } from "./host.js";

const api = globalThis.browser ?? globalThis.chrome;
const picker = document.getElementById("pick-marketplace");
const select = document.getElementById("marketplace");

/** sellercentral-europe serves several marketplaces: let the seller say which one. */
function askMarketplace(candidates, choose) {
    select.replaceChildren(new Option("Choose…", ""), ...candidates.map((c) => new Option(`${c.country} (${c.code})`, c.code)));
    select.onchange = () => {
        if (select.value) {
            picker.hidden = true;
            choose(select.value);
        }
    };
    picker.hidden = false;
}

const host = await start(() => createExtensionHost({ onNeedsMarketplace: askMarketplace }));
if (host) document.getElementById("not-configured").hidden = host.settings().proxyConfigured;
// New proxy settings take effect at once.
api.storage.onChanged.addListener((_changes, area) => {
    if (area === "local") location.reload();
});
