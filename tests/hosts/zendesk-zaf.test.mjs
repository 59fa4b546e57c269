// The Zendesk app as shipped (dist/zendesk.zip) with the real ZAF SDK from npm, in headless
// Chromium, inside a test double of the Zendesk agent workspace that plays the parent side of
// the SDK's postMessage protocol. Proxy calls go through a stand-in for Zendesk's server-side
// request proxy (domainWhitelist check, secure-setting substitution) to `orderlens serve --sandbox`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launch } from "./lib/chromium.mjs";
import { built, screenshotPath } from "./lib/paths.mjs";
import { startProxy } from "./lib/proxy.mjs";
import { serve } from "./lib/static.mjs";
import { zafSdkBundle } from "./lib/zaf-sdk.mjs";
import { unpack } from "./lib/zip.mjs";

const FIXTURES = new URL("./fixtures/", import.meta.url);
const SDK_URL = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js";
const ORDER_ID = "202-7654321-1098765";
const SECRET = "sandbox"; // the secure setting's value: only "Zendesk's servers" may see it
const WAIT = { timeout: 30_000 };

const hoursAgo = (h) => new Date(Date.now() - h * 3600_000).toISOString();
const requester = { id: 9001, name: "Oliver - Amazon Marketplace", email: "2os9ilzog5ye18n@marketplace.amazon.co.uk", role: "end-user" };
const fixture = {
    metadata: {
        appId: 0,
        installationId: 77,
        name: "orderlens",
        version: "test",
        // Zendesk never puts secure settings here.
        settings: {
            proxy_url: "https://proxy.orderlens.example",
            order_id_field: 360001,
            marketplace_field: 360002,
            kind_field: 360003,
            add_tags: true,
            seller_name: "Northwind Outfitters",
            title: "orderlens",
        },
    },
    context: { product: "support", location: "ticket_sidebar", ticketId: 4242, instanceGuid: "c0ffee00-test-guid", account: { subdomain: "northwind" } },
    user: { "currentUser.locale": "en-US" },
    ticket: {
        "ticket.id": 4242,
        "ticket.subject": `Inquiry from Amazon customer Oliver (Order: ${ORDER_ID})`,
        "ticket.requester": requester,
        "ticket.recipient": "support@northwind-outfitters.example",
        "ticket.comments": [
            {
                id: 1,
                author: requester,
                createdAt: hoursAgo(3),
                value:
                    "<p>You have received a message.</p>" +
                    `<p># ${ORDER_ID}:<br>1 / Waterproof hiking jacket [ASIN: B0ZA4KMKL7]</p>` +
                    "<p>------------- Message: -------------</p>" +
                    "<p>Hello, my parcel has not arrived yet. Could you tell me where it is?</p><p>Thanks, Oliver</p>" +
                    "<p>------------- End message -------------</p>",
            },
        ],
    },
};

let proxy, site, browser, pkg, manifest;
const proxied = [];
// Set to make the next order call fail as a gateway in front of the proxy would.
let failNextOrderCall = false;

before(async () => {
    pkg = unpack(built("zendesk.zip"));
    manifest = JSON.parse(readFileSync(join(pkg.dir, "manifest.json"), "utf8"));
    proxy = await startProxy();
    site = await serve({
        mounts: { "/app/": pkg.dir },
        routes: {
            "/agent.html": { type: "text/html; charset=utf-8", body: readFileSync(new URL("zendesk-agent.html", FIXTURES)) },
            "/zendesk-agent.js": { type: "text/javascript", body: readFileSync(new URL("zendesk-agent.js", FIXTURES)) },
            "/fixture.json": { type: "application/json", body: JSON.stringify(fixture) },
        },
    });
    browser = await launch();
    // Zendesk's CDN, answered with the npm SDK: no network needed.
    await browser.context.route(SDK_URL, (route) => route.fulfill({ contentType: "text/javascript", body: zafSdkBundle() }));
});

after(async () => {
    await browser?.close();
    await site?.close();
    await proxy?.stop();
    pkg?.cleanup();
});

