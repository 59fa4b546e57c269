// An HTTP hop in front of `orderlens serve` that records each request as it arrived on the wire
// (method, URL, headers: what the browser really sent, cache headers included) and passes it on.
// `failNext(test, answer)` answers the next matching request itself, as a failing gateway would.
import { createServer } from "node:http";

// Not forwarded: they describe this hop's connection, not the request.
const HOP_HEADERS = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length"]);

export async function startRecorder(target) {
    const seen = [];
    const scripted = [];
    const server = createServer(async (req, res) => {
        const chunks = [];
        for await (const c of req) chunks.push(c);
        const entry = { method: req.method, url: new URL(req.url, "http://recorder"), headers: { ...req.headers } };
        seen.push(entry);
        const i = scripted.findIndex((s) => s.test(entry));
        if (i >= 0) {
            const [{ answer }] = scripted.splice(i, 1);
            const a = answer(entry);
            res.writeHead(a.status, a.headers);
            return res.end(a.body);
        }
        try {
            const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP_HEADERS.has(k)));
            const up = await fetch(target + req.url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
            // fetch() has already decoded the body: its length and encoding headers no longer apply.
            const out = Object.fromEntries([...up.headers].filter(([k]) => !HOP_HEADERS.has(k) && k !== "content-encoding"));
            res.writeHead(up.status, out);
            res.end(Buffer.from(await up.arrayBuffer()));
        } catch (e) {
            res.writeHead(502, { "Content-Type": "text/plain" });
            res.end(`recorder: ${e.message}`);
        }
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        seen,
        /** The next request for which `test(entry)` holds gets `answer(entry)` ({status, headers, body}) instead of the proxy's. */
        failNext: (test, answer) => scripted.push({ test, answer }),
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
    };
}

/** Request headers that make a cache skip its copy (the proxy reads them as "fresh"). */
export function cacheBypassHeaders(entry) {
    return Object.keys(entry.headers).filter((h) => h === "pragma" || (h === "cache-control" && /no-cache|no-store|max-age=0/i.test(entry.headers[h])));
}
