// The Zendesk adapter's own decisions (www/hosts/zendesk.js, as packaged), on a recording ZAF
// client: related tickets through the search API, how proxy answers and failures come back,
// which settings the sidebar sees. The protocol itself is covered with the real SDK in
// zendesk-zaf.test.mjs.
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { built } from "./lib/paths.mjs";
import { unpack } from "./lib/zip.mjs";

const ORDER_ID = "302-1234567-7654321";
let pkg, zendesk;

before(async () => {
    pkg = unpack(built("zendesk.zip"));
    zendesk = await import(pathToFileURL(join(pkg.dir, "assets", "hosts", "zendesk.js")).href);
});
after(() => pkg?.cleanup());

/** A ZAF client that records calls and answers `request` with `answer(options)`. */
function recordingClient(answer) {
    const requests = [];
    return {
        requests,
        get: async (path) => ({ [path]: 4242 }),
        request: async (options) => {
            requests.push(options);
            return answer(options);
        },
    };
}

test("relatedTickets(): other tickets naming the order, with links into this Zendesk", async () => {
    const client = recordingClient(() => ({
        results: [
            { id: 4242, subject: "this ticket" },
            { id: 4100, subject: `Re: ${ORDER_ID}` },
            { id: 3999, raw_subject: "Return request" },
        ],
    }));
    const related = await zendesk.relatedTickets(client, "northwind", ORDER_ID);
    assert.deepEqual(related, [
        { id: "4100", subject: `Re: ${ORDER_ID}`, url: "https://northwind.zendesk.com/agent/tickets/4100" },
        { id: "3999", subject: "Return request", url: "https://northwind.zendesk.com/agent/tickets/3999" },
    ]);
    const url = new URL(client.requests[0].url, "https://northwind.zendesk.com");
    assert.equal(url.pathname, "/api/v2/search.json");
    assert.equal(url.searchParams.get("query"), `type:ticket "${ORDER_ID}"`);
    assert.equal(client.requests[0].secure, undefined, "Zendesk's own API needs no secure setting");
});

test("relatedTickets(query): by order with dates and status, by alias before a purchase", async () => {
    const client = recordingClient(() => ({
        results: [
            { id: 4242, subject: "this ticket", created_at: "2026-01-15T08:00:00Z" },
            { id: 4100, subject: "Return", created_at: "2026-01-14T08:00:00Z", status: "solved" },
        ],
    }));
    const related = await zendesk.relatedTickets(client, "northwind", { ticketId: "4242", orderId: ORDER_ID });
    assert.deepEqual(related, [
        { id: "4100", subject: "Return", url: "https://northwind.zendesk.com/agent/tickets/4100", created_at: "2026-01-14T08:00:00Z", status: "solved" },
    ]);
    const alias = "abc123xyz@marketplace.amazon.de";
    await zendesk.relatedTickets(client, "northwind", { ticketId: "4242", alias });
    const url = new URL(client.requests[1].url, "https://northwind.zendesk.com");
    assert.equal(url.searchParams.get("query"), `type:ticket requester:${alias}`);
    // Nothing that could widen the search reaches it.
    assert.deepEqual(await zendesk.relatedTickets(client, "northwind", { ticketId: "1", alias: "x OR type:user" }), []);
    assert.equal(client.requests.length, 2);
});

test("relatedTickets(): no search for something that is not an order id", async () => {
    const client = recordingClient(() => ({ results: [] }));
    assert.deepEqual(await zendesk.relatedTickets(client, "northwind", 'x" OR type:user'), []);
    assert.equal(client.requests.length, 0);
});

test("request(): every HTTP answer is an answer; only an unreachable proxy rejects", async () => {
    const ok = recordingClient(() => ({ status: 200, responseText: '{"orderId":"1"}' }));
    assert.deepEqual(await zendesk.proxyRequest(ok, "https://proxy.example", { method: "GET", path: "/v1/orders/1", fresh: true }), {
        status: 200,
        body: '{"orderId":"1"}',
    });
    assert.equal(ok.requests[0].url, "https://proxy.example/v1/orders/1?fresh=1", "a fresh copy is ?fresh=1 on the path");
    assert.deepEqual(Object.keys(ok.requests[0].headers), ["Authorization"], "and no Cache-Control header");

    const notFound = recordingClient(() => Promise.reject({ status: 404, responseText: '{"code":"order_not_found"}' }));
    assert.deepEqual(await zendesk.proxyRequest(notFound, "https://proxy.example", { method: "GET", path: "/v1/orders/1" }), {
        status: 404,
        body: '{"code":"order_not_found"}',
    });

    const down = recordingClient(() => Promise.reject({ status: 0, statusText: "error" }));
    await assert.rejects(zendesk.proxyRequest(down, "https://proxy.example", { method: "GET", path: "/v1/orders/1" }), /could not be reached/);
});

