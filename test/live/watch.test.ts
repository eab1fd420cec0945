// `panicscope watch URL` against real running Go programs: testdata/live/leak, whose
// main.awaitReply goroutines pile up as it runs, is reported as a leak suspect once that bucket
// has grown at three samples in a row, and nothing else is; testdata/live/blocked, which does
// not grow, gives no suspect.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { RISES } from "../../src/group/growth.js";
import { buildLive, cli, type LiveProcess, startLive } from "./process.js";

interface WatchLine {
  schema: string;
  sample: number;
  goroutines: number;
  delta: number;
  appeared: {
    from: number;
    to: number;
    rises: number;
    since: number;
    state: string;
    createdBy: string | null;
    frames: { func: string; file: string; line: number }[];
  }[];
  growing: WatchLine["appeared"];
}

const started: LiveProcess[] = [];
let skip: string | undefined;
let leakBin: string | undefined;
let blockedBin: string | undefined;

before(() => {
  const t = { skip: (msg: string) => (skip = msg) };
  leakBin = buildLive(t, "leak");
  blockedBin = buildLive(t, "blocked");
});
after(() => {
  for (const live of started) live.stop();
});

test("a leak: the growing bucket is named once it has risen three samples in a row", async (t) => {
  if (leakBin === undefined) return t.skip(skip);
  const live = await startLive(leakBin, ["-every", "20ms", "-per", "2"]);
  started.push(live);
  const url = `${live.base}/debug/pprof/goroutine?debug=2`;
  const r = await cli(["watch", "--json", "--every", "300ms", "--count", "5", url]);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as WatchLine);
  assert.deepEqual(
    lines.map((l) => l.sample),
    [1, 2, 3, 4, 5],
  );
  assert.equal(lines[0]?.schema, "panicscope/watch@1");
  // Goroutines only go up: the leak adds about two every 20ms.
  for (const l of lines.slice(1)) assert.ok(l.delta > 0, JSON.stringify(l));
  // Not before the third rise (sample 4), then exactly the leaking bucket.
  assert.deepEqual(
    lines.map((l) => l.appeared.length),
    [0, 0, 0, 1, 0],
  );
  const suspect = lines[3]?.appeared[0];
  assert.equal(RISES, 3);
  assert.deepEqual(
    {
      state: suspect?.state,
      createdBy: suspect?.createdBy,
      frames: suspect?.frames.map(
        (f) => `${f.func} ${f.file.replace(/^.*\/testdata\//, "")}:${f.line}`,
      ),
      rises: suspect?.rises,
      since: suspect?.since,
    },
    {
      state: "chan receive",
      createdBy: "main.handle",
      frames: ["main.awaitReply live/leak/main.go:20"],
      rises: 3,
      since: 4,
    },
  );
  assert.ok((suspect?.to ?? 0) > (suspect?.from ?? 0));
  // At the fifth sample it rose again: still growing, the same bucket.
  assert.deepEqual(
    lines[4]?.growing.map((s) => [s.frames[0]?.func, s.rises, s.since]),
    [["main.awaitReply", 4, 4]],
  );

  const text = await cli(["watch", "--no-color", "--every", "300ms", "--count", "4", url]);
  assert.equal(text.code, 1, text.stderr);
  assert.match(
    text.stdout,
    /\nleak suspect {2}\d+ → \d+ goroutines, up at 3 samples in a row {2}\[chan receive\] {2}created by main\.handle\n {4}main\.awaitReply {2}\S+\/leak\/main\.go:20\n$/,
  );

  // --lang zh: panicscope's own words in Chinese; the state, functions and paths as printed.
  const zh = await cli([
    "watch",
    "--no-color",
    "--lang",
    "zh",
    "--every",
    "300ms",
    "--count",
    "4",
    url,
  ]);
  assert.equal(zh.code, 1, zh.stderr);
  const zhLines = zh.stdout.trimEnd().split("\n");
  assert.equal(zhLines[0], `正在观察 ${url}，每 300ms 采样一次`);
  assert.match(zhLines[1] ?? "", /^#1 {2}\d\d:\d\d:\d\d {2}\d+ 个 goroutine，\d+ 组$/);
  assert.match(zhLines[2] ?? "", /^#2 {2}\d\d:\d\d:\d\d {2}\d+ 个 goroutine（\+\d+），\d+ 组$/);
  assert.match(
    zhLines.slice(4).join("\n"),
    /^#4 {2}\S+ {2}\d+ 个 goroutine（\+\d+），\d+ 组\n疑似泄漏 {2}goroutine \d+ → \d+，已连续 3 次采样增加 {2}\[chan receive\] {2}由 main\.handle 创建\n {4}main\.awaitReply {2}\S+\/leak\/main\.go:20$/,
  );
});

test("a process that does not grow: no suspect, exit status 0", async (t) => {
  if (blockedBin === undefined) return t.skip(skip);
  const live = await startLive(blockedBin);
  started.push(live);
  const url = `${live.base}/debug/pprof/goroutine?debug=1`;
  const r = await cli(["watch", "--json", "--every", "100ms", "--count", "5", url]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as WatchLine);
  assert.equal(lines.length, 5);
  for (const l of lines) assert.deepEqual([l.appeared, l.growing], [[], []]);
});

test("watch: a URL that cannot be read at the first sample is one line, exit status 2", async () => {
  const { createServer } = await import("node:http");
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as { port: number };
  await new Promise((resolve) => closed.close(resolve));
  const r = await cli([
    "watch",
    "--count",
    "2",
    "--timeout",
    "1s",
    `http://127.0.0.1:${port}/debug/pprof/goroutine`,
  ]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    new RegExp(
      `^panicscope: cannot reach http://127\\.0\\.0\\.1:${port}/debug/pprof/goroutine: connection refused`,
    ),
  );
  const usage = await cli(["watch", "/tmp/dump.txt"]);
  assert.equal(usage.code, 2);
  assert.equal(
    usage.stderr,
    "panicscope: watch takes one URL: http://host:port/debug/pprof/goroutine?debug=2\n",
  );
});
