// A core file with the executable that dumped it → an Analysis like any other: the goroutines,
// stacks, fault and panic value read from the process's memory (src/core) go through the same
// folds, diagnosis and buckets as a crash read from text.

import { statSync } from "node:fs";
import { crashFromCore } from "../core/crash.js";
import { coreBinaryReport } from "../core/fault-report.js";
import { CoreProcess } from "../core/open.js";
import type { Similarity } from "../group/similarity.js";
import { type Analysis, diagnose } from "./analyze.js";
import { foldsOfCrash } from "./folds.js";

export interface CoreOptions {
  similarity?: Similarity;
  /** The input's name in the result (default: the core's path). */
  name?: string;
}

/**
 * Reads `corePath` (plain, .gz or .zst) with `binaryPath`. Throws `BinaryError` (one line) when
 * the core is not a Go process's, not this binary's, or of a release whose layout is unknown.
 */
export function analyzeCore(
  binaryPath: string,
  corePath: string,
  options: CoreOptions = {},
): Analysis {
  const name = options.name ?? corePath;
  const proc = CoreProcess.open(binaryPath, corePath);
  let crash: ReturnType<typeof crashFromCore>;
  let binary: ReturnType<typeof coreBinaryReport>;
  try {
    crash = crashFromCore(proc);
    binary = coreBinaryReport(proc, crash, binaryPath);
  } finally {
    proc.close();
  }
  const folds = foldsOfCrash(crash, { similarity: options.similarity ?? "pointers" });
  return {
    input: name,
    bytes: statSync(corePath).size,
    lines: 0,
    crashes: [{ ...diagnose(crash, name, folds), binary }],
    strayCount: 0,
    stray: [],
    wrappers: { docker: 0, cri: 0, prefixed: 0, json: 0, learnt: 0, testJson: 0, escaped: 0 },
    truncatedLines: 0,
    warnings: [],
  };
}
