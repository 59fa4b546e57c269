// The postMessage protocol between the demo helpdesk page (parent) and the sidebar iframe.
// As in a real helpdesk the sidebar runs on another origin than the page (the demo serves
// itself on 127.0.0.1 and the sidebar on localhost, or the other way round), so each side
// accepts a message only from the one window it talks to *and* from that window's origin.

export const PROTOCOL = "orderlens-demo/1";

/** A peer: the other window and the origin it must have. */
export function peer(win, origin) {
    return { win, origin };
}

/** The message `event` carries, if it is ours and comes from `from`; otherwise null. */
export function accept(event, from) {
    if (event.source !== from.win || event.origin !== from.origin) return null;
    const msg = event.data;
    return msg && typeof msg === "object" && msg.protocol === PROTOCOL ? msg : null;
}

/** Post `msg` to `to`, never to "*": only the expected origin may read it. */
export function send(to, msg) {
    to.win.postMessage({ protocol: PROTOCOL, ...msg }, to.origin);
}

/**
 * The origin the demo serves the sidebar from, given the page's URL: the other loopback name on
 * the same port, so the sidebar is cross-origin (its own renderer process, as in a helpdesk).
 * Any other host keeps the page's origin.
 */
export function sidebarOrigin(pageUrl) {
    const url = new URL(pageUrl);
    const other = { "127.0.0.1": "localhost", localhost: "127.0.0.1" }[url.hostname];
    if (!other) return url.origin;
    url.hostname = other;
    return url.origin;
}
