// The issue's "done when", end to end: a Go program using the module (go/internal/testprogs/
// crasher, built here from a git commit so its build info carries vcs.revision) dies of
// `concurrent map writes` and of an unrecovered panic in a goroutine, reporting to a real
// `panicscope serve` (the CLI, a temporary SQLite store); both crashes are then issues in
// `panicscope issues --json`, with the build info and context their reports carried.

import assert from "node:assert/strict";
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { before, test } from "node:test";
import { promisify } from "node:util";
import type { IssuesDocument } from "../../src/server/issues-json.js";
import { freshDatabase } from "../store/stores.js";
import { tempDir } from "../temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const MAIN = join(ROOT, "dist", "src", "cli", "main.js");
const TOKEN = "t0ken"; // the crasher's Config.Token
const GO_ENV = { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local" };
const execFileAsync = promisify(execFile);

const goVersion = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8", env: GO_ENV });
const skip =
  goVersion.status === 0 ? false : "no go command on PATH (the module's programs are built here)";
if (skip && process.env.CI) throw new Error(skip);

let dir: string;
let crasher: string;
let revision: string;
let url: string;

/** `panicscope serve --db DB` until `stop` is called; sets `url`. */
async function serve(db: string): Promise<() => Promise<void>> {
  const server: ChildProcess = spawn(
    process.execPath,
    [MAIN, "serve", "--db", db, "--port", "0", "--token", TOKEN],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  url = await new Promise<string>((done, fail) => {
    let seen = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (\S+)/.exec(seen);
      if (match) done(match[1] as string);
    });
    server.on("exit", (code) => fail(new Error(`serve exited ${code}: ${seen}`)));
  });
  return async () => {
    const exited = new Promise((done) => server.on("exit", done));
    server.kill("SIGTERM");
    await exited;
  };
}

// SQLite always; PostgreSQL too under scripts/with-postgres.sh.
const STORES: [string, () => Promise<string>][] = [["sqlite", async () => join(dir, "data")]];
if (process.env.PANICSCOPE_TEST_PG !== undefined) STORES.push(["postgres", freshDatabase]);

function sh(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, env: GO_ENV, encoding: "utf8" });
  assert.equal(r.status, 0, `${command} ${args.join(" ")}:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

before(async () => {
  if (skip) return;
  dir = tempDir("panicscope-gomodule-serve-");
  // A git worktree's .git file is not read by the go command: build from a fresh commit.
  const src = join(dir, "src");
  cpSync(join(ROOT, "go"), src, { recursive: true });
  const git = ["-c", "user.name=test", "-c", "user.email=test@example.com"];
  sh("git", [...git, "init", "-q"], src);
  sh("git", [...git, "add", "-A"], src);
  sh("git", [...git, "commit", "-q", "-m", "test"], src);
  revision = sh("git", ["rev-parse", "HEAD"], src);
  crasher = join(dir, "crasher");
  sh("go", ["build", "-buildvcs=true", "-o", crasher, "./internal/testprogs/crasher"], src);
});

/** Runs the crasher until it and its monitor are done (the monitor holds stdout until sent). */
function crash(mode: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(crasher, [mode], {
    env: {
      ...process.env,
      PANICSCOPE_TEST_SERVER: url,
      PANICSCOPE_TEST_SPOOL: join(dir, `spool-${mode}-${url.split(":").pop()}`),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((done) => child.on("close", (code) => done({ code, stderr })));
}

for (const [storeName, database] of STORES) {
  test(`a concurrent map writes and a goroutine's panic become issues with build info and context (${storeName})`, {
    skip,
  }, async () => {
    const db = await database();
    const stop = await serve(db);
    try {
      const mapWrites = await crash("map-writes");
      assert.equal(mapWrites.code, 2);
      assert.match(mapWrites.stderr, /^fatal error: concurrent map writes\n/);
      const goroutinePanic = await crash("goroutine-panic");
      assert.equal(goroutinePanic.code, 2);
      assert.match(
        goroutinePanic.stderr,
        /^panic: runtime error: index out of range \[3\] with length 3\n/,
      );

      const { stdout } = await execFileAsync(process.execPath, [
        MAIN,
        "issues",
        "--server",
        url,
        "--token",
        TOKEN,
        "--json",
      ]);
      const listed = JSON.parse(stdout) as IssuesDocument;
      assert.equal(listed.schema, "panicscope/issues@1");
      assert.equal(listed.unparsedReports, 0);
      const summary = listed.issues
        .map((issue) => [
          issue.rule,
          issue.category,
          issue.title,
          issue.count,
          issue.releases,
          issue.hosts,
        ])
        .sort();
      assert.deepEqual(summary, [
        [
          "concurrent-map-writes",
          "concurrent-map",
          "concurrent map writes in main.mapWrites.func1",
          1,
          ["1.4.2"],
          [hostname()],
        ],
        [
          "index-out-of-range",
          "index-out-of-range",
          "runtime error: index out of range [3] with length 3 in main.worker",
          1,
          ["1.4.2"],
          [hostname()],
        ],
      ]);
      for (const issue of listed.issues) {
        const latest = issue.latest;
        assert.ok(latest !== null, `issue ${issue.id} has no latest report`);
        assert.equal(latest.kind, "crash");
        assert.equal(latest.release, "1.4.2");
        assert.equal(latest.environment, "test");
        assert.equal(latest.host, hostname());
        assert.deepEqual(latest.context, { tags: { region: "eu-west-1" } });
        const build = latest.build as {
          goVersion: string;
          path: string;
          main: { path: string };
          settings: Record<string, string>;
        };
        assert.equal(build.goVersion, goVersion.stdout.trim());
        assert.equal(build.path, "github.com/panicscope/panicscope/go/internal/testprogs/crasher");
        assert.equal(build.main.path, "github.com/panicscope/panicscope/go");
        assert.equal(build.settings["vcs.revision"], revision);
        assert.equal(build.settings["vcs.modified"], "false");
      }

      // The same list from the store itself, and the table a person reads.
      const fromStore = await execFileAsync(process.execPath, [
        MAIN,
        "issues",
        "--db",
        db,
        "--json",
      ]);
      assert.deepEqual(JSON.parse(fromStore.stdout), listed);
      const table = await execFileAsync(process.execPath, [MAIN, "issues", "--db", db]);
      const line = `${goVersion.stdout.trim()} · github.com/panicscope/panicscope/go@`;
      assert.ok(table.stdout.includes(line), table.stdout);
      assert.ok(
        table.stdout.includes(`rev ${revision.slice(0, 12)} · env test · tags region=eu-west-1`),
        table.stdout,
      );
    } finally {
      await stop();
    }
  });
}
