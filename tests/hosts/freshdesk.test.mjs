// The Freshdesk app as shipped (dist/freshdesk.zip): its config against Freshworks' platform 3.0
// rules, and its adapter (www/hosts/freshdesk.js, as packaged) against a faithful fake of the
// Freshworks client whose request templates call `orderlens serve --sandbox`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { launch } from "./lib/chromium.mjs";
import { built, screenshotPath } from "./lib/paths.mjs";
import { serve } from "./lib/static.mjs";
import { looserThan, metaPolicy } from "./lib/csp.mjs";
import { fakeFreshworks } from "./lib/freshworks.mjs";
import { startProxy } from "./lib/proxy.mjs";
import { unpack } from "./lib/zip.mjs";

const ORDER_ID = "202-7654321-1098765";
// Where Freshworks' {{{appclient}}} points: the client script on Freshworks' CDN.
const APPCLIENT_URL = "https://static.freshdev.io/fdk/2.0/assets/fresh_client.js";
const ALIAS = "2os9ilzog5ye18n@marketplace.amazon.co.uk";
const SECRET = "sandbox";
const DATA = {
    ticket: {
        id: 88,
        subject: `Inquiry from Amazon customer Oliver (Order: ${ORDER_ID})`,
        description: `<div>You have received a message.<br># ${ORDER_ID}:<br>Where is my parcel?</div>`,
        description_text: `You have received a message.\n# ${ORDER_ID}:\nWhere is my parcel?`,
        created_at: "2026-11-20T09:00:00Z",
        to_emails: ["support@northwind-outfitters.example"],
    },
    requester: { id: 5, email: ALIAS, name: "Oliver - Amazon Marketplace" },
    conversations: [
        { body: "<div>We are on it.</div>", body_text: "We are on it.", incoming: false, private: false, from_email: "support@northwind-outfitters.example", created_at: "2026-11-20T10:00:00Z" },
        { body: "<div>Any news?</div>", body_text: "Any news?", incoming: true, private: false, from_email: ALIAS, created_at: "2026-11-20T12:00:00Z" },
        { body: "<div>Checked with DHL</div>", body_text: "Checked with DHL", incoming: false, private: true, created_at: "2026-11-20T11:00:00Z" },
    ],
    loggedInUser: { contact: { language: "de" } },
};
const IPARAMS = {
    proxy_host: "proxy.orderlens.example",
    proxy_token: SECRET,
    seller_name: "Northwind Outfitters",
    order_id_field: "cf_amazon_order_id",
    marketplace_field: "cf_amazon_marketplace",
    kind_field: "",
    add_tags: true,
    freshdesk_domain: "northwind.freshdesk.com",
    freshdesk_api_key: "fd-api-key-1234",
};

/** Freshdesk's own API, as far as the search goes: records each request, answers `searchAnswer`. */
const freshdeskApi = { seen: [], server: null, url: "" };
let searchAnswer = { results: [], total: 0 };

let pkg, proxy, adapter, fw, host;
const json = (name) => JSON.parse(readFileSync(join(pkg.dir, name), "utf8"));
const fakeWindow = { navigator: { language: "en-US" }, open: () => {} };

before(async () => {
    pkg = unpack(built("freshdesk.zip"));
    proxy = await startProxy();
    freshdeskApi.server = createServer((req, res) => {
        freshdeskApi.seen.push({ url: req.url, authorization: req.headers.authorization });
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(searchAnswer));
    });
    await new Promise((resolve) => freshdeskApi.server.listen(0, "127.0.0.1", resolve));
    freshdeskApi.url = `http://127.0.0.1:${freshdeskApi.server.address().port}`;
    adapter = await import(pathToFileURL(join(pkg.dir, "app", "scripts", "freshdesk.js")).href);
    fw = fakeFreshworks({
        dir: pkg.dir,
        iparams: IPARAMS,
        data: DATA,
        // DNS for the test: the configured proxy host is the local sandbox proxy.
        resolveHost: (h) => (h === IPARAMS.proxy_host ? proxy.url : h === IPARAMS.freshdesk_domain ? freshdeskApi.url : `https://${h}`),
    });
    host = await adapter.createFreshdeskHost(await fw.app.initialized(), fakeWindow);
});

after(async () => {
    await proxy?.stop();
    freshdeskApi.server?.close();
    pkg?.cleanup();
});

