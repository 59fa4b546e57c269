// The host kit: what every host adapter shares, so that an adapter is only its helpdesk's mapping.
// `defineHost(mapping)` builds the host object of docs/host-interface.md from a few host-specific
// functions; the helpers below it are the one home of each rule the adapters used to re-type.
// `make dist` ships this file beside each adapter.

/** The most pixels a sidebar may ask its frame for: a runaway layout must not push the host's page away. */
export const MAX_FRAME_HEIGHT_PX = 10_000;

/**
 * What the agent reads when a host call fails: what happened, then what to do. The wasm shows
 * the message next to the button that failed.
 */
export const HOST_FAILURES = Object.freeze({
    insertReply: "No reply box on this page: open the ticket's reply editor and try again.",
    addTags: "The ticket's tags could not be changed: check that you may edit this ticket, then try again.",
    setFields: (ids) =>
        `The ticket field${ids.length === 1 ? "" : "s"} ${ids.join(", ")} could not be filled: ` +
        "check the field ids in orderlens' settings, then try again.",
});

/**
 * A failure whose message the adapter wrote for the agent (what happened and what to do); the
 * kit passes it on unchanged instead of replacing it with its own wording.
 */
export class HostError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "HostError";
    }
}

/**
 * The host object of docs/host-interface.md from an adapter's mapping:
 *
 * - `ticket()`: the open ticket in the contract's shape, or null (may be async).
 * - `watch(changed)` (optional): subscribe to the host's events once; call `changed()` whenever
 *   the ticket may have changed. The kit re-reads `ticket()` (once per burst) and tells every
 *   `onTicketChanged` listener. `changed()` returns a promise for that round.
 * - `insertReply(text)`, and where the host has them `addTags(tags)` and `setField(id, value)`
 *   (each may be async): the host's reply editor, tags and ticket fields. `fieldId(id)`
 *   (optional) turns a field id into the host's, or null to skip it. Whatever they throw
 *   reaches the sidebar as an `Error` whose message says what happened and what to do
 *   (`HOST_FAILURES`, or the adapter's own `HostError`).
 * - `resize(px)` (optional): px is a whole number in 1..MAX_FRAME_HEIGHT_PX.
 * - `request(req)`: the proxy call (see `fetchProxy`, `proxyPath`).
 * - `locale`, `settings`: values (see `publicSettings`).
 * - `openUrl(href)` (optional): only ever called with an http(s) URL.
 * - `extras` (optional): more members for the host object (`relatedTickets`, …).
 */
export function defineHost(mapping) {
    const listeners = [];
    let round = null;

    function changed() {
        // A burst of host events (a new comment also updates the ticket) reads the ticket once.
        round ??= Promise.resolve()
            .then(() => {
                round = null;
                return mapping.ticket();
            })
            .then(
                (ticket) => {
                    for (const cb of listeners) {
                        // One failing listener must not keep the others from hearing about the change.
                        try {
                            cb(ticket ?? null);
                        } catch (e) {
                            console.error("orderlens: an onTicketChanged listener failed", e);
                        }
                    }
                },
                (e) => console.error("orderlens: could not re-read the ticket", e),
            );
        return round;
    }
    mapping.watch?.(changed);

    return {
        ticket: async () => (await mapping.ticket()) ?? null,
        onTicketChanged(cb) {
            if (typeof cb === "function") listeners.push(cb);
        },
        insertReply: (text) => failsAs(HOST_FAILURES.insertReply, () => mapping.insertReply(String(text))),
        async addTags(list) {
            const tags = tagList(list);
            if (tags.length && mapping.addTags) await failsAs(HOST_FAILURES.addTags, () => mapping.addTags(tags));
        },
        async setFields(map) {
            if (!mapping.setField) return;
            const failed = [];
            for (const [id, value] of Object.entries(map ?? {})) {
                const field = mapping.fieldId ? mapping.fieldId(id) : id;
                if (field === null || field === undefined) continue;
                try {
                    await mapping.setField(field, String(value));
                } catch (e) {
                    failed.push({ id, e });
                }
            }
            // Every field is tried: one the host refuses must not keep the others empty.
            if (failed.length) {
                const own = failed.find((f) => f.e instanceof HostError);
                throw own ? own.e : new Error(HOST_FAILURES.setFields(failed.map((f) => f.id)), { cause: failed[0].e });
            }
        },
        resize(heightPx) {
            const height = frameHeight(heightPx);
            if (height === null || !mapping.resize) return;
            // A frame that keeps its old size is nothing the agent can act on: noted, not shown.
            const noted = (e) => console.warn("orderlens: the host did not resize the frame", e);
            try {
                Promise.resolve(mapping.resize(height)).catch(noted);
            } catch (e) {
                noted(e);
            }
        },
        request: (req) => mapping.request(req),
        locale: () => mapping.locale,
        openUrl(url) {
            const href = webUrl(url);
            if (href) mapping.openUrl?.(href);
        },
        settings: () => mapping.settings,
        ...mapping.extras,
    };
}

