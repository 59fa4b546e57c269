// Host adapter for the Freshdesk ticket sidebar (Freshworks platform 3.0). Implements
// docs/host-interface.md on the Freshworks client (`await app.initialized()`).
//
// Proxy calls go through request templates (config/requests.json): Freshworks fills in the
// secure iparam `proxy_token` on its servers, so the token never reaches this frame.

import { defineHost, installationSettings, localeOf, newTabOf, oldestFirst, proxyPath, refused } from "./common.js";

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
        tag.addEventListener("error", () => reject(new Error("The Freshworks client script did not load: reload the ticket page.")));
    });
}

/** Reads the installation parameters and the agent's language; resolves to the host object. */
export async function createFreshdeskHost(client, win = window) {
    const [iparams, user] = await Promise.all([
        client.iparams.get().catch(() => ({})),
        client.data.get("loggedInUser").catch(() => ({})),
    ]);
    const setValue = (id, value) => client.interface.trigger("setValue", { id, value });
    let changed = () => Promise.resolve();

    return defineHost({
        ticket: () => readTicket(client),
        watch: (notify) => (changed = notify),
        insertReply: (text) => insertReply(client, text),
        addTags: (tags) => setValue("tags", tags),
        // Freshdesk's field names: cf_amazon_order_id, status, …
        fieldId: (id) => (isFieldName(id) ? id : null),
        setField: setValue,
        resize: (height) => client.instance.resize({ height: `${height}px` }),
        request: (req) => proxyRequest(client, req),
        locale: localeOf(user?.loggedInUser?.contact?.language, win.navigator.language),
        openUrl: newTabOf(win),
        settings: readSettings(iparams),
        // Called by the entry page when Freshdesk re-activates the app.
        extras: { ticketMayHaveChanged: () => changed(), ...relatedTicketsOf(client, iparams) },
    });
}

const isFieldName = (id) => /^[A-Za-z0-9_]+$/.test(id);

export function readSettings(p) {
    return installationSettings(p, { proxyConfigured: String(p?.proxy_host ?? "").trim() !== "", isFieldId: isFieldName });
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
        comments: oldestFirst([first, ...replies]),
    };
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
// Each proxy route as a request template (config/requests.json); `fresh` names the template
// that adds ?fresh=1 (Freshworks templates have a fixed query), where the proxy has a cache.
const ROUTES = [
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})$`), method: "GET", template: "getOrder", fresh: "getOrderFresh", context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/messaging-actions$`), method: "GET", template: "getMessagingActions", context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/messaging-attributes$`), method: "GET", template: "getMessagingAttributes", context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/invoice$`), method: "POST", template: "sendInvoice", context: (m) => ({ order_id: m[1] }) },
    { re: new RegExp(`^/v1/orders/(${ORDER_ID})/messages/([A-Za-z]{1,60})$`), method: "POST", template: "sendMessage", context: (m) => ({ order_id: m[1], action: m[2] }) },
    { re: /^\/v1\/buyers\/([0-9A-Za-z+._-]{1,64}@[0-9A-Za-z.-]{1,64}|[0-9A-Za-z+._%-]{1,90})\/orders$/, method: "GET", template: "getBuyerOrders", fresh: "getBuyerOrdersFresh", context: (m) => ({ alias: decodeURIComponent(m[1]) }) },
];

/**
 * The proxy path as one of the request templates. Resolves with any HTTP answer; rejects only
 * when Freshworks could not reach the proxy.
 */
export async function proxyRequest(client, req) {
    const checked = proxyPath(req);
    const route = checked && ROUTES.find((r) => r.method === checked.method && r.re.test(checked.pathname));
    if (!route) return refused(req, "no request template for it");
    let context;
    try {
        context = { ...route.context(route.re.exec(checked.pathname)), marketplace: checked.query.get("marketplace") ?? "" };
    } catch {
        return refused(req, "its percent-encoding is broken"); // decodeURIComponent of a stray "%"
    }
    const options = { context };
    if (checked.body !== undefined) options.body = checked.body;
    try {
        const res = await client.request.invokeTemplate((checked.fresh && route.fresh) || route.template, options);
        return { status: Number(res?.status ?? 200), body: String(res?.response ?? "") };
    } catch (err) {
        // Freshworks rejects on non-2xx answers with {status, response}; status 0 or none
        // means the proxy was never reached.
        const status = Number(err?.status);
        if (Number.isFinite(status) && status > 0 && typeof err?.response === "string") return { status, body: err.response };
        throw new Error(
            "The orderlens proxy could not be reached through Freshdesk: check the proxy host in the app's settings and that the proxy is running, then retry.",
        );
    }
}

// Freshdesk's ticket statuses (API v2): the numbers the search answers with.
const STATUS = { 2: "open", 3: "pending", 4: "resolved", 5: "closed" };

/**
 * `relatedTickets` when the installation can search: the order id is mapped to a custom field
 * (`order_id_field`) and the Freshdesk domain is set (the API key is a secure iparam the page
 * cannot see; without it the search answers 401 and the sidebar says the search failed).
 */
function relatedTicketsOf(client, iparams) {
    const field = String(iparams?.order_id_field ?? "").trim();
    const domain = String(iparams?.freshdesk_domain ?? "").trim();
    if (!isFieldName(field) || !/^[0-9A-Za-z.-]{1,253}$/.test(domain)) return {};
    return { relatedTickets: (query) => relatedTickets(client, domain, field, query) };
}

/**
 * Other tickets whose order-id field holds the order: Freshdesk's filter API
 * (`GET /api/v2/search/tickets?query="<field>:'<order id>'"`, custom fields named without their
 * `cf_` prefix) through the `searchTickets` template, newest first, the open one left out. A
 * question before a purchase has no order id: Freshdesk's filter cannot search by requester
 * email, so it finds none.
 */
export async function relatedTickets(client, domain, field, query) {
    const id = String(query?.orderId ?? "").trim();
    if (!/^\d{3}-\d{7}-\d{7}$/.test(id)) return [];
    const res = await client.request.invokeTemplate("searchTickets", {
        context: { query: `"${field.replace(/^cf_/, "")}:'${id}'"` },
    });
    const results = JSON.parse(String(res?.response ?? "{}"))?.results;
    const current = String(query?.ticketId ?? "");
    return (Array.isArray(results) ? results : [])
        .filter((t) => t && t.id !== undefined && String(t.id) !== current)
        .map((t) => ({
            id: String(t.id),
            subject: String(t.subject ?? ""),
            url: `https://${domain}/a/tickets/${t.id}`,
            ...(typeof t.created_at === "string" ? { created_at: t.created_at } : {}),
            ...(STATUS[t.status] ? { status: STATUS[t.status] } : {}),
        }))
        .sort((a, b) => String(b.created_at ?? "").localeCompare(String(a.created_at ?? "")));
}
