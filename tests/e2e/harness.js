// What the browser test and the sidebar benchmark share: the real proxy in sandbox mode serving
// dist/web, and Debian's Chromium driven by playwright-core (no browser downloads here).

import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(REPO, "dist/web");
const TARGET_DIR = resolve(REPO, process.env.CARGO_TARGET_DIR ?? "target");
const ORDERLENS = join(TARGET_DIR, "release/orderlens");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Only a hung start hits these; they are not performance checks.
const PROXY_START_MS = 30_000;
const PROXY_STOP_MS = 5_000;

// Root needs --no-sandbox; the rest stop Chromium from calling Google, which the closed
// network refuses (slow starts, noisy logs).
const CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
];

function need(path, what) {
    if (!existsSync(path)) throw new Error(`${path} is missing: ${what}`);
}

/**
 * Starts `orderlens serve --sandbox` on a free loopback port serving a copy of dist/web.
 * `config`: the text of a config file, written to a fresh folder (the account store lands
 * beside it). Resolves to { url, stop() } once the proxy said where it listens.
 */
export async function startProxy({ config } = {}) {
    need(join(DIST, "pkg/orderlens_bg.wasm"), "run `make build` first (the e2e test and the benchmark use the release sidebar)");
    need(ORDERLENS, "run `cargo build --release --locked -p orderlens-cli --bin orderlens` first");
    // A snapshot: a `make build` running meanwhile in the same tree must not change what we test.
    const site = mkdtempSync(join(tmpdir(), "orderlens-web-"));
    cpSync(DIST, site, { recursive: true });
    // Port 0: the kernel picks a free port and the proxy prints it, so parallel runs never collide.
    const args = ["serve", "--sandbox", "--listen", "127.0.0.1:0", "--static-dir", site];
    const configDir = config === undefined ? null : mkdtempSync(join(tmpdir(), "orderlens-config-"));
    if (configDir) {
        writeFileSync(join(configDir, "orderlens.toml"), config);
        args.push("--config", join(configDir, "orderlens.toml"));
    }
    const cleanUp = () => {
        rmSync(site, { recursive: true, force: true });
        if (configDir) rmSync(configDir, { recursive: true, force: true });
    };
    const child = spawn(ORDERLENS, args, {
        cwd: REPO,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "warn" },
    });
    let log = "";
    const url = await new Promise((resolveUrl, reject) => {
        const timer = setTimeout(() => fail(new Error(`orderlens serve did not start within ${PROXY_START_MS} ms`)), PROXY_START_MS);
        function fail(error) {
            clearTimeout(timer);
            child.kill("SIGKILL");
            cleanUp();
            reject(new Error(`${error.message}\n--- proxy output ---\n${log}`));
        }
        const read = (chunk) => {
            log += chunk;
            const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
            if (m) {
                clearTimeout(timer);
                resolveUrl(m[1]);
            }
        };
        child.stdout.setEncoding("utf8").on("data", read);
        child.stderr.setEncoding("utf8").on("data", read);
        child.on("error", fail);
        child.on("exit", (code) => fail(new Error(`orderlens serve exited early (code ${code})`)));
    });
    child.removeAllListeners("exit");
    return {
        url,
        output: () => log,
        async stop() {
            if (child.exitCode === null) {
                const exited = new Promise((r) => child.once("exit", r));
                child.kill("SIGTERM");
                const timer = setTimeout(() => child.kill("SIGKILL"), PROXY_STOP_MS);
                await exited;
                clearTimeout(timer);
            }
            cleanUp();
        },
    };
}

/** Debian's Chromium with a fresh profile. Resolves to { browser, close() }. */
export async function launchChromium() {
    need(CHROMIUM, "install Debian's chromium (scripts/install-tools.sh e2e)");
    const profile = mkdtempSync(join(tmpdir(), "orderlens-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
        viewport: { width: 1360, height: 900 },
        locale: "en-US",
        timezoneId: "UTC",
    });
    return {
        context,
        async close() {
            await context.close().catch(() => {});
            rmSync(profile, { recursive: true, force: true });
        },
    };
}

/** The orderlens sidebar frame of the demo page, once its document has loaded. */
export async function sidebarFrame(page) {
    const handle = await page.waitForSelector('[data-demo="sidebar"]');
    const frame = await handle.contentFrame();
    await frame.waitForLoadState("load");
    return frame;
}

/**
 * The proxy, Chromium and one page on the demo helpdesk at `?ticket=<ticket>&lang=<lang>`, with
 * the sidebar's frame and every uncaught error or console error of the page and the frame
 * collected in `pageErrors` (a CSP or Trusted Types violation, an HTML sink, shows up there).
 * Fails at once, with the sidebar's own words, if the sidebar could not even start.
 */
export async function openDemo({ ticket, lang = "en", waitMs = 30_000, expectedConsole = () => false }) {
    const proxy = await startProxy();
    let chromium;
    try {
        chromium = await launchChromium();
        const page = await chromium.context.newPage();
        page.setDefaultTimeout(waitMs);
        const pageErrors = [];
        page.on("pageerror", (e) => pageErrors.push(e.message));
        // Uncaught errors and console errors in the page or the sidebar frame (a CSP or Trusted
        // Types violation, an HTML sink, shows up here), except those the test itself provokes.
        page.on("console", (m) => m.type() === "error" && !expectedConsole(m) && pageErrors.push(`${m.location().url}: ${m.text()}`));
        await page.goto(`${proxy.url}/demo/?ticket=${ticket}&lang=${lang}`);
        const sidebar = await sidebarFrame(page);
        await sidebar.locator('[data-ol="root"], .ol-boot-failure').first().waitFor();
        const failure = sidebar.locator(".ol-boot-failure");
        if (await failure.count()) throw new Error(`the sidebar did not start: ${await failure.textContent()}`);
        return { proxy, chromium, page, sidebar, pageErrors };
    } catch (e) {
        await chromium?.close();
        await proxy.stop();
        throw e;
    }
}