/** Zendesk's request proxy as the app sees it: whitelisted host, {{setting.*}} filled in server-side. */
async function zendeskProxy(options) {
    proxied.push(options);
    const url = new URL(options.url, "https://northwind.zendesk.com");
    if (url.hostname === "northwind.zendesk.com" && url.pathname === "/api/v2/search.json") {
        const results = [
            { id: 4242, subject: fixture.ticket["ticket.subject"] },
            { id: 4100, subject: `Re: Order ${ORDER_ID} where is my parcel` },
        ];
        return { ok: true, response: { results, count: results.length } };
    }
    if (failNextOrderCall && url.pathname.startsWith("/v1/orders/")) {
        failNextOrderCall = false;
        return { ok: false, response: { status: 503, responseText: "<h1>Service Unavailable</h1>" } };
    }
    const headers = { ...options.headers };
    if (options.secure) {
        if (!manifest.domainWhitelist.includes(url.hostname)) {
            return { ok: false, response: { status: 403, responseText: "domain not whitelisted for secure settings" } };
        }
        for (const [k, v] of Object.entries(headers)) headers[k] = String(v).replaceAll("{{setting.proxy_token}}", SECRET);
    }
    // DNS for the test: the whitelisted proxy host is the local sandbox proxy.
    const target = `${proxy.url}${url.pathname}${url.search}`;
    const res = await fetch(target, { method: options.type ?? "GET", headers, body: options.data });
    const response = { status: res.status, responseText: await res.text(), headers: Object.fromEntries(res.headers) };
    return { ok: res.ok, response };
}

async function openAgent() {
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.exposeFunction("zendeskProxy", zendeskProxy);
    await page.goto(`http://localhost:${site.port}/agent.html`);
    const app = page.frameLocator("#app");
    return { page, app, errors };
}

test("the sidebar shows the ticket's order through the real ZAF SDK", async () => {
    const { page, app, errors } = await openAgent();
    await app.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    await assert.doesNotReject(app.getByText(ORDER_ID).first().waitFor(WAIT));
    assert.deepEqual(errors, []);

    const received = await page.evaluate(() => window.zaf.received);
    assert.ok(received.some((m) => m.key === "iframe.handshake"), "the SDK shook hands with the parent");
    const gets = received.filter((m) => m.request === "get").flatMap((m) => m.params);
    for (const path of ["ticket.subject", "ticket.requester", "ticket.comments"]) assert.ok(gets.includes(path), `asked for ${path}`);

    // The order came through Zendesk's proxy with the placeholder; the token never entered the page.
    const orderCall = proxied.find((o) => o.url.startsWith(`https://proxy.orderlens.example/v1/orders/${ORDER_ID}`));
    assert.ok(orderCall, `the sidebar asked the proxy for ${ORDER_ID}`);
    assert.equal(orderCall.secure, true);
    assert.equal(orderCall.cors, false);
    assert.equal(orderCall.headers.Authorization, "Bearer {{setting.proxy_token}}");
    assert.ok(!JSON.stringify(received).includes(SECRET), "the secure token never reaches the iframe");

    const subscribed = await page.evaluate(() => window.zaf.subscribed);
    assert.ok(subscribed.includes("ticket.comments.changed"), "the sidebar follows new comments");
    const invoked = await page.evaluate(() => window.zaf.invoked);
    assert.ok(invoked.some((i) => i.action === "resize" && /^\d+px$/.test(i.args[0].height)), "the frame is fitted to the content");

    await page.screenshot({ path: screenshotPath("zendesk-sidebar.png"), fullPage: true });
    await page.close();
});

