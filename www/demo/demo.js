// The demo helpdesk: a ticket list, the open ticket's thread, a reply editor and the orderlens
// sidebar in an iframe. It plays the helpdesk's side of hosts/demo.js (postMessage), the way
// Zendesk or Freshdesk would: it hands over tickets, takes replies, tags and fields.
// All ticket text is rendered with textContent: the demo is as careful as the sidebar.

import { accept, peer, send, sidebarOrigin } from "../hosts/demo-protocol.js";

const LANGUAGES = [
    ["en", "en-US", "English"], ["de", "de-DE", "Deutsch"], ["fr", "fr-FR", "Français"], ["it", "it-IT", "Italiano"],
    ["es", "es-ES", "Español"], ["pl", "pl-PL", "Polski"], ["ja", "ja-JP", "日本語"], ["zh", "zh-CN", "中文"],
    ["pt", "pt-BR", "Português"], ["nl", "nl-NL", "Nederlands"], ["sv", "sv-SE", "Svenska"], ["tr", "tr-TR", "Türkçe"],
    ["ar", "ar-AE", "العربية"],
];

// The demo's own labels; the sidebar translates itself.
const UI = {
    en: { language: "Language", tickets: "Tickets", tags: "Tags", fields: "Fields", reply: "Public reply", send: "Send reply", none: "none yet" },
    de: { language: "Sprache", tickets: "Tickets", tags: "Tags", fields: "Felder", reply: "Öffentliche Antwort", send: "Antwort senden", none: "noch keine" },
    fr: { language: "Langue", tickets: "Tickets", tags: "Étiquettes", fields: "Champs", reply: "Réponse publique", send: "Envoyer", none: "aucun" },
    it: { language: "Lingua", tickets: "Ticket", tags: "Tag", fields: "Campi", reply: "Risposta pubblica", send: "Invia risposta", none: "nessuno" },
    es: { language: "Idioma", tickets: "Tickets", tags: "Etiquetas", fields: "Campos", reply: "Respuesta pública", send: "Enviar respuesta", none: "ninguno" },
    pl: { language: "Język", tickets: "Zgłoszenia", tags: "Tagi", fields: "Pola", reply: "Odpowiedź publiczna", send: "Wyślij odpowiedź", none: "brak" },
    ja: { language: "言語", tickets: "チケット", tags: "タグ", fields: "フィールド", reply: "公開返信", send: "返信を送信", none: "なし" },
    zh: { language: "语言", tickets: "工单", tags: "标签", fields: "字段", reply: "公开回复", send: "发送回复", none: "暂无" },
    pt: { language: "Idioma", tickets: "Tickets", tags: "Tags", fields: "Campos", reply: "Resposta pública", send: "Enviar resposta", none: "nenhum ainda" },
    nl: { language: "Taal", tickets: "Tickets", tags: "Tags", fields: "Velden", reply: "Openbaar antwoord", send: "Antwoord versturen", none: "nog geen" },
    sv: { language: "Språk", tickets: "Ärenden", tags: "Taggar", fields: "Fält", reply: "Offentligt svar", send: "Skicka svar", none: "inga än" },
    tr: { language: "Dil", tickets: "Talepler", tags: "Etiketler", fields: "Alanlar", reply: "Herkese açık yanıt", send: "Yanıtı gönder", none: "henüz yok" },
    ar: { language: "اللغة", tickets: "التذاكر", tags: "الوسوم", fields: "الحقول", reply: "رد عام", send: "إرسال الرد", none: "لا يوجد بعد" },
};

// Labels of the host field ids hosts/demo.js maps order fields to.
const FIELD_LABELS = { order_id: "Amazon order", marketplace: "Marketplace", message_kind: "Amazon message" };

const AGENT = Object.freeze({ email: "agent@northwind-outfitters.example", name: "You (agent)", role: "agent" });

const $ = (hook) => document.querySelector(`[data-demo="${hook}"]`);
const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
};

