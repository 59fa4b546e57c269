// Debian's Chromium under playwright-core: never a downloaded browser, flags that keep it quiet
// in a closed network, a fresh profile per launch.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_BIN || "/usr/bin/chromium";

const QUIET = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** A persistent context (extensions need one) with `args` added; close() also removes the profile. */
export async function launch(args = []) {
    const profile = mkdtempSync(join(tmpdir(), "orderlens-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [...QUIET, ...args],
        viewport: { width: 1000, height: 800 },
        timeout: 60_000,
    });
    return {
        context,
        async close() {
            await context.close().catch(() => {});
            rmSync(profile, { recursive: true, force: true });
        },
    };
}
