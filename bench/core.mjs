#!/usr/bin/env node
// Benchmark: the full goroutine list, with every stack, from the core of a process with N
// goroutines (testdata/core/crash `many N`, GOTRACEBACK=crash), beside `dlv core` on the same
// core when a dlv binary is given (dlv is a comparator, never a dependency:
// `GOBIN=$(mktemp -d) go install github.com/go-delve/delve/cmd/dlv@latest`).
//
//   npm run build && node bench/core.mjs [--goroutines N] [--dlv PATH]
//
// Builds the program twice (with symbols, and stripped with -s -w), makes both cores in
// $TMPDIR/panicscope-bench-core (kept for reruns), and times, as wall and CPU time (user +
// system, which a shared machine's load changes less) with the load average before and after:
//   - panicscope: open + every goroutine with its frames (in process, after module load);
//   - dlv core: `goroutines` (the list), and `goroutines -t 100` (the list with stacks).
// Prints one line per measurement.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { goroutines: { type: "string", default: "100000" }, dlv: { type: "string" } },
});
const n = values.goroutines;
const dir = join(tmpdir(), "panicscope-bench-core");
mkdirSync(dir, { recursive: true });
const env = { ...process.env, GOFLAGS: "-buildvcs=false", GOTOOLCHAIN: "local", CGO_ENABLED: "0" };

function make(name, flags) {
  const bin = join(dir, name);
  const core = join(dir, `${name}-${n}.core`);
  if (!existsSync(bin)) {
    execFileSync("go", ["build", "-o", bin, ...flags, "."], {
      cwd: join(root, "testdata/core/crash"),
      env,
    });
  }
  if (!existsSync(core)) {
    const work = join(dir, `run-${name}`);
    mkdirSync(work, { recursive: true });
    spawnSync("bash", ["-c", 'ulimit -c unlimited && exec "$0" "$@"', bin, "many", n], {
      cwd: work,
      env: { ...process.env, GOTRACEBACK: "crash" },
      stdio: "ignore",
    });
    const made = readdirSync(work).find((f) => f === "core" || f.startsWith("core."));
    if (made === undefined) throw new Error(`no core from ${bin} (check core_pattern)`);
    renameSync(join(work, made), core);
  }
  return { bin, core };
}

/** `U + S = T s`: CPU seconds, which a loaded machine changes less than wall time. */
function cpu(user, sys) {
  return `${user.toFixed(2)} + ${sys.toFixed(2)} = ${(user + sys).toFixed(2)} s`;
}

const { CoreProcess } = await import(join(root, "dist/src/core/open.js"));
const { crashFromCore } = await import(join(root, "dist/src/core/crash.js"));

for (const [name, flags] of [
  ["full", []],
  ["stripped", ["-ldflags=-s -w"]],
]) {
  const { bin, core } = make(name, flags);
  const load0 = loadavg()[0];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const proc = CoreProcess.open(bin, core);
  const crash = crashFromCore(proc);
  proc.close();
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const frames = crash.goroutines.reduce((s, g) => s + g.frames.length, 0);
  console.log(
    `panicscope ${name}: ${crash.goroutines.length} goroutines, ${frames} frames in ${(ms / 1000).toFixed(2)} s, CPU ${cpu(c.user / 1e6, c.system / 1e6)} (allgs by ${proc.allgs.how}; load ${load0.toFixed(1)}–${loadavg()[0].toFixed(1)})`,
  );
  if (values.dlv === undefined) continue;
  for (const [what, command] of [
    ["goroutines", "goroutines"],
    ["goroutines -t 100", "goroutines -t 100"],
  ]) {
    const script = join(dir, "dlv-init");
    execFileSync("bash", ["-c", `printf '%s\\nexit\\n' "${command}" > ${script}`]);
    const times = join(dir, "dlv-time");
    const l0 = loadavg()[0];
    const s0 = performance.now();
    // GNU time's user and system seconds of dlv (and its children); its output stays dlv's.
    const r = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%U %S",
        "-o",
        times,
        values.dlv,
        "core",
        bin,
        core,
        "--init",
        script,
        "--allow-non-terminal-interactive=true",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 },
    );
    const secs = ((performance.now() - s0) / 1000).toFixed(2);
    const [user, sys] = readFileSync(times, "utf8").trim().split("\n").pop().split(" ").map(Number);
    const last = `${r.stdout}${r.stderr}`.trim().split("\n").pop();
    console.log(
      `dlv core ${name} \`${what}\`: ${secs} s, CPU ${cpu(user, sys)} (load ${l0.toFixed(1)}–${loadavg()[0].toFixed(1)}) — ${last}`,
    );
  }
}
