// Starts compiling the sidebar's wasm while the page is still being read, before the JS modules
// (sidebar.js, boot.js, the wasm-bindgen glue) have loaded: an async classic script runs as soon
// as it arrives, while a module waits for its whole import graph. The wasm's URL is the page's
// own preload link (so there is one place that names it); boot.js hands the compiled module to
// the glue, or lets the glue fetch it itself when this did not run or failed. Pages without this
// script (the helpdesk packages) load the wasm the glue's way. sidebar.html asks for it with
// fetchpriority="high": an async script is fetched at low priority otherwise, behind the
// stylesheet and the modules.
"use strict";
(() => {
    const link = document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]');
    if (!link || typeof WebAssembly.compileStreaming !== "function") return;
    // Same mode and credentials as the preload (crossorigin, same origin), so this fetch gets its bytes.
    const compiled = WebAssembly.compileStreaming(fetch(link.href));
    compiled.catch(() => {}); // boot.js falls back; no unhandled rejection in the console
    globalThis.orderlensWasm = compiled;
})();