test("manifest: platform 3.0, ticket sidebar page and icon exist, every template declared", () => {
    const manifest = json("manifest.json");
    assert.equal(manifest["platform-version"], "3.0");
    const sidebar = manifest.modules.support_ticket.location.ticket_sidebar;
    assert.equal(sidebar.url, "index.html");
    for (const f of [sidebar.url, sidebar.icon]) assert.ok(readFileSync(join(pkg.dir, "app", f)), `app/${f}`);
    assert.match(readFileSync(join(pkg.dir, "app", "index.html"), "utf8"), /<script async src="\{\{\{appclient\}\}\}"/);
    assert.ok(manifest.engines?.node && manifest.engines?.fdk, "engines pins node and fdk");
    const declared = Object.keys(manifest.modules.common.requests).sort();
    const defined = Object.keys(json("config/requests.json")).sort();
    assert.deepEqual(declared, defined, "every template in requests.json is declared in modules.common.requests, and only those");
    for (const name of ["getOrder", "getBuyerOrders", "getMessagingActions"]) assert.ok(defined.includes(name), name);
});

test("the token is a secure iparam used only as a header; host from a non-secure iparam", () => {
    const iparams = json("config/iparams.json");
    assert.equal(iparams.proxy_token.secure, true);
    assert.equal(iparams.proxy_token.required, true);
    assert.equal(iparams.proxy_host.secure, false);
    const secure = Object.keys(iparams).filter((k) => iparams[k].secure);
    for (const [name, { schema }] of Object.entries(json("config/requests.json"))) {
        assert.equal(schema.protocol, "https", `${name}: https only`);
        // The one template for Freshdesk's own API: its search, with the agent's API key.
        const own = name === "searchTickets";
        assert.equal(schema.host, own ? "<%= iparam.freshdesk_domain %>" : "<%= iparam.proxy_host %>", name);
        const auth = own ? "Basic <%= encode(iparam.freshdesk_api_key) %>" : "Bearer <%= iparam.proxy_token %>";
        assert.equal(schema.headers.Authorization, auth, name);
        const { headers, ...rest } = schema;
        for (const s of secure) assert.ok(!JSON.stringify(rest).includes(`iparam.${s}`), `${name}: secure iparam ${s} outside headers`);
    }
});

test("ticket(): description, requester and conversations in the host interface's shape", async () => {
    const t = await host.ticket();
    assert.equal(t.id, "88");
    assert.equal(t.subject, DATA.ticket.subject);
    assert.deepEqual(t.requester, { email: ALIAS, name: "Oliver - Amazon Marketplace" });
    assert.deepEqual(t.recipients, ["support@northwind-outfitters.example"]);
    assert.deepEqual(t.comments.map((c) => [c.created_at, c.author.role, c.public]), [
        ["2026-11-20T09:00:00Z", "requester", true],
        ["2026-11-20T10:00:00Z", "agent", true],
        ["2026-11-20T11:00:00Z", "agent", false],
        ["2026-11-20T12:00:00Z", "requester", true],
    ]);
    assert.match(t.comments[0].body_text, new RegExp(ORDER_ID));
    assert.equal(host.locale(), "de");
});

test("settings(): from the non-secure iparams, never the token", () => {
    const s = host.settings();
    assert.deepEqual(s, {
        proxyConfigured: true,
        sellerName: "Northwind Outfitters",
        fieldMap: { order_id: "cf_amazon_order_id", marketplace: "cf_amazon_marketplace" },
        tags: true,
    });
    assert.ok(!JSON.stringify(s).includes(SECRET));
});

test("request(): the order through the getOrder template, token added outside the page", async () => {
    const res = await host.request({ method: "GET", path: `/v1/orders/${ORDER_ID}?marketplace=UK` });
    assert.equal(res.status, 200, res.body);
    assert.ok(res.body.includes(ORDER_ID));
    const call = fw.calls.invokeTemplate.at(-1);
    assert.deepEqual(call, { name: "getOrder", options: { context: { order_id: ORDER_ID, marketplace: "UK" } } });
    assert.ok(!JSON.stringify(call).includes(SECRET), "the page never handles the token");
    assert.equal(fw.calls.sent.at(-1).headers.Authorization, `Bearer ${SECRET}`);
});

