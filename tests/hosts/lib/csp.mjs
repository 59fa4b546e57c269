// Content-Security-Policy <meta> tags of the packaged pages, read and compared directive by directive.

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">` as directive → sources. */
export function metaPolicy(html) {
    const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    if (!tag) return null;
    const policy = new Map();
    for (const part of tag[1].split(";")) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (name) policy.set(name.toLowerCase(), new Set(sources));
    }
    return policy;
}

/**
 * What makes `page` looser than `reference`: a directive the reference has and the page lacks, or
 * a source the reference does not allow, beyond `extra` ({directive: [sources]}). Empty when the
 * page is as strict as the reference apart from what the host's own scripts need.
 */
export function looserThan(page, reference, extra = {}) {
    const found = [];
    for (const [name, sources] of reference) {
        const mine = page.get(name);
        if (!mine) {
            found.push(`${name} is missing`);
            continue;
        }
        for (const s of mine) if (!sources.has(s) && !(extra[name] ?? []).includes(s)) found.push(`${name} allows ${s}`);
    }
    for (const name of page.keys()) if (!reference.has(name)) found.push(`${name} is not in the reference policy`);
    return found;
}
