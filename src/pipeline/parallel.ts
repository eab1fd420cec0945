// A big goroutine dump read by several threads at once. The file is cut at goroutine
// boundaries (a blank line, then `goroutine N [`), each part is read by a worker
// (parse-worker.ts) with the same code as a whole input, and the parts are joined: the crash
// a part continues gets its goroutines, counts and folds. Anything that does not cut cleanly
// — no boundary near a cut, or log lines of several streams — is read in one piece instead.

import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { MAX_BUCKETS } from "../group/fold.js";
import { ID_BUDGET } from "../group/id-list.js";
import type { Similarity } from "../group/similarity.js";
import type { Crash } from "../model.js";
import { crashedFirst } from "../traceback/crash.js";
import { allFolds, foldNames, foldsFromData, mergeFolds } from "./folds.js";
import {
  type FoldedCrash,
  PARALLEL_MIN_BYTES,
  type ReadCrashes,
  readCrashes,
} from "./read-crashes.js";

/** How far past a cut to look for a goroutine boundary. */
const SEARCH_WINDOW = 4 * 1024 * 1024;
const BOUNDARY = Buffer.from("\n\ngoroutine ");
const MAX_UNPARSED = 1000;
const MAX_STRAY_KEPT = 200;

export interface ParallelOptions {
  keepGoroutines: boolean;
  /** Bucket similarity (default `pointers`). */
  similarity?: Similarity | undefined;
  onProgress?: ((bytes: number) => void) | undefined;
  /** Threads to use (default: the machine's parallelism). */
  threads?: number | undefined;
  /** Smaller files are read in one piece (default PARALLEL_MIN_BYTES). */
  minBytes?: number | undefined;
  /** Goroutine ids the buckets of a crash keep, shared by the parts (default ID_BUDGET). */
  idBudget?: number | undefined;
  /** Distinct buckets a crash keeps, shared by the parts (default MAX_BUCKETS). */
  maxBuckets?: number | undefined;
}

/** Where each part starts, or null when the file does not cut at goroutine boundaries. */
export async function partStarts(
  path: string,
  size: number,
  parts: number,
): Promise<number[] | null> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return null; // gzip: one stream only
    const starts = [0];
    const window = Buffer.alloc(SEARCH_WINDOW);
    for (let k = 1; k < parts; k++) {
      const from = Math.floor((size * k) / parts);
      const { bytesRead } = await handle.read(window, 0, SEARCH_WINDOW, from);
      const at = window.subarray(0, bytesRead).indexOf(BOUNDARY);
      if (at === -1) return null;
      const start = from + at + 2; // the part begins with `goroutine`
      if (start <= (starts[starts.length - 1] as number)) return null;
      starts.push(start);
    }
    return starts;
  } finally {
    await handle.close();
  }
}

