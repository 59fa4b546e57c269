// Entry of the Freshdesk ticket-sidebar app: the Freshworks client, then the wasm sidebar.
import init, { mount } from "./pkg/orderlens.js";
import { createFreshdeskHost } from "./freshdesk.js";

function fail(e) {
    console.error("orderlens failed to start", e);
    const p = document.getElementById("orderlens-boot");
    p.textContent = "orderlens could not start. Reload the ticket; if it stays, tell your Freshdesk admin.";
    p.hidden = false;
}

// The client script loads async; wait for it rather than race it.
function freshworksApp() {
    if (window.app) return Promise.resolve(window.app);
    return new Promise((resolve, reject) => {
        const tag = document.getElementById("appclient");
        tag.addEventListener("load", () => resolve(window.app));
        tag.addEventListener("error", () => reject(new Error("the Freshworks client did not load")));
    });
}

try {
    const client = await (await freshworksApp()).initialized();
    const ready = Promise.all([createFreshdeskHost(client), init()]).then(([host]) => host);
    let mounted = false;
    // Registered at once so the first activation is never missed. The first one mounts the
    // sidebar; later ones (the agent came back to the app) re-read the ticket.
    client.events.on("app.activated", async () => {
        try {
            const host = await ready;
            if (mounted) return host.ticketMayHaveChanged();
            mounted = true;
            mount(document.getElementById("orderlens"), host);
        } catch (e) {
            fail(e);
        }
    });
} catch (e) {
    fail(e);
}
