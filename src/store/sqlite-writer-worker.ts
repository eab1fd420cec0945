// The writer thread of sqlite-writer.ts: its own connection to the store's file, one batch per
// message, one transaction (one fsync) per batch.

import { parentPort, workerData } from "node:worker_threads";
import { SqliteStore } from "./sqlite.js";
import { unpackBatch } from "./sqlite-writer.js";

const port = parentPort;
if (port === null) throw new Error("sqlite-writer-worker.js runs as a worker thread");
const store = new SqliteStore((workerData as { path: string }).path, { writer: "inline" });
port.on("message", (message: ArrayBuffer | "close") => {
  if (message === "close") {
    store.db.close();
    port.close();
    return;
  }
  port.postMessage(store.commitBatch(unpackBatch(message)));
});
