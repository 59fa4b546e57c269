// No leaks over a day of tickets (BENCHMARKS.md "Sidebar"): the demo helpdesk switches the
// orderlens sidebar through SWITCHES tickets (the agent clicking through the inbox; the iframe
// stays, the sidebar redraws) and reports, after a forced garbage collection, the sidebar frame's
// JS heap (CDP Runtime.getHeapUsage) and the wasm's linear memory (memory.buffer.byteLength) at
// 0, 100, SWITCHES/2 and SWITCHES switches, and how many performance entries the page keeps (every
// mark until it is cleared; resource timing up to its buffer of 250, one per order request). Orders come from the proxy's cache after the first round.
//
//   node scripts/bench-web-leaks.mjs [switches] [--diff]   (after `make build` and the release proxy; `make bench-web`)
//
// --diff also takes heap snapshots at SWITCHES/2 and SWITCHES and prints what grew between them
// (count and bytes by node type and name), to tell a leak from buffers that fill and stop.

import { launchChromium, sidebarFrame, startProxy } from "../tests/e2e/harness.js";

const SWITCHES = Number(process.argv[2] ?? 1000);
const DIFF = process.argv.includes("--diff");
const CHECKPOINTS = [0, 100, SWITCHES / 2, SWITCHES];
const WAIT_MS = 30_000; // only a hang reaches this

// Demo tickets (www/demo/tickets.json) and the order id the sidebar shows for each (null: none).
// A ticket without an order always follows one with, so every switch changes what is shown.
const TICKETS = [
    ["1001", "114-9876543-1234567"], ["1006", null], ["1002", "028-1234567-8901234"], ["1007", null],
    ["1003", "171-9876543-2109876"], ["1004", "202-7654321-1098765"], ["1005", "250-1234567-8901234"],
];

const proxy = await startProxy();
const chromium = await launchChromium();
try {
    const page = await chromium.context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${proxy.url}/demo/?ticket=${TICKETS[0][0]}&lang=en`);
    const frame = await sidebarFrame(page);
    const cdp = await chromium.context.newCDPSession(frame); // the sidebar's own renderer
    await cdp.send("HeapProfiler.enable");
    let shown = TICKETS[0][1];
    await settled(shown, null);

    async function settled(expected, previous) {
        await frame.waitForFunction(([expected, previous]) => {
            const root = document.querySelector('[data-ol="root"]');
            if (!root || root.dataset.state === "loading") return false;
            return expected ? root.textContent.includes(expected) : !root.textContent.includes(previous);
        }, [expected, previous], { timeout: WAIT_MS, polling: "raf" });
    }

    /** Heap snapshot after GC, summed by node type and name: name → [count, bytes]. */
    async function heapByName() {
        await cdp.send("HeapProfiler.collectGarbage");
        const chunks = [];
        const onChunk = ({ chunk }) => chunks.push(chunk);
        cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
        await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
        cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
        const { snapshot, nodes, strings } = JSON.parse(chunks.join(""));
        const fields = snapshot.meta.node_fields;
        const [type, name, size] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
        const by = new Map();
        for (let i = 0; i < nodes.length; i += fields.length) {
            const key = `${snapshot.meta.node_types[0][nodes[i + type]]}: ${String(strings[nodes[i + name]]).slice(0, 60).replace(/\s+/g, " ")}`;
            const sum = by.get(key) ?? [0, 0];
            sum[0]++;
            sum[1] += nodes[i + size];
            by.set(key, sum);
        }
        return by;
    }

    async function memory() {
        await cdp.send("HeapProfiler.collectGarbage");
        const { usedSize } = await cdp.send("Runtime.getHeapUsage");
        // The glue's init() hands back the running instance's exports once it has started.
        const { wasm, marks, resources } = await frame.evaluate(async () => {
            const glue = document.querySelector('link[rel="modulepreload"][href*="pkg/"]').href;
            const memory = (await (await import(glue)).default()).memory;
            const [marks, resources] = ["mark", "resource"].map((type) => performance.getEntriesByType(type).length);
            return { wasm: memory.buffer.byteLength, marks, resources };
        });
        return { heap: usedSize, wasm, marks, resources };
    }

    const rows = [];
    const snapshots = [];
    for (let n = 0; n <= SWITCHES; n++) {
        if (n > 0) {
            const [ticket, orderId] = TICKETS[n % TICKETS.length];
            await page.locator(`[data-demo="ticket"][data-ticket-id="${ticket}"]`).click();
            await settled(orderId, shown);
            shown = orderId;
        }
        if (CHECKPOINTS.includes(n)) rows.push([n, await memory()]);
        if (DIFF && (n === SWITCHES / 2 || n === SWITCHES)) snapshots.push(await heapByName());
    }
    const mb = (b) => (b / 1048576).toFixed(2);
    console.log(`\n| tickets switched | sidebar JS heap after GC | wasm memory | performance marks | resource timing entries |`);
    console.log("|---:|---:|---:|---:|---:|");
    for (const [n, m] of rows) console.log(`| ${n} | ${mb(m.heap)} MB | ${mb(m.wasm)} MB | ${m.marks} | ${m.resources} |`);
    if (DIFF) {
        const [half, end] = snapshots;
        const grown = [...end].map(([key, [count, bytes]]) => [key, count - (half.get(key)?.[0] ?? 0), bytes - (half.get(key)?.[1] ?? 0)]);
        console.log(`\n| grew from ${SWITCHES / 2} to ${SWITCHES} switches (heap snapshot node) | count | bytes |`);
        console.log("|---|---:|---:|");
        for (const [key, count, bytes] of grown.sort((a, b) => b[2] - a[2]).slice(0, 12)) console.log(`| ${key} | ${count} | ${bytes} |`);
    }
    const [first, last] = [rows[0][1], rows.at(-1)[1]];
    console.log(`\nafter ${SWITCHES} switches: JS heap ×${(last.heap / first.heap).toFixed(2)}, wasm memory ×${(last.wasm / first.wasm).toFixed(2)}`);
} finally {
    await chromium.close();
    await proxy.stop();
}
