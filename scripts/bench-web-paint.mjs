// Time from sidebar load to the painted order panel (budget 100 ms; DESIGN.md "Quality budgets"),
// orderlens beside a hand-written baseline (www/baseline/: plain JS, same host handshake, same
// order JSON, same panel DOM) in the same run. The demo helpdesk opens a ticket; in the sidebar
// iframe (its own origin, so its own renderer process) we read the marks "orderlens-boot" and
// "orderlens-panel-painted", and the frame after the latter (FRAME_MARK below), which count from
// the iframe's own navigation start; the demo host adapter (hosts/demo.js, both pages) marks its
// handshake ("orderlens-host-asked", "orderlens-host-answered"). Loads alternate
// between the two pages, so both see the same machine. The proxy runs in sandbox mode on loopback.
//
//   node scripts/bench-web-paint.mjs [runs]      (after `make build` and the release proxy; `make bench-web`)
//
// Prints one line `paint ratio orderlens/baseline: X.XX`: navigation → painted, orderlens's median
// over the baseline's, the larger of the cold and warm ratios (the target must hold for both).

import { launchChromium, sidebarFrame, startProxy } from "../tests/e2e/harness.js";

const RUNS = Number(process.argv[2] ?? 20);
const TICKET = "1001"; // US buyer message, order 114-9876543-1234567
const MARK = "orderlens-panel-painted";
// Both pages set MARK once the panel is in the DOM; the agent sees it in the next frame. This
// script, added to every frame by the bench (neither page carries it), marks FRAME_MARK in the
// first task after the animation frame that follows MARK: the browser has styled, laid out and
// painted the panel by then (tasks already queued before it, such as answers to the page's other
// requests, run first and count too). The same for both pages, whatever each does after its mark.
const FRAME_MARK = "bench-panel-frame";
const MARK_NEXT_FRAME = `(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
        const entry = mark(name, ...rest);
        if (name === ${JSON.stringify(MARK)} && performance.getEntriesByName(${JSON.stringify(FRAME_MARK)}).length === 0) {
            requestAnimationFrame(() => setTimeout(() => mark(${JSON.stringify(FRAME_MARK)}), 0));
        }
        return entry;
    };
})();`;
const PAGES = [
    ["orderlens", ""],
    ["baseline", "&sidebar=baseline"],
];
const MODES = [
    ["cold", "cold browser cache (everything downloaded every load)", false],
    ["warm", "warm browser cache (as on an agent's second ticket)", true],
];

let browserVersion = "";

async function paintTime(context, url, { httpCache }) {
    const page = await context.newPage();
    try {
        const cdp = await context.newCDPSession(page);
        browserVersion ||= (await cdp.send("Browser.getVersion")).product;
        // Browser-wide, so it also reaches the sidebar frame (another origin, another process).
        if (!httpCache) await cdp.send("Network.clearBrowserCache");
        await page.goto(url);
        const frame = await sidebarFrame(page);
        await frame.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FRAME_MARK, { timeout: 30_000 });
        // All times count from the sidebar frame's own navigation start.
        return await frame.evaluate(([mark, frameMark]) => {
            const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
            const order = performance.getEntriesByType("resource").find((r) => r.name.includes("/v1/orders/"));
            return {
                painted: at(frameMark),
                inDom: at(mark),
                boot: at("orderlens-boot"),
                mount: at("orderlens-mount"),
                hostAsked: at("orderlens-host-asked"),
                hostAnswered: at("orderlens-host-answered"),
                requestStart: order?.startTime ?? NaN,
                responseEnd: order?.responseEnd ?? NaN,
            };
        }, [MARK, FRAME_MARK]);
    } finally {
        await page.close();
    }
}

function stats(ms) {
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return { median, p90: at(0.9) };
}

const fmt = (v) => v.toFixed(1);

