// The SQLite store's writer thread: ingest's transactions run on a worker thread with its own
// connection, so the inserts, the gzip of each text and the fsync of each commit never block
// the event loop that parses uploads. Group commit: one batch is in flight at a time; reports
// that arrive meanwhile wait together for the next one, which one fsync then covers. A report
// resolves only once its batch has committed, as the inline writer does.

import { Worker } from "node:worker_threads";
import type { BatchOutcome, PreparedReport } from "./sqlite.js";
import type { IngestResult } from "./types.js";

/**
 * A batch as one buffer, moved to the thread rather than copied: per report, a JSON header
 * (the short fields), the text and the document, each after its length in bytes (u32).
 */
export function packBatch(reports: PreparedReport[]): ArrayBuffer {
  const parts: (string | Uint8Array)[] = [];
  for (const { text, document, ...header } of reports) {
    parts.push(JSON.stringify(header), text, document);
  }
  let size = 0;
  for (const part of parts) size += 4 + Buffer.byteLength(part);
  const buffer = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const part of parts) {
    let length: number;
    if (typeof part === "string") length = buffer.write(part, at + 4);
    else {
      buffer.set(part, at + 4);
      length = part.byteLength;
    }
    buffer.writeUInt32LE(length, at);
    at += 4 + length;
  }
  return buffer.buffer as ArrayBuffer;
}

/** The batch again; each text stays UTF-8 bytes (a view of the buffer): they are gzipped as such. */
export function unpackBatch(packed: ArrayBuffer): PreparedReport[] {
  const buffer = Buffer.from(packed);
  const reports: PreparedReport[] = [];
  let at = 0;
  const next = () => {
    const length = buffer.readUInt32LE(at);
    at += 4 + length;
    return buffer.subarray(at - length, at);
  };
  while (at < buffer.length) {
    const header = JSON.parse(next().toString()) as Omit<PreparedReport, "text" | "document">;
    const text = next();
    reports.push({ ...header, text, document: next().toString() });
  }
  return reports;
}

interface Waiting {
  report: PreparedReport;
  resolve: (result: IngestResult) => void;
  reject: (error: unknown) => void;
}

export class SqliteWriter {
  private readonly worker: Worker;
  private waiting: Waiting[] = [];
  private inFlight: Waiting[] | null = null;
  private failure: Error | null = null;
  private readonly exited: Promise<void>;
  private idle: (() => void) | null = null;

  constructor(path: string) {
    this.worker = new Worker(new URL("./sqlite-writer-worker.js", import.meta.url), {
      workerData: { path },
    });
    // The thread must not keep a process alive on its own: the server's socket does.
    this.worker.unref();
    this.worker.on("message", (outcomes: BatchOutcome[]) => this.committed(outcomes));
    this.worker.on("error", (error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      this.worker.on("exit", (code) => {
        this.fail(new Error(`the SQLite writer thread exited (${code})`));
        resolve();
      }),
    );
  }

  ingest(report: PreparedReport): Promise<IngestResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ report, resolve, reject });
      if (this.inFlight === null) this.send();
    });
  }

  private send(): void {
    if (this.waiting.length === 0) {
      this.idle?.();
      return;
    }
    this.inFlight = this.waiting;
    this.waiting = [];
    this.worker.ref(); // a batch in flight keeps the process alive until it answers
    const packed = packBatch(this.inFlight.map((w) => w.report));
    this.worker.postMessage(packed, [packed]);
  }

  private committed(outcomes: BatchOutcome[]): void {
    const batch = this.inFlight ?? [];
    this.inFlight = null;
    this.worker.unref();
    for (const [i, w] of batch.entries()) {
      const outcome = outcomes[i];
      if (outcome !== undefined && "result" in outcome) w.resolve(outcome.result);
      else w.reject(new Error(outcome?.error ?? "no outcome from the SQLite writer"));
    }
    this.send();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of [...(this.inFlight ?? []), ...this.waiting]) w.reject(this.failure);
    this.inFlight = null;
    this.waiting = [];
    this.idle?.();
  }

  /** Waits for the reports already given, then stops the thread. */
  async close(): Promise<void> {
    if (this.inFlight !== null || this.waiting.length > 0) {
      await new Promise<void>((resolve) => {
        this.idle = resolve;
      });
    }
    this.worker.ref();
    this.worker.postMessage("close");
    await this.exited;
  }
}
