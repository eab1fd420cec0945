// `panicscope trace`: the heat map, the goroutines blocked at the end, the crash join and the
// outputs, on the committed leak traces and a flight-recorder snapshot made in the test.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { writeChromeTrace } from "../../src/exectrace/chrome.js";
import { type TraceReport, traceReport } from "../../src/exectrace/report.js";
import { renderSvg } from "../../src/exectrace/svg.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { tempDir } from "../temp-dir.js";
import { makeTrace, ROOT, requireGo, TESTDATA } from "./traces.js";

const MAIN = join(ROOT, "dist", "src", "cli", "main.js");
const LEAK = join(TESTDATA, "leak-go1.26.trace");

function report(file: string, options = {}): TraceReport {
  const r = traceReport(file, file, options);
  if ("error" in r) assert.fail(r.error);
  return r;
}

test("the leaked goroutines are bucketed by reason and stack, as in a crash dump", () => {
  for (const name of [
    "leak-go1.22.trace",
    "leak-go1.24.trace",
    "leak-go1.25.trace",
    "leak-go1.26.trace",
  ]) {
    const r = report(join(TESTDATA, name));
    const top = r.blockedAtEnd.slice(0, 3).map((b) => {
      const own = b.frames.find((f) => f.func.startsWith("main."));
      return [
        b.reason,
        b.count,
        own?.func,
        own?.line,
        own?.file.endsWith("testdata/exectrace/leak/main.go"),
      ];
    });
    assert.deepEqual(
      top,
      [
        ["chan receive", 30, "main.waitReply", 20, true],
        ["sync", 12, "main.lockState", 24, true],
        ["select", 7, "main.waitEither", 29, true],
      ],
      name,
    );
    const reply = r.blockedAtEnd[0];
    assert.equal(reply?.createdBy?.func, "main.main");
    // They blocked right after trace.Start and waited until the end (the run is ~65 ms).
    assert.ok((reply?.minWaitNs ?? 0) > 50e6, `${name}: waited ${reply?.minWaitNs}`);
  }
});

test("the heat map: every P's time is accounted for in every window", () => {
  const r = report(LEAK);
  const h = r.heatmap;
  assert.equal(h.procs.length, 2);
  assert.ok(h.windows >= 150 && h.windows <= 260, `${h.windows} windows`);
  for (const p of h.procs) {
    for (let w = 1; w < h.windows - 1; w++) {
      const total =
        (p.user[w] ?? 0) +
        (p.gcMark[w] ?? 0) +
        (p.gcAssist[w] ?? 0) +
        (p.syscall[w] ?? 0) +
        (p.idle[w] ?? 0);
      // A P appears at its first event (in window 0): before that its share is zero.
      if (total > 0) assert.ok(Math.abs(total - 1) < 0.01, `P${p.id} window ${w}: ${total}`);
    }
  }
  assert.equal(
    h.created.reduce((a, b) => a + b, 0),
    55,
  );
  assert.equal(
    h.blocked["chan receive"]?.reduce((a, b) => a + b, 0),
    35,
  );
  assert.equal(
    h.blocked.select?.reduce((a, b) => a + b, 0),
    7,
  );
  assert.ok(h.periods.some((p) => p.name === "stop-the-world (start trace)"));
  assert.ok(h.heapGoal.every((v) => v >= 4 << 20));
});

test("--window and --last choose the windows", () => {
  const whole = report(LEAK);
  const tenMs = report(LEAK, { windowNs: 10e6 });
  assert.equal(tenMs.heatmap.windowNs, 10e6);
  assert.equal(tenMs.heatmap.windows, Math.ceil(whole.durationNs / 10e6));
  const last = report(LEAK, { lastNs: 20e6 });
  assert.ok(
    last.heatmap.start >= last.end - 20e6 - 50_000 && last.heatmap.start <= last.end - 20e6,
  );
  assert.ok(last.heatmap.windows >= 150);
});

