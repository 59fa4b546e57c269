// The paint benchmark's baseline (www/baseline/, scripts/bench-web-paint.mjs) must paint what
// orderlens paints, or the ratio compares different work: in the same demo helpdesk frame, the
// same order panel hooks and the same order facts as the orderlens sidebar, for each ticket the
// demo switches to.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launchChromium, sidebarFrame, startProxy } from "./harness.js";

const WAIT_MS = 30_000; // only a hang reaches this

const ORDERS = [
    { ticket: "1001", id: "114-9876543-1234567" },
    { ticket: "1002", id: "028-1234567-8901234" },
];

/** What an agent sees of the painted panel: the hooks, the order id, items, grand total, marks. */
async function panelOf(browser, proxyUrl, query, { ticket, id }) {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    try {
        await page.goto(`${proxyUrl}/demo/?ticket=${ticket}&lang=en${query}`);
        const frame = await sidebarFrame(page);
        await frame.locator('[data-ol="root"][data-state="order"] [data-ol="panel"]').waitFor();
        await frame.locator('[data-ol="root"]', { hasText: id }).waitFor();
        return await frame.evaluate(() => {
            const root = document.querySelector('[data-ol="root"]');
            const text = (sel) => [...root.querySelectorAll(sel)].map((n) => n.textContent.replace(/\s+/g, " ").trim());
            return {
                hooks: [...new Set([...root.querySelectorAll('[data-ol="panel"] [data-ol], [data-ol="panel"]')].map((n) => n.dataset.ol))].sort(),
                orderId: text(".ol-order-id .ol-value"),
                items: text('[data-ol="item"] .ol-item-title'),
                total: text('[data-ol="grand-total"] strong'),
                sellerCentral: root.querySelector('[data-ol="seller-central"]')?.getAttribute("href") ?? null,
                marks: ["orderlens-boot", "orderlens-panel-painted"].map((m) => performance.getEntriesByName(m).length),
            };
        });
    } finally {
        await page.close();
    }
}

describe("the paint baseline", { timeout: 3 * 60_000 }, () => {
    let proxy, browser;
    before(async () => {
        proxy = await startProxy();
        browser = await launchChromium();
    });
    after(async () => {
        await browser?.close();
        await proxy?.stop();
    });

    for (const order of ORDERS) {
        it(`paints ticket ${order.ticket}'s order panel as orderlens does`, async () => {
            const orderlens = await panelOf(browser, proxy.url, "", order);
            const baseline = await panelOf(browser, proxy.url, "&sidebar=baseline", order);
            assert.deepEqual(orderlens.orderId, [order.id]);
            assert.ok(orderlens.items.length > 0, "the order has items");
            for (const key of ["hooks", "orderId", "items", "total", "sellerCentral"]) {
                assert.deepEqual(baseline[key], orderlens[key], `baseline ${key} differs from orderlens's`);
            }
            assert.deepEqual(baseline.marks, [1, 1], "the baseline sets the marks the benchmark reads");
        });
    }
});
