// Entry of the Zendesk ticket-sidebar app: the ZAF client, then the wasm sidebar on top of it.
import init, { mount } from "./pkg/orderlens.js";
import { createZendeskHost } from "./hosts/zendesk.js";

function fail(message) {
    const p = document.getElementById("orderlens-boot");
    p.textContent = message;
    p.hidden = false;
}

// ZAFClient.init() is false outside Zendesk (no origin/app_guid in the URL).
const client = window.ZAFClient ? window.ZAFClient.init() : false;
if (!client) {
    fail("orderlens runs inside Zendesk Support: install the app and open a ticket.");
} else {
    try {
        const [host] = await Promise.all([createZendeskHost(client), init()]);
        mount(document.getElementById("orderlens"), host);
    } catch (e) {
        console.error("orderlens failed to start", e);
        fail("orderlens could not start. Reload the ticket; if it stays, tell your Zendesk admin.");
    }
}
