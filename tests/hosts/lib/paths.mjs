// Where the tests find what `make dist` and `make proxy` built.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DIST = join(ROOT, "dist");
export const DOCS_IMAGES = join(ROOT, "docs", "images");

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
