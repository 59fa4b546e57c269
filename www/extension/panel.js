// The extension's side panel (Chrome) / sidebar (Firefox): the wasm sidebar on the extension host.
import init, { mount } from "../pkg/orderlens.js";
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

try {
    const [host] = await Promise.all([createExtensionHost({ onNeedsMarketplace: askMarketplace }), init()]);
    document.getElementById("not-configured").hidden = host.settings().proxyConfigured;
    mount(document.getElementById("orderlens"), host);
    // New proxy settings take effect at once.
    api.storage.onChanged.addListener((_changes, area) => {
        if (area === "local") location.reload();
    });
} catch (e) {
    console.error("orderlens failed to start", e);
    const p = document.getElementById("orderlens-boot");
    p.textContent = "orderlens could not start. Close and reopen the panel; if it stays, reinstall the extension.";
    p.hidden = false;
}
