// Reading corpus files for the grouping tests.

import { join } from "node:path";
import type { Similarity } from "../../src/group/similarity.js";
import { type AnalyzedCrash, analyzeFile } from "../../src/pipeline/analyze.js";

export const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
export const GO = join(TESTDATA, "go");
export const VERSIONS = ["go1.19", "go1.21", "go1.22", "go1.23", "go1.24", "go1.25", "go1.26"];

export async function crashesOf(path: string, similarity?: Similarity): Promise<AnalyzedCrash[]> {
  const options = similarity === undefined ? {} : { similarity };
  return (await analyzeFile(path, options)).crashes;
}

export async function crashOf(path: string, similarity?: Similarity): Promise<AnalyzedCrash> {
  const [crash] = await crashesOf(path, similarity);
  if (crash === undefined) throw new Error(`no crash in ${path}`);
  return crash;
}