/** Runs a host call; any failure (a throw, a rejection, an SDK's non-Error value) becomes an Error with `message`. */
async function failsAs(message, call) {
    try {
        await call();
    } catch (e) {
        if (e instanceof HostError) throw e;
        throw new Error(message, { cause: e });
    }
}

/** Tags as the hosts take them: strings, trimmed, no empty ones, no repeats. */
function tagList(list) {
    const tags = Array.from(list ?? [], (t) => String(t).trim()).filter((t) => t !== "");
    return [...new Set(tags)];
}

/** The frame height to ask the host for: whole pixels in 1..MAX_FRAME_HEIGHT_PX, or null for nonsense. */
function frameHeight(px) {
    const height = Math.ceil(Number(px));
    if (!Number.isFinite(height) || height <= 0) return null;
    return Math.min(height, MAX_FRAME_HEIGHT_PX);
}

/** `openUrl` for a browser window: a new tab that cannot reach back into the sidebar's page. */
export function newTabOf(win) {
    return (href) => win.open(href, "_blank", "noopener,noreferrer");
}

/** Only web links leave the sidebar: no javascript:, data: or file: URLs, nothing relative. */
function webUrl(url) {
    try {
        const u = new URL(String(url));
        return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch {
        return null;
    }
}

/** The contract's comments oldest first, whatever order the host lists them in; undated ones first. */
export function oldestFirst(comments) {
    const time = (c) => {
        const t = Date.parse(c.created_at);
        return Number.isNaN(t) ? 0 : t;
    };
    return [...comments].sort((a, b) => time(a) - time(b));
}

/** The agent's language: the first non-empty candidate, else English. */
export function localeOf(...candidates) {
    return String(candidates.find((c) => typeof c === "string" && c.trim() !== "") ?? "en").trim();
}

/** The settings object the sidebar sees (docs/host-interface.md `Settings`); never secrets. */
export function publicSettings({ proxyConfigured, sellerName = "", fieldMap = {}, tags = false, setupUrl = "" }) {
    const seller = String(sellerName ?? "").trim();
    const setup = String(setupUrl ?? "").trim();
    return Object.freeze({
        proxyConfigured: Boolean(proxyConfigured),
        ...(seller ? { sellerName: seller } : {}),
        fieldMap: Object.freeze({ ...fieldMap }),
        tags: Boolean(tags),
        // The proxy's admin page: its email checklist is where a bounced reply's fix is.
        ...(/^https?:\/\//i.test(setup) ? { setupUrl: setup } : {}),
    });
}

const FIELD_PARAMS = [["order_id", "order_id_field"], ["marketplace", "marketplace_field"], ["kind", "kind_field"]];

/**
 * The helpdesk apps' installation parameters (the same names in Zendesk and Freshdesk:
 * seller_name, order_id_field, marketplace_field, kind_field, add_tags) as `publicSettings`.
 * `isFieldId` says which field ids the host accepts; others are left out of the field map.
 */
export function installationSettings(params, { proxyConfigured, isFieldId }) {
    const fieldMap = {};
    for (const [key, param] of FIELD_PARAMS) {
        const id = String(params?.[param] ?? "").trim();
        if (id !== "" && isFieldId(id)) fieldMap[key] = id;
    }
    return publicSettings({
        proxyConfigured,
        sellerName: params?.seller_name,
        fieldMap,
        // Checkbox parameters arrive as booleans or strings; unset means the manifest's default (on).
        tags: params?.add_tags !== false && params?.add_tags !== "false",
    });
}

// Stands in for the proxy's origin while a path is checked; never contacted.
const CHECK_ORIGIN = "https://proxy.invalid";

/**
 * The one proxy-path rule: a request may only reach the proxy's own /v1/ API, so that a path such
 * as "//elsewhere/", "/v1/../admin" or "https://evil.example/v1/" can never carry the token to
 * another host or out of the API. Returns the checked request, or null to refuse it:
 * `{method, pathname, query, path, body, fresh}`, where `path` (pathname and query) is what to
 * append to the proxy's base URL.
 *
 * Fresh copies (the Retry button) are `?fresh=1` and nothing else: no request carries
 * `Cache-Control` or `Pragma`, which the proxy would read as "fresh" on every panel open. A
 * `fresh` parameter in the path itself is dropped; only `req.fresh === true` sets it.
 */
export function proxyPath(req) {
    const method = req?.method ?? "GET";
    const raw = String(req?.path ?? "");
    if (method !== "GET" && method !== "POST") return null;
    // Backslashes, spaces, control characters and empty segments mean different things to
    // different URL parsers; a proxy path never needs them.
    if (!raw.startsWith("/v1/") || raw.includes("//") || /[\\#\s\p{Cc}]/u.test(raw)) return null;
    let url;
    try {
        url = new URL(raw, CHECK_ORIGIN);
    } catch {
        return null;
    }
    if (url.origin !== CHECK_ORIGIN || !url.pathname.startsWith("/v1/") || url.pathname.includes("//")) return null;
    const fresh = req.fresh === true;
    if (url.searchParams.has("fresh")) url.searchParams.delete("fresh");
    if (fresh) url.searchParams.set("fresh", "1");
    const body = method === "POST" && req.body !== undefined && req.body !== null ? String(req.body) : undefined;
    return { method, pathname: url.pathname, query: url.searchParams, path: url.pathname + url.search, body, fresh };
}

/** The answer for a request `proxyPath` refused, as the proxy's own problem+json `bad_request`. */
export function refused(req, why = "not a path of the orderlens proxy's API") {
    const detail = `${req?.method ?? "GET"} ${String(req?.path ?? "")}: ${why}.`;
    const problem = { type: "urn:orderlens:problem:bad_request", title: "Bad request", status: 400, detail, code: "bad_request" };
    return { status: 400, body: JSON.stringify(problem) };
}

/**
 * One request to the orderlens proxy at `base` (an origin, or an origin with a path prefix) with
 * the bearer token, for hosts without a server-side request proxy of their own (the demo, the
 * browser extension). Resolves `{status, body}`; rejects only when the proxy cannot be reached.
 */
export async function fetchProxy(fetchFn, base, token, req) {
    const checked = proxyPath(req);
    if (!checked) return refused(req);
    const headers = { Authorization: `Bearer ${token}` };
    if (checked.body !== undefined) headers["Content-Type"] = "application/json";
    let res;
    try {
        // The checked path starts with "/v1/" and has no "//" or backslash: appended, it stays on base's origin.
        res = await fetchFn(new URL(String(base).replace(/\/+$/, "") + checked.path), {
            method: checked.method,
            headers,
            body: checked.body,
            credentials: "omit",
            // The browser's default: "no-store" would add Cache-Control: no-cache to every
            // request. The proxy answers Cache-Control: no-store, so nothing is kept anyway.
            cache: "default",
        });
    } catch (e) {
        throw new Error(`The orderlens proxy at ${base} could not be reached: check its URL and that it is running, then retry.`, { cause: e });
    }
    return { status: res.status, body: await res.text() };
}
