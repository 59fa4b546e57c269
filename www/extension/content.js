// orderlens content script on Seller Central. Plain, small JS on purpose: no wasm here, because a
// content script lives under the page's CSP. It only finds the order the page is about, tells
// the extension (which renders the panel), and writes an inserted reply into the reply box.
(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
    const EXACT_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

    /** What this page is about: {orderId, marketplaceId, host, page} (orderId may be null). */
    function pageContext() {
        const url = new URL(location.href);
        const params = (names) => names.map((n) => (url.searchParams.get(n) ?? "").trim()).find((v) => v !== "") ?? null;
        // URL first: Amazon's own order and messaging links carry the id.
        let orderId = /\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})(?:[/?#]|$)/.exec(url.pathname)?.[1] ?? null;
        if (!orderId) {
            const fromQuery = params(["orderID", "orderId", "ss"]);
            if (fromQuery && EXACT_ORDER_ID.test(fromQuery)) orderId = fromQuery;
        }
        // Then the page text: a message thread names its order. The main pane first, so a list
        // of other orders in the navigation does not win.
        if (!orderId) {
            const pane = document.querySelector("main, [role=main]") ?? document.body;
            orderId = ORDER_ID.exec(pane?.innerText ?? "")?.[0] ?? null;
        }
        return {
            orderId,
            marketplaceId: params(["marketplaceID", "marketplaceId", "mons_sel_mkid"]),
            host: location.hostname.toLowerCase(),
            page: url.pathname.startsWith("/messaging") ? "messaging" : url.pathname.startsWith("/orders") || url.pathname.startsWith("/gp/orders") || url.pathname.startsWith("/hz/orders") ? "order" : "other",
        };
    }

    let lastSent = "";
    function report() {
        const context = pageContext();
        const key = JSON.stringify(context);
        if (key === lastSent) return;
        lastSent = key;
        // No listener (panel closed, worker asleep) is normal: nothing to do then.
        Promise.resolve(api.runtime.sendMessage({ type: "orderlens/context", context })).catch(() => {});
    }

    // Seller Central is a single-page app: re-check after the DOM settles and on history moves.
    let timer = 0;
    const soon = () => {
        clearTimeout(timer);
        timer = setTimeout(report, 250);
    };
    new MutationObserver(soon).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    addEventListener("popstate", soon);
    addEventListener("hashchange", soon);
    report();

    /** The reply box: a focused or visible textarea, Amazon's <kat-textarea> included. */
    function replyBox() {
        const visible = (el) => el.getClientRects().length > 0 && !el.disabled && !el.readOnly;
        const active = document.activeElement;
        if (active instanceof HTMLTextAreaElement && visible(active)) return active;
        const boxes = [...document.querySelectorAll("textarea, kat-textarea")].filter(visible);
        const named = boxes.find((el) => /message|reply|antwort|réponse|respuesta|risposta|odpowied|返信|回复/i.test(
            [el.name, el.id, el.getAttribute("aria-label"), el.getAttribute("placeholder")].join(" ")));
        return named ?? boxes[0] ?? null;
    }

    /** Sets the value the way typing would, so the page's framework sees the change. */
    function typeInto(box, text) {
        const inner = box instanceof HTMLTextAreaElement ? box : box.shadowRoot?.querySelector("textarea");
        const target = inner ?? box;
        const current = target.value ?? "";
        const value = current.trim() === "" ? text : `${current.replace(/\s+$/, "")}\n\n${text}`;
        const setter = inner ? Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set : null;
        if (setter) setter.call(target, value);
        else target.value = value;
        if (inner && box !== inner) box.value = value;
        for (const type of ["input", "change"]) target.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        target.focus();
    }

    api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
        if (msg?.type === "orderlens/insert") {
            const box = replyBox();
            if (!box) {
                sendResponse({ ok: false, error: "No reply box on this Seller Central page: open the buyer's message and press Reply first." });
            } else {
                typeInto(box, String(msg.text ?? ""));
                sendResponse({ ok: true });
            }
        } else if (msg?.type === "orderlens/ask") {
            lastSent = "";
            sendResponse(pageContext());
        }
    });
})();
