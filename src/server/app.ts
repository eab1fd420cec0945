// The ingest server's routes. Thin: read the body, parse it with the library, store, answer.
// `POST /api/v1/crashes` answers 202 only once the store's transaction has committed.

import type { IncomingMessage } from "node:http";
import { availableParallelism } from "node:os";
import { type Context, Hono } from "hono";
import type { AnalysisRecipe } from "../store/document.js";
import type { IngestResult, Store } from "../store/types.js";
import { AnalysisPool, type Filing } from "./analysis-pool.js";
import { keyChecker, type TokenScope, tokenChecker } from "./auth.js";
import { DEFAULT_BODY_LIMIT, readBody, readIncoming } from "./body.js";
import { BodyBudget, type BodyHold } from "./body-budget.js";
import { filingOf } from "./filing.js";
import { HttpError } from "./http-error.js";
import { type InboxOptions, inboxRoutes } from "./inbox/routes.js";
import { listIssues } from "./issues-json.js";
import type { EventOrigin } from "./otlp.js";
import { parseReport, type Report } from "./report.js";
import { envelopeEvents, sentryKey, sentryReport, storeEvent } from "./sentry.js";
import { TextBudget } from "./text-budget.js";
import { isTextBody, parseTextReport } from "./text-report.js";
import { WEBHOOK_SCHEMA, type Webhooks } from "./webhooks.js";

export interface ServerOptions {
  store: Store;
  /** Required in `Authorization: Bearer …` when set. */
  token?: string;
  /** Bytes, as sent and once gunzipped (default 10 MB). */
  bodyLimit?: number;
  /**
   * Bytes of uploads held at once, bodies being read and bodies waiting to be filed (default 5 ×
   * bodyLimit: four bodies of the limit, an eighth kept for small ones); past it an upload gets
   * 503 with Retry-After (body-budget.ts).
   */
  maxHeldBytes?: number;
  /** Crashes filed from one report, at most (default 100). */
  maxCrashes?: number;
  /** Told of new issues and regressions once their report is committed. */
  webhooks?: Webhooks;
  /** The web inbox (src/server/inbox/), served beside the API when given. */
  inbox?: InboxOptions;
  /**
   * Threads that analyse uploads; 0 analyses on the event loop. Every app of a process with the
   * same number shares one pool. Default: the cores but one, at most 4 (on 2 cores one thread
   * took 166 reports/s to the event loop's 133–144, p99 341–387 ms to 588–684: bench/README.md);
   * none on 1 core.
   */
  analysisThreads?: number;
}

export function defaultAnalysisThreads(cores = availableParallelism()): number {
  return Math.max(0, Math.min(4, cores - 1));
}

const pools = new Map<number, AnalysisPool>();

function analyser(threads: number): (text: string, recipe: AnalysisRecipe) => Promise<Filing> {
  if (threads === 0) return filingOf;
  let pool = pools.get(threads);
  if (pool === undefined) {
    pool = new AnalysisPool(threads);
    pools.set(threads, pool);
  }
  return pool.analyse.bind(pool);
}