test("request(): only fresh asks for ?fresh=1 (its own template); no template sends Cache-Control; errors come back as answers", async () => {
    const normal = await host.request({ method: "GET", path: `/v1/orders/${ORDER_ID}?marketplace=UK&fresh=1` });
    assert.equal(normal.status, 200);
    assert.equal(fw.calls.sent.at(-1).name, "getOrder", "a fresh parameter in the path is not the wasm asking for a fresh copy");
    assert.equal(new URL(fw.calls.sent.at(-1).url).searchParams.get("fresh"), null);

    const fresh = await host.request({ method: "GET", path: `/v1/orders/${ORDER_ID}?marketplace=UK`, fresh: true });
    assert.equal(fresh.status, 200);
    assert.equal(fw.calls.sent.at(-1).name, "getOrderFresh");
    assert.equal(new URL(fw.calls.sent.at(-1).url).searchParams.get("fresh"), "1");

    await host.request({ method: "GET", path: `/v1/buyers/${encodeURIComponent(ALIAS)}/orders?marketplace=UK`, fresh: true });
    assert.equal(fw.calls.sent.at(-1).name, "getBuyerOrdersFresh");
    assert.equal(new URL(fw.calls.sent.at(-1).url).searchParams.get("fresh"), "1");
    for (const { name, headers } of fw.calls.sent) {
        const names = Object.keys(headers).map((h) => h.toLowerCase());
        assert.ok(!names.includes("cache-control") && !names.includes("pragma"), `${name} sends no cache header`);
    }

    const missing = await host.request({ method: "GET", path: "/v1/orders/111-1111111-1111111" });
    assert.equal(missing.status, 404);
    assert.equal(JSON.parse(missing.body).code, "order_not_found");
});

test("request(): messaging actions, sending a message and a buyer's orders", async () => {
    const actions = await host.request({ method: "GET", path: `/v1/orders/${ORDER_ID}/messaging-actions?marketplace=UK` });
    assert.equal(actions.status, 200, actions.body);
    assert.ok(Array.isArray(JSON.parse(actions.body).actions));

    const sent = await host.request({
        method: "POST",
        path: `/v1/orders/${ORDER_ID}/messages/confirmDeliveryDetails?marketplace=UK`,
        body: JSON.stringify({ text: "Your parcel is on its way." }),
    });
    assert.equal(sent.status, 201, sent.body);
    assert.equal(fw.calls.sent.at(-1).name, "sendMessage");

    const orders = await host.request({ method: "GET", path: `/v1/buyers/${encodeURIComponent(ALIAS)}/orders?marketplace=UK` });
    assert.equal(orders.status, 200, orders.body);
    assert.equal(fw.calls.invokeTemplate.at(-1).options.context.alias, ALIAS);
});

test("relatedTickets(): Freshdesk's filter API on the mapped order-id field, newest first, links into this Freshdesk", async () => {
    assert.equal(typeof host.relatedTickets, "function", "offered when the order field and the domain are set");
    searchAnswer = {
        total: 3,
        results: [
            { id: 88, subject: "this ticket", created_at: "2026-11-20T09:00:00Z", status: 2 },
            { id: 71, subject: "Return request", created_at: "2026-11-12T09:00:00Z", status: 4 },
            { id: 80, subject: `Re: ${ORDER_ID}`, created_at: "2026-11-18T09:00:00Z", status: 2 },
        ],
    };
    const related = await host.relatedTickets({ ticketId: "88", orderId: ORDER_ID });
    assert.deepEqual(related, [
        { id: "80", subject: `Re: ${ORDER_ID}`, url: "https://northwind.freshdesk.com/a/tickets/80", created_at: "2026-11-18T09:00:00Z", status: "open" },
        { id: "71", subject: "Return request", url: "https://northwind.freshdesk.com/a/tickets/71", created_at: "2026-11-12T09:00:00Z", status: "resolved" },
    ]);
    const seen = freshdeskApi.seen.at(-1);
    const url = new URL(seen.url, "https://northwind.freshdesk.com");
    assert.equal(url.pathname, "/api/v2/search/tickets");
    assert.equal(url.searchParams.get("query"), `"amazon_order_id:'${ORDER_ID}'"`, "the custom field without cf_");
    assert.equal(seen.authorization, `Basic ${Buffer.from(IPARAMS.freshdesk_api_key).toString("base64")}`);
    assert.equal(fw.calls.sent.at(-1).name, "searchTickets");
    // Nothing that is not an order id reaches the search.
    const before = freshdeskApi.seen.length;
    assert.deepEqual(await host.relatedTickets({ ticketId: "88", orderId: "x' OR status:2" }), []);
    assert.deepEqual(await host.relatedTickets({ ticketId: "88", alias: ALIAS }), []);
    assert.equal(freshdeskApi.seen.length, before);
});

