// `panicscope issues`: the issues of a store or of a server, as a table or as
// panicscope/issues@1 JSON.

import { existsSync } from "node:fs";
import { printableDeep } from "../render/printable-document.js";
import {
  type IssuesDocument,
  issuesDocument,
  type LatestReport,
  listIssues,
} from "../server/issues-json.js";
import { DEFAULT_DATA_DIR, openStore, sqlitePath } from "../store/open.js";
import type { Issue, IssueStatus, Store } from "../store/types.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: [
    "panicscope issues [--server URL --token T | --db PATH] [--json]",
    "panicscope issues resolve ID [--release R]   (and: ignore ID, reopen ID, merge FROM INTO)",
  ],
  about: `Lists the issues a panicscope server keeps: one line per bug, with how often and where it
crashed. resolve marks an issue fixed (in release R: a crash from R or later reopens it as
regressed, one from an older release does not); ignore keeps counting it silently; reopen
opens it again; merge files every crash of FROM under INTO.`,
  flags: [
    ["server", "ask a running server (GET /api/v1/issues)"],
    "token",
    [
      "db",
      `read a store directly: SQLite file or folder (default ${DEFAULT_DATA_DIR}/)
or postgres://…`,
    ],
    ["json", "print the list as JSON (schema panicscope/issues@1)"],
    ["release", "with resolve: the release the fix ships in"],
  ],
  exit: "0 listed or changed, 2 usage error, or the server or store could not be reached",
});

export const issuesCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("issues", args, [
      "server",
      "token",
      "db",
      "json",
      "release",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.server !== undefined && values.db !== undefined) {
      throw new UsageError("give --server or --db, not both");
    }
    const token = values.token ?? process.env.PANICSCOPE_TOKEN;
    if (positionals.length > 0) {
      const change = parseChange(positionals, values.release);
      const issue =
        values.server !== undefined
          ? await changeOnServer(values.server, token, change)
          : await changeInStore(values.db, change);
      process.stdout.write(
        values.json === true
          ? `${JSON.stringify(issue, null, 2)}\n`
          : renderIssues(issuesDocument([{ ...issue, latest: null }], 0)),
      );
      return 0;
    }
    const document =
      values.server !== undefined
        ? await fromServer(values.server, token)
        : await fromStore(values.db);
    if (values.json === true) {
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(renderIssues(document));
    return 0;
  },
};

async function fromServer(server: string, token: string | undefined): Promise<IssuesDocument> {
  const headers: Record<string, string> =
    token === undefined ? {} : { authorization: `Bearer ${token}` };
  const response = await fetch(`${server.replace(/\/+$/, "")}/api/v1/issues`, { headers });
  if (!response.ok) {
    throw new Error(`${server}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
  return (await response.json()) as IssuesDocument;
}

type Change =
  | { kind: "status"; id: number; status: IssueStatus; resolvedIn: string | null }
  | { kind: "merge"; id: number; into: number };

function parseChange([verb, ...ids]: string[], release: string | undefined): Change {
  const numbers = ids.map((text) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${text} is not an issue id`);
    return n;
  });
  const statuses: Record<string, IssueStatus> = {
    resolve: "resolved",
    ignore: "ignored",
    reopen: "open",
  };
  const status = verb === undefined ? undefined : statuses[verb];
  if (status !== undefined && numbers.length === 1) {
    return { kind: "status", id: numbers[0] as number, status, resolvedIn: release ?? null };
  }
  if (verb === "merge" && numbers.length === 2) {
    return { kind: "merge", id: numbers[0] as number, into: numbers[1] as number };
  }
  throw new UsageError("issues: resolve ID, ignore ID, reopen ID or merge FROM INTO");
}

async function changeOnServer(
  server: string,
  token: string | undefined,
  change: Change,
): Promise<Issue> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const [path, body] =
    change.kind === "status"
      ? ["status", { status: change.status, resolvedIn: change.resolvedIn }]
      : ["merge", { into: change.into }];
  const response = await fetch(`${server.replace(/\/+$/, "")}/api/v1/issues/${change.id}/${path}`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${server}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
  return ((await response.json()) as { issue: Issue }).issue;
}

