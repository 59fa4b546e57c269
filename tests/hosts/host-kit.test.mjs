// The host kit (www/hosts/common.js, as shipped beside every adapter): the one proxy-path rule,
// the proxy call of the demo and the extension, and `defineHost` building the whole host
// contract from a new helpdesk's mapping, as an adapter for Gorgias or Help Scout would.
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { before, test } from "node:test";
import { built } from "./lib/paths.mjs";

let kit;
before(async () => {
    kit = await import(pathToFileURL(built("web/hosts/common.js")).href);
});

test("proxyPath(): only the proxy's own /v1/ API, whatever the path tries", () => {
    const refused = [
        "//evil.example/v1/x", "https://evil.example/v1/orders/1", "/v1//evil.example", "/v1/../admin", "/v1/%2e%2e/admin",
        "/v1/orders/%2E%2E/%2e%2e/setup", "/v1/x\\evil", "/v1/a b", "/v1/a\tb", "/v1/a\nb", "/v1/a\u0000b", "/v1/x#frag", "/setup/", "v1/orders/1", "", "/v1",
    ];
    for (const path of refused) assert.equal(kit.proxyPath({ method: "GET", path }), null, JSON.stringify(path));
    for (const method of ["DELETE", "PUT", "get"]) assert.equal(kit.proxyPath({ method, path: "/v1/health" }), null, method);

    const ok = kit.proxyPath({ method: "GET", path: "/v1/orders/028-1234567-8901234?marketplace=TR" });
    assert.equal(ok.path, "/v1/orders/028-1234567-8901234?marketplace=TR");
    assert.equal(ok.pathname, "/v1/orders/028-1234567-8901234");
    assert.equal(ok.query.get("marketplace"), "TR");
    assert.equal(ok.body, undefined);
    const post = kit.proxyPath({ method: "POST", path: "/v1/orders/1/messages/x", body: '{"text":"hi"}' });
    assert.equal(post.body, '{"text":"hi"}');
    assert.equal(kit.proxyPath({ method: "GET", path: "/v1/x", body: "ignored" }).body, undefined, "a GET has no body");
});

test("proxyPath(): ?fresh=1 comes from req.fresh alone", () => {
    assert.equal(kit.proxyPath({ method: "GET", path: "/v1/orders/1?marketplace=DE", fresh: true }).path, "/v1/orders/1?marketplace=DE&fresh=1");
    assert.equal(kit.proxyPath({ method: "GET", path: "/v1/orders/1", fresh: true }).path, "/v1/orders/1?fresh=1");
    for (const path of ["/v1/orders/1?fresh=1&marketplace=DE", "/v1/orders/1?marketplace=DE&fresh"]) {
        const checked = kit.proxyPath({ method: "GET", path });
        assert.equal(checked.query.get("fresh"), null, `${path}: only the wasm's fresh flag asks for a fresh copy`);
        assert.equal(checked.fresh, false);
    }
    assert.equal(kit.proxyPath({ method: "GET", path: "/v1/orders/1", fresh: "yes" }).fresh, false, "only true is true");
});

/** A fetch that records what it was asked and answers `status`. */
function recordingFetch(status = 200) {
    const calls = [];
    const fetchFn = async (url, init) => {
        calls.push({ url: String(url), init });
        return { status, text: async () => '{"ok":true}' };
    };
    return { calls, fetchFn };
}

test("fetchProxy(): the token, the browser's default cache mode, no cache headers; fresh is ?fresh=1", async () => {
    const { calls, fetchFn } = recordingFetch();
    assert.deepEqual(await kit.fetchProxy(fetchFn, "https://proxy.example/prefix/", "tok", { method: "GET", path: "/v1/orders/1?marketplace=DE" }), {
        status: 200,
        body: '{"ok":true}',
    });
    await kit.fetchProxy(fetchFn, "https://proxy.example/prefix", "tok", { method: "GET", path: "/v1/orders/1?marketplace=DE", fresh: true });
    await kit.fetchProxy(fetchFn, "https://proxy.example", "tok", { method: "POST", path: "/v1/orders/1/messages/x", body: "{}" });
    assert.deepEqual(calls.map((c) => c.url), [
        "https://proxy.example/prefix/v1/orders/1?marketplace=DE",
        "https://proxy.example/prefix/v1/orders/1?marketplace=DE&fresh=1",
        "https://proxy.example/v1/orders/1/messages/x",
    ]);
    for (const { init } of calls) {
        // "no-store", "no-cache" and "reload" make browsers send Cache-Control: no-cache.
        assert.equal(init.cache, "default");
        assert.equal(init.credentials, "omit");
        assert.equal(init.headers.Authorization, "Bearer tok");
        for (const name of Object.keys(init.headers)) assert.ok(!/^(cache-control|pragma)$/i.test(name), name);
    }
    assert.equal(calls[2].init.method, "POST");
    assert.equal(calls[2].init.headers["Content-Type"], "application/json");
    assert.equal(calls[0].init.body, undefined);
});

