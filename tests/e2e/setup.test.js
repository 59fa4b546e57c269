// Connecting an Amazon account in the browser, against the sandbox's fake Seller Central: the
// admin logs in on /setup, connects Europe, confirms on the consent page, sees the account's
// marketplaces and its email checklist; then the demo helpdesk's sidebar fetches an order of
// that account, without a restart. Run with `make test-e2e`.
//
// The proxy's config has only a North American account, so a Turkish (EU) order cannot be
// fetched until the EU account is connected.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { launchChromium, sidebarFrame, startProxy } from "./harness.js";

// Only a hang reaches this; it is no performance check.
const WAIT_MS = 30_000;

const CONFIG = `
[[accounts]]
name = "northwind-na"
region = "NA"
marketplaces = ["US", "CA", "MX", "BR"]
`;

const TR_TICKET = { ticket: "1002", id: "028-1234567-8901234" };

describe("connecting an Amazon account on /setup", { timeout: 5 * 60_000 }, () => {
    let proxy, chromium, admin, desk;
    const pageErrors = [];

    before(async () => {
        proxy = await startProxy({ config: CONFIG });
        chromium = await launchChromium();
        for (const name of ["admin", "desk"]) {
            const page = await chromium.context.newPage();
            page.setDefaultTimeout(WAIT_MS);
            page.on("pageerror", (e) => pageErrors.push(`${name}: ${e.message}`));
            // Chromium logs every non-2xx answer as "Failed to load resource"; the 404 before the
            // account is connected and the 401 for a sidebar token are this test's steps, asserted
            // there. Every other console error (CSP, Trusted Types, a script error) fails the test.
            page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource")
                && pageErrors.push(`${name}: ${m.location().url}: ${m.text()}`));
            if (name === "admin") admin = page;
            else desk = page;
        }
    });

    after(async () => {
        await chromium?.close();
        await proxy?.stop();
    });

    it("cannot fetch an EU order before an EU account is connected", async () => {
        await desk.goto(`${proxy.url}/demo/?ticket=${TR_TICKET.ticket}&lang=en`);
        const sidebar = await sidebarFrame(desk);
        await sidebar.locator('[data-ol="root"][data-state="error"]').waitFor();
        assert.equal(await desk.locator('[data-demo="setup"]').getAttribute("href"), "/setup", "the demo helpdesk links to /setup");
    });

    it("refuses a sidebar token and logs in with the admin token", async () => {
        await admin.goto(`${proxy.url}/setup`);
        await admin.locator('[data-ol="admin-token"]').fill("sandbox");
        await admin.locator('[data-ol="login"]').click();
        await admin.locator('[data-ol="problem"]', { hasText: "Sidebar tokens" }).waitFor();
        await admin.locator('[data-ol="admin-token"]').fill("sandbox-admin");
        await admin.locator('[data-ol="login"]').click();
        await admin.locator('[data-ol="connect"]').waitFor();
        const text = await admin.locator("main").textContent();
        assert.match(text, /account owner/, "the page says whose Seller Central login it takes");
        assert.match(text, /consent page/, "and what the seller will see");
    });

    it("connects Europe through the consent page and shows its marketplaces and checklist", async () => {
        await admin.locator('[data-ol="region"]').selectOption("EU");
        await admin.locator('[data-ol="connect"]').click();
        // The fake Seller Central's consent page, then Amazon's redirect back and on to /setup.
        await admin.locator('[data-ol="consent-confirm"]').click();
        const row = admin.locator('[data-ol="account"][data-region="EU"]');
        await row.waitFor();
        assert.equal(new URL(admin.url()).pathname, "/setup");
        const marketplaces = await row.locator('[data-ol="marketplaces"]').textContent();
        for (const code of ["UK", "DE", "FR", "TR"]) assert.match(marketplaces, new RegExp(`\\b${code}\\b`));
        await admin.locator('[data-ol="checklist"][data-marketplace="TR"]').waitFor();
        const links = await admin.locator('#DE [data-ol="checklist-link"]').evaluateAll((as) => as.map((a) => a.href));
        assert.equal(links.length, 3, "three Seller Central settings per marketplace");
        assert.ok(links.every((href) => href.startsWith("https://sellercentral-europe.amazon.com/")), links.join(" "));
        assert.equal(await admin.locator("script").count(), 0, "no script on the admin pages");
    });

    it("lets the sidebar fetch an order of the new account without a restart", async () => {
        const sidebar = await sidebarFrame(desk);
        await sidebar.locator('[data-ol="retry"]').click();
        await sidebar.locator('[data-ol="root"][data-state="order"]', { hasText: TR_TICKET.id }).waitFor();
    });

    it("ran without errors in either page", () => {
        assert.deepEqual(pageErrors, []);
    });
});
