#!/usr/bin/env node
// Traceback benchmark: how fast `panicscope analyze --json` reads large goroutine dumps,
// next to `wc -l` (the floor) and two peers, panicparse's `pp` and DataDog's gostackparse.
//
//   node bench/traceback.mjs [--sizes 1e4,1e5,1e6] [--timeout 300] [--repeat K]
//                            [--only wc,panicscope,pp,pp-aggressive,gostackparse] [--tools DIR]
//
// Missing dumps are generated first (bench/gen.sh); missing peers are built into the tools
// directory (default $TMPDIR/panicscope-bench-tools, or $PANICSCOPE_BENCH_TOOLS): peers are
// comparators, never dependencies of panicscope. Each command runs under
// `/usr/bin/time -f '%e %U %S %M' timeout T …` with stdout to /dev/null, on a file already in
// the page cache. Progress goes to stderr, the Markdown table to stdout, and everything
// (every run) to bench/out/traceback-<date>.json. The exit status is 0 whatever the tools
// did; a tool that fails or times out is reported as such in the table. See bench/README.md.

import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const MB = 1e6; // decimal megabytes throughout: MB/s = bytes / 1e6 / wall seconds
const PP_PACKAGE = "github.com/maruel/panicparse/v2/cmd/pp@latest";
const GSP_MODULE = "github.com/DataDog/gostackparse";

const USAGE = `usage: node bench/traceback.mjs [options]

  --sizes LIST    dump sizes (goroutines), e.g. 1e4,1e5 (default 1e4,1e5,1e6); same1e6 is
                  10⁶ identical goroutines 13 frames deep (≈ 1 GB)
  --timeout S     seconds before a command is killed and reported as "timeout" (default 300)
  --repeat K      runs per command; the median wall time is reported
                  (default 3 for dumps under 100 MB, 1 otherwise)
  --only LIST     subset of the default list: wc,panicscope,panicscope-terminal,
                  panicscope-html,pp,pp-aggressive,pp-html,pp-aggressive-html,gostackparse,
                  panicscope-1thread (analyze --json --threads 1: a big file in one piece),
                  startup, analyze-one (bench/startup.mjs and bench/analyze-one.mjs, run once
                  after the dumps); may also name panicscope-goroutines (analyze --json
                  --goroutines), panicscope-2threads and panicscope-4threads (--threads N)
  --panicscope JS the CLI to measure (default dist/src/cli/main.js; build it with npm run build)
  --tools DIR     where peer binaries are built (default $PANICSCOPE_BENCH_TOOLS or
                  $TMPDIR/panicscope-bench-tools)
`;

const defaultCli = path.join(root, "dist", "src", "cli", "main.js");
const TOOL_IDS = [
  "wc",
  "panicscope",
  "panicscope-terminal",
  "panicscope-html",
  "pp",
  "pp-aggressive",
  "pp-html",
  "pp-aggressive-html",
  "gostackparse",
  "panicscope-1thread",
  // Not dumps: run once after them (bench/startup.mjs, bench/analyze-one.mjs).
  "startup",
  "analyze-one",
];
// Not run unless named in --only.
const OPTIONAL_TOOL_IDS = ["panicscope-goroutines", "panicscope-2threads", "panicscope-4threads"];

