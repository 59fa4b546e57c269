// A faithful fake of the Freshworks platform 3.0 front-end client for a ticket_sidebar app, made
// from the package's own config: invokeTemplate renders config/requests.json with context and
// iparams the way the platform does (secure iparams only inside schema.headers), refuses
// templates the manifest does not declare, performs the HTTP call, and answers
// {status, headers, response: "<string>"} (rejecting with the same shape on non-2xx).
import { readFileSync } from "node:fs";
import { join } from "node:path";

// `<%= iparam.x %>`, `<%= context.x %>`, and `<%= encode(iparam.x) %>` (Base64, for Basic auth).
const TAG = /<%=\s*(encode\()?([a-zA-Z_.]+)\)?\s*%>/g;

/** `dir`: an unpacked Freshworks app. `data`: answers of client.data.get by name. */
export function fakeFreshworks({ dir, iparams, data, resolveHost }) {
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    const templates = JSON.parse(readFileSync(join(dir, "config", "requests.json"), "utf8"));
    const iparamSpec = JSON.parse(readFileSync(join(dir, "config", "iparams.json"), "utf8"));
    const secure = new Set(Object.keys(iparamSpec).filter((k) => iparamSpec[k].secure));
    const calls = { invokeTemplate: [], trigger: [], resize: [], sent: [] };
    const handlers = {};
    let failTrigger = () => false;

    function render(text, context, allowSecure) {
        return String(text).replace(TAG, (_, encode, path) => {
            const [scope, name] = path.split(".");
            let value;
            if (scope === "context") value = String(context?.[name] ?? "");
            else if (scope === "iparam") {
                if (secure.has(name) && !allowSecure) throw new Error(`secure iparam ${name} used outside schema.headers`);
                value = String(iparams[name] ?? "");
            } else throw new Error(`unknown template variable ${path}`);
            return encode ? Buffer.from(value).toString("base64") : value;
        });
    }

    const client = {
        events: { on: (name, cb) => ((handlers[name] ??= []).push(cb)) },
        data: {
            async get(name) {
                if (!(name in data)) throw { status: 400, message: `Invalid data API: ${name}` };
                return { [name]: structuredClone(data[name]) };
            },
        },
        // Front-end code cannot read secure iparams.
        iparams: { get: async () => Object.fromEntries(Object.entries(iparams).filter(([k]) => !secure.has(k))) },
        interface: {
            async trigger(action, options) {
                calls.trigger.push({ action, options });
                if (failTrigger(action, options)) throw { message: `${action} ${options.id} is not available now` };
                return { success: true };
            },
        },
        instance: { resize: (size) => calls.resize.push(size) },
        request: {
            async invokeTemplate(name, options = {}) {
                calls.invokeTemplate.push({ name, options });
                if (!(name in (manifest.modules?.common?.requests ?? {})) || !templates[name]) {
                    throw { status: 400, headers: {}, response: "Requested function not found or registered", errorSource: "APP" };
                }
                const s = templates[name].schema;
                const headers = Object.fromEntries(Object.entries(s.headers ?? {}).map(([k, v]) => [k, render(v, options.context, true)]));
                const host = render(s.host, options.context, false);
                const query = new URLSearchParams(Object.entries(s.query ?? {}).map(([k, v]) => [k, render(v, options.context, false)]));
                const path = render(s.path, options.context, false);
                const base = resolveHost(host, s.protocol ?? "https");
                const url = `${base}${path}${query.size ? `?${query}` : ""}`;
                calls.sent.push({ name, url, method: s.method, headers });
                const res = await fetch(url, { method: s.method, headers, body: s.method === "POST" ? options.body : undefined });
                const answer = { status: res.status, headers: Object.fromEntries(res.headers), response: await res.text() };
                if (!res.ok) throw answer;
                return answer;
            },
        },
    };

    return {
        app: { initialized: async () => client },
        client,
        calls,
        activate: () => (handlers["app.activated"] ?? []).forEach((cb) => cb()),
        failTriggerWhen: (fn) => (failTrigger = fn),
    };
}
