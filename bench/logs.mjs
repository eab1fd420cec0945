#!/usr/bin/env node
// How fast panicscope finds crashes inside a large application log (issue 9: crash text read
// wherever it was logged), next to `wc -l` (the floor) and panicparse's `pp` on the same file.
// A dump is mostly trace lines, which take the parser's fast path; a log is mostly lines that
// are nobody's trace, which every reader of a prefix, a record or a logged stack looks at.
//
//   npm run build && node bench/logs.mjs            # 100 MB (≈ 2 min)
//   node bench/logs.mjs --mb 20 --repeat 1          # quick check
//
// The log (bench/data/log-<MB>mb.txt, git-ignored, made once) is deterministic: lines of four
// loggers in turn, 1 MB each (the standard `log` package with file:line, logrus text, zap
// JSON, the same under docker compose's `api_1  | ` column), with a real crash report of
// testdata/real every 5 MB — written under the compose column too where the log has it. The
// report says how many of the crashes put in were found, with the right category.
// Writes bench/out/logs-<date>.json beside the Markdown table on stdout.

import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const mb = Number(option("--mb", "100"));
const repeat = Number(option("--repeat", mb < 100 ? "3" : "1"));
const tools = option(
  "--tools",
  process.env.PANICSCOPE_BENCH_TOOLS || path.join(os.tmpdir(), "panicscope-bench-tools"),
);
const cli = path.join(root, "dist", "src", "cli", "main.js");