const proxy = await startProxy();
const chromium = await launchChromium();
await chromium.context.addInitScript(MARK_NEXT_FRAME);
try {
    const url = (query) => `${proxy.url}/demo/?ticket=${TICKET}&lang=en${query}`;
    // One unmeasured load: the proxy fetches the order from the sandbox once, as it would for
    // the first agent; every measured load is then served from the proxy's cache.
    await paintTime(chromium.context, url(""), { httpCache: false });
    const runs = {}; // "orderlens cold" → [{painted, boot, …}]
    for (const [mode, , httpCache] of MODES) {
        for (let i = 0; i < RUNS; i++) {
            for (const [name, query] of PAGES) {
                (runs[`${name} ${mode}`] ??= []).push(await paintTime(chromium.context, url(query), { httpCache }));
            }
        }
    }
    const of = (key, f) => stats(runs[key].map(f));
    console.log(`\n| sidebar page, cache (${RUNS} loads each, alternating) | navigation → painted, median | p90 | boot → painted, median | p90 |`);
    console.log("|---|---:|---:|---:|---:|");
    for (const [mode, label] of MODES) {
        for (const [name] of PAGES) {
            const nav = of(`${name} ${mode}`, (r) => r.painted);
            const boot = of(`${name} ${mode}`, (r) => r.painted - r.boot);
            console.log(`| ${name}, ${label} | ${fmt(nav.median)} ms | ${fmt(nav.p90)} ms | ${fmt(boot.median)} ms | ${fmt(boot.p90)} ms |`);
        }
    }
    const ratios = MODES.map(([mode]) => of(`orderlens ${mode}`, (r) => r.painted).median / of(`baseline ${mode}`, (r) => r.painted).median);
    console.log(`\norderlens / baseline, navigation → painted medians: ${MODES.map(([mode], i) => `${mode} ${ratios[i].toFixed(2)}`).join(", ")}`);
    // As measured before the bench waited for the frame: the mark alone.
    const inDom = MODES.map(([mode]) => of(`orderlens ${mode}`, (r) => r.inDom).median / of(`baseline ${mode}`, (r) => r.inDom).median);
    console.log(`orderlens / baseline, navigation → panel in the DOM (the mark) medians: ${MODES.map(([mode], i) => `${mode} ${inDom[i].toFixed(2)}`).join(", ")}`);
    // Where the time goes: medians of each phase (they need not add up to the median total).
    const phases = [
        ["frame navigation → boot script runs (HTML, CSS, JS modules)", (r) => r.boot],
        ["boot → mount (host handshake; orderlens: and wasm download + compile)", (r) => r.mount - r.boot],
        ["… of which boot → handshake asked (the host adapter's modules)", (r) => r.hostAsked - r.boot],
        ["… of which handshake asked → answered (the demo page's postMessage round trip)", (r) => r.hostAnswered - r.hostAsked],
        ["handshake answered → painted (all the sidebar does once the host has answered)", (r) => r.painted - r.hostAnswered],
        ["mount → order request sent (ticket, detection, first render)", (r) => r.requestStart - r.mount],
        ["order request → response (proxy on loopback, order cached)", (r) => r.responseEnd - r.requestStart],
        ["response → panel in the DOM (order JSON, view, DOM)", (r) => r.inDom - r.responseEnd],
        ["panel in the DOM → the next frame done (style, layout, paint)", (r) => r.painted - r.inDom],
    ];
    const keys = MODES.flatMap(([mode]) => PAGES.map(([name]) => `${name} ${mode}`));
    console.log(`\n| phase (median ms) | ${keys.join(" | ")} |`);
    console.log(`|---|${keys.map(() => "---:").join("|")}|`);
    for (const [name, f] of phases) console.log(`| ${name} | ${keys.map((k) => fmt(of(k, f).median)).join(" | ")} |`);
    console.log(`\nBudget: boot → painted ≤ 50 ms, navigation → painted ≤ 1.2 × the baseline. ${browserVersion}, headless; proxy: orderlens serve --sandbox on loopback.`);
    console.log(`paint ratio orderlens/baseline: ${Math.max(...ratios).toFixed(2)}`);
} finally {
    await chromium.close();
    await proxy.stop();
}
