// Content-hashed names (scripts/hash-names.mjs, `make build`): everything the entry pages of
// dist/web load has a name.<hash>.ext whose hash is its content's, every reference of an entry
// page and of the files it loads exists, and the proxy sends the hashed files as immutable and
// the entry page as no-cache, so a warm sidebar load asks the proxy for nothing but the page.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { after, before, describe, it } from "node:test";
import { DIST, REPO, startProxy } from "./harness.js";

const HASH_NAMES = join(REPO, "scripts/hash-names.mjs");

const ENTRIES = ["sidebar.html", "baseline/index.html", "demo/index.html"];
const HASHED = /\.([0-9a-f]{8,})\.[a-z0-9]+$/;
const LOCAL = (ref) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref);

/** The local references of a file: href/src in HTML, imports and import.meta.url URLs in JS. */
function refsOf(path) {
    const text = readFileSync(join(DIST, path), "utf8");
    const patterns = path.endsWith(".html")
        ? [/\b(?:href|src)="([^"]+)"/g]
        : [/(?:\bfrom\s*|\bimport\s*\(\s*)["']([^"']+)["']/g, /\bnew\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g];
    return patterns
        .flatMap((p) => [...text.matchAll(p)].map((m) => m[1]))
        // A directory (boot.js's `lang/`, the language packs) is fetched from by plain names.
        .filter((ref) => LOCAL(ref) && !ref.endsWith("/"))
        .map((ref) => posix.normalize(posix.join(posix.dirname(path), ref)));
}

/** Every file an entry page loads, however deep. */
function loadedBy(entry) {
    const seen = new Set();
    const walk = (path) => {
        for (const ref of refsOf(path)) {
            if (seen.has(ref)) continue;
            seen.add(ref);
            assert.ok(existsSync(join(DIST, ref)), `${path} references ${ref}, which is not in dist/web`);
            if (/\.m?js$/.test(ref)) walk(ref);
        }
    };
    walk(entry);
    return [...seen];
}

describe("content-hashed sidebar files", { timeout: 2 * 60_000 }, () => {
    let proxy;
    before(async () => {
        proxy = await startProxy();
    });
    after(async () => {
        await proxy?.stop();
    });

    for (const entry of ENTRIES) {
        it(`${entry} loads only hashed names that exist and match their content`, () => {
            const files = loadedBy(entry);
            assert.ok(files.some((f) => f.endsWith(".js")), `${entry} loads scripts`);
            for (const file of files) {
                const hash = HASHED.exec(file)?.[1];
                assert.ok(hash, `${entry} loads ${file}, which has no content hash in its name`);
                const actual = createHash("sha256").update(readFileSync(join(DIST, file))).digest("hex");
                assert.ok(actual.startsWith(hash), `${file}: the name's hash is not its content's (sha256 ${actual.slice(0, 12)}…)`);
            }
        });
    }

    it("the sidebar loads the wasm and its glue under hashed names", () => {
        const files = loadedBy("sidebar.html");
        assert.ok(files.some((f) => /^pkg\/orderlens_bg\.[0-9a-f]+\.wasm$/.test(f)), files.join(", "));
        assert.ok(files.some((f) => /^pkg\/orderlens\.[0-9a-f]+\.js$/.test(f)), files.join(", "));
    });

    // HTTP/1.1 gives a page six connections to a host: a seventh file waits for one, and the
    // demo's host adapter, named ninth, delayed the handshake by 30-40 ms before `make build`
    // bundled it into sidebar.js (BENCHMARKS.md, issue 12).
    it("the sidebar page needs no more files than the browser fetches at once", () => {
        const files = loadedBy("sidebar.html");
        assert.ok(files.length <= 6, `sidebar.html loads ${files.length} files: ${files.join(", ")}`);
        const entry = refsOf("sidebar.html").find((f) => /^sidebar\.[0-9a-f]+\.js$/.test(f));
        assert.ok(entry, "sidebar.html runs a hashed sidebar.js");
        const imported = refsOf(entry);
        assert.deepEqual(imported.filter((f) => !f.startsWith("pkg/")), [], `${entry} imports modules of its own instead of holding them`);
    });

    it("the proxy sends hashed files as immutable and the entry page as no-cache", async () => {
        const page = await fetch(`${proxy.url}/sidebar.html`);
        assert.equal(page.status, 200);
        assert.match(page.headers.get("cache-control") ?? "", /no-cache/);
        for (const file of loadedBy("sidebar.html")) {
            const res = await fetch(`${proxy.url}/${file}`);
            assert.equal(res.status, 200, file);
            assert.match(res.headers.get("cache-control") ?? "", /immutable/, file);
            await res.arrayBuffer();
        }
    });
});

describe("scripts/hash-names.mjs", () => {
    function site(files) {
        const dir = mkdtempSync(join(tmpdir(), "orderlens-hash-names-"));
        for (const [name, text] of Object.entries(files)) {
            mkdirSync(join(dir, posix.dirname(name)), { recursive: true });
            writeFileSync(join(dir, name), text);
        }
        return dir;
    }

    it("gives a file a new name when only a file it imports changed", () => {
        const names = [];
        for (const version of ["one", "two"]) {
            const dir = site({
                "page.html": '<script type="module" src="a.js"></script><link rel="icon" href="data:,">',
                "a.js": 'import { b } from "./lib/b.js";\nb();\n',
                "lib/b.js": `export const b = () => "${version}";\n`,
            });
            try {
                execFileSync("node", [HASH_NAMES, dir, "page.html"], { stdio: "pipe" });
                const page = readFileSync(join(dir, "page.html"), "utf8");
                const a = /src="(a\.[0-9a-f]{10}\.js)"/.exec(page)?.[1];
                assert.ok(a, page);
                assert.match(page, /href="data:,"/, "a data: URL is left alone");
                assert.match(readFileSync(join(dir, a), "utf8"), /from "\.\/lib\/b\.[0-9a-f]{10}\.js"/);
                assert.ok(existsSync(join(dir, "a.js")), "the plain name stays");
                names.push(a);
            } finally {
                rmSync(dir, { recursive: true, force: true });
            }
        }
        assert.notEqual(names[0], names[1]);
    });

    it("refuses a reference to a file the build did not produce, naming both", () => {
        const dir = site({ "page.html": '<link rel="stylesheet" href="gone.css">' });
        try {
            assert.throws(
                () => execFileSync("node", [HASH_NAMES, dir, "page.html"], { stdio: "pipe" }),
                (e) => e.status === 1 && /page\.html references gone\.css/.test(e.stderr.toString()),
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
