// Host adapter for the Freshdesk ticket sidebar (Freshworks platform 3.0). Implements
// docs/host-interface.md on the Freshworks client (`await app.initialized()`).
//
// Proxy calls go through request templates (config/requests.json): Freshworks fills in the
// secure iparam `proxy_token` on its servers, so the token never reaches this frame.

import { webUrl } from "./common.js";

/**
 * The sidebar's `createHost(window)`: the Freshworks client of this page, resolved at the app's
 * first activation. Later activations (the agent came back to the app) re-read the ticket.
 */
export async function createHost(win = window) {
    const client = await (await freshworksApp(win)).initialized();
    let host = null;
    let firstActivation;
    const activated = new Promise((resolve) => (firstActivation = resolve));
    // Registered at once so the first activation is never missed.
    client.events.on("app.activated", () => (host ? host.ticketMayHaveChanged() : firstActivation()));
    const created = await createFreshdeskHost(client, win);
    await activated;
    host = created;
    return host;
}

/** The global `app` of the Freshworks client script, which the page loads async. */
function freshworksApp(win) {
    if (win.app) return Promise.resolve(win.app);
    const tag = win.document.getElementById("appclient");
    if (!tag) return Promise.reject(new Error("orderlens runs inside Freshdesk: install the app and open a ticket."));
    return new Promise((resolve, reject) => {
        tag.addEventListener("load", () => resolve(win.app));
        tag.addEventListener("error", () => reject(new Error("The Freshworks client script did not load.")));
    });
}

/** Reads the installation parameters and the agent's language; resolves to the host object. */
export async function createFreshdeskHost(client, win = window) {
    const [iparams, user] = await Promise.all([
        client.iparams.get().catch(() => ({})),
        client.data.get("loggedInUser").catch(() => ({})),
    ]);
    const settings = readSettings(iparams);
    const locale = String(user?.loggedInUser?.contact?.language || win.navigator.language || "en");
    const listeners = [];

    async function notify() {
        const ticket = await readTicket(client);
        for (const cb of listeners) {
            // One failing listener must not keep the others from hearing about the change.
            try { cb(ticket); } catch (e) { console.error("onTicketChanged listener failed", e); }
        }
    }

    return {
        ticket: () => readTicket(client),
        onTicketChanged(cb) {
            if (typeof cb === "function") listeners.push(cb);
        },
        /** Called by the entry page when Freshdesk re-activates the app. */
        ticketMayHaveChanged: () => notify().catch((e) => console.error("orderlens: could not re-read the ticket", e)),
        insertReply: (text) => insertReply(client, String(text)),
        async setFields(map) {
            for (const [id, value] of Object.entries(map ?? {})) {
                if (/^[A-Za-z0-9_]+$/.test(id)) await client.interface.trigger("setValue", { id, value: String(value) });
            }
        },
        async addTags(list) {
            const tags = Array.from(list ?? [], String).filter((t) => t.trim() !== "");
            if (tags.length) await client.interface.trigger("setValue", { id: "tags", value: tags });
        },
        resize(heightPx) {
            const height = Math.ceil(Number(heightPx));
            if (Number.isFinite(height) && height > 0) client.instance.resize({ height: `${height}px` });
        },
        request: (req) => proxyRequest(client, req),
        locale: () => locale,
        openUrl(url) {
            const u = webUrl(url);
            if (u) win.open(u, "_blank", "noopener,noreferrer");
        },
        settings: () => settings,
    };
}

export function readSettings(p) {
    const fieldMap = {};
    for (const [key, param] of [["order_id", "order_id_field"], ["marketplace", "marketplace_field"], ["kind", "kind_field"]]) {
        const name = String(p?.[param] ?? "").trim();
        if (/^[A-Za-z0-9_]+$/.test(name)) fieldMap[key] = name;
    }
    const sellerName = String(p?.seller_name ?? "").trim();
    return Object.freeze({
        proxyConfigured: String(p?.proxy_host ?? "").trim() !== "",
        ...(sellerName ? { sellerName } : {}),
        fieldMap: Object.freeze(fieldMap),
        tags: p?.add_tags !== false && p?.add_tags !== "false",
    });
}

