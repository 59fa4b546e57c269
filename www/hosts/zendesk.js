// Host adapter for the Zendesk Support ticket sidebar (ZAF v2). Implements docs/host-interface.md
// on a ZAF client (`ZAFClient.init()`), plus the optional `relatedTickets(orderId)`.
//
// The proxy token is a secure app setting: requests carry the literal placeholder
// `{{setting.proxy_token}}`, which Zendesk's request proxy fills in on its servers (only for
// hosts in the manifest's domainWhitelist), so the token never reaches this frame.

import { defineHost, installationSettings, localeOf, newTabOf, oldestFirst, proxyPath, refused } from "./common.js";

const TOKEN_PLACEHOLDER = "Bearer {{setting.proxy_token}}";

/** The sidebar's `createHost(window)`: this iframe's ZAF client, once Zendesk registered it. */
export async function createHost(win = window) {
    // ZAFClient.init() is false outside Zendesk (no origin and app_guid in the URL).
    const client = win.ZAFClient ? win.ZAFClient.init() : false;
    if (!client) throw new Error("orderlens runs inside Zendesk Support: install the app and open a ticket.");
    return createZendeskHost(client, win);
}

/** Resolves once the client is registered with Zendesk: settings and context are known then. */
export async function createZendeskHost(client, win = window) {
    const [metadata, context, user] = await Promise.all([
        client.metadata(),
        client.context(),
        client.get("currentUser.locale").catch(() => ({})),
    ]);
    const settings = readSettings(metadata?.settings ?? {});
    const subdomain = context?.account?.subdomain ?? "";

    return defineHost({
        ticket: () => readTicket(client),
        watch(changed) {
            client.on("ticket.comments.changed", changed);
            client.on("ticket.updated", changed);
        },
        insertReply: (text) => client.invoke("ticket.comment.appendText", text),
        addTags: (tags) => client.invoke("ticket.tags.add", tags),
        fieldId: customFieldPath,
        setField: (path, value) => client.set(path, value),
        resize: (height) => client.invoke("resize", { width: "100%", height: `${height}px` }),
        request: (req) => proxyRequest(client, settings.proxyUrl, req),
        locale: localeOf(user?.["currentUser.locale"], win.navigator.language),
        openUrl: newTabOf(win),
        settings: settings.public,
        extras: { relatedTickets: (query) => relatedTickets(client, subdomain, query) },
    });
}

/** The installation settings; `public` is what the sidebar may see (never the token). */
export function readSettings(s) {
    const proxyUrl = proxyBase(s.proxy_url);
    return {
        proxyUrl,
        // Zendesk's field ids are numbers (the settings are "number" parameters).
        public: installationSettings(s, { proxyConfigured: proxyUrl !== null, isFieldId: (id) => /^\d+$/.test(id) }),
    };
}

/** `https://host[:port][/prefix]` without a trailing slash, or null when unusable. */
function proxyBase(value) {
    try {
        const u = new URL(String(value ?? "").trim());
        if (u.protocol !== "https:" || u.search || u.hash || u.username) return null;
        return u.href.replace(/\/+$/, "");
    } catch {
        return null;
    }
}

const TICKET_PATHS = ["ticket.id", "ticket.subject", "ticket.requester", "ticket.recipient", "ticket.comments"];

async function readTicket(client) {
    const data = await client.get(TICKET_PATHS);
    const id = data["ticket.id"];
    if (id === undefined || id === null) return null;
    return toTicket(data);
}

/** ZAF's answer to `get(TICKET_PATHS)` as the host interface's Ticket. */
export function toTicket(data) {
    const requester = data["ticket.requester"] ?? {};
    const recipient = data["ticket.recipient"];
    const comments = Array.isArray(data["ticket.comments"]) ? data["ticket.comments"] : [];
    return {
        id: String(data["ticket.id"]),
        subject: String(data["ticket.subject"] ?? ""),
        requester: { email: String(requester.email ?? ""), ...(requester.name ? { name: String(requester.name) } : {}) },
        ...(recipient ? { recipients: [String(recipient)] } : {}),
        comments: oldestFirst(comments.map((c) => toComment(c, requester))),
    };
}

