// Host adapter for the demo helpdesk (www/demo/): the sidebar runs in an iframe and talks to
// the demo page over postMessage, the way a real helpdesk app talks to its host frame.
// Implements docs/host-interface.md.

import { defineHost, fetchProxy, localeOf, newTabOf, publicSettings } from "./common.js";
import { accept, peer, send } from "./demo-protocol.js";

// The demo proxy runs `orderlens serve --sandbox`, whose token is the literal "sandbox".
// The token lives here, in the host adapter: the wasm never sees it.
const PROXY_TOKEN = "sandbox";

// A call the demo page does not answer within this long is a bug in the page, not slowness.
const CALL_TIMEOUT_MS = 10_000;

const SETTINGS = (win) => publicSettings({
    proxyConfigured: true,
    sellerName: "Northwind Outfitters",
    tags: true,
    // Host field ids of the demo ticket form (www/demo/demo.js shows them by these ids).
    fieldMap: { order_id: "order_id", marketplace: "marketplace", kind: "message_kind" },
    // The proxy serving this page has the admin pages (and their email checklist).
    setupUrl: `${win.location.origin}/setup`,
});

/** Connects to the demo page; resolves once the page has answered, so locale() is known. */
export async function createHost(win = window) {
    if (win.parent === win) throw new Error("The demo host runs inside the demo helpdesk: open /demo/.");
    // The page says where it lives (?origin=, as Zendesk does); messages go there and only there.
    const page = peer(win.parent, pageOrigin(win));

    const pending = new Map();
    let nextId = 1;
    let changed = () => {};
    // The open ticket, as the page last said: it answers hello with it and tells every switch
    // and new comment, so ticket() needs no round trip through a busy page.
    let current = null;

    win.addEventListener("message", (event) => {
        const msg = accept(event, page);
        if (!msg) return;
        if (msg.type === "reply" && pending.has(msg.id)) {
            const { resolve, reject, timer } = pending.get(msg.id);
            pending.delete(msg.id);
            clearTimeout(timer);
            if (msg.ok) resolve(msg.value);
            else reject(new Error(String(msg.error)));
        } else if (msg.type === "ticket-changed") {
            current = msg.ticket ?? null;
            changed();
        }
    });

    function call(method, ...args) {
        const id = nextId++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                pending.delete(id);
                reject(new Error(`the demo page did not answer ${method}()`));
            }, CALL_TIMEOUT_MS);
            pending.set(id, { resolve, reject, timer });
            send(page, { type: "call", id, method, args });
        });
    }

    // For the paint benchmark (scripts/bench-web-paint.mjs): how long the page's handshake takes.
    performance.mark("orderlens-host-asked");
    const hello = await call("hello");
    performance.mark("orderlens-host-answered");
    current = hello?.ticket ?? null;

    return defineHost({
        ticket: () => current,
        watch: (notify) => (changed = notify),
        insertReply: (text) => call("insertReply", text),
        addTags: (tags) => call("addTags", tags),
        setField: (id, value) => call("setFields", { [id]: value }),
        resize: (height) => send(page, { type: "resize", height }),
        // The proxy that serves this page; the token lives here, never in the wasm.
        request: (req) => fetchProxy((url, init) => win.fetch(url, init), win.location.origin, PROXY_TOKEN, req),
        locale: localeOf(hello?.locale, win.navigator.language),
        openUrl: (href) => openTicketOrTab(href),
        settings: SETTINGS(win),
        // The page keeps drafts in its own session storage: the browser may refuse this
        // cross-site frame its own.
        extras: {
            relatedTickets: (query) => call("relatedTickets", query),
            loadDraft: (key) => call("loadDraft", key),
            saveDraft: (key, value) => call("saveDraft", key, value).catch(() => {}),
        },
    });

    /** A related ticket's link is the demo page with ?ticket=: open it there, like a helpdesk would. */
    function openTicketOrTab(href) {
        const url = new URL(href);
        const ticket = url.searchParams.get("ticket");
        if (url.origin === page.origin && url.pathname.startsWith("/demo/") && ticket) return call("openTicket", ticket).catch(() => {});
        return newTabOf(win)(href);
    }
}

/** The demo page's origin from ?origin=…; without it, our own (the page and sidebar share it). */
function pageOrigin(win) {
    const given = new URLSearchParams(win.location.search).get("origin");
    if (!given) return win.location.origin;
    const url = new URL(given);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Not a web origin: ${given}`);
    return url.origin;
}
