// The Firefox build as shipped (dist/firefox-extension.zip) through Mozilla's own linter
// (`web-ext lint`, addons-linter with bundled schemas, offline): what addons.mozilla.org checks.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";
import { built } from "./lib/paths.mjs";
import { unpack } from "./lib/zip.mjs";

// web-ext's package exports hide package.json; its CLI sits at a fixed place in node_modules.
const WEB_EXT = fileURLToPath(new URL("./node_modules/web-ext/bin/web-ext.js", import.meta.url));
const pkg = unpack(built("firefox-extension.zip"));
after(() => pkg.cleanup());

test("web-ext lint: no errors, no warnings", () => {
    const run = spawnSync(process.execPath, [WEB_EXT, "lint", "--source-dir", pkg.dir, "--output", "json", "--no-config-discovery"], {
        encoding: "utf8",
        timeout: 120_000,
    });
    assert.equal(run.error, undefined, String(run.error));
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
    const found = [...report.errors, ...report.warnings].map((m) => `${m.code} ${m.file ?? ""}: ${m.description ?? m.message}`);
    assert.deepEqual(found, [], "web-ext lint findings");
    assert.equal(report.summary.errors, 0);
});

test("Firefox gets a sidebar, background scripts and its add-on settings instead of Chrome's keys", () => {
    const m = JSON.parse(readFileSync(join(pkg.dir, "manifest.json"), "utf8"));
    assert.equal(m.sidebar_action.default_panel, "extension/panel.html");
    assert.deepEqual(m.background, { scripts: ["extension/background.js"] });
    assert.equal(m.side_panel, undefined);
    assert.deepEqual(m.permissions, ["storage"]);
    const gecko = m.browser_specific_settings.gecko;
    assert.match(gecko.id, /@/);
    assert.ok(gecko.strict_min_version);
    assert.ok(gecko.data_collection_permissions.required.length > 0);
    assert.deepEqual(m.content_scripts, JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8")).content_scripts);
});
