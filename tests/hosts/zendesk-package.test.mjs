// dist/zendesk.zip against the Zendesk app rules that decide whether an admin can upload it
// (the validations of Zendesk's zendesk_apps_support gem, re-implemented: there is no offline
// validator).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { looserThan, metaPolicy } from "./lib/csp.mjs";
import { built } from "./lib/paths.mjs";
import { readZip } from "./lib/zip.mjs";

const files = readZip(built("zendesk.zip"));
const json = (name) => JSON.parse(files.get(name).toString("utf8"));
const manifest = json("manifest.json");

const MANIFEST_KEYS = new Set(["requirementsOnly", "marketingOnly", "version", "author", "name", "experiments",
    "frameworkVersion", "singleInstall", "signedUrls", "noTemplate", "defaultLocale", "location", "private", "oauth",
    "parameters", "domainWhitelist", "remoteInstallationURL", "termsConditionsURL", "gaID"]);
const PARAMETER_TYPES = new Set(["text", "checkbox", "url", "number", "multiline", "hidden", "oauth", "mtls"]);
const SCOPES = new Set(["header", "body", "url", "jwt_secret_key", "jwt_claim", "basic_auth_username", "basic_auth_password"]);
const BLOCKED_EXTENSIONS = new Set(["rar", "zip", "gzip", "gz", "pdf", "doc", "docx", "avi", "bin", "bz", "bz2", "csh", "sh",
    "jar", "mp3", "mpeg", "odt", "pptx", "ppt", "xls", "xlsx", "7z"]);
// Zendesk also sniffs content; these magic numbers are the blocked kinds an asset could hide.
const BLOCKED_MAGIC = [["zip", [0x50, 0x4b, 0x03, 0x04]], ["gzip", [0x1f, 0x8b]], ["pdf", [0x25, 0x50, 0x44, 0x46]],
    ["rar", [0x52, 0x61, 0x72, 0x21]], ["7z", [0x37, 0x7a, 0xbc, 0xaf]], ["bz2", [0x42, 0x5a, 0x68]]];

test("manifest.json is at the zip root and nowhere deeper", () => {
    assert.ok(files.has("manifest.json"), "manifest.json must be at the root of the zip");
    const nested = [...files.keys()].filter((n) => n.endsWith("/manifest.json"));
    assert.deepEqual(nested, [], "a nested manifest.json makes Zendesk reject the upload");
});

test("the manifest has the keys Zendesk requires, and only known keys", () => {
    for (const key of Object.keys(manifest)) assert.ok(MANIFEST_KEYS.has(key), `unknown manifest key ${key}`);
    assert.equal(typeof manifest.name, "string");
    assert.ok(manifest.author?.name && manifest.author?.email, "author needs name and email");
    assert.equal(manifest.defaultLocale, "en");
    assert.equal(manifest.frameworkVersion, "2.0");
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(manifest.location, { support: { ticket_sidebar: { url: "assets/iframe.html", flexible: true } } });
    assert.ok(files.has("assets/iframe.html"), "the ticket_sidebar url must exist in the package");
});

test("the proxy host is whitelisted, so the secure token is sent to it", () => {
    assert.ok(Array.isArray(manifest.domainWhitelist) && manifest.domainWhitelist.every((d) => typeof d === "string"));
    assert.equal(manifest.domainWhitelist.length, 1);
    assert.match(manifest.domainWhitelist[0], /^[a-z0-9.-]+$/, "a bare host name, no scheme or path");
});

