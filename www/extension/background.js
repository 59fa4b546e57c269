// orderlens background (Chrome: service worker; Firefox: event page). It opens the panel from the
// toolbar button and remembers which order each Seller Central tab shows, so a panel opened
// later (or after the worker slept) finds it. Session storage: nothing outlives the browser.
const api = globalThis.browser ?? globalThis.chrome;

if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error("orderlens: side panel", e));
} else if (api.sidebarAction) {
    // Firefox has a sidebar instead of a side panel; the button toggles it.
    api.action.onClicked.addListener(() => api.sidebarAction.toggle());
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (msg?.type === "orderlens/context" && sender.tab?.id !== undefined) {
        const entry = { tabId: sender.tab.id, context: msg.context };
        api.storage.session.set({ [`tab:${sender.tab.id}`]: entry, last: entry });
        return false;
    }
    if (msg?.type === "orderlens/current") {
        // The asking window's active tab if it is a Seller Central page, else the last one seen.
        const key = `tab:${msg.tabId}`;
        api.storage.session.get([key, "last"]).then((s) => sendResponse(s[key] ?? s.last ?? null), () => sendResponse(null));
        return true;
    }
    return false;
});

api.tabs.onRemoved.addListener((tabId) => {
    api.storage.session.remove(`tab:${tabId}`);
    api.storage.session.get("last").then((s) => {
        if (s.last?.tabId === tabId) api.storage.session.remove("last");
    });
});