export function createApp({
  store,
  token,
  bodyLimit = DEFAULT_BODY_LIMIT,
  maxHeldBytes = 5 * bodyLimit,
  maxCrashes = 100,
  webhooks,
  inbox,
  analysisThreads = defaultAnalysisThreads(),
}: ServerOptions): Hono {
  const app = new Hono();
  const analyse = analyser(analysisThreads);
  const checkToken = tokenChecker(token, inbox?.tokens);
  const checkKey = keyChecker(token, inbox?.tokens);
  // One text of the body limit at a time, small ones beside it (see text-budget.ts).
  const textBudget = new TextBudget(bodyLimit);
  // Upload bytes held at once, from the first byte read to the answer (see body-budget.ts).
  const bodyBudget = new BodyBudget(maxHeldBytes, bodyLimit);

  app.onError((error, c) => {
    // A refused body may be partly unread: the connection cannot carry another request. One
    // refused for now (503) is read to its end and dropped (body.ts): the client gets the answer.
    if (!(error instanceof HttpError && error.status === 503)) c.header("Connection", "close");
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json({ error: error.message }, error.status);
    }
    console.error(`panicscope serve: ${error.stack ?? error.message}`);
    // 503 with Retry-After: the module keeps the report spooled and tries again later.
    c.header("Retry-After", "30");
    return c.json({ error: "the report could not be stored now; try again later" }, 503);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.post("/api/v1/crashes", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    const { result, crashes } = await upload(c, (body) => {
      // text/plain: the crash text itself, metadata in headers. Anything else is the JSON
      // report whatever Content-Type says: `curl -d` sends it as a form.
      const report = isTextBody(c.req.header("content-type"))
        ? parseTextReport(body, c.req.raw.headers)
        : parseReport(body, c.req.header("idempotency-key") ?? null);
      return file(report, scope);
    });
    return c.json(
      {
        report: result.reportId,
        duplicate: result.duplicate,
        issues: [...new Set(result.crashes.map((crash) => crash.issueId))],
        crashes,
        unparsed: !result.duplicate && result.crashes.length === 0,
      },
      202,
    );
  });

  // Sentry's endpoints, authenticated by the DSN's public key (the same token).
  for (const path of ["/api/:project{[0-9]+}/envelope", "/api/:project{[0-9]+}/envelope/"]) {
    app.post(path, async (c) => {
      const scope = checkKey(sentryKey(c.req.header("x-sentry-auth"), c.req.query("sentry_key")));
      const answer = await upload(c, (body) =>
        sentryEvents(envelopeEvents(body), c.req.param("project") ?? "", scope),
      );
      return c.json(answer, 200);
    });
  }
  for (const path of ["/api/:project{[0-9]+}/store", "/api/:project{[0-9]+}/store/"]) {
    app.post(path, async (c) => {
      const scope = checkKey(sentryKey(c.req.header("x-sentry-auth"), c.req.query("sentry_key")));
      const answer = await upload(c, (body) =>
        sentryEvents([storeEvent(body)], c.req.param("project") ?? "", scope),
      );
      return c.json(answer, 200);
    });
  }

  // A project's token reads and changes its project's issues only; `--token` every project's.
  app.get("/api/v1/issues", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    return c.json(await listIssues(store, scope ?? undefined));
  });

  app.get("/api/v1/issues/:id", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    const id = await existingIssue(c.req.param("id"), scope);
    return c.json({ issue: await store.getIssue(id), reports: await store.issueReports(id) });
  });

  app.get("/api/v1/reports/:id", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    const id = Number(c.req.param("id"));
    const report = Number.isSafeInteger(id) ? await store.getReport(id) : null;
    if (report === null || (scope !== null && report.projectId !== scope))
      throw new HttpError(404, `no report ${c.req.param("id")}`);
    return c.json({ report });
  });

  app.post("/api/v1/issues/:id/status", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    const id = await existingIssue(c.req.param("id"), scope);
    const body = await jsonBody(c.req.raw);
    const status = body.status;
    if (status !== "open" && status !== "resolved" && status !== "ignored") {
      throw new HttpError(400, 'status must be "open", "resolved" or "ignored"');
    }
    const resolvedIn = body.resolvedIn ?? null;
    if (resolvedIn !== null && typeof resolvedIn !== "string") {
      throw new HttpError(400, "resolvedIn must be a string");
    }
    await store.setStatus(id, status, resolvedIn);
    return c.json({ issue: await store.getIssue(id) });
  });

  app.post("/api/v1/issues/:id/merge", async (c) => {
    const scope = checkToken(c.req.header("authorization"));
    const from = await existingIssue(c.req.param("id"), scope);
    const into = await existingIssue(String((await jsonBody(c.req.raw)).into), scope);
    if (from === into) throw new HttpError(400, "an issue cannot be merged into itself");
    if ((await store.getIssue(from))?.projectId !== (await store.getIssue(into))?.projectId) {
      throw new HttpError(400, "issues of two projects cannot be merged");
    }
    await store.merge(from, into);
    return c.json({ issue: await store.getIssue(into) });
  });

  /** Analyses the report's text, stores it and tells the webhooks; resolves once committed. */
  async function file(
    report: Report,
    scope: TokenScope,
  ): Promise<{ result: IngestResult; crashes: number }> {
    const size = report.text.length;
    await textBudget.acquire(size);
    try {
      return await fileNow(report, scope);
    } finally {
      textBudget.release(size);
    }
  }

  async function fileNow(
    report: Report,
    scope: TokenScope,
  ): Promise<{ result: IngestResult; crashes: number }> {
    // One report is one crash for the module; a log of thousands is filed by its first ones,
    // the rest read and counted only (the document's inputs count them all).
    const analysis = { name: report.id ?? "upload", maxCrashes };
    const { crashes, found, wholeDocument } = await analyse(report.text, analysis);
    const result = await store.ingest({
      ...(scope === null ? {} : { projectId: scope }),
      idempotencyKey: report.id,
      receivedAt: new Date().toISOString(),
      release: report.release,
      environment: report.environment,
      host: report.host,
      metadata: report.metadata,
      text: report.text,
      crashes,
      analysis,
      ...(wholeDocument === undefined ? {} : { wholeDocument }),
    });
    if (webhooks) {
      for (const crash of result.crashes) {
        if (!crash.created && !crash.regressed) continue;
        const issue = await store.getIssue(crash.issueId);
        if (issue === null) continue;
        const event = crash.created ? "issue.created" : "issue.regressed";
        // The event is already in the store's outbox; this keeps it as it stands now.
        await webhooks
          .notify(
            { schema: WEBHOOK_SCHEMA, event, issue, report: result.reportId },
            originOf(report),
          )
          .catch((error: Error) =>
            console.error(`panicscope serve: notification of issue ${issue.id}: ${error.message}`),
          );
      }
    }
    return { result, crashes: found };
  }

  /** The trace, release and host a report carried, for exports. */
  function originOf(report: Report): EventOrigin {
    const context = report.metadata.context as Record<string, unknown> | undefined;
    const origin: EventOrigin = {};
    if (typeof context?.traceId === "string") origin.traceId = context.traceId;
    if (typeof context?.spanId === "string") origin.spanId = context.spanId;
    if (report.release !== null) origin.release = report.release;
    if (report.host !== null) origin.host = report.host;
    return origin;
  }

  /** Sentry SDKs: their events become reports (kind `logged`); 200 with the event id. */
  async function sentryEvents(
    events: Record<string, unknown>[],
    project: string,
    scope: TokenScope,
  ) {
    // Every event read before any is stored: a bad one refuses the envelope whole.
    const reports = events.map((event) => sentryReport(event, project));
    for (const report of reports) await file(report, scope);
    const id = events.find((event) => typeof event.event_id === "string")?.event_id;
    return id === undefined ? {} : { id };
  }

  /** An upload's body, held in the budget until `use` has filed it and resolved. */
  async function upload<T>(c: Context, use: (body: Buffer) => Promise<T>): Promise<T> {
    const hold = bodyBudget.hold();
    try {
      return await use(await uploadBody(c, hold));
    } finally {
      hold.release();
    }
  }

  /** An upload's body: from Node's request when there is one (the server), else the Request. */
  function uploadBody(c: Context, hold: BodyHold): Promise<Buffer> {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return incoming
      ? readIncoming(incoming, bodyLimit, hold)
      : readBody(c.req.raw, bodyLimit, hold);
  }

  async function existingIssue(text: string, scope: TokenScope): Promise<number> {
    const id = Number(text);
    const issue = Number.isSafeInteger(id) ? await store.getIssue(id) : null;
    if (issue === null || (scope !== null && issue.projectId !== scope)) {
      throw new HttpError(404, `no issue ${text}`);
    }
    return id;
  }

  async function jsonBody(request: Request): Promise<Record<string, unknown>> {
    const body = await readBody(request, 64 * 1024);
    try {
      const value: unknown = JSON.parse(body.toString("utf8"));
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // Answered below.
    }
    throw new HttpError(400, "body must be one JSON object");
  }

  if (inbox !== undefined) app.route("/", inboxRoutes(store, inbox));
  return app;
}
