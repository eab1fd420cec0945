// The text fuzzer: inputs made from the real texts of testdata/ (every cut of the smallest,
// then mutations and grammar-made goroutine text), each run in-process through the analysis,
// the JSON document, the terminal and the HTML report. An input fails on an exception, a
// document that breaks its types, a control character of the input reaching the terminal raw,
// a different document when read in other chunk sizes, or a run over the bound of CPU time. Input N of seed S is the same on every machine.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, type Seed } from "./corpus.js";
import { cpuMs } from "./cpu-time.js";
import { checkDocument, type DocumentCheck } from "./document-check.js";
import { grammarText } from "./grammar.js";
import { minimise } from "./minimise.js";
import { mutate } from "./mutators.js";
import { Prng } from "./prng.js";
import { documentOf, runInput } from "./run-input.js";

export type FailureKind = "exception" | "schema" | "raw-control" | "chunking" | "timeout";

/** The renderer's own colours (render/color.ts): Select Graphic Rendition sequences. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the sequences removed
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters looked for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export interface FuzzInput {
  index: number;
  /** How it was made: `cut:FILE@N`, `grammar`, or the seed file and its mutations. */
  how: string;
  bytes: Buffer;
}

export interface Failure {
  kind: FailureKind;
  input: FuzzInput;
  message: string;
}

export interface FuzzOptions {
  seed: number;
  /** First input index (to resume after a stall) and how many to run. */
  start?: number;
  count: number;
  /** The document check (default: the JSON Schema, then the value ranges it cannot say). */
  check?: DocumentCheck;
  /** CPU ms per input, for the whole run (analysis, second reading, JSON, terminal, HTML). */
  timeBoundMs?: number;
  /** Inputs at the start that are every cut of the smallest texts. */
  cuts?: number;
  corpus?: Seed[];
  onInput?: (index: number, bytes: number) => void;
  onFailure?: (failure: Failure) => void | Promise<void>;
}

export interface FuzzStats {
  inputs: number;
  bytes: number;
  ms: number;
  failures: Record<FailureKind, number>;
}

/** A fixed seed mixed with the input's index: each input made on its own. */
function inputSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index, 0xc2b2ae35)) >>> 0;
}

/** The input `index` of a run: the same for the same seed, corpus and cut budget. */
export function makeInput(seed: number, index: number, corpus: Seed[], cuts: number): FuzzInput {
  if (index < cuts) {
    // Every size of the smallest texts, in turn.
    let left = index;
    for (const text of corpus) {
      if (left <= text.bytes.length)
        return { index, how: `cut:${text.name}@${left}`, bytes: text.bytes.subarray(0, left) };
      left -= text.bytes.length + 1;
    }
  }
  const random = new Prng(inputSeed(seed, index));
  if (random.chance(0.1)) {
    const text = grammarText(random);
    if (random.chance(0.5)) return { index, how: "grammar", bytes: text };
    const mutated = mutate(text, random, random.pick(corpus).bytes);
    return { index, how: `grammar ${mutated.how.join(",")}`, bytes: mutated.bytes };
  }
  const base = random.pick(corpus);
  const mutated = mutate(base.bytes, random, random.pick(corpus).bytes);
  return { index, how: `${base.name} ${mutated.how.join(",")}`, bytes: mutated.bytes };
}

/**
 * A chunk size for the second reading: now and then byte by byte, else small odd sizes that
 * split lines, CRLF pairs and UTF-8 sequences.
 */
function otherChunkSize(bytes: Buffer, index: number): number {
  const random = new Prng(index ^ 0x5bd1e995);
  if (random.chance(0.05)) return 1;
  return bytes.length <= 4096 ? random.between(2, 97) : random.between(13, 4099);
}

/** Runs one input through everything; null when it passes. */
export async function checkInput(
  input: FuzzInput,
  check: DocumentCheck = checkDocument,
  timeBoundMs = 5000,
): Promise<Failure | null> {
  const started = cpuMs();
  let json: string;
  try {
    const out = await runInput(input.bytes, 65_536);
    json = out.json;
    const errors = check(out.document);
    if (errors.length > 0) return { kind: "schema", input, message: errors.join("; ") };
    const raw = RAW_CONTROL.exec(out.terminal.replace(OWN_COLOURS, ""));
    if (raw !== null) {
      const code = raw[0].charCodeAt(0).toString(16).padStart(2, "0");
      return { kind: "raw-control", input, message: `U+00${code} reached the terminal raw` };
    }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { kind: "exception", input, message };
  }
  try {
    const other = await documentOf(input.bytes, otherChunkSize(input.bytes, input.index));
    if (other !== json) return { kind: "chunking", input, message: firstDifference(json, other) };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { kind: "exception", input, message: `in small chunks: ${message}` };
  }
  const ms = cpuMs() - started;
  if (ms > timeBoundMs)
    return { kind: "timeout", input, message: `${Math.round(ms)} ms of CPU > ${timeBoundMs} ms` };
  return null;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `documents differ at character ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

export async function fuzzText(options: FuzzOptions): Promise<FuzzStats> {
  const corpus = options.corpus ?? loadCorpus();
  const start = options.start ?? 0;
  const cuts = options.cuts ?? 0;
  const stats: FuzzStats = {
    inputs: 0,
    bytes: 0,
    ms: 0,
    failures: { exception: 0, schema: 0, "raw-control": 0, chunking: 0, timeout: 0 },
  };
  const began = performance.now();
  for (let index = start; index < start + options.count; index++) {
    const input = makeInput(options.seed, index, corpus, cuts);
    options.onInput?.(index, input.bytes.length);
    const failure = await checkInput(input, options.check, options.timeBoundMs);
    stats.inputs++;
    stats.bytes += input.bytes.length;
    if (failure !== null) {
      stats.failures[failure.kind]++;
      await options.onFailure?.(failure);
    }
  }
  stats.ms = performance.now() - began;
  return stats;
}

/** What makes two failures the same bug: kind, message without numbers, first stack frame. */
export function failureSignature(failure: Failure): string {
  const lines = failure.message.split("\n");
  const at = lines.find((line) => line.trimStart().startsWith("at ")) ?? "";
  const head = (lines[0] ?? "").replace(/\d+/g, "N").slice(0, 120);
  return `${failure.kind} ${head} ${at.trim()}`;
}

/** The failing input made as small as it can be while it fails the same way. */
export async function minimiseFailure(failure: Failure): Promise<Buffer> {
  const signature = failureSignature(failure);
  return minimise(failure.input.bytes, async (bytes) => {
    const again = await checkInput({ ...failure.input, bytes });
    return again !== null && failureSignature(again) === signature;
  });
}

/** An input that stalled the worker: saved as it was made (it cannot be run to shrink it). */
export function saveStalled(seed: number, index: number, cuts: number, out: string): void {
  const input = makeInput(seed, index, loadCorpus(), cuts);
  const base = join(out, `timeout-${seed}-${index}`);
  writeFileSync(`${base}.txt`, input.bytes);
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ kind: "timeout", seed, index, how: input.how, bytes: input.bytes.length, message: "stalled the fuzzer" }, null, 2)}\n`,
  );
}
