// The demo helpdesk's adapter (www/hosts/demo.js, as `make build` ships it in dist/web) on a
// stand-in for the demo page's side of the postMessage protocol: what the host calls return when
// the page refuses them. The demo itself, end to end, is tests/e2e/demo.test.js.
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { before, test } from "node:test";
import { built } from "./lib/paths.mjs";

const PAGE_ORIGIN = "http://127.0.0.1:8080";
const TICKET = { id: "1001", subject: "Order 114-9876543-1234567", requester: { email: "b@marketplace.amazon.com" }, comments: [] };
let demo, protocol;

before(async () => {
    demo = await import(pathToFileURL(built("web/hosts/demo.js")).href);
    protocol = await import(pathToFileURL(built("web/hosts/demo-protocol.js")).href);
});

/** The sidebar's window inside the demo page; `answer(method, args)` plays the page (throw to refuse). */
function sidebarWindow(answer) {
    const listeners = [];
    const calls = [];
    const deliver = (data) => listeners.forEach((cb) => cb({ source: parent, origin: PAGE_ORIGIN, data }));
    const parent = {
        postMessage(msg, origin) {
            assert.equal(origin, PAGE_ORIGIN, "messages go to the page's origin only");
            if (msg.type !== "call") return;
            calls.push([msg.method, ...msg.args]);
            queueMicrotask(() => {
                try {
                    deliver({ protocol: protocol.PROTOCOL, type: "reply", id: msg.id, ok: true, value: answer(msg.method, msg.args) ?? null });
                } catch (e) {
                    deliver({ protocol: protocol.PROTOCOL, type: "reply", id: msg.id, ok: false, error: e.message });
                }
            });
        },
    };
    const win = {
        parent,
        location: { search: `?origin=${encodeURIComponent(PAGE_ORIGIN)}`, origin: "http://localhost:8080", href: "http://localhost:8080/sidebar.html" },
        navigator: { language: "en-US" },
        addEventListener: (type, cb) => type === "message" && listeners.push(cb),
    };
    return { win, calls, push: (msg) => deliver({ protocol: protocol.PROTOCOL, ...msg }) };
}

test("a refused insert, tag or field call rejects with what happened and what to do", async () => {
    const page = sidebarWindow((method, args) => {
        if (method === "hello") return { locale: "de-DE", ticket: TICKET };
        if (method === "insertReply") throw new Error("the editor is read-only");
        if (method === "addTags") throw new Error("tags are locked");
        if (method === "setFields" && "marketplace" in args[0]) throw new Error("no such field");
    });
    const host = await demo.createHost(page.win);
    assert.equal(host.locale(), "de-DE");
    assert.equal((await host.ticket()).id, "1001");

    const reply = await host.insertReply("Hello").then(() => null, (e) => e);
    assert.ok(reply instanceof Error);
    assert.equal(reply.message, "No reply box on this page: open the ticket's reply editor and try again.");
    assert.equal(reply.cause?.message, "the editor is read-only", "the page's reason stays in the cause");
    await assert.rejects(host.addTags(["amazon"]), /tags could not be changed: .*try again/);
    await assert.rejects(host.setFields({ order_id: "114-9876543-1234567", marketplace: "US" }), /ticket field marketplace could not be filled/);
    assert.deepEqual(page.calls.filter(([m]) => m === "setFields"), [["setFields", { order_id: "114-9876543-1234567" }], ["setFields", { marketplace: "US" }]]);
});

test("a ticket the page pushes reaches every listener, even after one that throws", async () => {
    const page = sidebarWindow((method) => (method === "hello" ? { locale: "en", ticket: TICKET } : undefined));
    const host = await demo.createHost(page.win);
    const seen = [];
    host.onTicketChanged(() => {
        throw new Error("a broken listener");
    });
    host.onTicketChanged((t) => seen.push(t?.id));
    const error = console.error;
    console.error = () => {};
    try {
        page.push({ type: "ticket-changed", ticket: { ...TICKET, id: "1002" } });
        await new Promise((r) => setTimeout(r, 10));
    } finally {
        console.error = error;
    }
    assert.deepEqual(seen, ["1002"]);
    assert.equal((await host.ticket()).id, "1002");
});
