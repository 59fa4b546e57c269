// Boots the sidebar: picks the host adapter for the page we are in, loads the wasm, mounts.
// Everything helpdesk-specific lives in hosts/*.js; the wasm only ever sees the host object
// described in docs/host-interface.md.

// Host adapters by name: each entry resolves to the host object of docs/host-interface.md.
// Modules load on demand so each page downloads only its own adapter. The Zendesk, Freshdesk
// and browser-extension entries plug in here (e.g. ZAFClient.init() → createZendeskHost).
const ADAPTERS = {
    demo: async (win) => (await import("./hosts/demo.js")).createHost(win),
};

/** Which adapter this page needs: `?host=<name>`, else what the surroundings say. */
function hostName() {
    const asked = new URLSearchParams(window.location.search).get("host");
    if (asked) return asked;
    if (insideDemoPage()) return "demo";
    // Next: ZAF iframes carry ?origin=…&app_guid=…, Freshworks pages load {{{appclient}}},
    // extension pages run under chrome-extension:// or moz-extension://.
    return null;
}

function insideDemoPage() {
    try {
        return window.parent !== window && window.parent.location.pathname.startsWith("/demo/");
    } catch {
        return false; // a parent on another origin is not our demo page
    }
}

/** Drop the boot skeleton as soon as the sidebar has drawn anything of its own. */
function dropBootSkeletonWhenDrawn(root) {
    const boot = document.querySelector(".ol-boot");
    if (!boot) return;
    const drawn = () => root.firstChild !== null;
    if (drawn()) return boot.remove();
    const watch = new MutationObserver(() => {
        if (drawn()) {
            boot.remove();
            watch.disconnect();
        }
    });
    watch.observe(root, { childList: true });
}

/** A failure before the sidebar could draw: plain text, in the agent's face, not in a console. */
function showBootFailure(root, error) {
    document.querySelector(".ol-boot")?.remove();
    const box = document.createElement("div");
    box.className = "ol-boot-failure";
    box.setAttribute("role", "alert");
    const title = document.createElement("strong");
    title.textContent = "orderlens could not start";
    const detail = document.createElement("p");
    detail.textContent = error instanceof Error ? error.message : String(error);
    box.append(title, detail);
    root.replaceChildren(box);
}

/**
 * The wasm module's mount(). Imported here rather than at the top so that a broken or
 * mismatched build shows up as a message in the sidebar, not as a skeleton that never ends.
 */
async function loadWasm() {
    const wasm = await import("./pkg/orderlens.js");
    const compiled = wasm.default();
    warmUpTimeZones();
    await compiled;
    if (typeof wasm.mount !== "function") throw new Error("This orderlens build has no mount(): rebuild it with `make build`.");
    return wasm.mount;
}

/**
 * The first time-zone-aware Intl formatter of a page initialises ICU's zone data: about 20 ms of
 * main thread that would otherwise land inside the first order panel (purchase times are shown in
 * the marketplace's zone). Called once the wasm download and compile are under way, so it fills
 * time the main thread would spend waiting anyway.
 */
function warmUpTimeZones() {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" }).formatToParts(0);
    } catch {
        // No Intl time zones: the sidebar shows the agent's time only.
    }
}

async function boot() {
    // Marks for the benchmark's breakdown (scripts/bench-web-paint.mjs); the wasm adds
    // "orderlens-panel-painted" once the order panel is in the DOM.
    performance.mark("orderlens-boot");
    const root = document.getElementById("orderlens");
    try {
        const name = hostName();
        const connect = Object.hasOwn(ADAPTERS, name) ? ADAPTERS[name] : null;
        if (!connect) {
            throw new Error(name ? `Unknown host "${name}".` : "Open the sidebar from a helpdesk, or try the demo at /demo/.");
        }
        // Compile the wasm while the adapter talks to its host: neither waits for the other.
        const [host, mount] = await Promise.all([connect(window), loadWasm()]);
        performance.mark("orderlens-mount");
        dropBootSkeletonWhenDrawn(root);
        mount(root, host); // it fits the frame itself: host.resize() after every redraw
    } catch (error) {
        console.error(error);
        showBootFailure(root, error);
    }
}

boot();
