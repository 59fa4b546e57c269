// The paint benchmark's baseline (BENCHMARKS.md "Sidebar", scripts/bench-web-paint.mjs): the
// simplest thing that paints the same order panel as orderlens, by hand, without a framework or
// wasm. It takes the same host handshake (hosts/demo.js), asks the same proxy for the same order
// JSON and draws the panel with the same classes and data-ol hooks (docs/sidebar-dom.md), then
// sets the same performance marks. English only, no detection beyond an order-id pattern, no
// composer: it is a yardstick, not a product. Served beside the sidebar at /baseline/; the demo
// loads it with /demo/?sidebar=baseline.

import { createHost } from "../hosts/demo.js";
import { MARKETPLACES } from "./marketplaces.js";

performance.mark("orderlens-boot");

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
const root = document.getElementById("orderlens");

const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
};
const line = (text) => el("div", { class: "ol-line", dir: "auto" }, String(text));

/** A `<dl class="ol-facts">` of the pairs whose value is there. */
function facts(className, pairs) {
    const dl = el("dl", { class: `ol-facts ${className}`.trim() });
    for (const [label, ...values] of pairs) {
        const shown = values.filter((v) => v !== null && v !== undefined && v !== "");
        if (shown.length) dl.append(el("dt", {}, label), el("dd", {}, ...shown.map(line)));
    }
    return dl;
}

function money(m, locale) {
    if (!m || m.amount === undefined) return null;
    try {
        return new Intl.NumberFormat(locale, { style: "currency", currency: m.currency, currencyDisplay: "narrowSymbol" }).format(Number(m.amount));
    } catch {
        return `${m.amount} ${m.currency ?? ""}`.trim();
    }
}

function time(iso, locale, timeZone) {
    const at = new Date(iso);
    if (!iso || Number.isNaN(at.getTime())) return null;
    const format = (zone) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(at);
    return [`${format(timeZone)} (${timeZone})`, `Your time: ${format(undefined)}`];
}

function panel(order, locale) {
    const market = MARKETPLACES[order.marketplace] ?? null;
    const zone = market?.timeZone ?? "UTC";
    const badges = el("div", { class: "ol-badges" });
    if (order.prime) badges.append(el("span", { class: "ol-badge", "data-badge": "prime" }, "Prime"));
    if (order.business) badges.append(el("span", { class: "ol-badge", "data-badge": "business" }, "Business"));
    const items = el("ul", { class: "ol-item-list" }, ...(order.items ?? []).map((item) =>
        el("li", { class: "ol-item", "data-ol": "item" },
            el("div", { class: "ol-item-main" },
                el("p", { class: "ol-item-title", dir: "auto" }, String(item.title ?? "")),
                facts("", [["ASIN", item.asin], ["SKU", item.sku], ["Quantity", item.quantity], ["Unit price", money(item.unitPrice, locale)]])),
            el("span", { class: "ol-item-subtotal", "data-money": "", title: "Subtotal" }, money(item.subtotal, locale) ?? ""))));
    const packages = (order.packages ?? []).map((p) =>
        facts("ol-package", [["Carrier", p.carrier], ["Tracking number", p.trackingNumber], ["Package status", p.status]]));
    const a = order.deliveryAddress;
    const address = a
        ? [a.name, a.company, ...(a.lines ?? []), [a.postalCode, a.city, a.stateOrRegion].filter(Boolean).join(" "), a.countryCode]
        : ["Restricted by Amazon"];
    return el("div", { class: "ol-panel", "data-ol": "panel" },
        badges,
        facts("", [
            ["Status", order.status],
            ["Purchased", ...(time(order.created, locale, zone) ?? [])],
            ["Fulfilment", order.fulfilledBy],
            ["Ship by", ...(time(order.latestShip, locale, zone) ?? [])],
            ["Deliver by", ...(time(order.latestDelivery, locale, zone) ?? [])],
        ]),
        el("section", { class: "ol-items" }, el("h3", { class: "ol-h" }, "Items"), items),
        facts("ol-totals", (order.breakdowns ?? []).map((b) => [String(b.type ?? ""), money(b.amount, locale)])),
        el("p", { class: "ol-grand-total", "data-ol": "grand-total" },
            el("span", { class: "ol-label" }, "Grand total "), el("strong", {}, money(order.total, locale) ?? "")),
        packages.length ? el("section", { class: "ol-packages" }, el("h3", { class: "ol-h" }, "Packages"), ...packages) : null,
        facts("ol-address", [["Delivery address", ...address.filter(Boolean)]]));
}

function header(orderId, marketplace) {
    const market = MARKETPLACES[marketplace];
    const head = el("header", { class: "ol-header" },
        el("div", { class: "ol-order-id" },
            el("span", { class: "ol-label" }, "Order ID"), " ", el("span", { class: "ol-value ol-mono", dir: "auto" }, orderId)));
    if (market) {
        head.prepend(el("div", { class: "ol-badges" }, el("span", { class: "ol-badge", "data-badge": "marketplace", title: "Marketplace" }, `${marketplace} · ${market.name}`)));
        head.append(el("div", { class: "ol-links" }, el("a", {
            class: "ol-link", "data-ol": "seller-central", "data-ol-link": "", target: "_blank", rel: "noopener noreferrer",
            href: `${market.sellerCentral}/orders-v3/order/${orderId}`,
        }, "Open in Seller Central")));
    }
    return head;
}

function show(state, ...children) {
    root.replaceChildren(el("div", { class: "ol", "data-ol": "root", "data-state": state, lang: "en" }, ...children));
}

async function draw(host, ticket) {
    const text = [ticket?.subject, ...(ticket?.comments ?? []).map((c) => c.body_text)].join("\n");
    const orderId = ORDER_ID.exec(text)?.[0];
    if (!orderId) return show("not-amazon", el("section", { class: "ol-body" }, el("p", { class: "ol-note" }, "Not an Amazon ticket.")));
    const answer = await host.request({ method: "GET", path: `/v1/orders/${orderId}` });
    let order = null;
    try {
        order = answer.status === 200 ? JSON.parse(answer.body) : null;
    } catch {
        // shown as the error below
    }
    if (!order || typeof order !== "object") {
        return show("error", el("section", { class: "ol-body" }, el("div", { class: "ol-alert", role: "alert" },
            el("p", {}, `The order could not be loaded (HTTP ${answer.status}): retry in a moment.`))));
    }
    show("order", header(orderId, order.marketplace), el("section", { class: "ol-body" }, panel(order, host.locale())));
    performance.clearMarks("orderlens-panel-painted"); // as orderlens: the latest panel only
    performance.mark("orderlens-panel-painted");
}

try {
    const host = await createHost(window);
    performance.mark("orderlens-mount");
    host.onTicketChanged((ticket) => draw(host, ticket));
    await draw(host, await host.ticket());
} catch (error) {
    root.replaceChildren(el("div", { class: "ol-boot-failure", role: "alert" }, el("strong", {}, "baseline could not start"), el("p", {}, String(error?.message ?? error))));
}
