// The postMessage protocol between the demo helpdesk page (parent) and the sidebar iframe.
// Both sides are served by the same orderlens proxy, so every message must come from our own
// origin *and* from the one window we talk to: a message from any other frame is ignored.

export const PROTOCOL = "orderlens-demo/1";

/** The message `event` carries, if it is ours and comes from `peer`; otherwise null. */
export function accept(event, peer) {
    if (event.origin !== window.location.origin || event.source !== peer) return null;
    const msg = event.data;
    return msg && typeof msg === "object" && msg.protocol === PROTOCOL ? msg : null;
}

/** Post `msg` to `peer`, never to "*": only our own origin may read it. */
export function send(peer, msg) {
    peer.postMessage({ protocol: PROTOCOL, ...msg }, window.location.origin);
}
