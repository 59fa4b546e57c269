#!/usr/bin/env node
// `node scripts/precompress.mjs DIR`: next to every text, wasm or language pack (.olp) file
// under DIR, its brotli (`.br`, quality 11) and gzip (`.gz`, level 9) variant, for `orderlens serve --static-dir`
// to send by Accept-Encoding (tower-http's ServeDir precompressed_br / precompressed_gzip).
// Node's zlib has both, so the build needs no extra tool. A variant that would not be smaller
// is not written (the server then sends the file itself). Variants get the file's mtime (to the
// second, as HTTP dates go), so Last-Modified is the same whichever encoding a browser gets.
// Run again, it rewrites them.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";

const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".txt", ".map", ".olp"]);

const variants = {
    ".br": (bytes) =>
        brotliCompressSync(bytes, {
            params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
        }),
    ".gz": (bytes) => gzipSync(bytes, { level: 9 }),
};

function* files(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* files(path);
        else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name).toLowerCase())) yield path;
    }
}

const dir = process.argv[2];
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error("usage: node scripts/precompress.mjs DIR   (DIR: the assembled site, e.g. dist/web)");
    process.exit(2);
}
const total = { files: 0, plain: 0, ".br": 0, ".gz": 0 };
for (const path of [...files(dir)]) {
    const bytes = readFileSync(path);
    // Whole milliseconds (what utimes keeps) rounded down, so never into the next second.
    const mtime = Math.floor(statSync(path).mtimeMs) / 1000;
    total.files += 1;
    total.plain += bytes.length;
    for (const [suffix, compress] of Object.entries(variants)) {
        const packed = compress(bytes);
        if (packed.length < bytes.length) {
            writeFileSync(path + suffix, packed);
            utimesSync(path + suffix, mtime, mtime);
            total[suffix] += packed.length;
        } else {
            rmSync(path + suffix, { force: true });
            total[suffix] += bytes.length;
        }
    }
}
console.log(
    `precompressed ${total.files} files in ${dir}: ${total.plain} bytes, brotli ${total[".br"]}, gzip ${total[".gz"]}`,
);
