// `panicscope issues`: the issues of a store or of a server, as a table or as
// panicscope/issues@1 JSON.

import { existsSync } from "node:fs";
import { type IssuesDocument, issuesDocument } from "../server/issues-json.js";
import { DEFAULT_DATA_DIR, openStore, sqlitePath } from "../store/open.js";
import type { Command } from "./commands.js";
import { parseFlags } from "./flags.js";
import { UsageError } from "./usage-error.js";

const HELP = `usage: panicscope issues [--server URL --token T | --db PATH] [--json]

Lists the issues a panicscope server keeps: one line per bug, with how often and where it
crashed.

flags:
  --server URL    ask a running server (GET /api/v1/issues)
  --token T       its token (default: $PANICSCOPE_TOKEN)
  --db PATH|URL   read a store directly: SQLite file or folder (default ${DEFAULT_DATA_DIR}/)
                  or postgres://…
  --json          print the list as JSON (schema panicscope/issues@1)
  -h, --help      show this help
`;

export const issuesCommand: Command = {
  summary: "list the issues a panicscope server keeps",
  async run(args) {
    const { values } = parseFlags("issues", args, ["server", "token", "db", "json", "help"], {
      positionals: false,
    });
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.server !== undefined && values.db !== undefined) {
      throw new UsageError("give --server or --db, not both");
    }
    const document =
      values.server !== undefined
        ? await fromServer(values.server, values.token ?? process.env.PANICSCOPE_TOKEN)
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

async function fromStore(db: string | undefined): Promise<IssuesDocument> {
  const isUrl = db !== undefined && /^postgres(ql)?:\/\//.test(db);
  const path = sqlitePath(db);
  if (!isUrl && !existsSync(path))
    throw new Error(`no store at ${path} (panicscope serve makes one)`);
  const store = await openStore(db);
  try {
    return issuesDocument(await store.listIssues(), await store.countUnparsed());
  } finally {
    await store.close();
  }
}

function renderIssues({ issues, unparsedReports }: IssuesDocument): string {
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
  }
  if (unparsedReports > 0) out.push(`${unparsedReports} report(s) with no crash found, kept raw`);
  return `${out.join("\n")}\n`;
}