test("panicscope trace --json prints the panicscope/trace@1 document", () => {
  const r = spawnSync(process.execPath, [MAIN, "trace", LEAK, "--json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as TraceReport;
  assert.equal(doc.schema, "panicscope/trace@1");
  assert.equal(doc.goVersion, "go1.26");
  assert.equal(doc.events, 1318);
  assert.equal(doc.transitions.goroutine["NotExist->Runnable"], 55);
  assert.equal(doc.reasons["chan receive"], 35);
  assert.equal(doc.goroutineStatesAtEnd.Waiting, 56);
});

test("panicscope trace: a terminal heat map, one row per P", () => {
  const r = spawnSync(process.execPath, [MAIN, "trace", LEAK], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split("\n");
  assert.match(
    lines[0] ?? "",
    /leak-go1\.26\.trace: Go execution trace \(go1\.26 format\), .* 1318 events, 60 goroutines, 2 Ps, 3 threads$/,
  );
  assert.equal(lines.filter((l) => /^P\d +\S/.test(l)).length, 2);
  assert.match(
    r.stdout,
    /30 × \[chan receive\] up to 6\d\.\dms {2}main\.waitReply .*leak\/main\.go:20/,
  );
});

test("panicscope trace: a truncated trace is a warning, a corrupt one an error with the offset", () => {
  const dir = tempDir("panicscope-trace-");
  const bytes = readFileSync(LEAK);
  writeFileSync(join(dir, "cut.trace"), bytes.subarray(0, 9000));
  const cut = spawnSync(process.execPath, [MAIN, "trace", join(dir, "cut.trace"), "--json"], {
    encoding: "utf8",
  });
  assert.equal(cut.status, 0);
  assert.match(
    cut.stderr,
    /cut\.trace: warning: trace is truncated at offset 8054 \(failed to read full batch: read 919 but wanted 1976\): read everything before the cut\n$/,
  );
  const bad = Buffer.from(bytes);
  bad[16] = 0x33;
  writeFileSync(join(dir, "bad.trace"), bad);
  const corrupt = spawnSync(process.execPath, [MAIN, "trace", join(dir, "bad.trace")], {
    encoding: "utf8",
  });
  assert.equal(corrupt.status, 2);
  assert.match(
    corrupt.stderr,
    /bad\.trace: corrupt trace at offset 16: expected batch event, got event 51\n$/,
  );
});

test("--chrome writes trace-event JSON with a track per P; --svg an image", () => {
  const dir = tempDir("panicscope-trace-");
  const out = join(dir, "leak.json");
  writeChromeTrace(LEAK, out);
  const doc = JSON.parse(readFileSync(out, "utf8")) as {
    traceEvents: Array<Record<string, unknown>>;
  };
  const tracks = doc.traceEvents
    .filter((e) => e.name === "thread_name")
    .map((e) => (e.args as { name: string }).name);
  assert.deepEqual(tracks.sort(), ["GC / STW", "P0", "P1"]);
  const stints = doc.traceEvents.filter((e) => e.cat === "goroutine");
  assert.ok(
    stints.some((e) => String(e.name).startsWith("G") && String(e.name).endsWith("main.waitReply")),
  );
  const svg = renderSvg(report(LEAK));
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, />P0<\/text>/);
  assert.match(svg, />P1<\/text>/);
});

test("--crash: the recovered panic's goroutine, followed through a flight-recorder snapshot", (t) => {
  const tc = requireGo(t, "1.26");
  if (tc === undefined) return;
  const made = makeTrace(
    tc,
    join(ROOT, "examples", "flight-recorder"),
    ".",
    ["-out", "OUT", "-run", "250ms"],
    ".trace",
  );
  assert.ok(made.crash !== undefined);
  const crash = parseCrashes(readFileSync(made.crash, "utf8"))[0];
  const id = crash?.crashing?.id;
  assert.ok(typeof id === "number" && id > 1);
  const r = report(made.trace, { crash });
  assert.equal(r.crash?.goroutine, id);
  const first = r.crash?.timeline[0];
  assert.deepEqual(
    [first?.from, first?.to, first?.by, first?.stack[0]?.func],
    ["NotExist", "Runnable", 1, "main.main.func1"],
  );
  assert.ok(r.crash?.timeline.some((e) => e.from === "Runnable" && e.to === "Running"));
  assert.deepEqual(r.crash?.related[0], {
    id: 1,
    role: "created",
    times: 1,
    stateAtEnd: "Waiting",
  });
  assert.match(
    r.crash?.notes[0] ?? "",
    new RegExp(`^the trace ends \\d+\\.\\d{3} ms after goroutine ${id}'s last transition`),
  );
  const cli = spawnSync(
    process.execPath,
    [MAIN, "trace", made.trace, "--crash", made.crash, "--last", "100ms"],
    { encoding: "utf8" },
  );
  assert.equal(cli.status, 0, cli.stderr);
  assert.match(
    cli.stdout,
    new RegExp(
      `Crashing goroutine ${id} in the trace:\\n +-[ \\d.]+(ms|µs) +NotExist->Runnable by G1 +main\\.main\\.func1:\\d+`,
    ),
  );
  assert.match(cli.stdout, /\n {2}created by goroutine 1 ×1 \(at the end: Waiting\)\n/);
  // In Chinese: the same data, panicscope's own sentences in Chinese (crash-notes.ts).
  const zh = spawnSync(
    process.execPath,
    [MAIN, "trace", made.trace, "--crash", made.crash, "--last", "100ms", "--lang", "zh"],
    { encoding: "utf8" },
  );
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /\n {2}由 goroutine 1 创建 ×1（结束时：Waiting）\n/);
  const gap =
    /^the trace ends (\d+\.\d{3}) ms after goroutine \d+'s last transition \((\w+->\w+)\)$/.exec(
      r.crash?.notes[0] ?? "",
    );
  assert.ok(gap !== null);
  assert.ok(
    zh.stdout.includes(
      `附注: 跟踪在 goroutine ${id} 最后一次状态转换（${gap[2]}）之后 ${gap[1]} ms 结束\n`,
    ),
    zh.stdout,
  );
});

