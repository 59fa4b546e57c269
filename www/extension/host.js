// Host adapter for the browser-extension panel beside Seller Central. Implements
// docs/host-interface.md. There is no helpdesk ticket here: the "ticket" is built from the
// order the Seller Central page shows, as a Seller Central notice that names the order and
// links its page, so the sidebar's own detection reads order id and marketplace from it.

import { HostError, defineHost, fetchProxy, localeOf, publicSettings } from "../hosts/common.js";

const api = globalThis.browser ?? globalThis.chrome;

/** Settings the options page stores (chrome.storage.local): proxy URL, token, seller name. */
export async function loadSettings() {
    const s = await api.storage.local.get(["proxyUrl", "proxyToken", "sellerName"]);
    return {
        proxyUrl: typeof s.proxyUrl === "string" ? s.proxyUrl.replace(/\/+$/, "") : "",
        proxyToken: typeof s.proxyToken === "string" ? s.proxyToken : "",
        sellerName: typeof s.sellerName === "string" ? s.sellerName.trim() : "",
    };
}

/** The marketplace of a page context: its marketplace id, else its host; null when ambiguous. */
export function marketplaceOf(context, table, picked) {
    if (!context) return null;
    const byId = Object.entries(table.marketplaces).find(([, m]) => m.id === context.marketplaceId);
    if (byId) return byId[0];
    const candidates = table.hosts[context.host] ?? [];
    if (candidates.length === 1) return candidates[0];
    return candidates.includes(picked) ? picked : null;
}

/**
 * The synthetic ticket for an order on a Seller Central page, or null without an order or a
 * known marketplace. `now` is when the page showed the order (RFC 3339).
 */
export function ticketFor(context, code, table, now) {
    if (!context?.orderId || !code) return null;
    const m = table.marketplaces[code];
    const sender = `donotreply@${m.domain}`;
    const link = `${m.sellerCentral}/orders-v3/order/${context.orderId}?marketplaceId=${m.id}`;
    return {
        id: `seller-central:${code}:${context.orderId}`,
        subject: `Order ${context.orderId}`,
        requester: { email: sender, name: "Amazon Seller Central" },
        comments: [
            {
                author: { email: sender, name: "Amazon Seller Central", role: "system" },
                body_text: `Order ID: ${context.orderId}\nMarketplace: ${m.country}\n${link}\n`,
                created_at: now,
                public: true,
            },
        ],
    };
}

/**
 * The host for the panel page. `onNeedsMarketplace(candidates, choose)` is called when the
 * page's host serves several marketplaces (sellercentral-europe) and the URL does not say which.
 */
export async function createExtensionHost({ onNeedsMarketplace = () => {} } = {}) {
    const [settings, table, windowTab] = await Promise.all([
        loadSettings(),
        fetch(api.runtime.getURL("extension/hosts.json")).then((r) => r.json()),
        api.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]?.id),
    ]);
    let current = await api.runtime.sendMessage({ type: "orderlens/current", tabId: windowTab }).catch(() => null);
    let seenAt = new Date().toISOString();
    let picked = null;
    let changed = () => {};

    function ticket() {
        const code = marketplaceOf(current?.context, table, picked);
        if (current?.context?.orderId && !code) {
            const candidates = table.hosts[current.context.host] ?? [];
            onNeedsMarketplace(candidates.map((c) => ({ code: c, country: table.marketplaces[c].country })), choose);
        }
        return ticketFor(current?.context, code, table, seenAt);
    }

    function choose(code) {
        picked = code;
        changed();
    }

    function adopt(entry) {
        if (!entry?.context) return;
        const before = JSON.stringify(current?.context ?? null);
        current = entry;
        if (JSON.stringify(entry.context) !== before) {
            seenAt = new Date().toISOString();
            changed();
        }
    }

    // A Seller Central tab reports a new page (SPA navigation included).
    api.runtime.onMessage.addListener((msg, sender) => {
        if (msg?.type === "orderlens/context" && sender.tab?.id !== undefined) {
            if (current === null || current.tabId === sender.tab.id || sender.tab.active) adopt({ tabId: sender.tab.id, context: msg.context });
        }
        return false;
    });
    // The agent switched to another tab in this window: follow it if it is a Seller Central page.
    api.tabs.onActivated.addListener(({ tabId }) => {
        api.tabs.sendMessage(tabId, { type: "orderlens/ask" }).then((context) => adopt({ tabId, context }), () => {});
    });

    // Seller Central has no ticket fields, tags or frame to size: those stay out of the mapping.
    return defineHost({
        ticket,
        watch: (notify) => (changed = notify),
        async insertReply(text) {
            if (!current) throw new HostError("No Seller Central page with an order is open: open the order or the buyer's message there first.");
            const answer = await api.tabs.sendMessage(current.tabId, { type: "orderlens/insert", text }).catch(() => null);
            if (!answer) throw new HostError("The Seller Central tab is gone or was reloaded: reload it and try again.");
            // The content script's own words say what to do on that page.
            if (!answer.ok) throw new HostError(String(answer.error));
        },
        request: (req) => proxyRequest(settings, req),
        locale: localeOf(api.i18n?.getUILanguage?.(), navigator.language),
        openUrl: (href) => api.tabs.create({ url: href }),
        settings: publicSettings({ proxyConfigured: settings.proxyUrl !== "" && settings.proxyToken !== "", sellerName: settings.sellerName }),
    });
}

/** The proxy with the URL and token from extension storage. Rejects only when unreachable. */
export async function proxyRequest(settings, req) {
    if (!settings.proxyUrl || !settings.proxyToken) throw new Error("The proxy is not set up: enter its URL and token in orderlens' options.");
    return fetchProxy((url, init) => fetch(url, init), settings.proxyUrl, settings.proxyToken, req);
}

