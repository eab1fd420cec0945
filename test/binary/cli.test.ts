// The symbolize command end to end: the addr2line protocol (including the odd lines go tool
// addr2line accepts), the default traceback-like output with inlined frames, and --json.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, test } from "node:test";
import { GoBinary } from "../../src/binary/gobinary.js";
import { build, goAddr2line, ROOT, requireToolchain } from "./toolchains.js";

const cli = join(ROOT, "dist/src/cli/main.js");

function panicscope(
  args: string[],
  input?: string,
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { input: input ?? "", encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("panicscope symbolize", () => {
  test("--addr2line answers exactly as go tool addr2line, odd lines included", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, flags: ["-ldflags=-s -w"] });
    const bin = GoBinary.open(file);
    const f = bin.funcByName("main.callersOuter")!;
    const g = bin.funcByName("main.main")!;
    bin.close();
    const lines = [
      `0x${f.entry.toString(16)}`,
      (f.entry + 5).toString(16),
      `0x${(g.entry + 1).toString(16).toUpperCase()}`,
      `0X${g.entry.toString(16)}`,
      "",
      "zz",
      "main.go:12",
      `0x${g.entry.toString(16)}\r`,
      "0x0000000000000000000000001",
      "0x10000000000000000",
      `0x${g.entry.toString(16)}`,
    ];
    const input = `${lines.join("\n")}`;
    const want = goAddr2line(tc, file, input);
    const got = panicscope(["symbolize", "--binary", file, "--addr2line"], input);
    assert.equal(got.status, 0, got.stderr);
    assert.equal(got.stdout, want);
    // PCs as arguments give the same answers.
    const args = panicscope(["symbolize", "--binary", file, "--addr2line", lines[0]!, lines[1]!]);
    assert.equal(args.stdout, `${want.split("\n").slice(0, 4).join("\n")}\n`);
  });

  test("default output expands inlined frames; --json carries the same", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, flags: ["-ldflags=-s -w", "-trimpath"] });
    const r = spawnSync(file, ["callers"], { encoding: "utf8" });
    // The second PC runtime.Callers returned is the return address in main.inlinedCapture,
    // inlined into main.callersOuter.
    const pc = Number.parseInt(
      r.stdout
        .split("\n")
        .filter((l) => l.startsWith("pc\t"))[1]
        ?.slice(3),
      16,
    );
    const bin = GoBinary.open(file);
    const outer = bin.funcByName("main.callersOuter")!;
    bin.close();
    const lookup = pc - 1;
    // The lines the runtime itself gives for those frames.
    const frameLine = (func: string) =>
      Number(
        r.stdout
          .split("\n")
          .find((l) => l.split("\t")[2] === func)!
          .split("\t")[4],
      );
    const inner = frameLine("main.inlinedCapture");
    const outerLine = frameLine("main.callersOuter");
    const text = panicscope(["symbolize", "--binary", file, lookup.toString(16)]);
    assert.equal(
      text.stdout,
      `0x${lookup.toString(16)}\n` +
        `\tmain.inlinedCapture(...)\n\t\texample.com/prog/main.go:${inner}\n` +
        `\tmain.callersOuter\n\t\texample.com/prog/main.go:${outerLine} +0x${(lookup - outer.entry).toString(16)}\n`,
    );
    const json = JSON.parse(
      panicscope(
        ["symbolize", "--binary", file, "--json", "-"],
        `${lookup.toString(16)}\nnonsense\n`,
      ).stdout,
    );
    assert.equal(json.schema, "panicscope/symbolize@1");
    assert.equal(json.binary.goVersion, tc.version);
    assert.deepEqual(
      json.pcs[0].frames.map((f: { func: string; line: number; inlined: boolean }) => [
        f.func,
        f.line,
        f.inlined,
      ]),
      [
        ["main.inlinedCapture", inner, true],
        ["main.callersOuter", outerLine, false],
      ],
    );
    assert.deepEqual(json.pcs[1], { input: "nonsense", frames: [], error: "not a hexadecimal PC" });
  });

  test("a file that is not a Go binary: one line, exit status 1", () => {
    const r = panicscope(["symbolize", "--binary", "/bin/true", "0x1000"]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /^panicscope: \/bin\/true: not a Go binary: no Go symbol table \(pclntab\) found; tried .+\n$/,
    );
  });

  test("usage errors exit with status 2", () => {
    const r = panicscope(["symbolize", "0x1000"]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "panicscope: symbolize: --binary FILE is required\n");
    assert.ok(
      execFileSync(process.execPath, [cli, "symbolize", "--help"], { encoding: "utf8" }).startsWith(
        "usage: panicscope symbolize",
      ),
    );
  });
});