function parseArgs(argv) {
  const opts = {
    sizes: [1e4, 1e5, 1e6],
    timeout: 300,
    repeat: undefined,
    only: TOOL_IDS,
    panicscope: defaultCli,
    tools: process.env.PANICSCOPE_BENCH_TOOLS || path.join(os.tmpdir(), "panicscope-bench-tools"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--sizes":
        opts.sizes = value()
          .split(",")
          .map((s) => {
            // `same1e6`: the dump of 10⁶ identical goroutines (bench/gen.sh same1e6).
            const same = s.trim().startsWith("same");
            const n = Number(s.trim().slice(same ? 4 : 0));
            if (!Number.isInteger(n) || n < 100) throw new Error(`bad size ${s}`);
            return same ? `same${n}` : n;
          });
        break;
      case "--timeout":
        opts.timeout = Number(value());
        if (!(opts.timeout > 0)) throw new Error("--timeout must be a positive number");
        break;
      case "--repeat":
        opts.repeat = Number(value());
        if (!Number.isInteger(opts.repeat) || opts.repeat < 1) throw new Error("bad --repeat");
        break;
      case "--only":
        opts.only = value().split(",");
        for (const id of opts.only) {
          if (!TOOL_IDS.includes(id) && !OPTIONAL_TOOL_IDS.includes(id)) {
            throw new Error(`unknown tool ${id}`);
          }
        }
        break;
      case "--panicscope":
        opts.panicscope = path.resolve(value());
        break;
      case "--tools":
        opts.tools = path.resolve(value());
        break;
      case "-h":
      case "--help":
        process.stdout.write(USAGE);
        return undefined;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return opts;
}

function log(message) {
  process.stderr.write(`traceback: ${message}\n`);
}

/** Runs a setup command with its output on our stderr; returns true when it succeeded. */
function setup(argv, options = {}) {
  log(`$ ${argv.join(" ")}`);
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ["ignore", 2, 2], ...options });
  if (r.error) log(`${argv[0]}: ${r.error.message}`);
  return r.status === 0;
}

/** Output of a quick command, or "" if it failed. */
function capture(argv, options = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", ...options });
  return r.status === 0 ? r.stdout.trim() : "";
}

function dumpPath(n) {
  const name = typeof n === "string" ? `dump-same-${n.slice(4)}` : `dump-${n}`;
  return path.join(benchDir, "data", `${name}.txt`);
}

function ensureDumps(sizes, tools) {
  const missing = sizes.filter((n) => !existsSync(dumpPath(n)));
  if (missing.length === 0) return true;
  return setup(["bash", path.join(benchDir, "gen.sh"), ...missing.map(String)], {
    env: { ...process.env, PANICSCOPE_BENCH_TOOLS: tools },
  });
}

/** Builds pp and the gostackparse harness if missing. Returns a reason per unavailable tool. */
function ensurePeers(tools, wanted) {
  const bin = path.join(tools, "bin");
  mkdirSync(bin, { recursive: true });
  const problems = {};
  const pp = path.join(bin, "pp");
  if ((wanted.includes("pp") || wanted.includes("pp-aggressive")) && !existsSync(pp)) {
    const ok = setup(["go", "install", PP_PACKAGE], {
      cwd: tools,
      env: { ...process.env, GOBIN: bin },
    });
    if (!ok) problems.pp = problems["pp-aggressive"] = "could not build pp";
  }
  const gsp = path.join(bin, "gostackparse-harness");
  const source = path.join(benchDir, "peers", "gostackparse", "main.go");
  const stale = !existsSync(gsp) || statSync(source).mtimeMs > statSync(gsp).mtimeMs;
  if (wanted.includes("gostackparse") && stale) {
    // A throw-away module outside the repository: only the harness source is ours.
    const mod = path.join(tools, "gostackparse-mod");
    mkdirSync(mod, { recursive: true });
    copyFileSync(source, path.join(mod, "main.go"));
    const ok =
      (existsSync(path.join(mod, "go.mod")) ||
        setup(["go", "mod", "init", "panicscope-bench/gostackparse-harness"], { cwd: mod })) &&
      setup(["go", "get", `${GSP_MODULE}@latest`], { cwd: mod }) &&
      setup(["go", "build", "-o", gsp, "."], { cwd: mod });
    if (!ok) problems.gostackparse = "could not build the gostackparse harness";
  }
  return { pp, gsp, problems };
}

/** Module versions compiled into a Go binary, e.g. "v2.5.0". */
function goModVersion(binary, module) {
  const info = capture(["go", "version", "-m", binary]);
  const fields = info.split("\n").map((l) => l.trim().split(/\s+/));
  const hit = fields.find((f) => (f[0] === "mod" || f[0] === "dep") && f[1]?.startsWith(module));
  return hit?.[2] ?? "?";
}

/**
 * The lead rebuilds dist/ while working: measure a copy taken at the start, so one report
 * never mixes two builds. Returns the CLI to run (the copy; `cli` itself if it is not the
 * default one, or missing) and a description of the build.
 */
