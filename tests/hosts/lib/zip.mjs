// Opens a built package zip into a fresh temporary directory, so tests check what ships.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzip } from "../../../scripts/dist-zip.mjs";

export function readZip(path) {
    return unzip(readFileSync(path));
}

/** Unpacks `zipPath`; returns {dir, cleanup}. */
export function unpack(zipPath) {
    const dir = mkdtempSync(join(tmpdir(), "orderlens-pkg-"));
    for (const [name, data] of readZip(zipPath)) {
        if (name.endsWith("/")) continue;
        if (name.split("/").includes("..") || name.startsWith("/")) throw new Error(`unsafe path in zip: ${name}`);
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
    }
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
