// An analysis thread of analysis-pool.ts: reads each text as ingest always has
// (store/document.ts) and sends back only what filing reads.

import { parentPort } from "node:worker_threads";
import type { AnalysisJob, AnalysisReply } from "./analysis-pool.js";
import { filingOf } from "./filing.js";

const port = parentPort;
if (port === null) throw new Error("analysis-worker.js runs as a worker thread");
port.on("message", async ({ id, text, recipe }: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    reply = { id, filing: await filingOf(text, recipe) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
