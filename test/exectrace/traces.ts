// Test support: execution traces made by real Go programs with each toolchain on the machine,
// and the counts of the same toolchain's `go tool trace` dump of each, cached in $TMPDIR by
// toolchain version and program source so that repeated runs rebuild nothing.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { TraceCounts } from "../../src/exectrace/summary.js";
import { dumpLines } from "./event-line.js";
import { countsOfDump } from "./go-dump.js";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const TESTDATA = join(ROOT, "testdata", "exectrace");
// Kept between runs, so outside the temporary directory.
const CACHE =
  process.env.PANICSCOPE_TEST_CACHE ?? join(homedir(), ".cache", "panicscope", "test-traces");
const DEBIAN_GO = process.env.PANICSCOPE_DEBIAN_GO ?? "/opt/panicscope-go";

export interface GoToolchain {
  /** "1.22" … "1.27". */
  release: string;
  go: string;
  version: string;
  /** The reader of this release: -d=1 and Sync at generation ends before Go 1.25. */
  dumpFlag: string;
  syncAt: "generation-start" | "generation-end";
}

/** Debian's Go 1.22-1.25 and 1.27 (scripts/debian-go.sh, .ci/run) and the machine's Go. */
export const RELEASES = ["1.22", "1.23", "1.24", "1.25", "1.26", "1.27"];

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOENV: "off",
    GOTOOLCHAIN: "local",
    GOFLAGS: "-buildvcs=false",
    GOPROXY: "off",
    CGO_ENABLED: "0",
  };
}

export function goToolchain(release: string): GoToolchain | undefined {
  const go = release === "1.26" ? "go" : join(DEBIAN_GO, release, `usr/lib/go-${release}/bin/go`);
  if (go.includes("/") && !existsSync(go)) return undefined;
  const r = spawnSync(go, ["env", "GOVERSION"], { encoding: "utf8", env: env() });
  if (r.status !== 0 || !r.stdout.startsWith(`go${release}`)) return undefined;
  const minor = Number(release.split(".")[1]);
  return {
    release,
    go,
    version: r.stdout.trim(),
    dumpFlag: minor <= 23 ? "-d=1" : "-d=parsed",
    syncAt: minor <= 24 ? "generation-end" : "generation-start",
  };
}

/** Missing toolchain: a skip on a developer's machine, a failure in CI (.ci/run installs them). */
export function requireGo(
  t: { skip(msg: string): void },
  release: string,
): GoToolchain | undefined {
  const tc = goToolchain(release);
  if (tc === undefined) {
    const msg = `go${release} is not installed (.ci/run installs it with scripts/debian-go.sh)`;
    if (process.env.CI) throw new Error(msg);
    t.skip(msg);
  }
  return tc;
}

function hashDir(dir: string): string {
  const h = createHash("sha256");
  for (const name of readdirSync(dir).sort()) h.update(name).update(readFileSync(join(dir, name)));
  return h.digest("hex").slice(0, 16);
}

export interface MadeTrace {
  trace: string;
  /** Files the program wrote besides the trace (the flight recorder's crash text). */
  crash?: string;
  counts: TraceCounts;
}

/**
 * Builds a program (a folder with its go.mod above or in it), runs it with args where
 * OUT stands for the output path prefix, and dumps the trace with the same toolchain.
 */
export function makeTrace(
  tc: GoToolchain,
  module: string,
  pkg: string,
  args: string[],
  traceSuffix = "",
  godebug = "",
): MadeTrace {
  const key = `${tc.version}-${pkg.replace(/\W/g, "_")}-${hashDir(join(module, pkg))}-${args.join("_").replace(/\W/g, "_")}${godebug.replace(/\W/g, "_")}`;
  const dir = join(CACHE, key);
  const out = join(dir, "out");
  const trace = out + traceSuffix;
  const countsFile = join(dir, "counts.json");
  if (!existsSync(countsFile)) {
    const tmp = `${dir}.tmp${process.pid}`;
    mkdirSync(tmp, { recursive: true });
    const bin = join(tmp, "prog");
    const b = spawnSync(tc.go, ["build", "-o", bin, `./${pkg}`], {
      cwd: module,
      env: env(),
      encoding: "utf8",
    });
    if (b.status !== 0) throw new Error(`go build ${pkg} with ${tc.version}: ${b.stderr}`);
    const runArgs = args.map((a) => a.replace("OUT", join(tmp, "out")));
    const r = spawnSync(bin, runArgs, {
      env: {
        ...env(),
        GODEBUG: `traceadvanceperiod=40000000${godebug !== "" ? `,${godebug}` : ""}`,
      },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`${pkg} (${tc.version}) failed: ${r.stderr}`);
    const d = spawnSync(tc.go, ["tool", "trace", tc.dumpFlag, join(tmp, `out${traceSuffix}`)], {
      env: env(),
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (d.status !== 0)
      throw new Error(`go tool trace ${tc.dumpFlag} (${tc.version}): ${d.stderr}`);
    writeFileSync(join(tmp, "counts.json"), JSON.stringify(countsOfDump(d.stdout)));
    mkdirSync(CACHE, { recursive: true });
    if (!existsSync(dir)) renameSync(tmp, dir);
  }
  const counts = JSON.parse(readFileSync(countsFile, "utf8")) as TraceCounts;
  return { trace, counts, ...(existsSync(`${out}.txt`) ? { crash: `${out}.txt` } : {}) };
}

/**
 * Go 1.26's `go tool trace -d=parsed` of a trace, one line an event as dumpLines gives them,
 * kept beside the trace in the cache (Go's reader of 1.26 reads every format since 1.11).
 */
export function go126Lines(tc: GoToolchain, trace: string): string[] {
  const cached = `${trace}.go126-lines.json`;
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as string[];
  const d = spawnSync(tc.go, ["tool", "trace", "-d=parsed", trace], {
    env: env(),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (d.status !== 0) throw new Error(`go tool trace -d=parsed (${tc.version}): ${d.stderr}`);
  const lines = dumpLines(d.stdout);
  writeFileSync(`${cached}.tmp${process.pid}`, JSON.stringify(lines));
  renameSync(`${cached}.tmp${process.pid}`, cached);
  return lines;
}