async function changeInStore(db: string | undefined, change: Change): Promise<Issue> {
  const store = await openExisting(db);
  try {
    if ((await store.getIssue(change.id)) === null) throw new Error(`no issue ${change.id}`);
    if (change.kind === "status")
      await store.setStatus(change.id, change.status, change.resolvedIn);
    else await store.merge(change.id, change.into);
    const issue = await store.getIssue(change.kind === "merge" ? change.into : change.id);
    if (issue === null)
      throw new Error(`no issue ${change.kind === "merge" ? change.into : change.id}`);
    return issue;
  } finally {
    await store.close();
  }
}

async function openExisting(db: string | undefined): Promise<Store> {
  const isUrl = db !== undefined && /^postgres(ql)?:\/\//.test(db);
  const path = sqlitePath(db);
  if (!isUrl && !existsSync(path))
    throw new Error(`no store at ${path} (panicscope serve makes one)`);
  return openStore(db);
}

async function fromStore(db: string | undefined): Promise<IssuesDocument> {
  const store = await openExisting(db);
  try {
    return await listIssues(store);
  } finally {
    await store.close();
  }
}

function renderIssues(document: IssuesDocument): string {
  // Titles and messages come from reported crashes: shown escaped, never obeyed.
  const { issues, unparsedReports } = printableDeep(document);
  const out: string[] = [];
  if (issues.length === 0) out.push("no issues");
  for (const issue of issues) {
    const status =
      issue.status === "resolved" && issue.resolvedIn
        ? `resolved in ${issue.resolvedIn}`
        : issue.status;
    out.push(
      `#${issue.id}  ${issue.title}`,
      `     ${issue.category} · ${issue.rule} · ${issue.count}× · ${status}${issue.regressed ? " · REGRESSED" : ""}`,
      `     first ${issue.firstSeen} · last ${issue.lastSeen}` +
        (issue.releases.length > 0 ? ` · releases ${issue.releases.join(", ")}` : "") +
        (issue.hosts.length > 0 ? ` · hosts ${issue.hosts.join(", ")}` : ""),
      `     ${issue.fingerprint}`,
    );
    if (issue.latest) out.push(`     latest ${latestLine(issue.latest)}`);
  }
  if (unparsedReports > 0) out.push(`${unparsedReports} report(s) with no crash found, kept raw`);
  return `${out.join("\n")}\n`;
}

/** The newest report in one line: which build crashed, and the context it carried. */
function latestLine(latest: LatestReport): string {
  const parts = [`report ${latest.report}${latest.kind ? ` (${latest.kind})` : ""}`];
  const build = latest.build ?? {};
  const main = build.main as { path?: string; version?: string } | undefined;
  const settings = (build.settings ?? {}) as Record<string, string>;
  if (typeof build.goVersion === "string") parts.push(build.goVersion);
  if (main?.path) parts.push(main.version ? `${main.path}@${main.version}` : main.path);
  const revision = settings["vcs.revision"];
  if (revision) {
    parts.push(`rev ${revision.slice(0, 12)}${settings["vcs.modified"] === "true" ? "+" : ""}`);
  }
  if (latest.environment) parts.push(`env ${latest.environment}`);
  const context = latest.context ?? {};
  for (const [key, label] of [
    ["requestId", "request"],
    ["route", "route"],
    ["traceId", "trace"],
  ] as const) {
    if (typeof context[key] === "string") parts.push(`${label} ${context[key]}`);
  }
  const tags = context.tags as Record<string, string> | undefined;
  if (tags) {
    const pairs = Object.entries(tags).map(([k, v]) => `${k}=${v}`);
    if (pairs.length > 0) parts.push(`tags ${pairs.join(" ")}`);
  }
  return parts.join(" · ");
}
