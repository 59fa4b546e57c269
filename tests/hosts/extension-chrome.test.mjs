// The Chrome extension as shipped (dist/chrome-extension.zip) loaded into Debian's Chromium, on
// Seller Central pages served locally under their real host names (so the manifest's content
// script matches apply), with `orderlens serve --sandbox` as the proxy. The side panel page is
// opened as a tab (chrome.sidePanel.open() needs a user gesture). A recording hop in front of the
// proxy keeps what the panel's requests carried on the wire.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launch } from "./lib/chromium.mjs";
import { built, screenshotPath } from "./lib/paths.mjs";
import { startProxy } from "./lib/proxy.mjs";
import { cacheBypassHeaders, startRecorder } from "./lib/recorder.mjs";
import { serve } from "./lib/static.mjs";
import { unpack } from "./lib/zip.mjs";

const FIXTURES = new URL("./fixtures/", import.meta.url);
const US_ORDER = "114-9876543-1234567";
const UK_ORDER = "202-7654321-1098765";
const TOKEN = "extension-test-token";
const HOSTS = ["sellercentral.amazon.com", "sellercentral.amazon.co.uk"];
const WAIT = { timeout: 30_000 };

let pkg, certDir, site, browser, proxy, recorder, extensionId, sellerTab, panel;

/** A throwaway self-signed certificate for the Seller Central host names. */
function selfSignedCert(dir) {
    execFileSync("openssl", [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=sellercentral.test",
        "-addext", `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(",")}`,
        "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore", timeout: 30_000 });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
}

before(async () => {
    pkg = unpack(built("chrome-extension.zip"));
    certDir = mkdtempSync(join(tmpdir(), "orderlens-cert-"));
    const html = (name) => ({ type: "text/html; charset=utf-8", body: readFileSync(new URL(name, FIXTURES)) });
    site = await serve(
        {
            routes: {
                [`/orders-v3/order/${US_ORDER}`]: html("sellercentral-order.html"),
                "/messaging/inbox": html("sellercentral-messaging.html"),
            },
        },
        createServer,
        selfSignedCert(certDir),
    );
    browser = await launch([
        `--disable-extensions-except=${pkg.dir}`,
        `--load-extension=${pkg.dir}`,
        `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${site.port}`).join(", ")}`,
        "--ignore-certificate-errors",
    ]);
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent("serviceworker", WAIT));
    extensionId = new URL(worker.url()).host;
    // The proxy allows exactly this extension's origin, as docs/install.md tells admins to do.
    proxy = await startProxy(`tokens = ["${TOKEN}"]\nallowed_origins = ["chrome-extension://${extensionId}"]`);
    recorder = await startRecorder(proxy.url);
});

after(async () => {
    await browser?.close();
    await site?.close();
    await recorder?.close();
    await proxy?.stop();
    pkg?.cleanup();
    if (certDir) rmSync(certDir, { recursive: true, force: true });
});

const extensionPage = (path) => `chrome-extension://${extensionId}/extension/${path}`;

test("the options page stores the proxy URL and token", async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage("options.html"));
    await page.getByText(`chrome-extension://${extensionId}`).waitFor(WAIT);
    await page.getByLabel("Proxy URL").fill("ftp://nowhere.example");
    await page.getByLabel("Proxy token").fill(TOKEN);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("That is not a URL.").or(page.getByText("Use https://")).waitFor(WAIT);
    await page.getByLabel("Proxy URL").fill(recorder.url);
    await page.getByLabel("Seller name in replies").fill("Northwind Outfitters");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved.").waitFor(WAIT);
    await page.close();
});

test("the side panel shows the order of the Seller Central order page", async () => {
    sellerTab = await browser.context.newPage();
    await sellerTab.goto(`https://${HOSTS[0]}/orders-v3/order/${US_ORDER}`);
    panel = await browser.context.newPage();
    const errors = [];
    panel.on("pageerror", (e) => errors.push(String(e)));
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage("panel.html"));
    await panel.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    await panel.getByText(US_ORDER).first().waitFor(WAIT);
    assert.ok(await panel.locator("#not-configured").isHidden(), "configured: no hint to the options page");
    assert.deepEqual(errors, []);
    await panel.screenshot({ path: screenshotPath("chrome-side-panel.png"), fullPage: true });
});

