// Starts the sidebar in a packaged entry page (Zendesk, Freshdesk, extension panel): loads the
// wasm while the host adapter connects, mounts, keeps the host's frame fitted to the content.
// `make dist` puts this file next to the package's pkg/ directory.
import init, { mount } from "./pkg/orderlens.js";

/** `createHost()` resolves to the host object of docs/host-interface.md. */
export async function start(createHost, root = document.getElementById("orderlens")) {
    try {
        // Compile the wasm while the adapter talks to its host: neither waits for the other.
        const ready = Promise.all([createHost(), init()]);
        warmUpTimeZones();
        const [host] = await ready;
        mount(root, host);
        keepFrameFitted(host);
        return host;
    } catch (error) {
        console.error("orderlens could not start", error);
        showFailure(root, error);
        return null;
    }
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

/** Tell the host whenever the content grows or shrinks, so its frame fits without scrolling. */
function keepFrameFitted(host) {
    let last = 0;
    const fit = () => {
        const height = document.documentElement.scrollHeight;
        if (height !== last) {
            last = height;
            host.resize(height);
        }
    };
    new ResizeObserver(fit).observe(document.body);
    fit();
}

/** A failure before the sidebar could draw: plain text where the agent looks. */
function showFailure(root, error) {
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