test("relatedTickets(): not offered without a mapped order field or the Freshdesk domain", async () => {
    for (const missing of ["order_id_field", "freshdesk_domain"]) {
        const other = fakeFreshworks({ dir: pkg.dir, iparams: { ...IPARAMS, [missing]: "" }, data: DATA, resolveHost: () => proxy.url });
        const h = await adapter.createFreshdeskHost(await other.app.initialized(), fakeWindow);
        assert.equal(h.relatedTickets, undefined, missing);
    }
});

test("request(): the buyer's locale through its own template", async () => {
    const a = await host.request({ method: "GET", path: `/v1/orders/${ORDER_ID}/messaging-attributes?marketplace=UK` });
    assert.equal(a.status, 200, a.body);
    assert.equal(JSON.parse(a.body).locale, "en-GB");
    assert.equal(fw.calls.sent.at(-1).name, "getMessagingAttributes");
});

test("request(): a path without a template is refused before anything is sent", async () => {
    const before = fw.calls.invokeTemplate.length;
    for (const path of ["/v1/health", "https://evil.example/v1/orders/1", "/v1/orders/../../admin", "//evil.example/x", "/v1/buyers/%E0%A4%/orders"]) {
        const res = await host.request({ method: "GET", path });
        assert.equal(res.status, 400, path);
    }
    assert.equal(fw.calls.invokeTemplate.length, before);
});

test("insertReply(): into the open editor, else opens the reply editor with the text", async () => {
    await host.insertReply("Dear Oliver, your parcel ships today.");
    assert.deepEqual(fw.calls.trigger.at(-1), { action: "setValue", options: { id: "editor", text: "Dear Oliver, your parcel ships today." } });

    fw.failTriggerWhen((action, o) => action === "setValue" && o.id === "editor");
    await host.insertReply("Second reply");
    assert.deepEqual(fw.calls.trigger.at(-1), { action: "click", options: { id: "reply", text: "Second reply" } });
    fw.failTriggerWhen(() => false);
});

test("setFields(), addTags() and resize() go through the interface API", async () => {
    await host.setFields({ cf_amazon_order_id: ORDER_ID, "bad id": "x" });
    await host.addTags(["amazon", "UK"]);
    host.resize(321.2);
    assert.deepEqual(fw.calls.trigger.slice(-2), [
        { action: "setValue", options: { id: "cf_amazon_order_id", value: ORDER_ID } },
        { action: "setValue", options: { id: "tags", value: ["amazon", "UK"] } },
    ]);
    assert.deepEqual(fw.calls.resize.at(-1), { height: "322px" });
});

test("a failing interface call rejects with what happened and what to do, never silently", async () => {
    // No editor and no reply button (a ticket view without them): Freshworks rejects both.
    fw.failTriggerWhen((action, o) => (action === "setValue" && o.id === "editor") || (action === "click" && o.id === "reply"));
    const reply = await host.insertReply("Dear Oliver").then(() => null, (e) => e);
    assert.ok(reply instanceof Error, "insertReply rejects with an Error");
    assert.equal(reply.message, "No reply box on this page: open the ticket's reply editor and try again.");
    assert.deepEqual(fw.calls.trigger.slice(-2).map((t) => t.action), ["setValue", "click"], "both ways in were tried");

    fw.failTriggerWhen((action, o) => action === "setValue" && (o.id === "tags" || o.id === "cf_amazon_marketplace"));
    const tags = await host.addTags(["amazon"]).then(() => null, (e) => e);
    assert.match(String(tags?.message), /tags could not be changed: .*try again/);
    const fields = await host.setFields({ cf_amazon_marketplace: "UK", cf_amazon_order_id: ORDER_ID }).then(() => null, (e) => e);
    assert.match(String(fields?.message), /ticket field cf_amazon_marketplace could not be filled: check the field ids/);
    assert.deepEqual(fw.calls.trigger.at(-1), { action: "setValue", options: { id: "cf_amazon_order_id", value: ORDER_ID } }, "the other field is still filled");
    fw.failTriggerWhen(() => false);
});

