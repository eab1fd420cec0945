// An analysis thread of analysis-pool.ts: reads each text as ingest always has
// (store/document.ts) and sends back only what filing reads.

import { parentPort } from "node:worker_threads";
import { readDocument } from "../store/document.js";
import { filedCrashes } from "../store/types.js";
import type { AnalysisJob, AnalysisReply } from "./analysis-pool.js";

const port = parentPort;
if (port === null) throw new Error("analysis-worker.js runs as a worker thread");
port.on("message", async ({ id, text, recipe }: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    const document = await readDocument(text, recipe);
    reply = {
      id,
      filing: { crashes: filedCrashes(document), found: document.inputs[0]?.crashes ?? 0 },
    };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
