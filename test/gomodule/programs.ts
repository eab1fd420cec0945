// The Go module's test programs for the tests that run them against `panicscope serve`: built
// from a fresh git commit of go/ (a git worktree's .git file is not read by the go command),
// so their build info carries vcs.revision; and the CLI's server on a store of the test's.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { MAIN, type ServeProcess, serveProcess } from "../serve-process.js";

const ROOT = resolve(import.meta.dirname, "../../..");

export { MAIN };
/** The test programs' Config.Token. */
export const TOKEN = "t0ken";
export const GO_ENV = { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local" };

export const goVersion = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8", env: GO_ENV });
export const noGo =
  goVersion.status === 0 ? false : "no go command on PATH (the module's programs are built here)";
if (noGo && process.env.CI) throw new Error(noGo);

function sh(command: string, args: string[], cwd: string, env = GO_ENV): string {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  assert.equal(r.status, 0, `${command} ${args.join(" ")}:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** Copies go/ to dir/src and commits it; returns the commit. */
export function commitModule(dir: string): { src: string; revision: string } {
  const src = join(dir, "src");
  cpSync(join(ROOT, "go"), src, { recursive: true });
  const git = ["-c", "user.name=test", "-c", "user.email=test@example.com"];
  sh("git", [...git, "init", "-q"], src);
  sh("git", [...git, "add", "-A"], src);
  sh("git", [...git, "commit", "-q", "-m", "test"], src);
  return { src, revision: sh("git", ["rev-parse", "HEAD"], src) };
}

/** `go build -o out pkg` in the committed module, with extra environment (CGO_ENABLED). */
export function buildProgram(
  src: string,
  out: string,
  pkg: string,
  env: Record<string, string> = {},
) {
  sh("go", ["build", "-buildvcs=true", "-o", out, pkg], src, { ...GO_ENV, ...env });
}

/** `panicscope serve --db db` with the programs' token until the returned stop is called. */
export function serve(db: string): Promise<ServeProcess> {
  return serveProcess(db, TOKEN);
}

export interface ProgramRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a test program until it and its monitor are done (the monitor holds stdout, the
 * Output, and stderr, which it relays, until it has delivered). */
export function runProgram(
  bin: string,
  args: string[],
  env: Record<string, string>,
): Promise<ProgramRun> {
  const child = spawn(bin, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
  return new Promise((done) =>
    child.on("close", (code) =>
      done({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    ),
  );
}
