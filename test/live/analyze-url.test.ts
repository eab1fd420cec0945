// `panicscope analyze URL` against a real running Go program (testdata/live/blocked) serving
// net/http/pprof on a loopback port: the goroutines it blocked on purpose are found in the same
// buckets from debug=2, debug=1 and the binary profile; what cannot be read is one clear line.

import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildLive, cli, LIVE, type LiveProcess, startLive } from "./process.js";

const SRC = join(LIVE, "blocked/main.go");

interface DocBucket {
  count: number;
  state: string;
  representative: { frames: { func: string; file: string; line: number }[]; labels?: string };
}

/** The buckets with the program's own frames: count, state, main.* frames at their lines. */
function programBuckets(stdout: string): string[] {
  const doc = JSON.parse(stdout) as { crashes: { buckets: DocBucket[] }[] };
  assert.equal(doc.crashes.length, 1);
  return (doc.crashes[0]?.buckets ?? [])
    .map((b) => {
      const own = b.representative.frames
        .filter((f) => f.func.startsWith("main.") && f.func !== "main.main")
        .map((f) => `${f.func} ${f.file === SRC ? "main.go" : f.file}:${f.line}`);
      return own.length === 0 ? "" : `${b.count} [${b.state}] ${own.join(" ")}`;
    })
    .filter((line) => line !== "")
    .sort();
}

let live: LiveProcess | undefined;
let skip: string | undefined;

before(async () => {
  const bin = buildLive({ skip: (msg) => (skip = msg) }, "blocked");
  if (bin !== undefined) live = await startLive(bin);
});
after(() => live?.stop());