test("the old format (Go 1.19, 1.21): per-P heat map and the same leak buckets", () => {
  for (const [name, goVersion] of [
    ["leak-go1.19.trace", "go1.19"],
    ["leak-go1.21.trace", "go1.21"],
  ]) {
    const r = report(join(TESTDATA, name));
    assert.equal(r.goVersion, goVersion);
    // Ordered as Go orders it (old-format.test.ts): nothing to warn about.
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(
      r.heatmap.procs.map((p) => p.id),
      [0, 1],
    );
    const top = r.blockedAtEnd
      .slice(0, 3)
      .map((b) => [b.reason, b.count, b.frames.find((f) => f.func.startsWith("main."))?.func]);
    assert.deepEqual(top, [
      ["chan receive", 30, "main.waitReply"],
      ["sync", 12, "main.lockState"],
      ["select", 7, "main.waitEither"],
    ]);
    // The old tracer announces every goroutine alive at trace.Start with a GoCreate (Go 1.19
    // runtime/trace.go traceStart): 5 of the 58 GoCreates, which Go's converter (go1.26
    // internal/trace/tracev1.go) reads as goroutines found in a state, not created.
    assert.equal(
      r.heatmap.created.reduce((a, b) => a + b, 0),
      53,
    );
    const busy = r.heatmap.procs.flatMap((p) => p.user).reduce((a, b) => a + b, 0);
    assert.ok(busy > 0);
  }
});

test("--html writes a self-contained page; --png a PNG of the heat map", () => {
  const dir = tempDir("panicscope-trace-");
  const html = join(dir, "leak.html");
  const png = join(dir, "leak.png");
  const r = spawnSync(process.execPath, [MAIN, "trace", LEAK, "--html", html, "--png", png], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  const page = readFileSync(html, "utf8");
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<div id="heat"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(
    page,
    /<tr><td>30<\/td><td>chan receive<\/td><td>6\d\.\dms<\/td><td>main\.waitReply .*leak\/main\.go:20<\/td><\/tr>/,
  );
  assert.doesNotMatch(page, /<script src=|https?:\/\/(?!www\.w3\.org)/);
  const bytes = readFileSync(png);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const svgWidth = Number(/width="(\d+)"/.exec(renderSvg(report(LEAK)))?.[1]);
  assert.equal(bytes.readUInt32BE(16), svgWidth);
});

test("Go 1.25+: the clock snapshot places the trace in wall-clock time", () => {
  // go tool trace -d=parsed prints for the last generation of this file:
  // "Sync Time=1304311225729 N=4 Trace=1304311213440 Mono=1304311213450 Wall=2026-12-06T03:20:18.587432627Z"
  // and its last event at Time=1304314510657.
  const r = report(LEAK);
  assert.deepEqual(r.clock, {
    traceNs: 1304311213440,
    wall: "2026-12-06T03:20:18.587432627Z",
    endWall: "2026-12-06T03:20:18.590729844Z",
  });
  assert.equal(r.end, 1304314510657);
  assert.equal(report(join(TESTDATA, "leak-go1.22.trace")).clock, undefined);
});
