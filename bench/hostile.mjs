#!/usr/bin/env node
// Hostile bodies against a real `panicscope serve` (fresh SQLite store, default 10 MB limit),
// one server per body: the status, the time to answer and the server's peak memory (VmHWM,
// Linux) for each. Run after `npm run build`.
//
//   node bench/hostile.mjs

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const tiny = readFileSync("testdata/go/go1.26/goroutine-panic.none.txt", "utf8");
const nilDeref = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const deep = `${"[".repeat(100_000)}0${"]".repeat(100_000)}`;
const text = { "content-type": "text/plain" };
const json = { "content-type": "application/json" };
const cases = [
  ["idle server (no request)", null],
  ["10⁵ crashes, 4.2 MB text", `${tiny}\n`.repeat(100_000), text],
  ["one line of 9.5 MB", "x".repeat(9_500_000), text],
  ["a 9.5 MB panic headline", nilDeref.replace("\n", `${"x".repeat(9_500_000)}\n`), text],
  [
    "a headline of 10⁶ words",
    nilDeref.replace("\n", ` ${Array.from({ length: 1_000_000 }, (_, i) => `w${i}`).join(" ")}\n`),
    text,
  ],
  ["invalid UTF-8, 9.5 MB", Buffer.alloc(9_500_000, 0xff), text],
  ["JSON nested 10⁵ deep", `{"schema":"panicscope/report@1","text":"x","x":${deep}}`, json],
  [
    "gzip bomb, 1 GB of spaces",
    gzipSync(Buffer.alloc(1 << 30, 0x20)),
    { ...json, "content-encoding": "gzip" },
  ],
  ["10 MB + 1 byte", Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), json],
];

for (const [name, body, headers] of cases) {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-bench-hostile-"));
  const server = spawn(
    process.execPath,
    ["dist/src/cli/main.js", "serve", "--db", dir, "--port", "0"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const url = await new Promise((resolve, reject) => {
    let seen = "";
    server.stderr.on("data", (chunk) => {
      seen += chunk;
      const match = /listening on (\S+)/.exec(seen);
      if (match) resolve(match[1]);
    });
    server.on("exit", (code) => reject(new Error(`server exited ${code}: ${seen}`)));
  });
  let status = "-";
  let ms = 0;
  if (body !== null) {
    const start = performance.now();
    const response = await fetch(`${url}/api/v1/crashes`, { method: "POST", headers, body });
    await response.arrayBuffer();
    ms = performance.now() - start;
    status = response.status;
  }
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1];
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `${name.padEnd(28)} ${String(status).padStart(3)}  ${ms.toFixed(0).padStart(5)} ms  peak RSS ${(Number(peak) / 1024).toFixed(0)} MB`,
  );
}