/** Real reports put into the log, one crash each, with the category their expectation gives. */
const REPORTS = [
  "broad/amd-smi-exporter-8-index-out-of-range-headline-mid-line-go121",
  "logged/kubernetes-51286-observed-a-panic-go183-cut",
  "holdout-21/sdk-go-1375-race-worker-cache-sticky-size-arm64-go120-cut",
  "broad/argo-workflows-2952-concurrent-map-read-write-cron-go113",
].map((id) => {
  const base = path.join(root, "testdata", "real", id);
  const lines = readFileSync(`${base}.txt`, "utf8")
    .split("\n")
    .filter((l) => !/^\s*```/.test(l));
  const [crash] = JSON.parse(readFileSync(`${base}.expect.json`, "utf8")).crashes;
  return {
    id,
    lines: lines.slice(0, lines.at(-1) === "" ? -1 : undefined),
    category: crash.category,
  };
});

const WORDS =
  "request served user path status latency bytes cache miss hit upstream retry connect".split(" ");

/** Line `i` of logger `style`: what a Go service at work prints. */
function logLine(style, i) {
  const word = (k) => WORDS[(i * 7 + k * 13) % WORDS.length];
  const ts = `2026-12-07T10:${String(((i / 60) % 60) | 0).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.${String(i % 1000).padStart(3, "0")}Z`;
  const text = `${word(0)} ${word(1)} ${word(2)} ${word(3)} ${word(4)} id=${i}`;
  switch (style % 4) {
    case 0:
      return `2026/12/07 10:00:${String(i % 60).padStart(2, "0")} handler.go:${i % 400}: ${text}`;
    case 1:
      return `time="${ts}" level=info msg="${text}" req=${i}`;
    case 2:
      return `{"level":"info","ts":"${ts}","caller":"api/handler.go:${i % 400}","msg":"${text}"}`;
    default:
      return `api_1  | ${ts} INFO ${text}`;
  }
}

function makeLog(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  let written = 0;
  let put = 0;
  const chunk = [];
  for (let i = 0, mbDone = 0; written < mb * 2 ** 20; i++) {
    const style = Math.floor(written / 2 ** 20);
    const line = logLine(style, i);
    chunk.push(line);
    written += line.length + 1;
    if (style !== mbDone) {
      mbDone = style;
      if (mbDone % 5 === 0) {
        const report = REPORTS[put++ % REPORTS.length];
        const column = style % 4 === 3 ? "api_1  | " : "";
        for (const l of report.lines) chunk.push(column + l);
      }
    }
    if (chunk.length >= 10000) {
      writeSync(fd, `${chunk.join("\n")}\n`);
      chunk.length = 0;
    }
  }
  writeSync(fd, `${chunk.join("\n")}\n`);
  closeSync(fd);
  return put;
}

/** The crashes put into the log, in order (made again: the log itself is not read back). */
function crashesPut() {
  const n = Math.floor((mb - 1) / 5);
  return Array.from({ length: n }, (_, k) => REPORTS[k % REPORTS.length]);
}

function timed(argv, outFile) {
  const timeFile = path.join(os.tmpdir(), `panicscope-logs-time-${process.pid}`);
  const out = openSync(outFile ?? "/dev/null", "w");
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %M", "-o", timeFile, ...argv], {
    stdio: ["ignore", out, "ignore"],
  });
  closeSync(out);
  const [wall, user, rss] = readFileSync(timeFile, "utf8")
    .trim()
    .split("\n")
    .at(-1)
    .split(" ")
    .map(Number);
  return { exit: r.status, wall, user, rssMB: Math.round(rss / 1024) };
}

function best(argv, outFile) {
  const runs = Array.from({ length: repeat }, () => timed(argv, outFile));
  return runs.sort((a, b) => a.wall - b.wall)[0];
}

const logFile = path.join(root, "bench", "data", `log-${mb}mb.txt`);
if (!existsSync(logFile)) {
  process.stderr.write(`logs: writing ${logFile}\n`);
  makeLog(logFile);
}
const bytes = statSync(logFile).size;
const put = crashesPut();

const pp = path.join(tools, "bin", "pp");
if (!existsSync(pp)) {
  mkdirSync(path.join(tools, "bin"), { recursive: true });
  spawnSync("go", ["install", "github.com/maruel/panicparse/v2/cmd/pp@latest"], {
    cwd: tools,
    env: { ...process.env, GOBIN: path.join(tools, "bin") },
    stdio: ["ignore", 2, 2],
  });
}

readFileSync(logFile); // page cache warm
const jsonOut = path.join(os.tmpdir(), `panicscope-logs-${process.pid}.json`);
const rows = [
  { tool: "wc -l", ...best(["wc", "-l", logFile]) },
  {
    tool: "panicscope analyze --json",
    ...best(["node", cli, "analyze", "--json", logFile], jsonOut),
  },
];
const found = JSON.parse(readFileSync(jsonOut, "utf8")).crashes;
const right = put.filter((want, k) => found[k]?.category === want.category).length;
rows[1].crashes = `${found.length} found, ${right} of ${put.length} put in with the right category`;
if (existsSync(pp)) rows.push({ tool: "pp -no-color", ...best([pp, "-no-color", logFile]) });

const mbps = (r) => (bytes / 2 ** 20 / r.wall).toFixed(1);
console.log(
  `Log of ${(bytes / 2 ** 20).toFixed(0)} MB (${put.length} crashes put in), best of ${repeat}, load ${os.loadavg()[0].toFixed(1)}\n`,
);
console.log(
  "| command | wall s | user s | MB/s | peak MB | note |\n| --- | ---: | ---: | ---: | ---: | --- |",
);
for (const r of rows)
  console.log(
    `| ${r.tool} | ${r.wall} | ${r.user} | ${mbps(r)} | ${r.rssMB} | ${r.crashes ?? (r.exit === 0 ? "" : `exit ${r.exit}`)} |`,
  );
const ppRow = rows.find((r) => r.tool.startsWith("pp"));
if (ppRow) console.log(`\npanicscope / pp wall time: ${(rows[1].wall / ppRow.wall).toFixed(2)}`);
const outDir = path.join(root, "bench", "out");
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, `logs-${new Date().toISOString().slice(0, 10)}.json`),
  `${JSON.stringify({ bytes, repeat, load: os.loadavg(), rows }, null, 2)}\n`,
);
