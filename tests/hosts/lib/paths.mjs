// Where the tests find what `make dist` and `make proxy` built.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DIST = join(ROOT, "dist");

/**
 * Where a screenshot goes: docs/images/ with UPDATE_SCREENSHOTS=1 (to refresh the pictures in
 * docs/install.md), else dist/screenshots/, so a plain test run leaves the work tree clean.
 */
export function screenshotPath(name) {
    const dir = process.env.UPDATE_SCREENSHOTS ? join(ROOT, "docs", "images") : join(DIST, "screenshots");
    mkdirSync(dir, { recursive: true });
    return join(dir, name);
}

/** A file `make dist` wrote; fails the test with the command to run when it is missing. */
export function built(name) {
    const path = join(DIST, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: run 'make dist' first`);
    return path;
}

/** The orderlens binary: $ORDERLENS_BIN, else the release build of `make proxy`. */
export function orderlensBinary() {
    const target = process.env.CARGO_TARGET_DIR || join(ROOT, "target");
    const path = process.env.ORDERLENS_BIN || join(target, "release", "orderlens");
    if (!existsSync(path)) throw new Error(`${path} is missing: run 'make proxy' (or set ORDERLENS_BIN)`);
    return path;
}
