#!/usr/bin/env node
// Draws the orderlens logo (a magnifying lens over an order slip) as real PNG files with
// nothing but node's zlib, so the committed logos can be regenerated on any machine:
//   node scripts/dist-logos.mjs
// writes the Zendesk logos (320×320 and 128×128, the sizes Zendesk asks for) and the extension's
// toolbar and store icons (16, 32, 48, 128).
import { crc32, deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ORANGE = [255, 153, 0];
const INK = [35, 47, 62];
const PAPER = [255, 255, 255];

/** RGBA pixels of the logo at `size`×`size`, drawn in unit coordinates with 4×4 supersampling. */
function draw(size) {
    const px = Buffer.alloc(size * size * 4);
    const S = 4;
    for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
            let acc = [0, 0, 0, 0];
            for (let sy = 0; sy < S; sy++) {
                for (let sx = 0; sx < S; sx++) {
                    const u = (x + (sx + 0.5) / S) / size;
                    const v = (y + (sy + 0.5) / S) / size;
                    const c = colourAt(u, v);
                    if (c) acc = [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2], acc[3] + 1];
                }
            }
            const n = S * S;
            const i = (y * size + x) * 4;
            const a = acc[3];
            px[i] = a ? Math.round(acc[0] / a) : 0;
            px[i + 1] = a ? Math.round(acc[1] / a) : 0;
            px[i + 2] = a ? Math.round(acc[2] / a) : 0;
            px[i + 3] = Math.round((255 * a) / n);
        }
    }
    return px;
}

/** The colour at (u, v) in [0,1]², or null where the logo is transparent. */
function colourAt(u, v) {
    if (!inRoundedSquare(u, v, 0.04, 0.18)) return null;
    const dx = u - 0.44, dy = v - 0.44, r = Math.hypot(dx, dy);
    // Handle of the lens, a thick line towards the lower right.
    const t = ((u - 0.6) + (v - 0.6)) / 2;
    const off = Math.abs((u - 0.6) - (v - 0.6)) / Math.SQRT2;
    if (t > 0 && t < 0.2 && off < 0.055) return INK;
    if (r < 0.26 && r > 0.2) return INK;
    if (r <= 0.2) {
        // Order slip lines inside the lens.
        for (const ly of [0.36, 0.44, 0.52]) if (Math.abs(v - ly) < 0.022 && Math.abs(u - 0.44) < 0.12) return INK;
        return PAPER;
    }
    return ORANGE;
}

function inRoundedSquare(u, v, margin, radius) {
    const lo = margin + radius, hi = 1 - margin - radius;
    const cx = Math.min(Math.max(u, lo), hi), cy = Math.min(Math.max(v, lo), hi);
    return Math.hypot(u - cx, v - cy) <= radius && u >= margin && u <= 1 - margin && v >= margin && v <= 1 - margin;
}

function chunk(type, data) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
}

export function png(size) {
    const px = draw(size);
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(size, 0);
    ihdr.writeUInt32BE(size, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    const rows = [];
    for (let y = 0; y < size; y++) {
        rows.push(Buffer.from([0]), px.subarray(y * size * 4, (y + 1) * size * 4));
    }
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk("IHDR", ihdr),
        chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
        chunk("IEND", Buffer.alloc(0)),
    ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const out = {
        "packaging/zendesk/assets/logo.png": 320,
        "packaging/zendesk/assets/logo-small.png": 128,
        "www/extension/icons/icon-16.png": 16,
        "www/extension/icons/icon-32.png": 32,
        "www/extension/icons/icon-48.png": 48,
        "www/extension/icons/icon-128.png": 128,
    };
    for (const [path, size] of Object.entries(out)) {
        const file = new URL(`../${path}`, import.meta.url);
        mkdirSync(new URL(".", file), { recursive: true });
        writeFileSync(file, png(size));
        console.log(`wrote ${path} (${size}×${size})`);
    }
}
