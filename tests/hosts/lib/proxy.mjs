// `orderlens serve --sandbox` on a free loopback port, stopped by stop().
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { orderlensBinary } from "./paths.mjs";

export function freePort() {
    return new Promise((resolve, reject) => {
        const s = createServer();
        s.once("error", reject);
        s.listen(0, "127.0.0.1", () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

/** Starts the sandbox proxy; `config` holds extra TOML lines (tokens, allowed_origins). */
export async function startProxy(config = "") {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "orderlens-proxy-"));
    const file = join(dir, "orderlens.toml");
    writeFileSync(file, `listen = "127.0.0.1:${port}"\nsandbox = true\n${config}\n`);
    const child = spawn(orderlensBinary(), ["serve", "--sandbox", "--config", file], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`orderlens serve exited (${child.exitCode}): ${stderr}`);
        try {
            if ((await fetch(`${url}/v1/health`)).ok) break;
        } catch {}
        if (Date.now() > deadline) {
            child.kill();
            throw new Error(`orderlens serve did not answer on ${url}: ${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    return {
        url,
        port,
        async stop() {
            if (child.exitCode === null) {
                const exited = new Promise((r) => child.once("exit", r));
                child.kill("SIGTERM");
                await exited;
            }
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
