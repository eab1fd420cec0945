// Test support: the Go toolchains on the machine, and binaries built with them from testdata/,
// cached by content so that repeated runs do not rebuild.

import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const TESTDATA = join(ROOT, "testdata", "binary");
// Kept between runs (building takes minutes), so outside the temporary directory.
export const CACHE =
  process.env.PANICSCOPE_TEST_CACHE ?? join(homedir(), ".cache", "panicscope", "test-bins");
/** Where scripts/debian-go.sh unpacks Debian's Go packages. */
export const DEBIAN_GO = process.env.PANICSCOPE_DEBIAN_GO ?? "/opt/panicscope-go";

export interface Toolchain {
  name: string;
  go: string;
  version: string;
}

function probe(name: string, go: string): Toolchain | undefined {
  if (go.includes("/") && !existsSync(go)) return undefined;
  const r = spawnSync(go, ["env", "GOVERSION"], { encoding: "utf8", env: goEnv({}) });
  if (r.status !== 0) return undefined;
  return { name, go, version: r.stdout.trim() };
}

const found = new Map<string, Toolchain | undefined>();

/** go1.26+ on PATH, Debian's go1.19, Debian sid's go1.27 (installed by .ci/run). */
export function toolchain(name: "go" | "go1.19" | "go1.27"): Toolchain | undefined {
  if (!found.has(name)) {
    const path =
      name === "go"
        ? "go"
        : name === "go1.19"
          ? "/usr/lib/go-1.19/bin/go"
          : join(DEBIAN_GO, "1.27/usr/lib/go-1.27/bin/go");
    found.set(name, probe(name, path));
  }
  return found.get(name);
}

/** A toolchain the tests need: missing is a skip on a developer's machine and a failure in CI. */
export function requireToolchain(
  t: { skip(msg: string): void },
  name: "go" | "go1.19" | "go1.27",
): Toolchain | undefined {
  const tc = toolchain(name);
  if (tc === undefined) {
    const msg = `${name} is not installed (.ci/run installs it: see scripts/debian-go.sh)`;
    if (process.env.CI) throw new Error(msg);
    t.skip(msg);
  }
  return tc;
}

export function goEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOENV: "off",
    GOTOOLCHAIN: "local",
    GOFLAGS: "-buildvcs=false",
    GOPROXY: "off",
    CGO_ENABLED: "0",
    ...extra,
  };
}

export interface BuildSpec {
  /** Program folder under testdata/binary. */
  dir: string;
  tc: Toolchain;
  env?: Record<string, string>;
  flags?: string[];
  /** File name suffix (".exe" for Windows). */
  ext?: string;
}

function hashDir(dir: string, h: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashDir(p, h);
    else h.update(name).update(readFileSync(p));
  }
}

/** Builds (or reuses) a binary; returns its path. */
export function build(spec: BuildSpec): string {
  const src = join(TESTDATA, spec.dir);
  const h = createHash("sha256");
  // The binary holds its source's absolute path (no -trimpath), and the tests compare the paths
  // it gives with those of `go tool addr2line`: a binary built in another checkout is not this one's.
  h.update(src);
  hashDir(src, h);
  h.update(JSON.stringify([spec.tc.version, spec.tc.go, spec.env ?? {}, spec.flags ?? []]));
  const key = h.digest("hex").slice(0, 16);
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `${spec.dir}-${key}${spec.ext ?? ""}`);
  if (existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  execFileSync(spec.tc.go, ["build", "-o", tmp, ...(spec.flags ?? []), "."], {
    cwd: src,
    env: goEnv(spec.env ?? {}),
    stdio: ["ignore", "ignore", "pipe"],
  });
  renameSync(tmp, out);
  return out;
}

/** `go tool addr2line BIN` fed `pcs`; the raw output. */
export function goAddr2line(tc: Toolchain, bin: string, input: string): string {
  return execFileSync(tc.go, ["tool", "addr2line", bin], {
    input,
    env: goEnv({}),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
}

export function goVersionM(tc: Toolchain, bin: string): string {
  return execFileSync(tc.go, ["version", "-m", bin], { env: goEnv({}), encoding: "utf8" });
}

/** Runs a binary; returns stdout and stderr whatever its exit status. */
export function run(
  bin: string,
  args: string[],
  env: Record<string, string> = {},
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(bin, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
