// The Go module (go/) is tested by its own Go tests, which crash real programs and check what
// reached a real HTTP server. This runs them with Go 1.23 (the oldest release the module
// supports: Debian bookworm-backports' golang-1.23-go, unpacked by scripts/debian-go.sh) and
// with the newest Go on the machine, under the race detector, plus go vet and staticcheck.
// In CI (CI set) nothing may be skipped: a missing toolchain fails, and so does a Go test that
// skipped itself.

import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";

const ROOT = resolve(import.meta.dirname, "../../..");
const MODULES = [join(ROOT, "go"), join(ROOT, "go", "otel")];
const DEBIAN_GO = process.env.PANICSCOPE_DEBIAN_GO ?? "/opt/panicscope-go";

/** The folder holding a toolchain's `go`, or undefined when it is not installed. The newest is
 * the highest release among the `go` on PATH and the Debian toolchains beside 1.23 (.ci/run
 * unpacks Go 1.27 from sid, newer than the machine's own). */
function toolchainBin(name: "go1.23" | "newest"): string | undefined {
  if (name === "go1.23") {
    const bin = join(DEBIAN_GO, "1.23/usr/lib/go-1.23/bin");
    return existsSync(join(bin, "go")) ? bin : undefined;
  }
  const bins = [pathGoBin()].filter((bin) => bin !== undefined);
  if (existsSync(DEBIAN_GO)) {
    for (const v of readdirSync(DEBIAN_GO)) bins.push(join(DEBIAN_GO, v, `usr/lib/go-${v}/bin`));
  }
  let newest: { bin: string; version: number[] } | undefined;
  for (const bin of bins) {
    const r = spawnSync(join(bin, "go"), ["env", "GOVERSION"], {
      encoding: "utf8",
      env: goEnv(bin),
    });
    const m = r.status === 0 ? /^go(\d+)\.(\d+)(?:\.(\d+))?$/.exec(r.stdout.trim()) : null;
    if (m === null) continue; // not installed, or a development build
    const version = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (newest === undefined || compareVersions(version, newest.version) > 0)
      newest = { bin, version };
  }
  return newest?.bin;
}

/** The folder of the `go` on PATH (staticcheck runs with the Go it was built with). */
function pathGoBin(): string | undefined {
  const r = spawnSync("go", ["env", "GOROOT"], { encoding: "utf8", env: goEnv(undefined) });
  return r.status === 0 ? join(r.stdout.trim(), "bin") : undefined;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function goEnv(bin: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: bin === undefined ? process.env.PATH : `${bin}:${process.env.PATH ?? ""}`,
    GOTOOLCHAIN: "local",
    GOFLAGS: "",
  };
}

/** Go's `-v` output without the lines that only say a test started, paused, went on or passed:
 * what is left is what failed and why, short enough to survive a CI log's truncation. */
function failures(output: string): string {
  return output
    .split("\n")
    .filter((l) => !/^=== (RUN|PAUSE|CONT|NAME)\s/.test(l) && !/^\s*--- PASS:/.test(l))
    .join("\n");
}

function go(bin: string, dir: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(join(bin, "go"), args, {
    cwd: dir,
    env: goEnv(bin),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

for (const name of ["go1.23", "newest"] as const) {
  test(`the Go module passes go vet and go test -race with ${name}`, (t) => {
    const bin = toolchainBin(name);
    if (bin === undefined) {
      const msg = `${name} is not installed (.ci/run installs it: see scripts/debian-go.sh)`;
      if (process.env.CI) throw new Error(msg);
      t.skip(msg);
      return;
    }
    t.diagnostic(go(bin, ROOT, ["version"]).output.trim());
    for (const dir of MODULES) {
      const vet = go(bin, dir, ["vet", "./..."]);
      assert.equal(vet.status, 0, `go vet in ${dir}:\n${vet.output}`);
      const run = go(bin, dir, ["test", "-race", "-count=1", "-v", "./..."]);
      assert.equal(run.status, 0, `go test in ${dir} with ${name}:\n${failures(run.output)}`);
      assert.match(run.output, /^ok\s/m);
      const skipped = run.output.split("\n").filter((l) => l.trimStart().startsWith("--- SKIP"));
      if (process.env.CI) assert.deepEqual(skipped, [], `skipped in CI:\n${run.output}`);
    }
  });
}

// With PATH's go (the one staticcheck was built with: it cannot read a newer release's standard
// library) and with Go 1.23, which checks the files of older releases (flight_stub.go).
test("the Go module is staticcheck-clean", (t) => {
  const staticcheck = process.env.PANICSCOPE_STATICCHECK;
  const bins = [pathGoBin(), toolchainBin("go1.23")];
  if (staticcheck === undefined || !existsSync(staticcheck) || bins.includes(undefined)) {
    const msg =
      "staticcheck or a Go is not installed (.ci/run installs them and sets PANICSCOPE_STATICCHECK)";
    if (process.env.CI) throw new Error(msg);
    t.skip(msg);
    return;
  }
  const path: string = staticcheck;
  for (const bin of bins) {
    for (const dir of MODULES) {
      const out: SpawnSyncReturns<string> = spawnSync(path, ["./..."], {
        cwd: dir,
        env: goEnv(bin),
        encoding: "utf8",
      });
      assert.equal(out.status, 0, `staticcheck in ${dir} with ${bin}:\n${out.stdout}${out.stderr}`);
    }
  }
});
