// Every way the Go module's test programs die, reported to a real `panicscope serve` (the CLI,
// on SQLite, and on PostgreSQL under scripts/with-postgres.sh): what the server stored is what
// the program's monitor sent, byte for byte — a fatal crash's text is the program's whole
// standard error, and each report's metadata and text are the JSON line the module wrote to
// Output (the program's stdout) — and each is filed under the issue its crash names. An
// environment variable, an argument and a request's query, cookie and body carry a secret
// that must reach the server nowhere.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { before, test } from "node:test";
import type { IssuesDocument } from "../../src/server/issues-json.js";
import type { Issue, StoredReport } from "../../src/store/types.js";
import { freshDatabase } from "../store/stores.js";
import { tempDir } from "../temp-dir.js";
import { buildProgram, commitModule, noGo, runProgram, serve, TOKEN } from "./programs.js";

const SECRET = "s3cr3t-4f9a1c07";
const noGcc = (() => {
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
    return false;
  } catch {
    return "no C compiler: the cgo crash cannot be built";
  }
})();
if (noGcc && process.env.CI) throw new Error(noGcc);
const skip = noGo || noGcc;

let dir: string;
const bins = { crasher: "", crasherNoCgo: "", cgocrash: "" };

before(() => {
  if (skip) return;
  dir = tempDir("panicscope-gomodule-every-");
  const { src } = commitModule(dir);
  bins.crasher = join(dir, "crasher");
  buildProgram(src, bins.crasher, "./internal/testprogs/crasher");
  // A cgo binary never sees "all goroutines are asleep" (go/crash_test.go).
  bins.crasherNoCgo = join(dir, "crasher-nocgo");
  buildProgram(src, bins.crasherNoCgo, "./internal/testprogs/crasher", { CGO_ENABLED: "0" });
  bins.cgocrash = join(dir, "cgocrash");
  buildProgram(src, bins.cgocrash, "./testdata/cgocrash", { CGO_ENABLED: "1" });
});

interface Case {
  mode: string;
  bin: keyof typeof bins;
  exitCode: number;
  /** What the program prints on stdout after Output's lines. */
  stdoutAfter: string;
  /** Each report, in the order sent: its kind and the issue it is filed under. */
  reports: [kind: "crash" | "recovered", rule: string, category: string, title: string][];
}

const OUT_OF_RANGE_4 = "runtime error: index out of range [4] with length 4 in main.worker";
const CASES: Case[] = [
  {
    mode: "goroutine-panic",
    bin: "crasher",
    exitCode: 2,
    stdoutAfter: "",
    reports: [
      [
        "crash",
        "index-out-of-range",
        "index-out-of-range",
        "runtime error: index out of range [3] with length 3 in main.worker",
      ],
    ],
  },
  {
    mode: "map-writes",
    bin: "crasher",
    exitCode: 2,
    stdoutAfter: "",
    reports: [
      [
        "crash",
        "concurrent-map-writes",
        "concurrent-map",
        "concurrent map writes in main.mapWrites.func1",
      ],
    ],
  },
  {
    mode: "deadlock",
    bin: "crasherNoCgo",
    exitCode: 2,
    stdoutAfter: "",
    reports: [
      ["crash", "all-goroutines-asleep", "deadlock", "all goroutines are asleep - deadlock!"],
    ],
  },
  {
    mode: "stack-overflow",
    bin: "crasher",
    exitCode: 2,
    stdoutAfter: "",
    reports: [["crash", "stack-overflow", "stack-overflow", "stack overflow in main.recurse"]],
  },
  {
    mode: "out-of-memory",
    bin: "crasher",
    exitCode: 2,
    stdoutAfter: "",
    reports: [["crash", "out-of-memory", "out-of-memory", "out of memory in main.outOfMemory"]],
  },
  {
    // Recover reports the recovered panic, re-panics, and the monitor reports the crash: one bug.
    mode: "repanic",
    bin: "crasher",
    exitCode: 2,
    stdoutAfter: "",
    reports: [
      ["recovered", "index-out-of-range", "index-out-of-range", OUT_OF_RANGE_4],
      ["crash", "index-out-of-range", "index-out-of-range", OUT_OF_RANGE_4],
    ],
  },
  {
    mode: "handler",
    bin: "crasher",
    exitCode: 0,
    stdoutAfter: "500 internal server error\n",
    reports: [
      [
        "recovered",
        "nil-map-assignment",
        "nil-map-write",
        "assignment to entry in nil map in main.handler.func1",
      ],
    ],
  },
  {
    mode: "cgo",
    bin: "cgocrash",
    exitCode: 2,
    stdoutAfter: "",
    reports: [
      [
        "crash",
        "signal-in-cgo",
        "cgo-crash",
        "SIGSEGV: segmentation violation in main._Cfunc_crash",
      ],
    ],
  },
];