test("a re-activation tells the sidebar the ticket may have changed", async () => {
    const seen = [];
    host.onTicketChanged((t) => seen.push(t.id));
    await host.ticketMayHaveChanged();
    assert.deepEqual(seen, ["88"]);
});

test("the page's CSP is the sidebar page's, plus only the Freshworks client's CDN", () => {
    const page = metaPolicy(readFileSync(join(pkg.dir, "app", "index.html"), "utf8"));
    const sidebar = metaPolicy(readFileSync(built("web/sidebar.html"), "utf8"));
    assert.ok(page, "index.html has a Content-Security-Policy");
    assert.deepEqual(looserThan(page, sidebar, { "script-src": [new URL(APPCLIENT_URL).origin] }), []);
    assert.ok(page.get("script-src").has("'wasm-unsafe-eval'"), "WebAssembly may compile");
    assert.deepEqual([...page.get("trusted-types")], ["'none'"]);
});

test("in the browser: the packaged index.html boots on the client under its CSP and shows the order", async () => {
    // Freshworks serves app/ with {{{appclient}}} replaced by its client script's address.
    const index = readFileSync(join(pkg.dir, "app", "index.html"), "utf8").replace("{{{appclient}}}", APPCLIENT_URL);
    const { proxy_token, ...visible } = IPARAMS;
    const site = await serve({
        mounts: { "/": join(pkg.dir, "app") },
        routes: {
            "/index.html": { type: "text/html; charset=utf-8", body: index },
            "/fixture.json": { type: "application/json", body: JSON.stringify({ data: DATA, iparams: visible }) },
        },
    });
    const browser = await launch();
    // Freshworks' CDN, answered with the stand-in client: no network needed.
    const appclient = readFileSync(new URL("./fixtures/freshworks-appclient.js", import.meta.url), "utf8");
    await browser.context.route(APPCLIENT_URL, (route) => route.fulfill({ contentType: "text/javascript", body: appclient }));
    try {
        const page = await browser.context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.addInitScript(() =>
            document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
        );
        page.on("console", (m) => m.type() === "error" && m.text().startsWith("CSP violation") && errors.push(m.text()));
        await page.exposeFunction("freshworksInvoke", (name, options) =>
            fw.client.request.invokeTemplate(name, options).then((answer) => ({ ok: true, answer }), (answer) => ({ ok: false, answer })),
        );
        await page.setViewportSize({ width: 380, height: 900 });
        await page.goto(`http://localhost:${site.port}/index.html`);
        await page.locator('[data-ol="root"][data-state="order"]').waitFor({ timeout: 30_000 });
        await page.getByText(ORDER_ID).first().waitFor({ timeout: 30_000 });
        assert.deepEqual(errors, [], "no script error and no CSP violation");
        const sink = await page.evaluate(() => {
            try {
                document.createElement("div").innerHTML = "<b>x</b>";
                return "HTML from a string was accepted";
            } catch (e) {
                return e.name;
            }
        });
        assert.equal(sink, "TypeError", "Trusted Types refuse HTML from a string: the CSP is in force");
        const invoked = await page.evaluate(() => window.fw.invoked);
        assert.ok(invoked.some((i) => i.name === "getOrder" && i.options.context.order_id === ORDER_ID));
        assert.ok(!JSON.stringify(invoked).includes(SECRET), "the page never handles the token");
        await page.screenshot({ path: screenshotPath("freshdesk-sidebar.png"), fullPage: true });

        await page.locator('[data-ol="insert"]').click();
        await page.waitForFunction(() => window.fw.trigger.some((t) => t.action === "setValue" && t.options.id === "editor"), null, { timeout: 30_000 });
        const inserted = (await page.evaluate(() => window.fw.trigger)).find((t) => t.options.id === "editor");
        assert.match(inserted.options.text, /Northwind Outfitters/);
        assert.ok((await page.evaluate(() => window.fw.resize)).length > 0, "the sidebar fits its frame");
    } finally {
        await browser.close();
        await site.close();
    }
});