test("request(): the token placeholder only ever goes to the proxy's /v1 API", async () => {
    const client = recordingClient(() => ({ status: 200, responseText: "{}" }));
    for (const path of ["//evil.example/v1/x", "/v1//evil.example", "https://evil.example/v1/", "/admin"]) {
        const res = await zendesk.proxyRequest(client, "https://proxy.example", { method: "GET", path });
        assert.equal(res.status, 400, path);
    }
    assert.equal(client.requests.length, 0);
    await zendesk.proxyRequest(client, "https://proxy.example", { method: "POST", path: "/v1/orders/1/messages/x", body: '{"text":"hi"}' });
    assert.deepEqual(client.requests[0], {
        url: "https://proxy.example/v1/orders/1/messages/x",
        type: "POST",
        headers: { Authorization: "Bearer {{setting.proxy_token}}" },
        secure: true,
        cors: false,
        dataType: "text",
        httpCompleteResponse: true,
        contentType: "application/json",
        data: '{"text":"hi"}',
    });
});

test("settings: ids become the field map, an http:// proxy URL counts as not configured", () => {
    const s = zendesk.readSettings({ proxy_url: "https://proxy.example/", order_id_field: 360001, kind_field: "abc", add_tags: false, seller_name: " Northwind " });
    assert.equal(s.proxyUrl, "https://proxy.example");
    assert.deepEqual(s.public, { proxyConfigured: true, sellerName: "Northwind", fieldMap: { order_id: "360001" }, tags: false });
    assert.equal(zendesk.readSettings({ proxy_url: "http://proxy.example" }).public.proxyConfigured, false);
});

test("ticket: ZAF's comments become the contract's, oldest first, requester and agents told apart", () => {
    const requester = { id: 1, email: "buyer@marketplace.amazon.de", name: "Anna" };
    const t = zendesk.toTicket({
        "ticket.id": 7,
        "ticket.subject": "Frage",
        "ticket.requester": requester,
        "ticket.recipient": "shop@example.com",
        "ticket.comments": [
            { value: "<p>Reply</p>", author: { id: 2, email: "agent@example.com", role: "agent" }, createdAt: "2026-11-02T10:00:00Z", isPublic: true },
            { value: "<p>Question</p>", author: requester, createdAt: "2026-11-01T10:00:00Z" },
        ],
    });
    assert.deepEqual(t, {
        id: "7",
        subject: "Frage",
        requester: { email: "buyer@marketplace.amazon.de", name: "Anna" },
        recipients: ["shop@example.com"],
        comments: [
            { author: { email: "buyer@marketplace.amazon.de", name: "Anna", role: "requester" }, body_html: "<p>Question</p>", created_at: "2026-11-01T10:00:00Z" },
            { author: { email: "agent@example.com", role: "agent" }, body_html: "<p>Reply</p>", created_at: "2026-11-02T10:00:00Z", public: true },
        ],
    });
});

/**
 * A registered ZAF client whose `invoke` and `set` fail the way the SDK's do: an Error named
 * after the path for an error answer, a plain TimeoutError object when Zendesk never answers.
 */
function failingClient({ invoke = () => null, set = () => null } = {}) {
    const calls = { invoke: [], set: [] };
    const sdkError = (path, message) => Object.assign(new Error(`"${path}" ${message}`), { name: "InvalidPath" });
    return {
        calls,
        metadata: async () => ({ settings: { proxy_url: "https://proxy.example", order_id_field: 360001, marketplace_field: 360002 } }),
        context: async () => ({ account: { subdomain: "northwind" } }),
        get: async () => ({}),
        on: () => {},
        async invoke(action, ...args) {
            calls.invoke.push([action, ...args]);
            const failure = invoke(action);
            if (failure === "error") throw sdkError(action, "is not available in this location");
            if (failure === "timeout") throw { name: "TimeoutError", message: 'Timeout when invoking "invoke"' };
            return {};
        },
        async set(path, value) {
            calls.set.push([path, value]);
            if (set(path)) throw sdkError(path, "cannot be set on this ticket");
            return {};
        },
    };
}

test("insertReply(), addTags(): a failing ZAF call rejects with what happened and what to do", async () => {
    const client = failingClient({ invoke: (action) => (action === "ticket.comment.appendText" ? "error" : action === "ticket.tags.add" ? "timeout" : null) });
    const host = await zendesk.createZendeskHost(client, { navigator: { language: "en" } });
    const reply = await host.insertReply("Hello").then(() => null, (e) => e);
    assert.ok(reply instanceof Error, "insertReply rejects with an Error");
    assert.equal(reply.message, "No reply box on this page: open the ticket's reply editor and try again.");
    assert.match(String(reply.cause?.message), /ticket\.comment\.appendText/, "Zendesk's own words stay in the cause");

    const tags = await host.addTags(["amazon", "de"]).then(() => null, (e) => e);
    assert.ok(tags instanceof Error, "a timed-out tag call (not an Error in the SDK) still rejects with an Error");
    assert.match(tags.message, /tags could not be changed: .*try again/);
});

test("setFields(): every mapped field is tried; the ones Zendesk refused are named", async () => {
    const client = failingClient({ set: (path) => path.endsWith("360001") });
    const host = await zendesk.createZendeskHost(client, { navigator: { language: "en" } });
    const error = await host.setFields({ 360001: "302-1234567-7654321", 360002: "DE" }).then(() => null, (e) => e);
    assert.ok(error instanceof Error);
    assert.match(error.message, /ticket field 360001 could not be filled: check the field ids/);
    assert.deepEqual(client.calls.set.map(([path]) => path), ["ticket.customField:custom_field_360001", "ticket.customField:custom_field_360002"]);
    await assert.doesNotReject(host.setFields({ 360002: "DE" }));
});
