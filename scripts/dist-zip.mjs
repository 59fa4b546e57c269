// A small, dependency-free zip writer and reader (deflate, no zip64), so `make dist` needs no
// `zip` binary and the package tests can open what `make dist` wrote.
// Entries get a fixed timestamp: the same inputs give the same bytes.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/** Every file under `dir`, as [{ name: "a/b.js", data: Buffer }], sorted by name. */
export function filesUnder(dir) {
    const out = [];
    (function walk(d) {
        for (const name of readdirSync(d)) {
            const p = join(d, name);
            if (statSync(p).isDirectory()) walk(p);
            else out.push({ name: relative(dir, p).split(sep).join("/"), data: readFileSync(p) });
        }
    })(dir);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The zip archive (a Buffer) holding `entries` ([{name, data}]) at the archive's root. */
export function zip(entries) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const { name, data } of entries) {
        const nameBytes = Buffer.from(name, "utf8");
        const packed = deflateRawSync(data, { level: 9 });
        const crc = crc32(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4); // version needed
        local.writeUInt16LE(0x0800, 6); // UTF-8 names
        local.writeUInt16LE(8, 8); // deflate
        local.writeUInt16LE(0, 10); // time 00:00
        local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(nameBytes.length, 26);
        local.writeUInt16LE(0, 28);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(0x0314, 4); // made by: unix, 2.0
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(8, 10);
        central.writeUInt16LE(0, 12);
        central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(packed.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(nameBytes.length, 28);
        central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
        central.writeUInt32LE(offset, 42);
        locals.push(local, nameBytes, packed);
        centrals.push(central, nameBytes);
        offset += local.length + nameBytes.length + packed.length;
    }
    const dir = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, dir, end]);
}

/** The entries of a zip archive as a Map name → Buffer (stored and deflated entries). */
export function unzip(buf) {
    const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endAt < 0) throw new Error("not a zip archive (no end of central directory)");
    const count = buf.readUInt16LE(endAt + 10);
    let p = buf.readUInt32LE(endAt + 16);
    const out = new Map();
    for (let i = 0; i < count; i++) {
        if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("broken central directory");
        const method = buf.readUInt16LE(p + 10);
        const packedSize = buf.readUInt32LE(p + 20);
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        const localAt = buf.readUInt32LE(p + 42);
        const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
        const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
        const packed = buf.subarray(dataAt, dataAt + packedSize);
        if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported compression ${method}`);
        out.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}