async function readTicket(client) {
    const [{ ticket } = {}, { requester } = {}, conversations] = await Promise.all([
        client.data.get("ticket"),
        client.data.get("requester").catch(() => ({})),
        // Not every Freshdesk page offers the thread; the description alone still detects.
        client.data.get("conversations").then((d) => d?.conversations ?? []).catch(() => []),
    ]);
    if (!ticket || ticket.id === undefined || ticket.id === null) return null;
    return toTicket(ticket, requester ?? {}, conversations);
}

/** Freshdesk's ticket, requester and conversations as the host interface's Ticket. */
export function toTicket(ticket, requester, conversations) {
    const who = { email: String(requester.email ?? ""), ...(requester.name ? { name: String(requester.name) } : {}) };
    // The ticket's description is the first message, written by the requester.
    const first = {
        author: { ...who, role: "requester" },
        ...(ticket.description_text ? { body_text: String(ticket.description_text) } : {}),
        body_html: String(ticket.description ?? ""),
        created_at: String(ticket.created_at ?? ""),
        public: true,
    };
    const replies = (Array.isArray(conversations) ? conversations : []).map((c) => ({
        author: {
            ...(c.from_email ? { email: String(c.from_email) } : {}),
            role: c.incoming ? "requester" : "agent",
        },
        ...(c.body_text ? { body_text: String(c.body_text) } : {}),
        body_html: String(c.body ?? ""),
        created_at: String(c.created_at ?? ""),
        public: !c.private,
    }));
    const recipients = Array.isArray(ticket.to_emails) ? ticket.to_emails.map(String) : [];
    return {
        id: String(ticket.id),
        subject: String(ticket.subject ?? ""),
        requester: who,
        ...(recipients.length ? { recipients } : {}),
        comments: [first, ...replies].sort((a, b) => timeOf(a) - timeOf(b)),
    };
}

function timeOf(comment) {
    const t = Date.parse(comment.created_at);
    return Number.isNaN(t) ? 0 : t;
}

/** Into the open reply editor; if none is open, open the reply editor with the text. */
async function insertReply(client, text) {
    try {
        await client.interface.trigger("setValue", { id: "editor", text });
    } catch {
        await client.interface.trigger("click", { id: "reply", text });
    }
}

const ORDER_ID = "[0-9A-Za-z_-]{1,40}";
const ROUTES = [
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})$`), method: "GET", template: (q) => (q.fresh ? "getOrderFresh" : "getOrder"), context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/messaging-actions$`), method: "GET", template: () => "getMessagingActions", context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/messages/([A-Za-z]{1,60})$`), method: "POST", template: () => "sendMessage", context: (m) => ({ order_id: m[1], action: m[2] }) },
    { re: /^\/v1\/buyers\/([0-9A-Za-z+._-]{1,64}@[0-9A-Za-z.-]{1,64}|[0-9A-Za-z+._%-]{1,90})\/orders$/, method: "GET", template: () => "getBuyerOrders", context: (m) => ({ alias: decodeURIComponent(m[1]) }) },
];

/**
 * The proxy path as one of the request templates. Resolves with any HTTP answer; rejects only
 * when Freshworks could not reach the proxy.
 */
export async function proxyRequest(client, req) {
    const method = req?.method === "POST" ? "POST" : "GET";
    const url = new URL(String(req?.path ?? ""), "https://proxy.invalid");
    const route = url.origin === "https://proxy.invalid" && ROUTES.find((r) => r.method === method && r.re.test(url.pathname));
    if (!route) {
        return { status: 400, body: JSON.stringify({ title: "Bad request", detail: `no request template for ${method} ${req?.path}` }) };
    }
    const fresh = Boolean(req.fresh) || ["1", "true", "yes", ""].includes(url.searchParams.get("fresh") ?? "-");
    const context = { ...route.context(route.re.exec(url.pathname)), marketplace: url.searchParams.get("marketplace") ?? "" };
    const options = { context };
    if (method === "POST" && req.body !== undefined && req.body !== null) options.body = String(req.body);
    try {
        const res = await client.request.invokeTemplate(route.template({ fresh }), options);
        return { status: Number(res?.status ?? 200), body: String(res?.response ?? "") };
    } catch (err) {
        // Freshworks rejects on non-2xx answers with {status, response}; status 0 or none
        // means the proxy was never reached.
        const status = Number(err?.status);
        if (Number.isFinite(status) && status > 0 && typeof err?.response === "string") return { status, body: err.response };
        throw new Error("The orderlens proxy could not be reached through Freshdesk.");
    }
}