test("debug=2: every blocked goroutine in its bucket, with its wait reason", async (t) => {
  if (live === undefined) return t.skip(skip);
  const r = await cli(["analyze", "--json", `${live.base}/debug/pprof/goroutine?debug=2`]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(programBuckets(r.stdout), [
    "2 [chan receive] main.waitReply main.go:35 main.main.func1 main.go:77",
    "2 [select] main.waitEither main.go:48",
    "3 [sync.Mutex.Lock] main.lockState main.go:39",
    "5 [chan receive] main.waitReply main.go:35",
    "5 [sleep] main.nap main.go:44",
  ]);
});

test("debug=1 and the binary profile: the same buckets, counted, without states", async (t) => {
  if (live === undefined) return t.skip(skip);
  const expected = [
    "2 [] main.waitEither main.go:48",
    "2 [] main.waitReply main.go:35 main.main.func1 main.go:77",
    "3 [] main.lockState main.go:39",
    "5 [] main.nap main.go:44",
    "5 [] main.waitReply main.go:35",
  ];
  for (const query of ["?debug=1", ""]) {
    const r = await cli(["analyze", "--json", `${live.base}/debug/pprof/goroutine${query}`]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(programBuckets(r.stdout), expected, query);
    const doc = JSON.parse(r.stdout) as { crashes: { kind: string; inputs?: unknown }[] };
    assert.equal(doc.crashes[0]?.kind, "dump");
  }
});

test("the terminal names the biggest waits", async (t) => {
  if (live === undefined) return t.skip(skip);
  const r = await cli(["analyze", "--no-color", `${live.base}/debug/pprof/goroutine`]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^goroutine dump \(\d+ goroutines\)\n/);
  // Labels aside, 7 goroutines wait in main.waitReply; a profile has no wait reasons to show.
  assert.match(r.stdout, /\n {9}7 × main\.waitReply {2}\S+\/blocked\/main\.go:35\n/);
});

test("another profile, an unknown one: one line, exit status 2", async (t) => {
  if (live === undefined) return t.skip(skip);
  const heap = await cli(["analyze", `${live.base}/debug/pprof/heap`]);
  assert.equal(heap.code, 2);
  assert.equal(
    heap.stderr,
    `panicscope: ${live.base}/debug/pprof/heap: a profile of alloc_objects/count, alloc_space/bytes, inuse_objects/count, inuse_space/bytes, not a goroutine profile\n`,
  );
  const unknown = await cli(["analyze", `${live.base}/debug/pprof/nothing`]);
  assert.equal(unknown.code, 2);
  assert.equal(
    unknown.stderr,
    `panicscope: ${live.base}/debug/pprof/nothing answered 404 Not Found: Unknown profile\n`,
  );
});

test("Go 1.19 and 1.27 processes: the same buckets from debug=2, debug=1 and the binary profile", async (t) => {
  for (const [toolchain, mutexWait] of [
    ["go1.19", "semacquire"],
    ["go1.27", "sync.Mutex.Lock"],
  ] as const) {
    const bin = buildLive(t, "blocked", toolchain);
    if (bin === undefined) return;
    const running = await startLive(bin);
    try {
      for (const query of ["?debug=2", "?debug=1", ""]) {
        const r = await cli(["analyze", "--json", `${running.base}/debug/pprof/goroutine${query}`]);
        assert.equal(r.code, 0, r.stderr);
        const state = (s: string) => (query === "?debug=2" ? s : "");
        assert.deepEqual(
          programBuckets(r.stdout),
          [
            `2 [${state("chan receive")}] main.waitReply main.go:35 main.main.func1 main.go:77`,
            `2 [${state("select")}] main.waitEither main.go:48`,
            `3 [${state(mutexWait)}] main.lockState main.go:39`,
            `5 [${state("chan receive")}] main.waitReply main.go:35`,
            `5 [${state("sleep")}] main.nap main.go:44`,
          ].sort(),
          `${toolchain} ${query}`,
        );
      }
    } finally {
      running.stop();
    }
  }
});

/** A loopback server of the test's own (Node), for answers a pprof server would not give. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return [server, `http://127.0.0.1:${port}`];
}

test("a server that does not answer in time, or sends too much, or redirects", async () => {
  const [slow, slowUrl] = await serve(() => {}); // never answers
  const started = Date.now();
  const timedOut = await cli(["analyze", "--timeout", "300ms", `${slowUrl}/g`]);
  assert.ok(Date.now() - started < 10_000);
  slow.closeAllConnections();
  slow.close();
  assert.equal(timedOut.code, 2);
  assert.equal(
    timedOut.stderr,
    `panicscope: ${slowUrl}/g did not answer in full within 0.3s (--timeout raises the limit)\n`,
  );

  const [big, bigUrl] = await serve((_req, res) => {
    // 4 MiB of goroutine headers, streamed without a length: the limit is counted as it comes.
    for (let i = 0; i < 64; i++) res.write(`goroutine ${i} [select]:\n`.padEnd(65536, " "));
    res.end();
  });
  const tooBig = await cli(["analyze", "--max-size", "1MiB", `${bigUrl}/g`]);
  big.close();
  assert.equal(tooBig.code, 2);
  assert.equal(
    tooBig.stderr,
    `panicscope: ${bigUrl}/g sent more than 1048576 bytes: stopped (--max-size raises the limit)\n`,
  );

  const [moved, movedUrl] = await serve((_req, res) => {
    res.writeHead(302, { location: "http://169.254.169.254/" }).end();
  });
  const redirected = await cli(["analyze", `${movedUrl}/g`]);
  moved.close();
  assert.equal(redirected.code, 2);
  assert.equal(
    redirected.stderr,
    `panicscope: ${movedUrl}/g answered 302, a redirect to http://169.254.169.254/: panicscope reads only the URL given, so give that one\n`,
  );
});

test("nothing listening, not http: one line, exit status 2", async () => {
  const [closed, closedUrl] = await serve(() => {});
  await new Promise((resolve) => closed.close(resolve));
  const refused = await cli(["analyze", `${closedUrl}/debug/pprof/goroutine`]);
  assert.equal(refused.code, 2);
  assert.equal(
    refused.stderr,
    `panicscope: cannot reach ${closedUrl}/debug/pprof/goroutine: connection refused (is the process running, and is that its pprof port?)\n`,
  );
  const bad = await cli(["analyze", "--timeout", "soon", "http://127.0.0.1/"]);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'panicscope: analyze: bad duration "soon" (want e.g. 10ms, 2s)\n');
});