function snapshotPanicscope(cli, scratch) {
  if (!existsSync(cli)) return { run: cli, build: "—" };
  if (cli !== defaultCli) {
    return { run: cli, build: `${cli} of ${statSync(cli).mtime.toISOString()}` };
  }
  const dist = path.join(root, "dist");
  // Do not copy a build that is being written: wait until dist/ has been quiet for 3 s.
  for (let waited = 0; Date.now() - newestMtime(dist) < 3000 && waited < 120; waited++) {
    if (waited === 0) log("dist/ is being written; waiting for the build to finish");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  const snap = path.join(scratch, "panicscope");
  cpSync(dist, path.join(snap, "dist"), { recursive: true, preserveTimestamps: true });
  copyFileSync(path.join(root, "package.json"), path.join(snap, "package.json"));
  const modules = path.join(root, "node_modules");
  if (existsSync(modules)) symlinkSync(modules, path.join(snap, "node_modules"));
  restamp(path.join(snap, "dist", "src", "cli"));
  const build = `dist/ as of ${new Date(newestMtime(path.join(snap, "dist"))).toISOString()}`;
  return { run: path.join(snap, path.relative(root, cli)), build };
}

/**
 * The bin runs bundle.cjs only if its first line names cli.js's mtime, to the fraction of a
 * millisecond, which a copy loses: without this the copy would load ≈ 200 module files (≈ 80 ms
 * more per start). The bundle's hash, which its code cache is checked against, is unchanged.
 */
function restamp(cliDir) {
  const bundle = path.join(cliDir, "bundle.cjs");
  if (!existsSync(bundle)) return;
  const text = readFileSync(bundle, "latin1");
  const eol = text.indexOf("\n");
  const [mark, kind, hash] = text.slice(0, eol).split(" ");
  const stamp = statSync(path.join(cliDir, "cli.js")).mtimeMs.toString();
  writeFileSync(bundle, `${mark} ${kind} ${hash} ${stamp}${text.slice(eol)}`, "latin1");
}

/** Latest modification time (ms) of any file under dir. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function defineTools(opts, peers, scratch) {
  const cli = opts.panicscope;
  const { run, build } = snapshotPanicscope(cli, scratch);
  const all = [
    { id: "wc", label: "wc -l", argv: (f) => ["wc", "-l", f] },
    {
      id: "panicscope",
      label: "panicscope analyze --json",
      argv: (f) => [process.execPath, run, "analyze", "--json", f],
      shown: `node ${path.relative(root, cli)} analyze --json FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    },
    {
      id: "panicscope-terminal",
      label: "panicscope analyze (terminal)",
      argv: (f) => [process.execPath, run, "analyze", "--no-color", f],
      shown: `node ${path.relative(root, cli)} analyze --no-color FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    },
    {
      id: "panicscope-html",
      label: "panicscope analyze --html",
      argv: (f) => [
        process.execPath,
        run,
        "analyze",
        "--html",
        path.join(scratch, "report.html"),
        f,
      ],
      shown: `node ${path.relative(root, cli)} analyze --html OUT.html FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    },
    {
      id: "panicscope-goroutines",
      label: "panicscope analyze --json --goroutines",
      argv: (f) => [process.execPath, run, "analyze", "--json", "--goroutines", f],
      shown: `node ${path.relative(root, cli)} analyze --json --goroutines FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    },
    {
      id: "panicscope-1thread",
      label: "panicscope analyze --json --threads 1",
      argv: (f) => [process.execPath, run, "analyze", "--json", "--threads", "1", f],
      shown: `node ${path.relative(root, cli)} analyze --json --threads 1 FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    },
    ...[2, 4].map((n) => ({
      id: `panicscope-${n}threads`,
      label: `panicscope analyze --json --threads ${n}`,
      argv: (f) => [process.execPath, run, "analyze", "--json", "--threads", String(n), f],
      shown: `node ${path.relative(root, cli)} analyze --json --threads ${n} FILE`,
      unavailable: existsSync(cli) ? undefined : `${cli} missing (npm run build)`,
    })),
    {
      id: "pp",
      label: "pp",
      argv: (f) => [peers.pp, "-no-color", f],
      unavailable: peers.problems.pp,
      compare: "panicscope-terminal",
    },
    {
      id: "pp-aggressive",
      label: "pp -aggressive",
      argv: (f) => [peers.pp, "-aggressive", "-no-color", f],
      unavailable: peers.problems["pp-aggressive"],
      compare: "panicscope-terminal",
    },
    {
      id: "pp-html",
      label: "pp -html",
      argv: (f) => [peers.pp, "-html", path.join(scratch, "pp.html"), f],
      shown: "$TOOLS/bin/pp -html OUT.html FILE",
      unavailable: peers.problems.pp,
      compare: "panicscope-html",
    },
    {
      id: "pp-aggressive-html",
      label: "pp -aggressive -html",
      argv: (f) => [peers.pp, "-aggressive", "-html", path.join(scratch, "pp.html"), f],
      shown: "$TOOLS/bin/pp -aggressive -html OUT.html FILE",
      unavailable: peers.problems["pp-aggressive"],
      compare: "panicscope-html",
    },
    {
      id: "gostackparse",
      label: "gostackparse (harness)",
      argv: (f) => [peers.gsp, f],
      keepStdout: true, // prints "goroutines=N errors=M": shown in the notes column
      unavailable: peers.problems.gostackparse,
    },
  ];
  const tools = all.filter((t) => opts.only.includes(t.id));
  tools.build = build;
  tools.run = run;
  return tools;
}

/**
 * bench/startup.mjs on the measured build's bin (main.cjs beside the CLI measured above), as a
 * child: its table goes into this report, its JSON report into this report's `startup`.
 */
function startupBench(cli, scratch) {
  const out = path.join(scratch, "startup.json");
  const bin = path.join(path.dirname(cli), "main.cjs");
  log("start-up: bench/startup.mjs (20 rounds)");
  const r = spawnSync(
    process.execPath,
    [path.join(benchDir, "startup.mjs"), "--panicscope", existsSync(bin) ? bin : cli, "--out", out],
    { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
  );
  if (!existsSync(out)) return { status: r.status, table: r.stdout };
  return { status: r.status, table: r.stdout, ...JSON.parse(readFileSync(out, "utf8")) };
}

/** bench/analyze-one.mjs (in-process cost of one small crash) on the measured build. */
function analyzeOneBench(cli) {
  log("per-crash cost in process: bench/analyze-one.mjs");
  const index = path.join(path.dirname(path.dirname(cli)), "index.js");
  const r = spawnSync(
    process.execPath,
    [path.join(benchDir, "analyze-one.mjs"), "--index", index],
    {
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    },
  );
  const median = /median ([\d.]+) ms/.exec(r.stdout)?.[1];
  return { status: r.status, line: r.stdout.trim(), medianMs: median ? Number(median) : null };
}

/** One run under /usr/bin/time and timeout(1). */
function measure(argv, timeoutS, scratch, keepStdout) {
  const timeFile = path.join(scratch, "time");
  const outFile = keepStdout ? path.join(scratch, "stdout") : "/dev/null";
  const errFile = path.join(scratch, "stderr");
  rmSync(timeFile, { force: true });
  const out = openSync(outFile, "w");
  const err = openSync(errFile, "w");
  const timeArgv = ["-f", "%e %U %S %M", "-o", timeFile, "timeout", "-k", "10", String(timeoutS)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", [...timeArgv, ...argv], { stdio: ["ignore", out, err] });
  const outerWall = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  closeSync(err);
  const timeText = existsSync(timeFile) ? readFileSync(timeFile, "utf8") : "";
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/m.exec(timeText);
  const run = {
    status: "ok",
    exit: r.status,
    wall: m ? Number(m[1]) : null,
    user: m ? Number(m[2]) : null,
    sys: m ? Number(m[3]) : null,
    rssKB: m ? Number(m[4]) : null,
    // Wall time seen from here, spawning time(1) and timeout(1) included; JSON only.
    outerWall: Number(outerWall.toFixed(4)),
  };
  const firstLine = (file) => {
    const text = readFileSync(file, "utf8");
    return text.split("\n").find((l) => l.trim() !== "") ?? "";
  };
  if (r.error) {
    run.status = "failed";
    run.note = r.error.message;
  } else if (r.status === 124 || r.status === 137) {
    run.status = "timeout";
  } else if (r.status !== 0 || !m) {
    run.status = "failed";
    const why = firstLine(errFile).slice(0, 120);
    run.note = `exit ${r.status}${r.signal ? ` (${r.signal})` : ""}${why ? `: ${why}` : ""}`;
  }
  if (keepStdout && run.status === "ok") {
    run.note = readFileSync(outFile, "utf8").trim().split("\n").join("; ").slice(0, 200);
  }
  return run;
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  return sorted[(sorted.length - 1) >> 1];
}

function fileInfo(file) {
  const bytes = statSync(file).size;
  const lines = Number(capture(["wc", "-l", file]).split(/\s+/)[0]);
  const goroutines = Number(capture(["grep", "-c", "^goroutine ", file]));
  return { bytes, lines, goroutines };
}

function sizeLabel(n) {
  if (typeof n === "string") return `${sizeLabel(Number(n.slice(4)))} identical`;
  const e = Math.log10(n);
  return Number.isInteger(e) ? `1e${e}` : String(n);
}

const fmt = {
  s: (x) => (x == null ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(1)),
  rate: (x) => (x == null ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(0)),
  int: (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, " "),
  ratio: (r) => {
    if (r == null) return "—";
    const digits = r.value < 10 ? 2 : 0;
    return `${r.bound ? `${r.bound} ` : ""}${r.value.toFixed(digits)}×`;
  },
};

/** panicscope's MB/s divided by the tool's MB/s (= tool wall / panicscope wall). */
function ratio(ps, row) {
  if (ps?.status !== "ok" || !(ps.wall > 0)) return null;
  if (row.status === "ok" && row.wall > 0) return { value: row.wall / ps.wall };
  if (row.status === "ok" && row.wall === 0) return { value: 0.01 / ps.wall, bound: "≤" };
  if (row.status === "timeout" && row.wall > 0) return { value: row.wall / ps.wall, bound: "≥" };
  return null;
}

function markdown(report) {
  const out = [];
  out.push(`## Traceback benchmark, ${report.date}`, "");
  const m = report.machine;
  out.push(
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB; load average at start ${m.loadavg.join(" ")}`,
    `- versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")}; measured build: ${report.panicscopeBuild}`,
    `- every command: \`/usr/bin/time -f '%e %U %S %M' timeout ${report.timeoutS} CMD > /dev/null\`, file in page cache; median wall of the runs shown`,
    "",
  );
  out.push(
    "| dump | tool | runs | wall s | MB/s | user s | sys s | peak RSS MB | panicscope MB/s ÷ tool MB/s (same output kind) | result |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  for (const size of report.sizes) {
    const dump = `${sizeLabel(size.n)} (${(size.bytes / MB).toFixed(1)} MB)`;
    for (const row of size.rows) {
      const notes = [row.status, row.note].filter(Boolean).join(": ").replaceAll("|", "\\|");
      let wall = fmt.s(row.wall);
      let rate = row.status === "ok" ? fmt.rate(row.mbps) : "—";
      if (row.status === "timeout") wall = `> ${wall}`;
      if (row.status === "ok" && row.wall === 0) {
        // Below the 0.01 s resolution of %e.
        wall = "< 0.01";
        rate = `> ${fmt.rate(size.bytes / MB / 0.01)}`;
      }
      const cells = [
        dump,
        row.label,
        row.runs.length,
        wall,
        rate,
        fmt.s(row.user),
        fmt.s(row.sys),
        row.rssMB == null ? "—" : fmt.int(row.rssMB),
        row.id.startsWith("panicscope")
          ? ""
          : `${fmt.ratio(row.ratio)}${row.comparedWith && row.comparedWith !== "panicscope" ? ` (vs ${row.comparedWith.replace("panicscope-", "")})` : ""}${[
              [row.ratioOneThread, "1 thread"],
              [row.ratio2Threads, "2 threads"],
              [row.ratio4Threads, "4 threads"],
            ]
              .filter(([r]) => r)
              .map(([r, n]) => `; ${fmt.ratio(r)} vs ${n}`)
              .join("")}`,
        notes,
      ];
      out.push(`| ${cells.join(" | ")} |`);
    }
  }
  out.push("", "Dumps:", "");
  for (const size of report.sizes) {
    out.push(
      `- \`${size.file}\`: ${fmt.int(size.bytes)} bytes, ${fmt.int(size.lines)} lines, ${fmt.int(size.goroutines)} goroutines; ${size.repeat} run(s) per command; load average before it ${size.loadavg.map((x) => x.toFixed(2)).join(" ")}`,
    );
  }
  out.push("", "Commands (FILE = the dump):", "");
  for (const row of report.sizes[0]?.rows ?? []) {
    out.push(`- ${row.label}: \`${row.command}\``);
  }
  if (report.startup) out.push("", report.startup.table.trim());
  if (report.analyzeOne) {
    out.push("", `Per-crash cost in process (bench/analyze-one.mjs): ${report.analyzeOne.line}`);
  }
  out.push("", ...targets(report));
  return `${out.join("\n")}\n`;
}

/** Issue 16's targets, each with this run's figure (— when its rows did not run). */
function targets(report) {
  const row = (n, id) => report.sizes.find((s) => s.n === n)?.rows.find((r) => r.id === id);
  const show = (r, goal) => (r == null ? "—" : `${fmt.ratio(r)} (target ${goal})`);
  const gsp = row(1e6, "gostackparse");
  // The default row reads on as many threads as the machine has: 2 threads on a 2-core one.
  const two = gsp?.ratio2Threads ?? (report.machine.cores === 2 ? gsp?.ratio : undefined);
  const pp = row(1e5, "pp-aggressive");
  const start = report.startup?.rows?.find((r) => r.id !== "node");
  const one = report.analyzeOne?.medianMs;
  return [
    `Issue 16's targets (load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}; figures under load are not final):`,
    "",
    `- 10⁶, panicscope MB/s ÷ gostackparse MB/s: default threads ${show(gsp?.ratio, "≥ 2×")}, 2 threads ${show(two, "≥ 2×")}, 1 thread ${show(gsp?.ratioOneThread, "≥ 1×")}`,
    `- 10⁵, panicscope (terminal) ÷ pp -aggressive: ${show(pp?.ratio, "≥ 5×")}`,
    `- start-up, panicscope CRASH − node -e 0: ${start ? `${start.overNodeMedianMs.toFixed(1)} ms (target ≤ 40 ms)` : "—"}`,
    `- one small crash in process, median: ${one == null ? "—" : `${one} ms (target < 0.5 ms)`}`,
  ];
}

function outputPath(date) {
  const dir = path.join(benchDir, "out");
  mkdirSync(dir, { recursive: true });
  for (let k = 1; ; k++) {
    const file = path.join(dir, `traceback-${date}${k === 1 ? "" : `-${k}`}.json`);
    if (!existsSync(file)) return file;
  }
}

export async function main(argv = process.argv.slice(2)) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`traceback: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (opts === undefined) return 0;
  mkdirSync(opts.tools, { recursive: true });

  if (!ensureDumps(opts.sizes, opts.tools)) {
    log("could not generate the dumps; giving up");
    return 1;
  }
  const peers = ensurePeers(opts.tools, opts.only);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "panicscope-bench-"));
  try {
    return run(opts, peers, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function run(opts, peers, scratch) {
  const tools = defineTools(opts, peers, scratch);
  const now = new Date();
  const report = {
    date: now.toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "?",
      cores: os.availableParallelism(),
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    },
    versions: {
      panicscope: `${JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version} @ ${capture(["git", "rev-parse", "--short", "HEAD"], { cwd: root }) || "?"}`,
      node: process.version,
      go: capture(["go", "env", "GOVERSION"]).replace(/^go/, "") || "?",
      pp: existsSync(peers.pp) ? goModVersion(peers.pp, "github.com/maruel/panicparse") : "—",
      gostackparse: existsSync(peers.gsp) ? goModVersion(peers.gsp, GSP_MODULE) : "—",
      wc:
        capture(["wc", "--version"])
          .split("\n")[0]
          .replace(/^wc \((.*)\)/, "$1") || "?",
    },
    panicscopeBuild: tools.build,
    timeoutS: opts.timeout,
    toolsDir: opts.tools,
    sizes: [],
  };
  for (const n of opts.sizes) {
    const file = dumpPath(n);
    const rel = path.relative(root, file);
    log(`${rel}: warming the page cache`);
    spawnSync("sh", ["-c", 'cat "$1" > /dev/null', "sh", file]);
    const info = fileInfo(file);
    const repeat = opts.repeat ?? (info.bytes < 100 * MB ? 3 : 1);
    const size = { n, file: rel, ...info, repeat, loadavg: os.loadavg(), rows: [] };
    const rows = tools.map((t) => ({
      id: t.id,
      label: t.label,
      command:
        t.shown ??
        t
          .argv("FILE")
          .map((a) => a.replace(opts.tools, "$TOOLS").replace(`${root}/`, ""))
          .map((a) => (a === process.execPath ? "node" : a))
          .join(" "),
      argv: t.argv(file),
      keepStdout: t.keepStdout,
      compare: t.compare,
      status: t.unavailable ? "unavailable" : "ok",
      note: t.unavailable,
      runs: [],
    }));
    // Runs are interleaved (all tools once, then again) so load drifts hit every tool alike.
    for (let k = 0; k < repeat; k++) {
      for (const row of rows) {
        if (row.status !== "ok") continue; // unavailable, or failed/timed out on an earlier run
        log(`${rel}: ${row.label} (run ${k + 1}/${repeat})`);
        const run = measure(row.argv, opts.timeout, scratch, row.keepStdout);
        row.runs.push(run);
        log(
          `  ${run.status} ${run.wall} s wall, ${run.rssKB} KB${run.note ? `; ${run.note}` : ""}`,
        );
        if (run.status !== "ok") {
          row.status = run.status;
          row.note = run.note;
        }
      }
    }
    for (const row of rows) {
      const pick = row.status === "ok" ? median(row.runs) : row.runs.at(-1);
      row.wall = pick?.wall ?? null;
      row.user = pick?.user ?? null;
      row.sys = pick?.sys ?? null;
      row.rssMB = pick?.rssKB == null ? null : (pick.rssKB * 1024) / MB;
      row.mbps = row.status === "ok" && row.wall > 0 ? info.bytes / MB / row.wall : null;
      if (row.status === "ok" && pick?.note) row.note = pick.note;
      delete row.keepStdout;
      delete row.argv;
    }
    // Each peer is compared with the panicscope row that does the same job (terminal output
    // with pp, HTML with pp -html); the rest with analyze --json.
    const ps = rows.find((r) => r.id === "panicscope");
    for (const row of rows) {
      const mine = rows.find((r) => r.id === row.compare && r.status === "ok") ?? ps;
      row.ratio = ratio(mine, row);
      row.comparedWith = mine?.id;
    }
    // gostackparse parses on one thread (and collects garbage on the other): also against
    // panicscope on one thread, when that row ran.
    const one = rows.find((r) => r.id === "panicscope-1thread" && r.status === "ok");
    const gsp = rows.find((r) => r.id === "gostackparse");
    if (one !== undefined && gsp !== undefined) gsp.ratioOneThread = ratio(one, gsp);
    for (const n of [2, 4]) {
      const some = rows.find((r) => r.id === `panicscope-${n}threads` && r.status === "ok");
      if (some !== undefined && gsp !== undefined) gsp[`ratio${n}Threads`] = ratio(some, gsp);
    }
    size.rows = rows;
    report.sizes.push(size);
  }

  if (opts.only.includes("startup")) report.startup = startupBench(tools.run, scratch);
  if (opts.only.includes("analyze-one")) report.analyzeOne = analyzeOneBench(tools.run);
  const table = markdown(report);
  process.stdout.write(table);
  const jsonFile = outputPath(now.toISOString().slice(0, 10));
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(root, jsonFile)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then((code) => {
    process.exitCode = code;
  });
}