function toComment(c, requester) {
    const author = c?.author ?? {};
    const role =
        author.id !== undefined && author.id === requester.id ? "requester"
        : author.role === "agent" || author.role === "admin" ? "agent"
        : author.role === "end-user" ? "requester"
        : undefined;
    const isPublic = c?.isPublic ?? c?.public;
    return {
        author: {
            ...(author.email ? { email: String(author.email) } : {}),
            ...(author.name ? { name: String(author.name) } : {}),
            ...(role ? { role } : {}),
        },
        // `value` is the comment's HTML; core turns it into text.
        body_html: String(c?.value ?? ""),
        created_at: String(c?.createdAt ?? c?.created_at ?? ""),
        ...(typeof isPublic === "boolean" ? { public: isPublic } : {}),
    };
}

/** ZAF path of a custom field from its id (`123` or `custom_field_123`), or null. */
function customFieldPath(id) {
    const m = /^(?:custom_field_)?(\d+)$/.exec(String(id).trim());
    return m ? `ticket.customField:custom_field_${m[1]}` : null;
}

/**
 * One proxy call through Zendesk's request proxy. Resolves with any HTTP answer; rejects only
 * when the proxy could not be reached (status 0) or is not configured.
 */
export async function proxyRequest(client, proxyUrl, req) {
    if (!proxyUrl) throw new Error("The orderlens proxy URL is not set: add it in the app's settings (Admin Center → Apps).");
    const checked = proxyPath(req);
    if (!checked) return refused(req);
    const options = {
        url: proxyUrl + checked.path,
        type: checked.method,
        headers: { Authorization: TOKEN_PLACEHOLDER },
        secure: true,
        cors: false,
        dataType: "text",
        httpCompleteResponse: true,
    };
    if (checked.body !== undefined) {
        options.contentType = "application/json";
        options.data = checked.body;
    }
    try {
        const res = await client.request(options);
        return { status: Number(res?.status ?? 200), body: bodyOf(res) };
    } catch (err) {
        // Zendesk rejects on every non-2xx answer with the response itself.
        const status = Number(err?.status);
        if (Number.isFinite(status) && status > 0) return { status, body: bodyOf(err) };
        throw new Error(
            "The orderlens proxy could not be reached through Zendesk: check the proxy URL in the app's settings and that the proxy is running, then retry.",
        );
    }
}

function bodyOf(res) {
    if (typeof res?.responseText === "string") return res.responseText;
    if (res?.responseJSON !== undefined) return JSON.stringify(res.responseJSON);
    return typeof res === "string" ? res : "";
}

/** A buyer alias Amazon relays through (`…@marketplace.amazon.de`): safe to put in a search. */
const ALIAS = /^[0-9A-Za-z+._-]{1,64}@marketplace\.amazon\.[a-z.]{2,12}$/;

/**
 * Other tickets about the same order (the search API on the order id), or for a question before
 * a purchase from the same buyer alias (`requester:`): [{id, subject, url, created_at, status}],
 * newest first, this one left out. `query` is `{ticketId, orderId?, alias?}` (docs/host-interface.md;
 * a plain order id string is read as `{orderId}`).
 */
export async function relatedTickets(client, subdomain, query) {
    const q = typeof query === "object" && query !== null ? query : { orderId: query };
    const id = String(q.orderId ?? "").trim();
    const alias = String(q.alias ?? "").trim().toLowerCase();
    let search;
    if (/^\d{3}-\d{7}-\d{7}$/.test(id)) search = `type:ticket "${id}"`;
    else if (ALIAS.test(alias)) search = `type:ticket requester:${alias}`;
    else return [];
    const [current, found] = await Promise.all([
        q.ticketId !== undefined ? Promise.resolve(String(q.ticketId)) : client.get("ticket.id").then((d) => String(d["ticket.id"])).catch(() => ""),
        client.request({
            url: `/api/v2/search.json?query=${encodeURIComponent(search)}&sort_by=created_at&sort_order=desc`,
            type: "GET",
            dataType: "json",
        }),
    ]);
    const results = Array.isArray(found?.results) ? found.results : [];
    return results
        .filter((t) => t && t.id !== undefined && String(t.id) !== current)
        .map((t) => ({
            id: String(t.id),
            subject: String(t.subject ?? t.raw_subject ?? ""),
            url: subdomain ? `https://${subdomain}.zendesk.com/agent/tickets/${t.id}` : `/agent/tickets/${t.id}`,
            ...(typeof t.created_at === "string" ? { created_at: t.created_at } : {}),
            ...(typeof t.status === "string" ? { status: t.status } : {}),
        }));
}