let ticketsLoaded; // resolves `loaded` once tickets.json is in
const loaded = new Promise((resolve) => { ticketsLoaded = resolve; });

const state = {
    tickets: [],
    current: null, // ticket id
    locale: initialLocale(),
    tags: new Map(), // ticket id → Set of tags
    fields: new Map(), // ticket id → { field id: value }
    drafts: new Map(), // ticket id → editor text
    sidebarReady: false, // the iframe said hello: it now listens for ticket changes
};

// The sidebar iframe, on its own origin like a helpdesk app; it learns ours from ?origin=.
const frame = $("sidebar");
const SIDEBAR_ORIGIN = sidebarOrigin(window.location.href);
// ?sidebar=baseline swaps in the paint benchmark's hand-written baseline (www/baseline/).
const SIDEBAR_PAGES = { orderlens: "sidebar.html", baseline: "baseline/index.html" };
const askedSidebar = new URLSearchParams(window.location.search).get("sidebar");
const SIDEBAR_PAGE = Object.hasOwn(SIDEBAR_PAGES, askedSidebar) ? SIDEBAR_PAGES[askedSidebar] : SIDEBAR_PAGES.orderlens;
const SIDEBAR_URL = `${SIDEBAR_ORIGIN}/${SIDEBAR_PAGE}?host=demo&origin=${encodeURIComponent(window.location.origin)}`;
const sidebar = () => peer(frame.contentWindow, SIDEBAR_ORIGIN);
frame.src = SIDEBAR_URL;

// ---- time: tickets.json stores offsets ("-20h") so the 24-hour clock is live whenever the demo runs

