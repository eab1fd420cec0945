// Test support: the programs of testdata/live built with the machine's Go (cached by source, as
// test/binary does) and started as running processes serving net/http/pprof on a loopback port.

import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { CACHE, goEnv, requireToolchain } from "../binary/toolchains.js";

export const LIVE = join(import.meta.dirname, "../../../testdata/live");
const MAIN = join(import.meta.dirname, "../../src/cli/main.js");

/** Runs the command line (asynchronously: the test's own servers keep answering meanwhile). */
export function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

/** Builds testdata/live/<name> with a Go toolchain; undefined (the test skipped) without it. */
export function buildLive(
  t: { skip(msg: string): void },
  name: string,
  toolchain: "go" | "go1.19" | "go1.27" = "go",
): string | undefined {
  const tc = requireToolchain(t, toolchain);
  if (tc === undefined) return undefined;
  // The binary keeps its source paths: a checkout elsewhere builds its own.
  const h = createHash("sha256")
    .update(tc.version)
    .update(LIVE)
    .update(readFileSync(join(LIVE, "go.mod")));
  for (const file of readdirSync(join(LIVE, name)).sort())
    h.update(file).update(readFileSync(join(LIVE, name, file)));
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `live-${name}-${h.digest("hex").slice(0, 16)}`);
  if (existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  execFileSync(tc.go, ["build", "-o", tmp, `./${name}`], {
    cwd: LIVE,
    env: goEnv({}),
    stdio: ["ignore", "ignore", "pipe"],
  });
  renameSync(tmp, out);
  return out;
}

export interface LiveProcess {
  /** `http://127.0.0.1:PORT` */
  base: string;
  child: ChildProcess;
  stop(): void;
}

/** Starts a program and waits for its `listening on http://ADDR` line. */
export function startLive(bin: string, args: string[] = []): Promise<LiveProcess> {
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "inherit"] });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  process.on("exit", stop);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${bin} did not say where it listens within 20s: ${out}`));
    }, 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)\n/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve({ base: m[1] as string, child, stop });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${bin} exited (${code}) before listening: ${out}`));
    });
  });
}
