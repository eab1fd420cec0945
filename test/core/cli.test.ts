// `panicscope core BINARY CORE` end to end: the crash document it prints is the one `analyze`
// prints for the runtime's own stderr of the same crash — same rule, message, signal, crash
// site and fingerprint — and a core that is not the binary's is one clear line, exit 1.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
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

type Listed = {
  id: number;
  state: string;
  waitMinutes: number;
  frames: { func: string; file: string; line: number; offset?: number; inlined: boolean }[];
};

/** A document's goroutine list as id, state, wait and frames (arguments are not in a core). */
function listed(crash: Record<string, unknown>): string[] {
  const gs = crash.goroutines as Listed[] | undefined;
  assert.ok(gs !== undefined, "no goroutines in the document");
  return gs.map(
    (g) =>
      `${g.id} [${g.state}, ${g.waitMinutes}] ${g.frames.map((f) => `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line} +${f.offset ?? "-"}`).join(" ")}`,
  );
}

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
      // --goroutines: every goroutine, with the stack the runtime printed.
      assert.deepEqual(listed(mine), listed(theirs));
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

  it("the terminal view answers on its first screen: the fault, its instruction, the crash site", {
    skip: tc === undefined,
  }, () => {
    const run = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const r = panicscope(["core", "--no-color", run.binary, run.core]);
    assert.equal(r.status, 0, r.stderr);
    const screen = r.stdout.split("\n").slice(0, 24);
    assert.equal(
      screen[0],
      "panic: runtime error: invalid memory address or nil pointer dereference",
    );
    // The core's path alone: a core has no lines to point at.
    assert.equal(
      screen[1],
      `  nil-deref · goroutine 1 · 9 goroutines · ${tc!.version} · ${run.core}`,
    );
    assert.match(screen[2]!, /^ {2}SIGSEGV: segmentation violation addr=0x20 pc=0x[0-9a-f]+$/);
    assert.ok(
      screen.includes(
        "  fault   read of the field at offset 0x20 through a nil pointer (rcx is nil)",
      ),
      screen.join("\n"),
    );
    assert.ok(
      screen.some((l) =>
        /^ {2}crash site {2}main\.useOuter {2}\S+\/testdata\/core\/crash\/main\.go:35$/.test(l),
      ),
      screen.join("\n"),
    );
  });

  it("the files the wrong way round, a missing file, a directory: one line naming it, exit 1", {
    skip: tc === undefined,
  }, () => {
    const run = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const dir = tempDir("panicscope-core-");
    const gz = join(dir, "core.gz");
    writeFileSync(gz, gzipSync(readFileSync(run.core), { level: 1 }));
    const missing = join(dir, "no-such-core");
    for (const [args, message] of [
      [
        [run.core, run.binary],
        `${run.core} is a core file, not an executable: give the BINARY first, then the CORE`,
      ],
      [
        [gz, run.binary],
        `${gz} is gzip-compressed, not an executable: give the BINARY first (uncompressed), then the CORE`,
      ],
      [[run.binary, missing], `cannot read ${missing}: no such file`],
      [[missing, run.core], `cannot read ${missing}: no such file`],
      [[run.binary, dir], `cannot read ${dir}: a directory`],
    ] as const) {
      const r = panicscope(["core", ...args]);
      assert.deepEqual(
        { status: r.status, stdout: r.stdout, stderr: r.stderr },
        { status: 1, stdout: "", stderr: `panicscope: ${message}\n` },
      );
    }
  });

  it("a core of another binary: one line, exit 1", { skip: tc === undefined }, () => {
    const a = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const b = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const r = panicscope(["core", a.binary, b.core]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(
      r.stderr,
      new RegExp(
        `^panicscope: the core does not belong to ${a.binary}: the process started at 0x[0-9a-f]+, the binary's entry is 0x[0-9a-f]+ \\(the core of "${b.binary} segv"\\)\n$`,
      ),
    );
  });
});