test("the panel follows the tab to a messaging page and Insert writes into Seller Central's reply box", async () => {
    await sellerTab.goto(`https://${HOSTS[1]}/messaging/inbox?fi=RESPONSE_NEEDED`);
    await panel.getByText(UK_ORDER).first().waitFor(WAIT);
    await panel.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    await panel.locator('[data-ol="insert"]').click();
    const box = sellerTab.getByLabel("Message to the buyer");
    await sellerTab.waitForFunction(() => document.querySelector("textarea").value.trim() !== "", null, WAIT);
    const text = await box.inputValue();
    assert.match(text, /Northwind Outfitters/, "the reply is signed with the seller name from the options");
    assert.equal(await sellerTab.locator("#count").textContent(), String(text.length), "the page saw the input event");
});

/** The order requests the panel sent for `orderId` after the recorder had seen `since` requests. */
const orderRequests = (orderId, since = 0) =>
    recorder.seen.slice(since).filter((e) => e.method === "GET" && e.url.pathname === `/v1/orders/${orderId}`);

test("opening a panel leaves the proxy's cache alone; Retry asks for ?fresh=1", async () => {
    // The opens so far (two pages, two orders): no fresh, no header a cache reads as "reload".
    const opens = [...orderRequests(US_ORDER), ...orderRequests(UK_ORDER)];
    assert.ok(opens.length >= 2, "the panel asked the proxy for both orders");
    for (const e of opens) {
        assert.equal(e.url.searchParams.get("fresh"), null, `${e.url}: a normal open is not fresh`);
        assert.deepEqual(cacheBypassHeaders(e), [], `${e.url}: no Cache-Control/Pragma that would skip the proxy's cache`);
    }

    // A gateway in front of the proxy fails once: the panel offers Retry, and Retry is fresh.
    const since = recorder.seen.length;
    recorder.failNext(
        (e) => e.method === "GET" && e.url.pathname === `/v1/orders/${US_ORDER}`,
        (e) => ({ status: 503, headers: { "Content-Type": "text/html", "Access-Control-Allow-Origin": e.headers.origin ?? "*" }, body: "<h1>Service Unavailable</h1>" }),
    );
    await sellerTab.goto(`https://${HOSTS[0]}/orders-v3/order/${US_ORDER}`);
    await panel.locator('[data-ol="root"][data-state="error"]').waitFor(WAIT);
    await panel.locator('[data-ol="retry"]').click();
    await panel.locator('[data-ol="root"][data-state="order"]', { hasText: US_ORDER }).waitFor(WAIT);

    const [failed, retried, ...more] = orderRequests(US_ORDER, since);
    assert.deepEqual(more, [], "one request per open and per Retry");
    assert.equal(failed.url.searchParams.get("fresh"), null);
    assert.equal(retried.url.searchParams.get("fresh"), "1", "Retry bypasses the proxy's cache with ?fresh=1");
    for (const e of [failed, retried]) assert.deepEqual(cacheBypassHeaders(e), [], `${e.url}: no cache headers, fresh or not`);
});

test("Insert on a Seller Central page without a reply box rejects with the page's advice", async () => {
    // An order page has no reply box. A second host on the panel page, like the one the sidebar
    // holds: its insertReply() is what the sidebar awaits.
    await sellerTab.goto(`https://${HOSTS[0]}/orders-v3/order/${US_ORDER}`);
    await panel.locator('[data-ol="root"][data-state="order"]', { hasText: US_ORDER }).waitFor(WAIT);
    const outcome = await panel.evaluate(async (url) => {
        const { createExtensionHost } = await import(url);
        const host = await createExtensionHost();
        return host.insertReply("Dear buyer").then(
            () => "resolved",
            (e) => ({ isError: e instanceof Error, message: e.message }),
        );
    }, extensionPage("host.js"));
    assert.deepEqual(outcome, {
        isError: true,
        message: "No reply box on this Seller Central page: open the buyer's message and press Reply first.",
    });
});
