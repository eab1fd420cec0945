// `panicscope analyze --binary`: real crashes and profiles of binaries built here, analysed with
// the binary that printed them (and with one that did not).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Frame } from "../../src/model.js";
import { tempDir } from "../temp-dir.js";
import { build, ROOT, requireToolchain, run } from "./toolchains.js";

const cli = join(ROOT, "dist/src/cli/main.js");
const dir = tempDir("panicscope-analyze-");

function analyze(
  text: string,
  args: string[],
  // biome-ignore lint/suspicious/noExplicitAny: the CLI's JSON, read field by field below
): { json: any; stderr: string; status: number | null; stdout: string } {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [cli, "analyze", ...args, file], { encoding: "utf8" });
  // biome-ignore lint/suspicious/noExplicitAny: the CLI's JSON, read field by field below
  let json: any = null;
  if (args.includes("--json")) json = JSON.parse(r.stdout);
  return { json, stderr: r.stderr, status: r.status, stdout: r.stdout };
}

/** What pprof's debug=1 output shows of a stack: runtime frames at its start and goexit hidden. */
function pprofShown(frames: Frame[]): string[] {
  let show = false;
  const out: string[] = [];
  for (const f of frames) {
    if (f.func === "runtime.goexit") continue;
    if (!show && (f.func.startsWith("runtime.") || f.func.startsWith("internal/runtime/")))
      continue;
    show = true;
    out.push(`${f.func}+0x${(f.offset ?? 0).toString(16)} ${f.file}:${f.line}`);
  }
  return out;
}

describe("analyze --binary", () => {
  test("a debug=1 goroutine profile without its # lines gets its frames back from the @ PCs", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, flags: ["-ldflags=-s -w"] });
    const text = run(file, ["profile"]).stdout;
    const full = analyze(text, ["--json", "--goroutines"]).json;
    // The same profile as it is often pasted: the @ lines only.
    const bare = text
      .split("\n")
      .filter((l) => !l.startsWith("#"))
      .join("\n");
    const r = analyze(bare, ["--json", "--goroutines", "--binary", file]);
    assert.equal(r.status, 0, r.stderr);
    const want = full.crashes[0].goroutines.map((g: { frames: Frame[] }) => pprofShown(g.frames));
    const got = r.json.crashes[0].goroutines.map((g: { frames: Frame[] }) => pprofShown(g.frames));
    assert.deepEqual(got, want);
    // The workers' inlined receive is a frame of its own, marked inlined.
    const worker = r.json.crashes[0].goroutines.find((g: { count: number }) => g.count === 3);
    const receive = worker.frames.find((f: Frame) => f.func === "main.receive");
    assert.equal(receive.inlined, true);
    assert.ok(r.json.crashes[0].binary.symbolized >= 9);
  });

  test("a stripped PIE's SIGSEGV: binary checked, build info, the faulting instruction", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({
      dir: "prog",
      tc,
      flags: ["-buildmode=pie", "-ldflags=-s -w", "-trimpath"],
    });
    const crash = run(file, ["segv"], { GOTRACEBACK: "crash" }).stderr;
    const r = analyze(crash, ["--json", "--binary", file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    const b = r.json.crashes[0].binary;
    assert.equal(b.goVersion, tc.version);
    assert.deepEqual(b.module, { path: "example.com/prog", version: "(devel)" });
    assert.equal(b.match.matches, true);
    assert.equal(b.match.mismatchCount, 0);
    assert.ok(b.match.checked >= 10);
    assert.equal(typeof b.match.slide, "number");
    assert.equal(b.fault.func, "main.useOuter");
    assert.equal(
      b.fault.summary,
      "read of the field at offset 0x18 through a nil pointer (rcx is nil)",
    );
    assert.equal(b.fault.instruction.text, "mov rax, [rcx+0x18]");
    const text = analyze(crash, ["--no-color", "--binary", file]).stdout;
    assert.match(text, /^ {2}binary {2}\S+ · go1\.\d+(\.\d+)? · example\.com\/prog \(devel\)$/m);
    assert.match(
      text,
      /^ {2}fault {3}read of the field at offset 0x18 through a nil pointer \(rcx is nil\)$/m,
    );
    assert.match(text, /^ {8}→ 0x[0-9a-f]+ {2}mov rax, \[rcx\+0x18\]$/m);
    // The nil dereference's sentence once, with or without the binary.
    const sentence = "A nil pointer was dereferenced: address 0x18 is 24 bytes past nil";
    assert.equal(text.split(sentence).length - 1, 1);
    const plain = analyze(crash, ["--no-color"]).stdout;
    assert.equal(plain.split(sentence).length - 1, 1);
  });

  test("a PIE's SIGSEGV at the default GOTRACEBACK (no pc= on frames): the slide from the signal line", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({
      dir: "prog",
      tc,
      flags: ["-buildmode=pie", "-ldflags=-s -w", "-trimpath"],
    });
    const crash = run(file, ["segv"]).stderr;
    assert.doesNotMatch(crash, / pc=0x[0-9a-f]+$/m);
    const r = analyze(crash, ["--json", "--binary", file]);
    const b = r.json.crashes[0].binary;
    assert.equal(b.match.matches, true);
    assert.equal(b.fault.func, "main.useOuter");
    assert.equal(
      b.fault.summary,
      "read of the field at offset 0x18 through a nil pointer (rcx is nil)",
    );
  });

  test("the wrong binary is named as such", (t) => {
    const tc = requireToolchain(t, "go");
    const old = requireToolchain(t, "go1.19");
    if (tc === undefined || old === undefined) return;
    const crashed = build({ dir: "prog", tc, flags: ["-ldflags=-s -w"] });
    const other = build({ dir: "prog", tc: old, flags: ["-ldflags=-s -w"] });
    const crash = run(crashed, ["panic"], { GOTRACEBACK: "system" }).stderr;
    const r = analyze(crash, ["--json", "--binary", other]);
    assert.equal(r.status, 0);
    const b = r.json.crashes[0].binary;
    assert.equal(b.match.matches, false);
    assert.match(
      r.stderr,
      /^panicscope: warning: \S+: the binary does not match this crash \(\d+ of \d+ frames disagree\): /m,
    );
    assert.match(
      r.stderr,
      /^panicscope: warning: \S+: the crash was printed by go1\.2\d\+?, the binary was built by go1\.19\.8$/m,
    );
  });

  test("a PC list logged from runtime.Callers becomes the stack runtime.CallersFrames gives", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, flags: ["-ldflags=-s -w"] });
    const out = run(file, ["callers"]).stdout.split("\n");
    const list = out.find((l) => l.startsWith("list\t"))!.slice(5);
    const want = out
      .filter((l) => l.startsWith("frame\t"))
      .map((l) => l.split("\t").slice(2).join(" "));
    const r = analyze(`some log line\n${list}\nanother log line\n`, [
      "--json",
      "--goroutines",
      "--binary",
      file,
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.json.crashes.length, 1);
    const c = r.json.crashes[0];
    assert.equal(c.kind, "dump");
    assert.deepEqual(c.span, { startLine: 2, endLine: 2 });
    assert.equal(c.binary.match.matches, true);
    assert.deepEqual(
      c.goroutines[0].frames.map((f: Frame) => `${f.func} ${f.file} ${f.line}`),
      want,
    );
  });

  test("a file that is not a Go binary is a usage error", () => {
    const r = analyze("panic: x\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:3 +0x1d\n", [
      "--binary",
      "/bin/true",
    ]);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /^panicscope: \/bin\/true: not a Go binary: no Go symbol table \(pclntab\) found; /,
    );
  });
});
