// Test support: real core files of testdata/core/crash (or another program of testdata/core),
// produced here. The program runs with
// GOTRACEBACK=crash and `ulimit -c unlimited`, so the runtime prints every goroutine to stderr
// and then aborts with a core; both are kept (cached by binary and mode under $TMPDIR, never
// committed). Needs /proc/sys/kernel/core_pattern to write a file (`core` or a path), not to
// pipe to a handler: tests skip with the reason otherwise.

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { CACHE, DEBIAN_GO, goEnv, ROOT, type Toolchain } from "../binary/toolchains.js";

const PROGRAMS = join(ROOT, "testdata", "core");

export interface CoreRun {
  binary: string;
  core: string;
  stderr: string;
}

/** Why cores cannot be produced here, or undefined when they can. */
export function coreUnavailable(): string | undefined {
  let pattern = "";
  try {
    pattern = readFileSync("/proc/sys/kernel/core_pattern", "utf8").trim();
  } catch {
    return "no /proc/sys/kernel/core_pattern (not Linux)";
  }
  if (pattern.startsWith("|")) return `core_pattern pipes cores to a handler (${pattern})`;
  if (process.arch !== "x64" && process.arch !== "arm64") return `arch ${process.arch}`;
  return undefined;
}

/**
 * Debian's Go releases unpacked by scripts/debian-go.sh (1.21–1.27 when present), 1.19, and
 * Go 1.20, which Debian never packaged, from the module proxy (scripts/proxy-go.sh).
 */
export function coreToolchains(): Toolchain[] {
  const paths: [string, string][] = [["go", "go"]];
  if (existsSync("/usr/lib/go-1.19/bin/go")) paths.push(["go1.19", "/usr/lib/go-1.19/bin/go"]);
  for (const v of ["1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.27"]) {
    const debian = join(DEBIAN_GO, v, "usr/lib", `go-${v}`, "bin/go");
    const proxy = join(DEBIAN_GO, v, "go/bin/go");
    const go = existsSync(debian) ? debian : proxy;
    if (existsSync(go)) paths.push([`go${v}`, go]);
  }
  const out: Toolchain[] = [];
  for (const [name, go] of paths) {
    const r = spawnSync(go, ["env", "GOVERSION"], { encoding: "utf8", env: goEnv({}) });
    if (r.status === 0) out.push({ name, go, version: r.stdout.trim() });
  }
  return out;
}

/** qemu-user for arm64 cores on an amd64 machine (Debian qemu-user-static), if installed. */
export function qemuArm64(): string | undefined {
  if (process.arch === "arm64") return "";
  const q = "/usr/bin/qemu-aarch64-static";
  return existsSync(q) ? q : undefined;
}

/** A Go architecture whose cores this machine can make under qemu-user. */
export type QemuArch = "arm64" | "ppc64le" | "arm";

/**
 * qemu-user for GOARCH's programs (Debian qemu-user-static), if installed; "" when the machine
 * runs them itself. ppc64le and 32-bit arm cores are ones panicscope refuses by name.
 */
export function qemuFor(goarch: QemuArch): string | undefined {
  if (goarch === "arm64") return qemuArm64();
  const q = `/usr/bin/qemu-${goarch === "arm" ? "arm" : "ppc64le"}-static`;
  return existsSync(q) ? q : undefined;
}

/**
 * Debian's arm64 C library unpacked by scripts/debian-sysroot.sh, for qemu-user's `-L`: an arm64
 * PIE needs the dynamic loader /lib/ld-linux-aarch64.so.1. "" on an arm64 machine (its own).
 */
export function arm64Sysroot(): string | undefined {
  if (process.arch === "arm64") return "";
  const root = join(DEBIAN_GO, "sysroot-arm64");
  return existsSync(join(root, "lib/ld-linux-aarch64.so.1")) ? root : undefined;
}

/**
 * Debian's arm64 cross gcc unpacked by scripts/debian-cross-gcc.sh, the external linker of an
 * arm64 cgo build. "" on an arm64 machine (its own gcc).
 */
export function arm64CrossGcc(): string | undefined {
  if (process.arch === "arm64") return "";
  const gcc = join(DEBIAN_GO, "cross-arm64/bin/aarch64-linux-gnu-gcc");
  return existsSync(gcc) ? gcc : undefined;
}

