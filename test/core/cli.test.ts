// `panicscope core BINARY CORE` end to end: the crash document it prints is the one `analyze`
// prints for the runtime's own stderr of the same crash — same rule, message, signal, crash
// site and fingerprint — and a core that is not the binary's is one clear line, exit 1.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../binary/toolchains.js";
import { tempDir } from "../temp-dir.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";

const cli = join(ROOT, "dist/src/cli/main.js");
const why = coreUnavailable();

function panicscope(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

type Doc = { schema: string; crashes: Record<string, unknown>[] };

const SAME = ["kind", "category", "rule", "message", "signal", "fatal", "frame", "fingerprint"];

describe("panicscope core", { skip: why }, () => {
  const tc = why === undefined ? coreToolchains()[0] : undefined;
  for (const args of [["segv"], ["panic"], ["deadlock"], ["many", "2000"]]) {
    it(`${args.join(" ")}: the document equals analyze's of the runtime's stderr`, {
      skip: tc === undefined,
    }, () => {
      const run = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], args);
      const core = panicscope(["core", "--json", "--goroutines", run.binary, run.core]);
      assert.equal(core.status, 0, core.stderr);
      const text = spawnSync(process.execPath, [cli, "analyze", "--json", "--goroutines", "-"], {
        input: run.stderr,
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      const a = JSON.parse(core.stdout) as Doc;
      const b = JSON.parse(text.stdout) as Doc;
      assert.equal(a.schema, "panicscope/analysis@1");
      assert.equal(a.crashes.length, 1);
      const [mine, theirs] = [a.crashes[0]!, b.crashes[0]!];
      for (const key of SAME) assert.deepEqual(mine[key], theirs[key], key);
      assert.equal((mine.goroutines as unknown[]).length, (theirs.goroutines as unknown[]).length);
    });
  }

  it("analyze --core --binary prints the same document; --html writes the report", {
    skip: tc === undefined,
  }, () => {
    const run = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const core = panicscope(["core", "--json", "--goroutines", run.binary, run.core]);
    const analyze = panicscope([
      "analyze",
      "--json",
      "--goroutines",
      "--core",
      run.core,
      "--binary",
      run.binary,
    ]);
    assert.equal(analyze.status, 0, analyze.stderr);
    assert.equal(analyze.stdout, core.stdout);
    const doc = JSON.parse(core.stdout) as Doc;
    const binary = doc.crashes[0]!.binary as { fault: { summary: string; func: string } };
    assert.equal(binary.fault.func, "main.useOuter");
    const html = join(tempDir("panicscope-core-"), "report.html");
    const r = panicscope(["core", "--html", html, run.binary, run.core]);
    assert.equal(r.status, 0, r.stderr);
    const page = readFileSync(html, "utf8");
    assert.ok(page.startsWith("<!doctype html>"));
    assert.ok(page.includes("main.useOuter"));
    assert.ok(page.includes("nil-pointer-dereference"));
  });

  it("a core of another binary: one line, exit 1", { skip: tc === undefined }, () => {
    const a = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const b = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const r = panicscope(["core", a.binary, b.core]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^panicscope: the core does not belong to \S+: .*\n$/);
  });
});
