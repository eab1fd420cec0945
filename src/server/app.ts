// The ingest server's routes. Thin: read the body, parse it with the library, store, answer.
// `POST /api/v1/crashes` answers 202 only once the store's transaction has committed.

import { Hono } from "hono";
import { toDocument } from "../document/to-document.js";
import { analyzeText } from "../pipeline/analyze.js";
import type { Store } from "../store/types.js";
import { tokenChecker } from "./auth.js";
import { DEFAULT_BODY_LIMIT, readBody } from "./body.js";
import { HttpError } from "./http-error.js";
import { issuesDocument } from "./issues-json.js";
import { parseReport } from "./report.js";

export interface ServerOptions {
  store: Store;
  /** Required in `Authorization: Bearer …` when set. */
  token?: string;
  /** Bytes, as sent and once gunzipped (default 10 MB). */
  bodyLimit?: number;
}

export function createApp({ store, token, bodyLimit = DEFAULT_BODY_LIMIT }: ServerOptions): Hono {
  const app = new Hono();
  const checkToken = tokenChecker(token);

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ error: error.message }, error.status);
    console.error(`panicscope serve: ${error.stack ?? error.message}`);
    return c.json({ error: "internal error; the report was not stored" }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.post("/api/v1/crashes", async (c) => {
    checkToken(c.req.header("authorization"));
    const type = c.req.header("content-type");
    if (type !== undefined && !/^application\/json\b/i.test(type.trim())) {
      throw new HttpError(415, `Content-Type ${type} is not supported (application/json)`);
    }
    const body = await readBody(c.req.raw, bodyLimit);
    const report = parseReport(body, c.req.header("idempotency-key") ?? null);
    const document = toDocument(await analyzeText(report.text, { name: report.id ?? "upload" }));
    const result = await store.ingest({
      idempotencyKey: report.id,
      receivedAt: new Date().toISOString(),
      release: report.release,
      environment: report.environment,
      host: report.host,
      metadata: report.metadata,
      text: report.text,
      document,
    });
    return c.json(
      {
        report: result.reportId,
        duplicate: result.duplicate,
        issues: result.crashes.map((crash) => crash.issueId),
        unparsed: !result.duplicate && result.crashes.length === 0,
      },
      202,
    );
  });

  app.get("/api/v1/issues", async (c) => {
    checkToken(c.req.header("authorization"));
    return c.json(issuesDocument(await store.listIssues(), await store.countUnparsed()));
  });

  return app;
}
