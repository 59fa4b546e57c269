// The sidebar page of the demo helpdesk: picks the host adapter for the page we are in and
// starts the sidebar (boot.js). Everything helpdesk-specific lives in hosts/*.js; the wasm only
// ever sees the host object described in docs/host-interface.md. The Zendesk, Freshdesk and
// extension packages start from their own entry pages with the same boot.js.

import { showFailure, start } from "./boot.js";

// Host adapters by name, loaded on demand: each resolves to the host object.
const ADAPTERS = {
    demo: async (win) => (await import("./hosts/demo.js")).createHost(win),
};

/** Which adapter this page needs: `?host=<name>`, else what the surroundings say. */
function hostName() {
    const asked = new URLSearchParams(window.location.search).get("host");
    if (asked) return asked;
    return insideDemoPage() ? "demo" : null;
}

function insideDemoPage() {
    try {
        return window.parent !== window && window.parent.location.pathname.startsWith("/demo/");
    } catch {
        return false; // a parent on another origin is not our demo page
    }
}

const root = document.getElementById("orderlens");
const name = hostName();
if (Object.hasOwn(ADAPTERS, name)) {
    start(() => ADAPTERS[name](window), root);
} else {
    showFailure(root, new Error(name ? `Unknown host "${name}".` : "Open the sidebar from a helpdesk, or try the demo at /demo/."));
}