test("Insert puts the reply into the Zendesk editor via ticket.comment.appendText", async () => {
    const { page, app } = await openAgent();
    await app.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    const insert = app.locator('[data-ol="insert"]');
    await insert.waitFor(WAIT);
    await insert.click();
    await page.waitForFunction(() => window.zaf.invoked.some((i) => i.action === "ticket.comment.appendText"), null, WAIT);
    const [appended] = (await page.evaluate(() => window.zaf.invoked)).filter((i) => i.action === "ticket.comment.appendText");
    const text = appended.args[0];
    assert.equal(typeof text, "string");
    assert.ok(text.trim().length > 0, "a non-empty reply");
    assert.match(text, /Oliver|Northwind Outfitters/, "the reply is filled in for this buyer and seller");
    assert.equal(await page.locator("#editor").inputValue(), text, "the agent sees the reply in the editor");

    // With the reply, the mapped ticket fields and the tags from the app's settings.
    await page.waitForFunction(() => Object.keys(window.zaf.set).length > 0 && window.zaf.invoked.some((i) => i.action === "ticket.tags.add"), null, WAIT);
    const set = await page.evaluate(() => window.zaf.set);
    assert.equal(set["ticket.customField:custom_field_360001"], ORDER_ID);
    assert.equal(set["ticket.customField:custom_field_360002"], "UK");
    const tags = (await page.evaluate(() => window.zaf.invoked)).find((i) => i.action === "ticket.tags.add").args[0];
    assert.ok(tags.includes("amazon"), `tags: ${tags}`);
    await page.close();
});

test("a normal open never bypasses the proxy's cache; Retry asks for ?fresh=1 through Zendesk's proxy", async () => {
    // Zendesk's own API (the related tickets' search) is asked by a relative URL.
    const orderCalls = () => proxied.filter((o) => new URL(o.url, "https://zendesk.invalid").pathname === `/v1/orders/${ORDER_ID}`);
    const cacheHeaders = (o) => Object.keys(o.headers ?? {}).filter((h) => /^(cache-control|pragma)$/i.test(h));
    assert.ok(orderCalls().length >= 2, "the earlier opens asked for the order");
    for (const o of orderCalls()) {
        assert.equal(new URL(o.url).searchParams.get("fresh"), null, `${o.url}: a normal open is not fresh`);
        assert.deepEqual(cacheHeaders(o), [], `${o.url}: no cache headers`);
    }

    const before = orderCalls().length;
    failNextOrderCall = true;
    const { page, app, errors } = await openAgent();
    await app.locator('[data-ol="root"][data-state="error"]').waitFor(WAIT);
    await app.locator('[data-ol="retry"]').click();
    await app.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    const [failed, retried, ...more] = orderCalls().slice(before);
    assert.deepEqual(more, []);
    assert.equal(new URL(failed.url).searchParams.get("fresh"), null);
    assert.equal(new URL(retried.url).searchParams.get("fresh"), "1", "Retry bypasses the proxy's cache with ?fresh=1");
    assert.deepEqual([...cacheHeaders(failed), ...cacheHeaders(retried)], [], "fresh or not, no cache headers");
    assert.equal(new URL(retried.url).searchParams.get("marketplace"), new URL(failed.url).searchParams.get("marketplace"));
    assert.deepEqual(errors, []);
    await page.close();
});

test("a refused ZAF action reaches the sidebar as a rejected insertReply() with what to do", async () => {
    const { page, app } = await openAgent();
    await app.locator('[data-ol="root"][data-state="order"]').waitFor(WAIT);
    // The agent workspace answers the editor action with an error, as Zendesk does for an
    // action that is not available where the app runs.
    await page.evaluate(() => (window.zaf.failing = ["ticket.comment.appendText"]));
    const frame = page.frames().find((f) => f.url().includes("/assets/iframe.html"));
    // A second host on the app's own page (its own ZAF client), like the one the sidebar holds.
    const outcome = await frame.evaluate(async () => {
        const { createHost } = await import(new URL("hosts/zendesk.js", location.href).href);
        const host = await createHost(window);
        return host.insertReply("Hello").then(
            () => "resolved",
            (e) => ({ isError: e instanceof Error, message: e.message }),
        );
    });
    assert.deepEqual(outcome, { isError: true, message: "No reply box on this page: open the ticket's reply editor and try again." });
    await page.close();
});