/** "-20h", "-50m", "-1d2h" → RFC 3339 that long before `now`; anything else is kept as is. */
function resolveOffset(value, now) {
    const m = /^-(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(value);
    if (!m || value === "-") return value;
    const minutes = (Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0);
    return new Date(now - minutes * 60_000).toISOString();
}

async function loadTickets() {
    const res = await fetch("tickets.json");
    if (!res.ok) throw new Error(`tickets.json: HTTP ${res.status}`);
    const doc = await res.json();
    const now = Date.now();
    return doc.tickets.map((t) => ({
        ...t,
        comments: t.comments.map((c) => ({ ...c, created_at: resolveOffset(c.created_at, now) })),
    }));
}

// ---- locale

/** ?lang=de (the switcher's choice, kept across reloads), else the browser's language. */
function initialLocale() {
    const known = (tag) => LANGUAGES.find(([code]) => tag?.toLowerCase().startsWith(code));
    const asked = known(new URLSearchParams(window.location.search).get("lang"));
    if (asked) return asked[1];
    return known(navigator.language) ? navigator.language : "en-US";
}

const langCode = () => state.locale.slice(0, 2).toLowerCase();
const ui = (key) => (UI[langCode()] ?? UI.en)[key];

function renderLanguage() {
    document.documentElement.lang = state.locale;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = ui(node.dataset.i18n);
    const select = $("language");
    select.replaceChildren(...LANGUAGES.map(([code, , name]) => {
        const option = el("option", null, name);
        option.value = code;
        option.selected = code === langCode();
        return option;
    }));
}

// ---- rendering

const currentTicket = () => state.tickets.find((t) => t.id === state.current) ?? null;

function ago(iso) {
    const minutes = Math.round((Date.parse(iso) - Date.now()) / 60_000);
    const rtf = new Intl.RelativeTimeFormat(state.locale, { numeric: "auto", style: "short" });
    if (Math.abs(minutes) < 60) return rtf.format(minutes, "minute");
    if (Math.abs(minutes) < 48 * 60) return rtf.format(Math.round(minutes / 60), "hour");
    return rtf.format(Math.round(minutes / 1440), "day");
}

function renderList() {
    const list = $("tickets");
    list.replaceChildren(...state.tickets.map((t) => {
        const last = t.comments.at(-1);
        const button = el("button");
        button.type = "button";
        button.dataset.demo = "ticket";
        button.dataset.ticketId = t.id;
        button.setAttribute("aria-current", String(t.id === state.current));
        const meta = el("span", "t-meta");
        meta.append(el("span", null, t.requester.name || t.requester.email), el("span", null, last ? ago(last.created_at) : ""));
        button.append(el("span", "t-subject", t.subject), meta);
        button.addEventListener("click", () => openTicket(t.id));
        const item = el("li");
        item.append(button);
        return item;
    }));
}

function renderTicket() {
    const t = currentTicket();
    $("subject").textContent = t ? t.subject : "";
    $("requester").textContent = t ? `${t.requester.name ?? ""} <${t.requester.email}>` : "";
    renderTagsAndFields();
    const time = new Intl.DateTimeFormat(state.locale, { dateStyle: "medium", timeStyle: "short" });
    $("thread").replaceChildren(...(t?.comments ?? []).map((c) => {
        const item = el("li", `comment ${c.author.role === "agent" ? "agent" : "requester"}`);
        item.dataset.demo = "comment";
        const head = el("header");
        const when = el("time", null, time.format(new Date(c.created_at)));
        when.dateTime = c.created_at;
        when.title = ago(c.created_at);
        head.append(el("span", "who", c.author.name ?? c.author.email ?? ""), el("span", "addr", c.author.email ?? ""), when);
        item.append(head, el("div", "body", c.body_text ?? ""));
        return item;
    }));
    $("editor").value = state.drafts.get(state.current) ?? "";
}

function renderTagsAndFields() {
    const tags = [...(state.tags.get(state.current) ?? [])];
    $("tags").replaceChildren(...(tags.length ? tags.map((tag) => el("span", "tag", tag)) : [el("span", "empty", ui("none"))]));
    const fields = Object.entries(state.fields.get(state.current) ?? {});
    $("fields").replaceChildren(...(fields.length
        ? fields.map(([id, value]) => {
            const field = el("span", "field");
            field.dataset.field = id;
            field.append(el("b", null, `${FIELD_LABELS[id] ?? id}: `), document.createTextNode(value));
            return field;
        })
        : [el("span", "empty", ui("none"))]));
}

// ---- behaviour

function tellSidebar() {
    if (state.sidebarReady) send(sidebar(), { type: "ticket-changed", ticket: currentTicket() });
}

function openTicket(id) {
    state.drafts.set(state.current, $("editor").value);
    state.current = id;
    const url = new URL(window.location.href);
    url.searchParams.set("ticket", id);
    history.replaceState(null, "", url);
    renderList();
    renderTicket();
    tellSidebar(); // the sidebar re-renders; the iframe is not reloaded
}

function sendReply() {
    const t = currentTicket();
    const text = $("editor").value.trim();
    if (!t || !text) return;
    t.comments.push({ author: AGENT, body_text: text, created_at: new Date().toISOString(), public: true });
    $("editor").value = "";
    state.drafts.delete(t.id);
    renderList();
    renderTicket();
    tellSidebar(); // a new comment: the 24-hour clock stops
}

function switchLanguage(code) {
    state.locale = LANGUAGES.find(([c]) => c === code)?.[1] ?? "en-US";
    const url = new URL(window.location.href);
    url.searchParams.set("lang", code);
    history.replaceState(null, "", url);
    renderLanguage();
    renderList();
    renderTicket();
    // The host interface has no locale-change event: start the sidebar again in the new language.
    state.sidebarReady = false;
    frame.src = SIDEBAR_URL;
}

// What the sidebar may ask of the helpdesk (hosts/demo.js calls these by name).
const HOST_CALLS = {
    // The sidebar may say hello before tickets.json is in: answer once it is, never with a false
    // "no ticket". From then on every switch and new comment is pushed (tellSidebar).
    async hello() {
        await loaded;
        return { locale: state.locale, ticket: currentTicket() };
    },
    insertReply(text) {
        const editor = $("editor");
        // Append, as Zendesk's comment.appendText does: the agent's own draft stays.
        editor.value = editor.value.trim() ? `${editor.value.replace(/\s+$/, "")}\n\n${text}` : text;
        state.drafts.set(state.current, editor.value);
        editor.dispatchEvent(new Event("input", { bubbles: true }));
    },
    setFields(map) {
        const fields = state.fields.get(state.current) ?? {};
        for (const [id, value] of Object.entries(map ?? {})) fields[String(id)] = String(value);
        state.fields.set(state.current, fields);
        renderTagsAndFields();
    },
    // The demo's own tickets about the same order (or, before a purchase, from the same alias).
    relatedTickets(query) {
        return relatedTickets(query ?? {});
    },
    // The sidebar's drafts (hosts/demo.js), in this page's own session storage.
    loadDraft(key) {
        return sessionStorage.getItem(`orderlens-sidebar:${key}`);
    },
    saveDraft(key, value) {
        if (value === null || value === undefined) sessionStorage.removeItem(`orderlens-sidebar:${key}`);
        else sessionStorage.setItem(`orderlens-sidebar:${key}`, String(value));
    },
    openTicket(id) {
        if (state.tickets.some((t) => t.id === String(id))) openTicket(String(id));
    },
    addTags(list) {
        const tags = state.tags.get(state.current) ?? new Set();
        for (const tag of list ?? []) tags.add(String(tag));
        state.tags.set(state.current, tags);
        renderTagsAndFields();
    },
};

/** Tickets naming the order id (subject or thread), or from the alias: newest first, this one left out. */
function relatedTickets({ ticketId, orderId, alias }) {
    const mentions = (t) => [t.subject, ...t.comments.map((c) => c.body_text ?? "")].some((text) => text.includes(orderId));
    const matches = orderId ? mentions : (t) => alias && t.requester.email.toLowerCase() === String(alias).toLowerCase();
    return state.tickets
        .filter((t) => t.id !== String(ticketId ?? state.current) && matches(t))
        .map((t) => ({
            id: t.id,
            subject: t.subject,
            url: ticketUrl(t.id),
            created_at: t.comments[0]?.created_at,
        }))
        .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
}

/** This page with the ticket open (hosts/demo.js opens such links here, not in a new tab). */
const ticketUrl = (id) => {
    const url = new URL(window.location.href);
    url.searchParams.set("ticket", id);
    return url.href;
};

window.addEventListener("message", (event) => {
    const from = sidebar();
    const msg = accept(event, from);
    if (!msg) return;
    if (msg.type === "resize") {
        frame.style.height = `${Math.max(0, Math.ceil(Number(msg.height) || 0))}px`;
        return;
    }
    if (msg.type !== "call") return;
    const call = Object.hasOwn(HOST_CALLS, msg.method) ? HOST_CALLS[msg.method] : null;
    try {
        if (!call) throw new Error(`unknown call ${msg.method}`);
        Promise.resolve(call(...(Array.isArray(msg.args) ? msg.args : [])))
            .then((value) => {
                // Only after the hello answer has left: a switch is never pushed ahead of it.
                if (msg.method === "hello") state.sidebarReady = true;
                send(from, { type: "reply", id: msg.id, ok: true, value: value ?? null });
            })
            .catch(fail);
    } catch (e) {
        fail(e);
    }
    function fail(e) {
        send(from, { type: "reply", id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
});

$("send").addEventListener("click", sendReply);
$("language").addEventListener("change", (e) => switchLanguage(e.target.value));

async function start() {
    renderLanguage();
    state.tickets = await loadTickets();
    const asked = new URLSearchParams(window.location.search).get("ticket");
    state.current = state.tickets.some((t) => t.id === asked) ? asked : state.tickets[0]?.id ?? null;
    renderList();
    renderTicket();
    ticketsLoaded();
}

start().catch((e) => {
    console.error(e);
    $("subject").textContent = `The demo could not load its tickets: ${e.message}`;
});
