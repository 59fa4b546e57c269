// The sidebar's files as `make build` leaves them and the proxy sends them: every .br and .gz in
// dist/web holds exactly its file, and `orderlens serve --static-dir` picks them by
// Accept-Encoding. Plus scripts/precompress.mjs on a directory of its own.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DIST, REPO, startProxy } from "./harness.js";

const PRECOMPRESS = join(REPO, "scripts/precompress.mjs");
const decompress = { ".br": brotliDecompressSync, ".gz": gunzipSync };

function* filesUnder(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* filesUnder(path);
        else yield path;
    }
}

describe("precompressed sidebar files", { timeout: 2 * 60_000 }, () => {
    let proxy;
    before(async () => {
        proxy = await startProxy();
    });
    after(async () => {
        await proxy?.stop();
    });

    it("make build wrote a .br and a .gz of the wasm, the glue, the stylesheet and the pages, each exactly its file", () => {
        for (const f of ["pkg/orderlens_bg.wasm", "pkg/orderlens.js", "sidebar.css", "sidebar.html", "boot.js"]) {
            for (const suffix of [".br", ".gz"]) assert.ok(existsSync(join(DIST, f + suffix)), `${f}${suffix}`);
        }
        for (const path of filesUnder(DIST)) {
            const suffix = path.slice(-3);
            if (!(suffix in decompress)) continue;
            const original = path.slice(0, -3);
            assert.ok(decompress[suffix](readFileSync(path)).equals(readFileSync(original)), path);
            const second = (p) => Math.floor(statSync(p).mtimeMs / 1000);
            assert.equal(second(path), second(original), `${path}: same Last-Modified as its file`);
        }
    });

    for (const [accept, encoding] of [["gzip, deflate, br, zstd", "br"], ["gzip", "gzip"], ["identity", null]]) {
        it(`the proxy sends the wasm ${encoding ?? "uncompressed"} for Accept-Encoding: ${accept}`, async () => {
            const r = await fetch(`${proxy.url}/pkg/orderlens_bg.wasm`, { headers: { "accept-encoding": accept } });
            assert.equal(r.status, 200);
            assert.equal(r.headers.get("content-type"), "application/wasm");
            assert.equal(r.headers.get("content-encoding"), encoding);
            assert.match(r.headers.get("vary") ?? "", /accept-encoding/i);
            assert.equal(r.headers.get("cache-control"), "no-cache", "not a content-hashed name");
            // fetch undoes the encoding: what the browser compiles is the built module.
            const body = Buffer.from(await r.arrayBuffer());
            assert.ok(body.equals(readFileSync(join(DIST, "pkg/orderlens_bg.wasm"))));
        });
    }
});

describe("scripts/precompress.mjs", () => {
    it("writes smaller variants only, keeps the file's mtime, and can run twice", () => {
        const dir = mkdtempSync(join(tmpdir(), "orderlens-precompress-"));
        try {
            const text = "body { color: #111; }\n".repeat(200);
            writeFileSync(join(dir, "a.css"), text);
            writeFileSync(join(dir, "noise.js"), randomBytes(4096));
            writeFileSync(join(dir, "logo.png"), text);
            for (let run = 0; run < 2; run++) {
                const out = execFileSync("node", [PRECOMPRESS, dir], { encoding: "utf8" });
                assert.match(out, /^precompressed 2 files/);
                assert.equal(brotliDecompressSync(readFileSync(join(dir, "a.css.br"))).toString(), text);
                assert.equal(gunzipSync(readFileSync(join(dir, "a.css.gz"))).toString(), text);
                assert.ok(readFileSync(join(dir, "a.css.br")).length < 200);
                assert.ok(!existsSync(join(dir, "noise.js.br")) && !existsSync(join(dir, "noise.js.gz")), "incompressible");
                assert.ok(!existsSync(join(dir, "logo.png.br")), "not a text or wasm file");
            }
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it("says how to call it when the directory is missing", () => {
        assert.throws(
            () => execFileSync("node", [PRECOMPRESS, join(tmpdir(), "no-such-dir-orderlens")], { stdio: "pipe" }),
            (e) => e.status === 2 && /usage: node scripts\/precompress\.mjs DIR/.test(e.stderr.toString()),
        );
    });
});
