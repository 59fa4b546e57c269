// The case blocks end to end: the demo helpdesk on the sandbox proxy, the release sidebar,
// Debian's Chromium. An agent opens a buyer message, an A-to-z claim, a return request and a
// delivery failure, and each shows its own kind, next step and Seller Central link above the
// order panel. `E2E_CASE_SCREENSHOTS=docs make test-e2e` refreshes the README's pictures of the
// claim and the delivery failure; by default they stay in dist/e2e/.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { REPO, openDemo } from "./harness.js";

const SHOTS = join(REPO, process.env.E2E_CASE_SCREENSHOTS ?? "dist/e2e");
const WAIT_MS = 30_000;

// (demo ticket, data-kind, what the next step says, where the link goes, screenshot). The UK is
// served by Seller Central Europe: the marketplace switch picks it (mons_sel_mkid).
const CASES = [
    { ticket: "1001", kind: "buyer_message", next: /composer/, href: /^https:\/\/sellercentral\.amazon\.com\/orders-v3\/order\/114-9876543-1234567$/ },
    { ticket: "1009", kind: "atoz_claim", next: /Respond to the claim in Seller Central/, href: /^https:\/\/sellercentral\.amazon\.com\/guarantee\/claims$/, deadline: true, shot: "screenshot-claim.png" },
    { ticket: "1004", kind: "return_request", next: /Authorise or close the return/, href: /^https:\/\/sellercentral-europe\.amazon\.com\/returns\/list\?searchString=202-7654321-1098765&mons_sel_mkid=A1F83G8C2ARO7P$/ },
    { ticket: "1010", kind: "delivery_failure", next: /Messaging Permissions/, href: /^https:\/\/sellercentral-europe\.amazon\.com\/messaging\/permissions\?mons_sel_mkid=A1F83G8C2ARO7P$/, shot: "screenshot-delivery-failure.png" },
];

describe("case blocks in the demo helpdesk", { timeout: 5 * 60_000 }, () => {
    let proxy, chromium, page, sidebar, pageErrors;

    before(async () => {
        ({ proxy, chromium, page, sidebar, pageErrors } = await openDemo({ ticket: CASES[0].ticket, waitMs: WAIT_MS }));
    });

    after(async () => {
        await chromium?.close();
        await proxy?.stop();
    });

    for (const c of CASES) {
        it(`ticket ${c.ticket} shows the ${c.kind} case with its next step and link`, async () => {
            await page.locator(`[data-demo="ticket"][data-ticket-id="${c.ticket}"]`).click();
            const block = sidebar.locator(`[data-ol="case"][data-kind="${c.kind}"]`);
            await block.waitFor();
            assert.match(await block.locator('[data-ol="case-next"]').textContent(), c.next);
            assert.match(await block.locator('[data-ol="case-link"]').getAttribute("href"), c.href);
            // Above the order panel, once the sandbox order is there.
            await sidebar.locator('[data-ol="panel"]').waitFor();
            const above = await sidebar.evaluate(() => {
                const [caseBlock, panel] = [document.querySelector('[data-ol="case"]'), document.querySelector('[data-ol="panel"]')];
                return Boolean(caseBlock.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING);
            });
            assert.ok(above, "the case block is above the order panel");
            if (c.deadline) {
                // The claim came 30 h ago: 42 of its 72 hours are left.
                assert.equal(await block.locator('[data-ol="case-deadline"]').getAttribute("data-urgency"), "running");
                assert.match(await block.locator('[data-ol="case-deadline"]').textContent(), /1 d 1[78] h left/);
            }
            if (c.shot) {
                await page.locator(".apps").evaluate((column) => column.scrollTo(0, 0));
                mkdirSync(SHOTS, { recursive: true });
                await page.screenshot({ path: join(SHOTS, c.shot) });
            }
        });
    }

    it("ran without errors in the page or the sidebar", () => {
        assert.deepEqual(pageErrors, []);
    });
});
