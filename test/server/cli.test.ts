// serve, send and issues as a user runs them: the compiled entry point in child processes,
// talking over 127.0.0.1.

import assert from "node:assert/strict";
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");
const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
const RESTARTS = join(TESTDATA, "wrapped", "cri.restarts.txt");
const NIL_DEREF = join(TESTDATA, "go", "go1.26", "nil-deref.single.txt");
const run = promisify(execFile);

let dir: string;
let server: ChildProcess;
let url: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "panicscope-serve-"));
  server = spawn(process.execPath, [MAIN, "serve", "--db", dir, "--port", "0", "--token", "t0k"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (\S+)/.exec(seen);
      if (match) resolve(match[1] as string);
    });
    server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${seen}`)));
  });
});

after(async () => {
  const exited = new Promise((resolve) => server.on("exit", resolve));
  server.kill("SIGTERM");
  await exited;
  rmSync(dir, { recursive: true, force: true });
});

interface ListedIssue {
  rule: string;
  category: string;
  count: number;
  status: string;
  regressed: boolean;
  releases: string[];
  fingerprint: string;
  latest: Record<string, unknown> | null;
}

test("send uploads one report per crash; issues lists them from the server and the store", async () => {
  const sent = await run(process.execPath, [
    MAIN,
    "send",
    RESTARTS,
    NIL_DEREF,
    NIL_DEREF,
    "--server",
    url,
    "--token",
    "t0k",
    "--release",
    "2.1.0",
  ]);
  assert.equal(sent.stdout.trim().split("\n").length, 4);

  const fromServer = await run(process.execPath, [
    MAIN,
    "issues",
    "--server",
    url,
    "--token",
    "t0k",
    "--json",
  ]);
  const listed = JSON.parse(fromServer.stdout) as { schema: string; issues: ListedIssue[] };
  assert.equal(listed.schema, "panicscope/issues@1");
  // The fields README.md lists, in its order.
  assert.deepEqual(Object.keys(listed), ["schema", "issues", "unparsedReports"]);
  for (const issue of listed.issues) {
    assert.deepEqual(Object.keys(issue), [
      "id",
      "projectId",
      "fingerprint",
      "fingerprintVersion",
      "category",
      "rule",
      "title",
      "firstSeen",
      "lastSeen",
      "count",
      "releases",
      "hosts",
      "status",
      "resolvedIn",
      "regressed",
      "mergedInto",
      "latest",
    ]);
    assert.deepEqual(Object.keys(issue.latest ?? {}), [
      "report",
      "receivedAt",
      "kind",
      "release",
      "environment",
      "host",
      "build",
      "context",
    ]);
  }
  const summary = listed.issues.map((i) => [
    i.rule,
    i.category,
    i.count,
    i.status,
    i.regressed,
    i.releases,
  ]);
  summary.sort();
  assert.deepEqual(summary, [
    ["index-out-of-range", "index-out-of-range", 1, "open", false, ["2.1.0"]],
    ["nil-map-assignment", "nil-map-write", 1, "open", false, ["2.1.0"]],
    ["nil-pointer-dereference", "nil-deref", 2, "open", false, ["2.1.0"]],
  ]);
  assert.ok(listed.issues.some((i) => i.fingerprint === "fp1:c4da77724527c2f7"));

  const fromStore = await run(process.execPath, [MAIN, "issues", "--db", dir, "--json"]);
  assert.deepEqual(JSON.parse(fromStore.stdout), listed);

  const table = await run(process.execPath, [MAIN, "issues", "--db", dir]);
  assert.match(
    table.stdout,
    /runtime error: invalid memory address or nil pointer dereference in main\.\(\*Account\)\.Balance\n +nil-deref · nil-pointer-dereference · 2× · open/,
  );
});

test("send with a wrong token fails with the server's 401", async () => {
  await assert.rejects(
    run(process.execPath, [MAIN, "send", NIL_DEREF, "--server", url, "--token", "nope"]),
    (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /401 \{"error":"wrong token"\}/);
      return true;
    },
  );
});

test("serve --analysis-threads refuses what is not a whole number of threads", async () => {
  const refused = await run(process.execPath, [MAIN, "serve", "--analysis-threads", "1.5"]).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(refused?.code, 2);
  assert.equal(refused?.stderr, "panicscope: --analysis-threads 1.5 is not a number of threads\n");
});

test("serve --keep-reports 1 deletes all but the newest report at start; counts stay", async () => {
  const second = spawn(
    process.execPath,
    [MAIN, "serve", "--db", dir, "--port", "0", "--keep-reports", "1"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise((resolve) => second.on("exit", resolve));
  const seen = await new Promise<string>((resolve) => {
    let text = "";
    second.stderr?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("listening on")) resolve(text);
    });
  });
  second.kill("SIGTERM");
  await exited;
  assert.match(seen, /retention deleted 3 reports/);
  const listed = await run(process.execPath, [MAIN, "issues", "--db", dir, "--json"]);
  const counts = (JSON.parse(listed.stdout) as { issues: ListedIssue[] }).issues.map(
    (i) => i.count,
  );
  assert.deepEqual(counts.sort(), [1, 1, 2]);
});

test("issues resolve --release, then a crash from an older and from that release", async () => {
  const listed = await run(process.execPath, [
    MAIN,
    "issues",
    "--server",
    url,
    "--token",
    "t0k",
    "--json",
  ]);
  const nil = (
    JSON.parse(listed.stdout) as { issues: (ListedIssue & { id: number })[] }
  ).issues.find((i) => i.rule === "nil-pointer-dereference");
  const id = String(nil?.id);
  const server = ["--server", url, "--token", "t0k"];
  const resolved = await run(process.execPath, [
    MAIN,
    "issues",
    "resolve",
    id,
    "--release",
    "3.0.0",
    ...server,
    "--json",
  ]);
  assert.equal((JSON.parse(resolved.stdout) as ListedIssue).status, "resolved");
  await run(process.execPath, [MAIN, "send", NIL_DEREF, ...server, "--release", "2.9.0"]);
  const after1 = await run(process.execPath, [MAIN, "issues", "--db", dir, "--json"]);
  const still = (JSON.parse(after1.stdout) as { issues: ListedIssue[] }).issues.find(
    (i) => i.rule === "nil-pointer-dereference",
  );
  assert.deepEqual([still?.status, still?.regressed, still?.count], ["resolved", false, 3]);
  await run(process.execPath, [MAIN, "send", NIL_DEREF, ...server, "--release", "3.0.0"]);
  const table = await run(process.execPath, [MAIN, "issues", "--db", dir]);
  assert.match(table.stdout, /nil-deref · nil-pointer-dereference · 4× · open · REGRESSED/);

  const others = (
    JSON.parse(after1.stdout) as { issues: (ListedIssue & { id: number })[] }
  ).issues.filter((i) => i.rule !== "nil-pointer-dereference");
  const merged = await run(process.execPath, [
    MAIN,
    "issues",
    "merge",
    String(others[0]?.id),
    String(others[1]?.id),
    "--db",
    dir,
    "--json",
  ]);
  assert.equal((JSON.parse(merged.stdout) as ListedIssue).count, 2);
  await assert.rejects(
    run(process.execPath, [MAIN, "issues", "ignore", "999", ...server]),
    (error: { stderr: string }) => /404 \{"error":"no issue 999"\}/.test(error.stderr),
  );
});

test("a text with no crash: issues counts it as kept raw, in JSON and in the table", async () => {
  const response = await fetch(`${url}/api/v1/crashes`, {
    method: "POST",
    headers: { authorization: "Bearer t0k", "content-type": "text/plain" },
    body: 'level=info msg="shutting down"\n',
  });
  assert.equal(response.status, 202);
  assert.equal(((await response.json()) as { unparsed: boolean }).unparsed, true);
  const server = ["--server", url, "--token", "t0k"];
  const listed = await run(process.execPath, [MAIN, "issues", ...server, "--json"]);
  assert.equal((JSON.parse(listed.stdout) as { unparsedReports: number }).unparsedReports, 1);
  const table = await run(process.execPath, [MAIN, "issues", ...server]);
  assert.match(table.stdout, /^1 report\(s\) with no crash found, kept raw$/m);
});

test("serve and issues with no --db keep and read ./panicscope-data/", async () => {
  const cwd = mkdtempSync(join(tmpdir(), "panicscope-cwd-"));
  try {
    const own = spawn(process.execPath, [MAIN, "serve", "--port", "0"], {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const exited = new Promise((resolve) => own.on("exit", resolve));
    const ownUrl = await new Promise<string>((resolve) => {
      let seen = "";
      own.stderr?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on (\S+)/.exec(seen);
        if (match) resolve(match[1] as string);
      });
    });
    await run(process.execPath, [MAIN, "send", NIL_DEREF, "--server", ownUrl]);
    own.kill("SIGTERM");
    await exited;
    assert.ok(statSync(join(cwd, "panicscope-data", "panicscope.db")).isFile());
    const listed = await run(process.execPath, [MAIN, "issues", "--json"], { cwd });
    const issues = (JSON.parse(listed.stdout) as { issues: ListedIssue[] }).issues;
    assert.deepEqual(
      issues.map((i) => [i.rule, i.count]),
      [["nil-pointer-dereference", 1]],
    );
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