/** Builds a program of testdata/core (cached by toolchain, flags and GOARCH). */
export function buildCrash(
  tc: Toolchain,
  flags: string[],
  goarch?: string,
  cgo = false,
  program = "crash",
): string {
  const dir = join(PROGRAMS, program);
  const h = createHash("sha256");
  for (const name of readdirSync(dir).sort()) h.update(name).update(readFileSync(join(dir, name)));
  h.update(JSON.stringify([tc.version, tc.go, flags, goarch ?? "", cgo]));
  const out = join(CACHE, `corecrash-${h.digest("hex").slice(0, 16)}`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  execFileSync(tc.go, ["build", "-o", tmp, ...flags, "."], {
    cwd: dir,
    env: goEnv({
      // -buildvcs (goEnv's GOFLAGS) is Go 1.18's: older releases refuse it.
      ...(Number(tc.version.split(".")[1]) < 18 ? { GOFLAGS: "" } : {}),
      ...(goarch === undefined ? {} : { GOARCH: goarch }),
      ...(cgo ? { CGO_ENABLED: "1" } : {}),
      ...(cgo && goarch === "arm64" && arm64CrossGcc() ? { CC: arm64CrossGcc()! } : {}),
    }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  renameSync(tmp, out);
  return out;
}

/**
 * Builds testdata/core/PROGRAM with tc and flags, runs it with args, returns the core and stderr.
 * Other architectures run under qemu-user, which writes the guest's core as `qemu_PROG_DATE-TIME_PID.core`
 * (and the kernel may write qemu's own core as `core`, which is not the program's), with the
 * arm64 sysroot as its `-L` when there is one. `launch: "loader"` starts the program as an
 * argument of the dynamic loader (`ld-linux-aarch64.so.1 PROG`, `ld-linux-x86-64.so.2 PROG`), as
 * one runs a binary whose interpreter path is missing: the process's entry is the loader's.
 */
export function crashCore(
  tc: Toolchain,
  flags: string[],
  args: string[],
  goarch?: QemuArch,
  cgo = false,
  env: Record<string, string> = {},
  program = "crash",
  launch: "direct" | "loader" = "direct",
): CoreRun {
  const binary = buildCrash(tc, flags, goarch, cgo, program);
  const qemu = goarch === undefined ? "" : (qemuFor(goarch) ?? "");
  const sysroot = goarch === "arm64" ? arm64Sysroot() : undefined;
  const key = createHash("sha256")
    .update(binary)
    .update(JSON.stringify(launch === "direct" ? [args, env] : [args, env, launch]))
    .digest("hex")
    .slice(0, 16);
  const dir = join(CACHE, "cores", `${basename(binary)}-${key}`);
  const core = join(dir, "core");
  const stderr = join(dir, "stderr.txt");
  if (existsSync(core) && existsSync(stderr)) {
    return { binary, core, stderr: readFileSync(stderr, "utf8") };
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const ldso =
    goarch === "arm64"
      ? join("/", sysroot ?? "", "lib/ld-linux-aarch64.so.1")
      : "/lib64/ld-linux-x86-64.so.2";
  const loader = launch === "loader" ? [ldso, binary] : [binary];
  const argv = [
    ...(qemu === "" ? [] : [qemu, ...(sysroot ? ["-L", sysroot] : [])]),
    ...loader,
    ...args,
  ];
  const r = spawnSync("bash", ["-c", 'ulimit -c unlimited && exec "$0" "$@"', ...argv], {
    cwd: tmp,
    env: { ...process.env, GOTRACEBACK: "crash", GOMAXPROCS: "4", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
    // A program that never dies (a deadlock the runtime cannot see, as with cgo) fails here.
    timeout: 120_000,
    killSignal: "SIGKILL",
  });
  // The kernel names the file `core` or `core.PID` (core_uses_pid).
  const made = readdirSync(tmp).find((n) =>
    qemu === ""
      ? n === "core" || n.startsWith("core.")
      : n.startsWith("qemu_") && n.endsWith(".core"),
  );
  if (made === undefined) {
    throw new Error(
      `no core from ${binary} ${args.join(" ")} (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 400)}`,
    );
  }
  if (made !== "core") renameSync(join(tmp, made), join(tmp, "core"));
  writeFileSync(join(tmp, "stderr.txt"), r.stderr);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { binary, core, stderr: r.stderr };
}

/**
 * A core of testdata/core/PROGRAM killed from outside: run with GOTRACEBACK=crash (under
 * qemu-user for arm64), sent `signal` once it prints "ready", as one kills a hung service to
 * get its core. Cached like crashCore's.
 */
export async function killedCore(
  tc: Toolchain,
  flags: string[],
  signal: "SIGABRT" | "SIGQUIT",
  goarch?: "arm64",
  program = "hang",
): Promise<CoreRun> {
  const binary = buildCrash(tc, flags, goarch, false, program);
  const key = createHash("sha256").update(binary).update(signal).digest("hex").slice(0, 16);
  const dir = join(CACHE, "cores", `${basename(binary)}-killed-${key}`);
  const core = join(dir, "core");
  const stderr = join(dir, "stderr.txt");
  if (existsSync(core) && existsSync(stderr)) {
    return { binary, core, stderr: readFileSync(stderr, "utf8") };
  }
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const qemu = goarch === undefined ? "" : (qemuFor(goarch) ?? "");
  const sysroot = goarch === "arm64" ? arm64Sysroot() : undefined;
  const argv = [...(qemu === "" ? [] : [qemu, ...(sysroot ? ["-L", sysroot] : [])]), binary];
  const child = spawn("bash", ["-c", 'ulimit -c unlimited && exec "$0" "$@"', ...argv], {
    cwd: tmp,
    env: { ...process.env, GOTRACEBACK: "crash", GOMAXPROCS: "4" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    err += d;
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  await new Promise<void>((resolve) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (out.includes("ready\n")) resolve();
    });
    child.on("exit", () => resolve());
  });
  child.kill(signal);
  await exited;
  clearTimeout(timer);
  const made = readdirSync(tmp).find((n) =>
    qemu === ""
      ? n === "core" || n.startsWith("core.")
      : n.startsWith("qemu_") && n.endsWith(".core"),
  );
  if (made === undefined)
    throw new Error(`no core from ${binary} after ${signal}: ${err.slice(0, 400)}`);
  if (made !== "core") renameSync(join(tmp, made), join(tmp, "core"));
  writeFileSync(join(tmp, "stderr.txt"), err);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { binary, core, stderr: err };
}