// SQLite always; PostgreSQL too under scripts/with-postgres.sh.
const STORES: [string, () => Promise<string>][] = [["sqlite", async () => join(dir, "data")]];
if (process.env.PANICSCOPE_TEST_PG !== undefined) STORES.push(["postgres", freshDatabase]);

async function get<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200, url);
  return (await response.json()) as T;
}

/** The reports the server holds that are not in seen (added to it), oldest first, each with
 * the issue it is filed under. */
async function newReports(url: string, seen: Set<number>) {
  const listed = await get<IssuesDocument>(`${url}/api/v1/issues`);
  const found: { report: StoredReport; issue: Issue }[] = [];
  for (const issue of listed.issues) {
    const { reports } = await get<{ reports: number[] }>(`${url}/api/v1/issues/${issue.id}`);
    for (const id of reports.filter((id) => !seen.has(id))) {
      seen.add(id);
      const { report } = await get<{ report: StoredReport }>(`${url}/api/v1/reports/${id}`);
      found.push({ report, issue });
    }
  }
  return found.sort((a, b) => a.report.id - b.report.id);
}

for (const [storeName, database] of STORES) {
  test(`every way a program dies reaches panicscope serve byte for byte (${storeName})`, {
    skip,
  }, async (t) => {
    const server = await serve(await database());
    const seen = new Set<number>();
    try {
      for (const c of CASES) {
        await t.test(c.mode, async () => {
          const run = await runProgram(bins[c.bin], [c.mode, `--password=${SECRET}`], {
            PANICSCOPE_TEST_SERVER: server.url,
            PANICSCOPE_TEST_SPOOL: join(dir, `spool-${storeName}-${c.mode}`),
            PANICSCOPE_TEST_SECRET: SECRET,
            DATABASE_PASSWORD: SECRET,
          });
          assert.equal(run.code, c.exitCode, run.stderr);
          const lines = run.stdout.split("\n");
          const sent = lines.slice(0, c.reports.length).map((line) => JSON.parse(line));
          assert.equal(lines.slice(c.reports.length).join("\n"), c.stdoutAfter);
          const stored = await newReports(server.url, seen);
          assert.deepEqual(
            stored.map(({ report, issue }) => [
              report.metadata.kind,
              issue.rule,
              issue.category,
              issue.title,
            ]),
            c.reports,
          );
          for (const [i, { report }] of stored.entries()) {
            // The metadata and text as the module wrote them to Output, and sent.
            assert.deepEqual({ ...report.metadata, text: report.text }, sent[i]);
            assert.equal(report.idempotencyKey, sent[i].id);
            // A fatal crash's text: the runtime's output, the program's whole stderr.
            if (report.metadata.kind === "crash") assert.equal(report.text, run.stderr);
            assert.ok(!JSON.stringify(report).includes(SECRET), `the secret reached the server`);
          }
        });
      }
    } finally {
      await server.stop();
    }
  });
}
