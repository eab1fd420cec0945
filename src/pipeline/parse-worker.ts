// One part of a big file, read in a worker thread (see parallel.ts): count its lines, wait to
// learn how many lines come before it, then read its crashes and send them back.

import { createReadStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Similarity } from "../group/similarity.js";
import { countLines } from "./parallel.js";
import { readCrashes } from "./read-crashes.js";

interface Part {
  path: string;
  start: number;
  end: number;
  continuation: boolean;
  similarity: Similarity;
  idBudget: number;
  maxBuckets: number;
  /** Count this part's lines for the parts after it (not for the last part). */
  count: boolean;
}

if (parentPort === null) throw new Error("parse-worker runs in a worker thread");
const port = parentPort;
const part = workerData as Part;

const PROGRESS_STEP = 8 * 1024 * 1024;

async function run(linesBefore: number, continuedFolds: string[] | undefined): Promise<void> {
  let reported = 0;
  const chunks = createReadStream(part.path, {
    start: part.start,
    end: part.end - 1,
    highWaterMark: 1 << 20,
  });
  const result = await readCrashes(chunks as AsyncIterable<Buffer>, {
    keepGoroutines: false,
    similarity: part.similarity,
    idBudget: part.idBudget,
    maxBuckets: part.maxBuckets,
    linesBefore,
    continuation: part.continuation,
    continuedFolds,
    onProgress: (bytes) => {
      if (bytes - reported >= PROGRESS_STEP) {
        reported = bytes;
        port.postMessage({ type: "progress", bytes });
      }
    },
  });
  port.postMessage({ type: "progress", bytes: result.bytes });
  // The buckets' big id lists are moved, not copied (BucketFold.transferable).
  const buffers = result.crashes.flatMap(({ folds }) => folds.buckets.transferable());
  port.postMessage({ type: "done", result }, buffers);
}

(part.count ? countLines(part.path, part.start, part.end) : Promise.resolve(0)).then(
  (lines) => {
    port.postMessage({ type: "count", lines });
    port.once("message", (message: { linesBefore: number; continuedFolds?: string[] }) => {
      run(message.linesBefore, message.continuedFolds).catch((error: unknown) => {
        port.postMessage({
          type: "error",
          error: error instanceof Error ? error.message : String(error),
        });
      });
    });
  },
  (error: unknown) =>
    port.postMessage({
      type: "error",
      error: error instanceof Error ? error.message : String(error),
    }),
);