test("parameters have valid types, the token is secure and scoped to headers", () => {
    const names = manifest.parameters.map((p) => p.name);
    assert.equal(new Set(names).size, names.length, "parameter names must be unique");
    assert.ok(!names.includes("name"), "'name' is reserved");
    for (const p of manifest.parameters) {
        assert.ok(PARAMETER_TYPES.has(p.type), `${p.name}: type ${p.type}`);
        if ("secure" in p) assert.equal(typeof p.secure, "boolean", `${p.name}: secure must be a boolean`);
        if (p.scopes) {
            assert.equal(p.secure, true, `${p.name}: scopes are only allowed on secure parameters`);
            for (const s of p.scopes) assert.ok(SCOPES.has(s), `${p.name}: scope ${s}`);
        }
        if (p.secure) {
            assert.ok(p.scopes?.length, `${p.name}: a secure parameter without scopes can be sent anywhere`);
            assert.ok(!("default" in p), `${p.name}: a secure parameter must not have a default`);
        }
        if (/token|key|secret|password/i.test(p.name)) assert.equal(p.secure, true, `${p.name} looks secret but is not secure`);
    }
    const byName = Object.fromEntries(manifest.parameters.map((p) => [p.name, p]));
    assert.deepEqual(byName.proxy_token, { name: "proxy_token", type: "text", required: true, secure: true, scopes: ["header"] });
    assert.equal(byName.proxy_url.type, "url");
    assert.equal(byName.proxy_url.required, true);
    for (const f of ["order_id_field", "marketplace_field", "kind_field"]) assert.equal(byName[f].type, "number", f);
    assert.equal(byName.add_tags.type, "checkbox");
    assert.equal(byName.seller_name.type, "text");
});

test("every translation labels every parameter; the default locale exists", () => {
    const translations = [...files.keys()].filter((n) => n.startsWith("translations/"));
    assert.ok(translations.includes("translations/en.json"));
    for (const want of ["de", "fr", "it", "es", "pl", "ja", "zh-cn", "pt-br", "nl", "sv", "tr", "ar"]) assert.ok(translations.includes(`translations/${want}.json`), want);
    for (const name of translations) {
        assert.match(name, /^translations\/[a-z]{2}(-\w{2,3})?\.json$/, "Zendesk's locale file name rule");
        const t = json(name);
        assert.equal(typeof t.app?.name, "string", `${name}: app.name`);
        if (name !== "translations/en.json") {
            assert.notEqual(t.app.short_description, json("translations/en.json").app.short_description, `${name} is still English`);
        }
        for (const p of manifest.parameters) {
            const label = t.app.parameters?.[p.name]?.label;
            assert.ok(typeof label === "string" && label.trim() !== "", `${name}: no label for ${p.name}`);
        }
    }
});

test("logos are real PNGs of the sizes Zendesk shows", () => {
    for (const [name, size] of [["assets/logo.png", 320], ["assets/logo-small.png", 128]]) {
        const png = files.get(name);
        assert.ok(png, `${name} is required to install`);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${name}: PNG signature`);
        assert.equal(png.subarray(12, 16).toString("ascii"), "IHDR");
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], `${name}: width × height`);
    }
});

test("no blocked file types, by name or by content", () => {
    for (const [name, data] of files) {
        const ext = name.includes(".") ? name.split(".").pop().toLowerCase() : "";
        assert.ok(!BLOCKED_EXTENSIONS.has(ext), `${name}: .${ext} files are refused by Zendesk`);
        for (const [kind, magic] of BLOCKED_MAGIC) {
            assert.ok(!magic.every((b, i) => data[i] === b), `${name} is a ${kind} file inside`);
        }
    }
});

test("the sidebar ships with the app, and the page loads the SDK as production apps do", () => {
    for (const name of ["assets/main.js", "assets/boot.js", "assets/hosts/zendesk.js", "assets/pkg/orderlens.js", "assets/pkg/orderlens_bg.wasm", "assets/lang/pt.olp", "assets/lang/ar.olp"]) {
        assert.ok(files.has(name), `${name} missing`);
    }
    const html = files.get("assets/iframe.html").toString("utf8");
    assert.match(html, /<script src="https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/2\.0\/zaf_sdk\.min\.js"><\/script>/);
    for (const [name, data] of files) {
        if (!/\.(js|html)$/.test(name)) continue;
        assert.doesNotMatch(data.toString("utf8"), /["'(]http:\/\//, `${name}: plain http URLs are flagged by Zendesk`);
    }
});

test("the page's CSP is the sidebar page's, plus only Zendesk's SDK CDN", () => {
    const page = metaPolicy(files.get("assets/iframe.html").toString("utf8"));
    assert.ok(page, "iframe.html has a Content-Security-Policy");
    const sidebar = metaPolicy(readFileSync(built("web/sidebar.html"), "utf8"));
    assert.deepEqual(looserThan(page, sidebar, { "script-src": ["https://static.zdassets.com"] }), []);
});
