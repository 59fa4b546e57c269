// A tiny static file server for package trees, plus extra in-memory routes.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm", ".png": "image/png",
    ".svg": "image/svg+xml",
};

/** Serves `mounts` ({"/app/": dir}) and `routes` ({"/x": {type, body}}) on 127.0.0.1, free port. */
export async function serve({ mounts = {}, routes = {} }, makeServer = createServer, options = {}) {
    const server = makeServer(options, async (req, res) => {
        const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
        const route = routes[path];
        if (route) {
            res.writeHead(200, { "Content-Type": route.type, "Cache-Control": "no-store" });
            return res.end(typeof route.body === "function" ? route.body(req) : route.body);
        }
        for (const [prefix, dir] of Object.entries(mounts)) {
            if (!path.startsWith(prefix)) continue;
            const file = normalize(join(dir, path.slice(prefix.length)));
            if (!file.startsWith(normalize(dir) + sep)) break;
            try {
                const body = await readFile(file);
                res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
                return res.end(body);
            } catch {
                break;
            }
        }
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not found");
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: server.address().port, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}
