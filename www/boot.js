// Starts the sidebar in any entry page (the demo's sidebar.html, the Zendesk, Freshdesk and
// extension pages): loads the wasm while the host adapter connects, then mounts. `make build`
// and `make dist` put this file next to the page's pkg/ directory.

/**
 * `createHost()` resolves to the host object of docs/host-interface.md. Resolves to the host,
 * or to null when the sidebar could not start (the reason is shown in `root`).
 */
export async function start(createHost, root = document.getElementById("orderlens")) {
    // Marks for the paint benchmark's breakdown (scripts/bench-web-paint.mjs); the wasm adds
    // "orderlens-panel-painted" once the order panel is in the DOM.
    performance.mark("orderlens-boot");
    try {
        // Compile the wasm while the adapter talks to its host: neither waits for the other.
        const [host, mount] = await Promise.all([createHost(), loadWasm()]);
        performance.mark("orderlens-mount");
        dropBootSkeletonWhenDrawn(root);
        mount(root, host); // the sidebar tells the host its height itself (host.resize)
        return host;
    } catch (error) {
        console.error("orderlens could not start", error);
        showFailure(root, error);
        return null;
    }
}

/**
 * The wasm module's mount(). Imported here rather than at the top so that a broken or
 * mismatched build shows up as a message in the sidebar, not as a page that never draws.
 */
async function loadWasm() {
    const wasm = await import("./pkg/orderlens.js");
    // A module early.js is already compiling, else the glue's own fetch and streaming compile.
    const early = globalThis.orderlensWasm;
    const compiled = early ? early.then((module) => wasm.default({ module_or_path: module }), () => wasm.default()) : wasm.default();
    await compiled;
    if (typeof wasm.mount !== "function") throw new Error("This orderlens build has no mount(): rebuild it with `make build`.");
    // The language packs (lang/<code>.olp) sit beside this file in every package.
    wasm.packs_from?.(new URL("lang/", import.meta.url).href);
    return wasm.mount;
}

/** Drop the page's boot skeleton (`.ol-boot`, if it has one) once the sidebar has drawn. */
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

/** A failure before the sidebar could draw: plain text where the agent looks, not in a console. */
export function showFailure(root, error) {
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
