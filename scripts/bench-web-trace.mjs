// One Chromium trace of a sidebar load, summarised (BENCHMARKS.md "Sidebar": where the time goes).
// The demo helpdesk opens a ticket with a cold browser cache while CDP Tracing records; the
// summary keeps the sidebar frame's renderer process (found by the frame's commit, its own
// process since it is cross-origin) and prints, counted from the frame's navigation start, when
// each phase ran and how much main-thread time it took: HTML, CSS, JS modules, wasm compile,
// the boot marks (mount, panel painted), style and layout, paint.
//
//   node scripts/bench-web-trace.mjs [out.json] [query]   (after `make build` and the release proxy)
//
// `out.json` (default dist/bench/sidebar-trace.json) keeps the whole trace for chrome://tracing
// or Perfetto; `query` (e.g. "&sidebar=baseline") is added to the demo URL.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DIST, launchChromium, sidebarFrame, startProxy } from "../tests/e2e/harness.js";

const OUT = process.argv[2] ?? join(DIST, "../bench/sidebar-trace.json");
const QUERY = process.argv[3] ?? "";
const MARK = "orderlens-panel-painted";
const CATEGORIES = [
    "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading",
    "v8", "v8.wasm", "disabled-by-default-v8.compile", "disabled-by-default-v8.wasm.detailed", "toplevel",
];

// Trace event names by phase. Durations are summed per phase on the sidebar's renderer.
const PHASES = [
    ["HTML (parse)", (e) => e.name === "ParseHTML"],
    ["CSS (parse, style recalc)", (e) => e.name === "ParseAuthorStyleSheet" || e.name === "UpdateLayoutTree"],
    ["JS modules (compile, evaluate)", (e) => /^v8\.(compileModule|evaluateModule|compile)$/.test(e.name) || e.name === "v8.produceModuleCache"],
    ["JS run (tasks, microtasks, callbacks)", (e) => e.name === "FunctionCall" || e.name === "RunMicrotasks" || e.name === "EventDispatch" || e.name === "TimerFire"],
    ["wasm compile (any thread)", (e) => /^(v8\.)?wasm\./i.test(e.name) && /compil/i.test(e.name), { allThreads: true }],
    ["layout", (e) => e.name === "Layout"],
    ["paint, composite", (e) => e.name === "Paint" || e.name === "PrePaint" || e.name === "Layerize" || e.name === "UpdateLayer"],
];

async function record() {
    const proxy = await startProxy();
    const chromium = await launchChromium();
    try {
        const url = `${proxy.url}/demo/?ticket=1001&lang=en${QUERY}`;
        const warm = await chromium.context.newPage(); // the proxy caches the order, as in the paint bench
        await warm.goto(url);
        await (await sidebarFrame(warm)).waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK);
        await warm.close();
        const page = await chromium.context.newPage();
        const cdp = await chromium.context.newCDPSession(page);
        await cdp.send("Network.clearBrowserCache");
        const events = [];
        cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
        const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
        await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
        await page.goto(url);
        const frame = await sidebarFrame(page);
        await frame.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 30_000 });
        await page.waitForTimeout(200); // the paint after the mark
        await cdp.send("Tracing.end");
        await done;
        return events;
    } finally {
        await chromium.close();
        await proxy.stop();
    }
}

/** Microseconds covered by the events' intervals: nested or parallel events count once. */
function covered(hits) {
    let total = 0;
    let until = -Infinity;
    for (const e of [...hits].sort((a, b) => a.ts - b.ts)) {
        const from = Math.max(e.ts, until);
        const to = e.ts + (e.dur ?? 0);
        if (to > from) total += to - from;
        until = Math.max(until, to);
    }
    return total;
}

const events = await record();
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ traceEvents: events }));

const isSidebar = (url) => /\/(sidebar\.html|baseline\/)/.test(String(url ?? ""));
const commit = events.find((e) => e.name === "FrameCommittedInBrowser" && isSidebar(e.args?.data?.url));
const pid = commit?.args.data.processId;
if (!pid) throw new Error("no sidebar frame commit in the trace: did the demo load its sidebar?");
const nav = events.find((e) => e.pid === pid && e.name === "navigationStart" && isSidebar(e.args?.data?.documentLoaderURL));
const main = events.find((e) => e.pid === pid && e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
const t0 = nav?.ts ?? commit.ts;
const ms = (us) => (us / 1000).toFixed(1);
const mark = (name) => events.find((e) => e.pid === pid && e.name === name && e.cat?.includes("user_timing"));

console.log(`\nsidebar renderer pid ${pid}; times from the frame's navigation start; trace in ${OUT}`);
console.log(`\n| phase (sidebar renderer) | first start | last end | time covered (main thread) | events |`);
console.log("|---|---:|---:|---:|---:|");
// The renderer's main thread has no work for the frame before the process exists and the page's
// response arrives: its first task after the navigation start bounds those two.
const firstTask = events.filter((e) => e.pid === pid && e.tid === main && e.ph === "X" && e.ts > t0).reduce((a, e) => Math.min(a, e.ts), Infinity);
console.log(`| process start and the page's response (first main-thread task of the frame's renderer) | ${ms(firstTask - t0)} ms | | | |`);
for (const [name, match, { allThreads } = {}] of PHASES) {
    const hits = events.filter((e) => e.pid === pid && (allThreads || e.tid === main) && e.ph === "X" && e.ts >= t0 && match(e));
    if (!hits.length) {
        console.log(`| ${name} | | | 0 ms | 0 |`);
        continue;
    }
    const first = Math.min(...hits.map((e) => e.ts));
    const last = Math.max(...hits.map((e) => e.ts + (e.dur ?? 0)));
    const busy = covered(hits);
    console.log(`| ${name} | ${ms(first - t0)} ms | ${ms(last - t0)} ms | ${ms(busy)} ms | ${hits.length} |`);
}
for (const name of ["orderlens-boot", "orderlens-mount", MARK]) {
    const e = mark(name);
    if (!e) continue;
    // A measure is a "b"/"e" pair with the same id; a mark is one instant.
    const close = e.ph === "b" ? events.find((x) => x.pid === pid && x.ph === "e" && x.name === name && x.id2?.local === e.id2?.local) : null;
    console.log(`| ${close ? "measure" : "mark"} ${name} | ${ms(e.ts - t0)} ms | ${close ? `${ms(close.ts - t0)} ms` : ""} | ${close ? `${ms(close.ts - e.ts)} ms` : ""} | |`);
}
