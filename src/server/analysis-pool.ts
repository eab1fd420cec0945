// Ingest's analyses on worker threads, so that the event loop only reads bodies and answers:
// the analysis was 40 % of the main thread, and one 10 MB body held every other upload up for
// as long as it took. A job sends the text and gets back what filing reads (a few short
// strings per crash), never the document. Threads start with the first upload; each one's
// jobs keep it alive, an idle pool does not hold the process open.

import { Worker } from "node:worker_threads";
import type { AnalysisRecipe } from "../store/document.js";
import type { FiledCrash } from "../store/types.js";

/** A text's analysis as ingest needs it. */
export interface Filing {
  crashes: FiledCrash[];
  /** Crashes the text held, those past the recipe's `maxCrashes` too. */
  found: number;
  /** The document's JSON, for a text too long to read again (store/document.ts). */
  wholeDocument?: string;
}

export interface AnalysisJob {
  id: number;
  text: string;
  recipe: AnalysisRecipe;
}

export type AnalysisReply = { id: number; filing: Filing } | { id: number; error: string };

interface Pending {
  resolve: (filing: Filing) => void;
  reject: (error: Error) => void;
}

class Thread {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  dead = false;

  constructor() {
    this.worker = new Worker(new URL("./analysis-worker.js", import.meta.url));
    this.worker.on("message", (reply: AnalysisReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("filing" in reply) job?.resolve(reply.filing);
      else job?.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      this.dead = true;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`an analysis thread exited (${code})`)));
    // After the listener: adding a "message" listener refs the worker again.
    this.worker.unref();
  }

  run(job: AnalysisJob): Promise<Filing> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(job.id, { resolve, reject });
      this.worker.postMessage(job);
    });
  }
}

export class AnalysisPool {
  private threads: Thread[] = [];
  private next = 0;

  constructor(private readonly size: number) {}

  /** The text's filing, from the thread with the fewest jobs; a thread that died is replaced. */
  analyse(text: string, recipe: AnalysisRecipe): Promise<Filing> {
    this.threads = this.threads.filter((thread) => !thread.dead);
    while (this.threads.length < this.size) this.threads.push(new Thread());
    let least = this.threads[0] as Thread;
    for (const thread of this.threads) {
      if (thread.pending.size < least.pending.size) least = thread;
    }
    return least.run({ id: this.next++, text, recipe });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    this.threads = [];
  }
}