test("fetchProxy(): a refused path never leaves; an unreachable proxy rejects with what to do", async () => {
    const { calls, fetchFn } = recordingFetch();
    const answer = await kit.fetchProxy(fetchFn, "https://proxy.example", "tok", { method: "GET", path: "//evil.example/v1/" });
    assert.equal(answer.status, 400);
    assert.equal(JSON.parse(answer.body).code, "bad_request", "the proxy's own problem code, so the sidebar can say it");
    assert.match(JSON.parse(answer.body).detail, /evil\.example/);
    assert.equal(calls.length, 0, "the token went nowhere");

    const down = async () => {
        throw new TypeError("Failed to fetch");
    };
    await assert.rejects(kit.fetchProxy(down, "https://proxy.example", "tok", { method: "GET", path: "/v1/health" }), (e) => {
        assert.match(e.message, /could not be reached: check its URL and that it is running/);
        return true;
    });
});

/**
 * A whole adapter for a made-up helpdesk ("Acme Desk"): only its mapping. `api` records what the
 * helpdesk was asked to do and fails where the test says.
 */
function acmeDesk(fail = {}) {
    const api = { inserted: [], tags: [], fields: [], heights: [], opened: [], handlers: [], reads: 0 };
    let ticket = { id: "1", subject: "x", requester: { email: "a@b" }, comments: [] };
    const host = kit.defineHost({
        ticket: async () => {
            api.reads++;
            return ticket;
        },
        watch: (changed) => api.handlers.push(changed),
        insertReply: async (text) => {
            if ("insert" in fail) throw fail.insert;
            api.inserted.push(text);
        },
        addTags: (tags) => {
            if ("tags" in fail) throw fail.tags;
            api.tags.push(tags);
        },
        fieldId: (id) => (/^\d+$/.test(id) ? `field_${id}` : null),
        setField: async (id, value) => {
            if (fail.field?.(id)) throw { code: 422, message: "locked" };
            api.fields.push([id, value]);
        },
        resize: (px) => api.heights.push(px),
        request: async () => ({ status: 204, body: "" }),
        locale: "pl-PL",
        openUrl: (href) => api.opened.push(href),
        settings: kit.installationSettings({ seller_name: " Acme ", order_id_field: "77", kind_field: "not a number" }, {
            proxyConfigured: true,
            isFieldId: (id) => /^\d+$/.test(id),
        }),
        extras: { relatedTickets: async () => [] },
    });
    return { host, api, setTicket: (t) => (ticket = t) };
}

test("defineHost(): a new helpdesk's mapping becomes the whole host contract", async () => {
    const { host, api } = acmeDesk();
    for (const m of ["ticket", "onTicketChanged", "insertReply", "setFields", "addTags", "resize", "request", "locale", "openUrl", "settings", "relatedTickets"]) {
        assert.equal(typeof host[m], "function", m);
    }
    assert.equal((await host.ticket()).id, "1");
    assert.equal(host.locale(), "pl-PL");
    assert.deepEqual(host.settings(), { proxyConfigured: true, sellerName: "Acme", fieldMap: { order_id: "77" }, tags: true });
    assert.deepEqual(await host.request({ method: "GET", path: "/v1/health" }), { status: 204, body: "" });

    await host.insertReply(42);
    await host.addTags([" amazon ", "de", "", "amazon", "buyer_message"]);
    await host.addTags(["", "  "]);
    await host.setFields({ 77: "028-1234567-8901234", "not-a-field": "x", 78: 5 });
    assert.deepEqual(api.inserted, ["42"]);
    assert.deepEqual(api.tags, [["amazon", "de", "buyer_message"]], "tags trimmed, without repeats; nothing to add, no call");
    assert.deepEqual(api.fields, [["field_77", "028-1234567-8901234"], ["field_78", "5"]]);

    for (const px of [321.2, 0, -5, NaN, "12", Infinity, 1e9]) host.resize(px);
    assert.deepEqual(api.heights, [322, 12, kit.MAX_FRAME_HEIGHT_PX]);
    for (const url of ["https://sellercentral.amazon.de/orders-v3/order/1", "javascript:alert(1)", "data:text/html,x", "/relative", "file:///etc/passwd"]) host.openUrl(url);
    assert.deepEqual(api.opened, ["https://sellercentral.amazon.de/orders-v3/order/1"]);
});

