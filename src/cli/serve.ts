// `panicscope serve`: arguments only; the routes are ../server/app.ts, the store ../store.

import { randomBytes } from "node:crypto";
import { IngestTokens } from "../server/inbox/tokens.js";
import { listen } from "../server/listen.js";
import { Webhooks } from "../server/webhooks.js";
import { sourceLookup } from "../source/lookup.js";
import { openInbox } from "../store/inbox-open.js";
import { DEFAULT_DATA_DIR, openStore } from "../store/open.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

const HELP = helpText({
  usage: ["panicscope serve [flags]"],
  about: `Receives crash reports (POST /api/v1/crashes, the panicscope/report@1 protocol of the Go
module), analyses each text and files its crashes under issues in the store, and serves the
inbox: the issues in the browser at the same address. On the first run it prints a setup code
that the first page asks for, to create the administrator.`,
  flags: [
    [
      "db",
      `the store: a SQLite file or folder (default ${DEFAULT_DATA_DIR}/), or
postgres://user@host/db (several servers may share one)`,
    ],
    "port",
    ["host", "the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)"],
    [
      "token",
      `the token uploads must carry as Authorization: Bearer T
(default: $PANICSCOPE_TOKEN; with neither and no token made in the
inbox's Tokens page, anyone may upload)`,
    ],
    ["keep-days", "delete reports older than N days (checked at start and hourly)"],
    ["keep-reports", "keep only the newest N reports (issue counts keep their totals)"],
    [
      "webhook",
      `post new issues and regressions there as JSON (panicscope/webhook@1),
retried; may be given more than once`,
    ],
    [
      "otlp",
      `send the same events as OpenTelemetry log records over OTLP/HTTP protobuf
(URL of a collector: http://collector:4318; /v1/logs is added), with the
trace id of the report when it carried one`,
    ],
    [
      "loki",
      `push the same events to Loki (URL of Loki: http://loki:3100) as log lines
labelled service_name=panicscope, event, category`,
    ],
    [
      "slack",
      `post new issues and regressions to a Slack-compatible incoming webhook
as a one-line message with a link to the issue; may be given more than once`,
    ],
    ["lark", "the same message to a Lark/Feishu custom bot's webhook"],
    [
      "public-url",
      `the inbox's address as people reach it, for the links in chat messages
(default http://HOST:PORT)`,
    ],
    [
      "trace-url",
      `in the inbox, link a report's trace id to your tracing UI: a URL with
{traceId} in it (https://grafana.example/explore?traceId={traceId})`,
    ],
    ["source", "where the programs' source is, for the crash site's lines in the inbox"],
    [
      "analysis-threads",
      `threads that analyse uploads, so that the event loop only reads and
answers; 0 analyses on the event loop (default: the cores but one, at
most 4)`,
    ],
  ],
  exit: "0 stopped by a signal, 2 usage error or the store could not be opened",
});

export const serveCommand: CommandRunner = {
  async run(args) {
    const { values } = parseFlags(
      "serve",
      args,
      [
        "db",
        "port",
        "host",
        "token",
        "keep-days",
        "keep-reports",
        "webhook",
        "loki",
        "otlp",
        "slack",
        "lark",
        "public-url",
        "trace-url",
        "source",
        "analysis-threads",
        "help",
      ],
      { positionals: false },
    );
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const port = Number(values.port ?? "8080");
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port ${values.port} is not a port number`);
    }
    const token = values.token ?? process.env.PANICSCOPE_TOKEN;
    const retention = {
      maxAgeDays: positiveNumber("--keep-days", values["keep-days"]),
      maxReports: positiveNumber("--keep-reports", values["keep-reports"]),
    };
    const threads = values["analysis-threads"];
    const analysisThreads = threads === undefined ? undefined : Number(threads);
    if (
      analysisThreads !== undefined &&
      !(Number.isInteger(analysisThreads) && analysisThreads >= 0)
    ) {
      throw new UsageError(`--analysis-threads ${threads} is not a number of threads`);
    }
    const traceUrl = values["trace-url"];
    if (traceUrl !== undefined && !/^https?:\/\/[^\s]*\{traceId\}/.test(traceUrl)) {
      throw new UsageError(`--trace-url ${traceUrl} must be an http(s) URL with {traceId} in it`);
    }
    const store = await openStore(values.db);
    const inbox = await openInbox(store);
    const tokens = new IngestTokens(inbox);
    await tokens.refresh();
    tokens.watch();
    if (token === undefined && tokens.size === 0) {
      process.stderr.write(
        "panicscope serve: no --token and no ingest token made in the inbox: accepting uploads from anyone\n",
      );
    }
    const setupCode = randomBytes(9).toString("base64url");
    const prune = () =>
      store.prune(retention).then(
        (deleted) => {
          if (deleted > 0)
            process.stderr.write(`panicscope serve: retention deleted ${deleted} reports\n`);
        },
        (error: Error) => process.stderr.write(`panicscope serve: retention: ${error.message}\n`),
      );
    const retaining = retention.maxAgeDays !== undefined || retention.maxReports !== undefined;
    if (retaining) await prune();
    const timer = retaining ? setInterval(prune, 3_600_000) : undefined;
    timer?.unref();
    const log = (line: string) => process.stderr.write(`panicscope serve: ${line}\n`);
    // Always: a project made in the inbox may have webhooks of its own.
    const webhooks = new Webhooks({
      store,
      urls: values.webhook ?? [],
      slack: values.slack ?? [],
      lark: values.lark ?? [],
      inboxUrl: values["public-url"] ?? `http://${values.host ?? "127.0.0.1"}:${port}`,
      loki: values.loki ?? [],
      otlp: values.otlp ?? [],
      version: await packageVersion(),
      log,
    });
    const server = await listen({
      store,
      token,
      port,
      hostname: values.host ?? "127.0.0.1",
      webhooks,
      ...(analysisThreads === undefined ? {} : { analysisThreads }),
      inbox: {
        inbox,
        setupCode,
        tokens,
        ...(traceUrl ? { traceUrl } : {}),
        // Only where the operator pointed: a report names the paths, not the server's files.
        ...(values.source ? { source: sourceLookup(values.source) } : {}),
      },
    });
    process.stderr.write(`panicscope serve: listening on ${server.url}\n`);
    // Notifications a previous run left unsent (stopped, or the target was down) go now.
    webhooks.wake();
    if ((await inbox.countUsers()) === 0) {
      process.stderr.write(
        `panicscope serve: first run: create the administrator at ${server.url}/setup with the setup code ${setupCode}\n`,
      );
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    clearInterval(timer);
    tokens.stop();
    await server.close();
    // What is not sent yet stays in the store's outbox for the next start.
    await webhooks.stop();
    await store.close();
    return 0;
  },
};

function positiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`${flag} ${value} is not a positive number`);
  return n;
}
