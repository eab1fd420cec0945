// The issue's "done when", end to end: a Go program using the module (go/internal/testprogs/
// crasher, built here from a git commit so its build info carries vcs.revision) dies of
// `concurrent map writes` and of an unrecovered panic in a goroutine, reporting to a real
// `panicscope serve` (the CLI, a temporary SQLite store); both crashes are then issues in
// `panicscope issues --json`, with the build info and context their reports carried.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { hostname } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { promisify } from "node:util";
import type { IssuesDocument } from "../../src/server/issues-json.js";
import { freshDatabase } from "../store/stores.js";
import { tempDir } from "../temp-dir.js";
import {
  buildProgram,
  commitModule,
  goVersion,
  MAIN,
  runProgram,
  serve,
  noGo as skip,
  TOKEN,
} from "./programs.js";

const execFileAsync = promisify(execFile);

let dir: string;
let crasher: string;
let revision: string;
let url: string;

// SQLite always; PostgreSQL too under scripts/with-postgres.sh.
const STORES: [string, () => Promise<string>][] = [["sqlite", async () => join(dir, "data")]];
if (process.env.PANICSCOPE_TEST_PG !== undefined) STORES.push(["postgres", freshDatabase]);

before(async () => {
  if (skip) return;
  dir = tempDir("panicscope-gomodule-serve-");
  const module = commitModule(dir);
  revision = module.revision;
  crasher = join(dir, "crasher");
  buildProgram(module.src, crasher, "./internal/testprogs/crasher");
});

/** Runs the crasher until it and its monitor are done (the monitor holds stdout until sent). */
function crash(mode: string) {
  return runProgram(crasher, [mode], {
    PANICSCOPE_TEST_SERVER: url,
    PANICSCOPE_TEST_SPOOL: join(dir, `spool-${mode}-${url.split(":").pop()}`),
  });
}

for (const [storeName, database] of STORES) {
  test(`a concurrent map writes and a goroutine's panic become issues with build info and context (${storeName})`, {
    skip,
  }, async () => {
    const db = await database();
    const server = await serve(db);
    url = server.url;
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
      await server.stop();
    }
  });
}
