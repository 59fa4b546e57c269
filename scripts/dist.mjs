#!/usr/bin/env node
// `make dist`: the four installable packages, from the sidebar build (`make build` → dist/web/pkg)
// and the host files in www/ and packaging/. Writes, under dist/:
//   zendesk.zip            ZAF v2 ticket-sidebar app (upload as a private app)
//   freshdesk.zip          Freshworks platform 3.0 app (custom app)
//   chrome-extension.zip   MV3 extension with a side panel
//   firefox-extension.zip  the same for Firefox (sidebar_action)
// and next to each zip its unpacked tree (dist/zendesk/, …) for loading unpacked and for tests.
//
// PROXY_HOST (default proxy.orderlens.example) is the proxy host name Zendesk lets the app call
// with the secure token (the manifest's domainWhitelist is fixed per build).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder, zip } from "./dist-zip.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist");
const PKG = join(OUT, "web", "pkg");
const LANG = join(OUT, "web", "lang");
const PROXY_HOST = (process.env.PROXY_HOST || "proxy.orderlens.example").trim().toLowerCase();

function die(message) {
    console.error(`make dist: ${message}`);
    process.exit(1);
}

if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(PROXY_HOST)) {
    die(`PROXY_HOST must be a DNS host name such as proxy.example.com (no scheme, port or path), not '${PROXY_HOST}'`);
}
for (const f of ["orderlens.js", "orderlens_bg.wasm"]) {
    if (!existsSync(join(PKG, f))) die(`${join("dist/web/pkg", f)} is missing: run 'make build' first`);
}
if (!existsSync(LANG) || !readdirSync(LANG).some((f) => f.endsWith(".olp"))) die("dist/web/lang has no language packs: run 'make build' first");

const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))?.[1];
if (!version) die("no [package] version in Cargo.toml");

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const writeJson = (path, value) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(value, null, 2) + "\n");
};
const copy = (from, to) => cpSync(join(ROOT, from), to, { recursive: true });

/**
 * The sidebar runtime into `dir`: pkg/ (wasm-bindgen's glue and module, no .d.ts), boot.js and
 * lang/ (the language packs, which boot.js tells the wasm to fetch from beside itself).
 */
function copyRuntime(dir) {
    mkdirSync(join(dir, "pkg"), { recursive: true });
    // Plain names only: the hashed copies are for the proxy's immutable rule (scripts/hash-names.mjs),
    // and the packages are served by their stores, not by the proxy.
    for (const f of readdirSync(PKG)) if (/\.(js|wasm)$/.test(f) && !/\.[0-9a-f]{8,}\.\w+$/.test(f)) cpSync(join(PKG, f), join(dir, "pkg", f));
    copy("www/boot.js", join(dir, "boot.js"));
    mkdirSync(join(dir, "lang"), { recursive: true });
    for (const f of readdirSync(LANG)) if (f.endsWith(".olp")) cpSync(join(LANG, f), join(dir, "lang", f));
}

/** The sidebar's stylesheet, once the sidebar page has one. */
function copySidebarCss(to) {
    if (existsSync(join(ROOT, "www", "sidebar.css"))) copy("www/sidebar.css", to);
    else console.warn("make dist: www/sidebar.css not found; the packages ship without sidebar styles");
}

/** RFC 7396 JSON merge patch: objects merge, null deletes, anything else replaces. */
function mergePatch(target, patch) {
    if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
    const out = target && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null) delete out[k];
        else out[k] = mergePatch(out[k], v);
    }
    return out;
}

function fresh(name) {
    const dir = join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
}

function zendesk() {
    const dir = fresh("zendesk");
    const manifest = readJson("packaging/zendesk/manifest.json");
    manifest.version = version;
    manifest.domainWhitelist = [PROXY_HOST];
    writeJson(join(dir, "manifest.json"), manifest);
    copy("packaging/zendesk/translations", join(dir, "translations"));
    copy("packaging/zendesk/assets", join(dir, "assets"));
    copy("www/hosts/zendesk.js", join(dir, "assets", "hosts", "zendesk.js"));
    copy("www/hosts/common.js", join(dir, "assets", "hosts", "common.js"));
    copyRuntime(join(dir, "assets"));
    copySidebarCss(join(dir, "assets", "sidebar.css"));
    return dir;
}

function freshdesk() {
    const dir = fresh("freshdesk");
    copy("packaging/freshdesk", dir);
    copy("www/hosts/freshdesk.js", join(dir, "app", "scripts", "freshdesk.js"));
    copy("www/hosts/common.js", join(dir, "app", "scripts", "common.js"));
    copyRuntime(join(dir, "app", "scripts"));
    copySidebarCss(join(dir, "app", "styles", "sidebar.css"));
    return dir;
}

function extension(name, patch) {
    const dir = fresh(name);
    const manifest = mergePatch(readJson("manifest.json"), patch);
    manifest.version = version;
    writeJson(join(dir, "manifest.json"), manifest);
    copy("www/extension", join(dir, "extension"));
    copy("www/hosts/common.js", join(dir, "hosts", "common.js"));
    copyRuntime(dir);
    copySidebarCss(join(dir, "sidebar.css"));
    return dir;
}

const built = {
    zendesk: zendesk(),
    freshdesk: freshdesk(),
    "chrome-extension": extension("chrome-extension", {}),
    "firefox-extension": extension("firefox-extension", readJson("packaging/firefox/manifest.json")),
};
for (const [name, dir] of Object.entries(built)) {
    const archive = zip(filesUnder(dir));
    writeFileSync(join(OUT, `${name}.zip`), archive);
    console.log(`dist/${name}.zip  ${archive.length} bytes  (unpacked: dist/${name}/)`);
}
console.log(`version ${version}; Zendesk proxy host ${PROXY_HOST}`);