/** Reads `path` in parts on several threads; null when it should be read in one piece. */
export async function readCrashesInParallel(
  path: string,
  size: number,
  options: ParallelOptions,
): Promise<ReadCrashes | null> {
  const threads = options.threads ?? availableParallelism();
  if (threads < 2 || size < (options.minBytes ?? PARALLEL_MIN_BYTES) || options.keepGoroutines)
    return null;
  const starts = await partStarts(path, size, threads);
  if (starts === null) return null;
  const maxBuckets = options.maxBuckets ?? MAX_BUCKETS;
  const ends = [...starts.slice(1), size];
  const progress = new Array<number>(starts.length).fill(0);
  const workers = starts.map(
    (start, k) =>
      new Worker(new URL("./parse-worker.js", import.meta.url), {
        // A bounded young generation: each thread's default nursery would be held at its
        // high-water mark. 4 MB suited the line-by-line parser (a 1 GB dump in 210 MB instead
        // of 300); since the fast path (fast-blocks.ts) a goroutine's frames outlive more
        // scavenges in a smaller one and are promoted: the 10⁷ stream peaked at 302 MB with
        // 4 MB, 258 MB with 16, and used 2–5 % less CPU (bench/README.md, issue 16). At
        // `exact` a new variant's goroutine lives until the next fold of the buckets (a
        // quarter of a part's share of them later) and must die young: the 10⁷ stream peaked
        // at 315 MB with 16, 262 MB with 32, the same document; `pointers` at 10⁶ peaked higher
        // with 32 (233 MB against 175).
        resourceLimits: { maxYoungGenerationSizeMb: options.similarity === "exact" ? 32 : 16 },
        workerData: {
          path,
          start,
          end: ends[k],
          continuation: k > 0,
          similarity: options.similarity ?? "pointers",
          idBudget: Math.ceil((options.idBudget ?? ID_BUDGET) / starts.length),
          // Each part keeps its share of the buckets: at `exact` a dump of distinct arguments
          // fills the bound in every part, and the parts' buckets are all held at once.
          maxBuckets: Math.ceil(maxBuckets / starts.length),
          // No part comes after the last one: its lines are numbered, never counted.
          count: k < starts.length - 1,
        },
      }),
  );
  try {
    // Each worker but the last first counts the lines of its part, so that every part
    // numbers its lines as the whole file does; then it reads its part.
    const counting = Promise.all(workers.map((worker) => nextMessage(worker, "count")));
    counting.catch(() => {}); // awaited below: a worker's error is thrown there
    // While the workers start: the folds a part that continues a crash gives it.
    const continued = await firstDumpFolds(path, size).catch(() => null);
    const counts = await counting;
    let linesBefore = 0;
    const results = workers.map((worker, k) => {
      const done = nextMessage(worker, "done", (bytes) => {
        progress[k] = bytes;
        options.onProgress?.(progress.reduce((a, b) => a + b, 0));
      }).then((message) => {
        // Its result is a copy here: the thread's heap can go before the parts are joined.
        void worker.terminate();
        return message;
      });
      worker.postMessage({
        linesBefore,
        continuedFolds: k > 0 ? (continued ?? undefined) : undefined,
      });
      linesBefore += counts[k]?.lines ?? 0;
      return done;
    });
    const parts = (await Promise.all(results)).map((message) =>
      restore(message.result as ReadCrashes, maxBuckets),
    );
    if (parts.some((part) => part.streams > 1)) return null;
    // A part read as the continuation of a crash that runs other folds than it was given (the
    // file's first dump is not the crash open at the cut): read in one piece instead.
    if (
      continued !== null &&
      parts.some(
        (_, k) =>
          k > 0 &&
          !(
            (parts[k - 1] as ReadCrashes).openAtEnd && sameNames(parts[k - 1]?.lastFolds, continued)
          ),
      )
    )
      return null;
    return join(parts);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/**
 * How much of the file's start is read for the folds of a dump it opens with: a few hundred
 * goroutines. Read on the main thread while the workers start, with code not yet compiled:
 * 1 MB cost 0.11 s of CPU, 64 KB 0.02 s (bench/README.md, issue 16).
 */
const HEAD_BYTES = 64 * 1024;

/**
 * The folds of the crash the file opens with, when its goroutines fill its first HEAD_BYTES (a
 * dump that goes on past it, maybe past every cut); null otherwise, or when it runs every fold.
 * A part that continues a crash cannot read its headline: it runs these instead of every fold
 * (a panic's 10⁶ goroutines need no deadlock or map findings). Whether the crash it continued
 * runs the same is checked when the parts are back.
 */
async function firstDumpFolds(path: string, size: number): Promise<string[] | null> {
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  const handle = await open(path, "r");
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(head, 0, head.length, 0));
  } finally {
    await handle.close();
  }
  // Up to its last goroutine boundary when it has one: a block cut in two would end the dump.
  const boundary = head.subarray(0, bytesRead).lastIndexOf(BOUNDARY);
  const whole = bytesRead >= size || boundary === -1 ? bytesRead : boundary + 2;
  const read = await readCrashes(only(head.subarray(0, whole)), { keepGoroutines: false });
  const first = read.crashes[0];
  if (read.crashes.length !== 1 || !read.openAtEnd || first === undefined) return null;
  const names = foldNames(first.folds);
  return allFolds(names) ? null : names;
}

