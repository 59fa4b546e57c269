#!/usr/bin/env node
// `node scripts/hash-names.mjs DIR ENTRY.html…`: content-hashed names for everything the entry
// pages load, so that `orderlens serve --static-dir` can send them as immutable
// (`name.<8+ lowercase hex>.ext`, README "static files"). For each entry page (relative to DIR)
// it follows the relative references — `href`/`src` in the HTML, static and dynamic `import`s
// and `new URL("…", import.meta.url)` in JS — writes each file again as `name.<hash>.ext`
// beside itself, with its own references rewritten first (so a file's hash covers everything
// it loads), and rewrites the entry page in place. The entry page keeps its name (it is what
// the helpdesk opens, revalidated on every load). The plain-named files stay: the other pages
// (the demo helpdesk, the baseline) and `make dist` use them.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, posix, relative } from "node:path";

const HTML_REF = /\b(href|src)="([^"]+)"/g;
const JS_REFS = [
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"']+)\2/g,
    /(\bnew\s+URL\(\s*)(["'])([^"']+)\2(?=\s*,\s*import\.meta\.url)/g,
];

/** Only relative references are ours to rename: no scheme, no absolute path, no fragment. */
const local = (ref) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref);

function die(message) {
    console.error(`hash-names: ${message}`);
    process.exit(1);
}

const [dir, ...entries] = process.argv.slice(2);
if (!dir || !entries.length) die("usage: node scripts/hash-names.mjs DIR ENTRY.html…");

const hashed = new Map(); // path under dir → hashed path under dir
const visiting = new Set();

/** Rewrites every local reference of `text` (a file at `path`) through `rename`. */
function rewrite(text, path, patterns, refGroup) {
    for (const pattern of patterns) {
        text = text.replace(pattern, (...m) => {
            const ref = m[refGroup];
            // A directory (boot.js's `lang/`, where the language packs are) keeps its name: the
            // sidebar fetches the files in it by their plain names.
            if (!local(ref) || ref.endsWith("/")) return m[0];
            const target = posix.normalize(posix.join(posix.dirname(path), ref.split(/[?#]/)[0]));
            const renamed = hashedName(target, path);
            const refRenamed = posix.relative(posix.dirname(path), renamed) || basename(renamed);
            const prefixed = ref.startsWith("./") && !refRenamed.startsWith(".") ? `./${refRenamed}` : refRenamed;
            return m[0].replace(ref, prefixed + ref.slice(ref.split(/[?#]/)[0].length));
        });
    }
    return text;
}

/** The hashed name of `path` (under dir), writing the file and its dependencies first. */
function hashedName(path, from) {
    if (hashed.has(path)) return hashed.get(path);
    const file = join(dir, path);
    if (!existsSync(file)) die(`${from} references ${path}, which the build did not produce`);
    if (visiting.has(path)) die(`${path} is part of an import cycle: its hash would depend on itself`);
    visiting.add(path);
    let bytes = readFileSync(file);
    if ([".js", ".mjs"].includes(extname(path))) bytes = Buffer.from(rewrite(bytes.toString("utf8"), path, JS_REFS, 3));
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    const ext = extname(path);
    const name = posix.join(posix.dirname(path), `${basename(path, ext)}.${hash}${ext}`);
    writeFileSync(join(dir, name), bytes);
    visiting.delete(path);
    hashed.set(path, name);
    return name;
}

for (const entry of entries) {
    const file = join(dir, entry);
    writeFileSync(file, rewrite(readFileSync(file, "utf8"), entry, [HTML_REF], 2));
}
console.log(`hash-names: ${hashed.size} files under ${relative(process.cwd(), dir) || dir} for ${entries.join(", ")}`);
