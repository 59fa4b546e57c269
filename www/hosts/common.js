// What the host adapters do alike. `make dist` ships this file beside each adapter.

/** Only web links leave the sidebar: no javascript:, data: or file: URLs. */
export function webUrl(url) {
    try {
        const u = new URL(String(url));
        return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch {
        return null;
    }
}

/**
 * One request to the orderlens proxy at `base` (an origin, or an origin with a path prefix) with
 * the bearer token, for hosts without a server-side request proxy of their own (the demo, the
 * browser extension). Only `/v1/` paths on the proxy's own origin: a path like "//elsewhere/"
 * must never carry the token to another host. Resolves `{status, body}`; rejects only when the
 * proxy cannot be reached.
 */
export async function fetchProxy(fetchFn, base, token, req) {
    const path = String(req?.path ?? "");
    const url = new URL(base.replace(/\/+$/, "") + path);
    if (!path.startsWith("/v1/") || url.origin !== new URL(base).origin) {
        return { status: 400, body: JSON.stringify({ title: "Bad request", detail: `not a proxy path: ${path}` }) };
    }
    const method = req.method === "POST" ? "POST" : "GET";
    const headers = { Authorization: `Bearer ${token}` };
    if (method === "POST" && req.body !== undefined && req.body !== null) headers["Content-Type"] = "application/json";
    if (req.fresh) headers["Cache-Control"] = "no-cache";
    const res = await fetchFn(url, {
        method,
        headers,
        body: method === "POST" ? req.body ?? undefined : undefined,
        credentials: "omit",
        cache: "no-store",
    });
    return { status: res.status, body: await res.text() };
}
