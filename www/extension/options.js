// Options page: the proxy URL and token (kept in the extension's local storage, which only the
// extension's own pages can read) and the seller name for reply templates.
const api = globalThis.browser ?? globalThis.chrome;
const form = document.getElementById("options");
const status = document.getElementById("status");
const FIELDS = ["proxyUrl", "proxyToken", "sellerName"];

document.getElementById("origin").textContent = location.origin;

const saved = await api.storage.local.get(FIELDS);
for (const name of FIELDS) form.elements[name].value = typeof saved[name] === "string" ? saved[name] : "";

/** https anywhere; plain http only to this machine (a local sandbox proxy). */
function proxyUrlProblem(value) {
    let u;
    try {
        u = new URL(value);
    } catch {
        return "That is not a URL.";
    }
    const local = ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
    if (u.protocol !== "https:" && !(u.protocol === "http:" && local)) return "Use https:// (plain http only for a proxy on this computer).";
    if (u.search || u.hash || u.username) return "Leave out query, fragment and user name.";
    return null;
}

form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const proxyUrl = form.elements.proxyUrl.value.trim().replace(/\/+$/, "");
    const problem = proxyUrlProblem(proxyUrl);
    if (problem) {
        status.textContent = problem;
        return;
    }
    await api.storage.local.set({
        proxyUrl,
        proxyToken: form.elements.proxyToken.value.trim(),
        sellerName: form.elements.sellerName.value.trim(),
    });
    status.textContent = "Saved.";
});