async function* only(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

function sameNames(a: readonly string[] | null | undefined, b: readonly string[]): boolean {
  return (
    a !== null && a !== undefined && a.length === b.length && a.every((name, i) => name === b[i])
  );
}

interface WorkerMessage {
  type: string;
  lines?: number;
  bytes?: number;
  result?: unknown;
  error?: string;
}

function nextMessage(
  worker: Worker,
  type: string,
  onProgress?: (bytes: number) => void,
): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === "progress") {
        onProgress?.(message.bytes ?? 0);
        return;
      }
      if (message.type === "error") {
        cleanup();
        reject(new Error(message.error));
        return;
      }
      if (message.type !== type) return;
      cleanup();
      resolve(message);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
  });
}

/**
 * Folds crossed the thread boundary as plain data: give them back their methods, and the
 * buckets the whole bound again (each part kept a share of it).
 */
function restore(part: ReadCrashes, maxBuckets: number): ReadCrashes {
  for (const crash of part.crashes) {
    crash.folds = foldsFromData(crash.folds);
    crash.folds.buckets.bound(maxBuckets);
  }
  return part;
}

/** The parts as if the file had been read in one piece. */
function join(parts: ReadCrashes[]): ReadCrashes {
  const [first, ...rest] = parts as [ReadCrashes, ...ReadCrashes[]];
  const out: ReadCrashes = { ...first, crashes: [...first.crashes], stray: [...first.stray] };
  let open = first.openAtEnd;
  for (const part of rest) {
    const [continued, ...others] = part.crashes as [FoldedCrash, ...FoldedCrash[]];
    const previous = out.crashes[out.crashes.length - 1];
    if (open && previous !== undefined) joinCrash(previous, continued);
    else out.crashes.push(continued); // nothing was open: its goroutines are a dump of their own
    out.crashes.push(...others);
    open = part.openAtEnd;
    out.strayCount += part.strayCount;
    for (const line of part.stray) if (out.stray.length < MAX_STRAY_KEPT) out.stray.push(line);
    // A part may count a wrapper the parts before it never met (`lineNumbers` is counted only when met).
    for (const key of Object.keys(part.wrappers) as (keyof ReadCrashes["wrappers"])[]) {
      out.wrappers[key] = (out.wrappers[key] ?? 0) + (part.wrappers[key] ?? 0);
    }
    out.bytes += part.bytes;
    out.lines += part.lines;
    out.truncatedLines += part.truncatedLines;
    out.omitted += part.omitted;
    out.fastBlocks += part.fastBlocks;
    out.lastFolds = part.lastFolds;
  }
  out.openAtEnd = open;
  return out;
}

/** Adds to `base` the goroutines (and all else) of the part that continued it. */
function joinCrash(base: FoldedCrash, continued: FoldedCrash): void {
  const b: Crash = base.crash;
  const c: Crash = continued.crash;
  if (b.crashing === null && b.goroutineCount === 0 && crashedFirst(b)) {
    b.crashing = continued.folds.sample.result()[0] ?? null;
  }
  b.goroutineCount += c.goroutineCount;
  for (const [state, count] of Object.entries(c.states))
    b.states[state] = (b.states[state] ?? 0) + count;
  b.notes.push(...c.notes);
  b.systemStacks.push(...c.systemStacks);
  for (const line of c.unparsed) if (b.unparsed.length < MAX_UNPARSED) b.unparsed.push(line);
  b.unparsedCount += c.unparsedCount;
  if (c.threads !== undefined) b.threads = [...(b.threads ?? []), ...c.threads];
  b.registers ??= c.registers;
  if (c.exitStatus !== undefined) b.exitStatus = c.exitStatus;
  b.goVersion ??= c.goVersion;
  b.span.endLine = Math.max(b.span.endLine, c.span.endLine);
  mergeFolds(base.folds, continued.folds);
}

/** Newlines in a byte range of a file. */
export async function countLines(path: string, start: number, end: number): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path, {
    start,
    end: end - 1,
    highWaterMark: 1 << 20,
  })) {
    const bytes = chunk as Buffer;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  }
  return lines;
}