test("defineHost(): a burst of host events reads the ticket once and reaches every listener", async () => {
    const { host, api, setTicket } = acmeDesk();
    const seen = [];
    host.onTicketChanged(() => {
        throw new Error("a broken listener");
    });
    host.onTicketChanged((t) => seen.push(t.id));
    host.onTicketChanged("not a function");
    const [changed] = api.handlers;
    setTicket({ id: "2", subject: "", requester: { email: "" }, comments: [] });
    const error = console.error;
    console.error = () => {};
    try {
        const before = api.reads;
        await Promise.all([changed(), changed(), changed()]);
        assert.equal(api.reads - before, 1, "one read for the burst");
        await changed();
    } finally {
        console.error = error;
    }
    assert.deepEqual(seen, ["2", "2"]);
});

test("defineHost(): whatever a host call throws, the sidebar gets an Error saying what to do", async () => {
    // SDKs reject with Errors, plain objects, strings or nothing at all.
    for (const thrown of [new Error("x"), { message: "not available" }, "nope", undefined]) {
        const { host } = acmeDesk({ insert: thrown, tags: thrown });
        await assert.rejects(host.insertReply("hi"), (e) => e instanceof Error && e.message === kit.HOST_FAILURES.insertReply && e.cause === thrown);
        await assert.rejects(host.addTags(["amazon"]), (e) => e instanceof Error && e.message === kit.HOST_FAILURES.addTags);
    }
    // The adapter's own advice (a HostError) is passed on as it is.
    const own = new kit.HostError("Open the order in Acme Desk first.");
    await assert.rejects(acmeDesk({ insert: own }).host.insertReply("hi"), (e) => e === own);

    const { host, api } = acmeDesk({ field: (id) => id === "field_1" || id === "field_3" });
    await assert.rejects(host.setFields({ 1: "a", 2: "b", 3: "c" }), (e) => {
        assert.equal(e.message, kit.HOST_FAILURES.setFields(["1", "3"]));
        assert.match(e.message, /^The ticket fields 1, 3 could not be filled: check the field ids/);
        return true;
    });
    assert.deepEqual(api.fields, [["field_2", "b"]], "the field the host took is still written");
});

test("oldestFirst(), localeOf(), publicSettings(): one rule each", () => {
    const c = (t) => ({ created_at: t });
    assert.deepEqual(kit.oldestFirst([c("2026-01-02T00:00:00Z"), c("garbage"), c("2026-01-01T00:00:00+01:00")]).map((x) => x.created_at), [
        "garbage",
        "2026-01-01T00:00:00+01:00",
        "2026-01-02T00:00:00Z",
    ]);
    assert.equal(kit.localeOf(undefined, "", "  ", "de-AT", "fr"), "de-AT");
    assert.equal(kit.localeOf(null, 42), "en");
    const s = kit.publicSettings({ proxyConfigured: 1, sellerName: "  ", fieldMap: { order_id: "1" } });
    assert.deepEqual(s, { proxyConfigured: true, fieldMap: { order_id: "1" }, tags: false });
    assert.ok(Object.isFrozen(s) && Object.isFrozen(s.fieldMap));
    assert.equal(kit.publicSettings({ setupUrl: "https://orders.example.com/setup" }).setupUrl, "https://orders.example.com/setup");
    assert.equal("setupUrl" in kit.publicSettings({ setupUrl: "javascript:alert(1)" }), false, "only an http(s) setup page");
    assert.equal(kit.installationSettings({ add_tags: "false" }, { proxyConfigured: false, isFieldId: () => true }).tags, false);
    assert.equal(kit.installationSettings({}, { proxyConfigured: false, isFieldId: () => true }).tags, true, "unset is the manifest default (on)");
});
