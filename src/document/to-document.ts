// The pipeline's analyses → the crash document. The one place that reads the pipeline's own
// records for output: every renderer reads the document this builds.

import type { Frame } from "../model.js";
import type { Analysis, AnalyzedCrash } from "../pipeline/analyze.js";
import { chainEnds } from "./chain-ends.js";
import {
  ANALYSIS_SCHEMA,
  type CrashDocument,
  type DocumentCrash,
  type DocumentInput,
  type DocumentSite,
  type RaceGroup,
} from "./types.js";

export interface DocumentOptions {
  /** Include every goroutine with its frames (large for big dumps). */
  goroutines?: boolean;
}

export function toDocument(
  analyses: Analysis | readonly Analysis[],
  options: DocumentOptions = {},
): CrashDocument {
  const list: readonly Analysis[] = Array.isArray(analyses) ? analyses : [analyses as Analysis];
  const crashes = list.flatMap((analysis) =>
    analysis.crashes.map((crash) => documentCrash(crash, options)),
  );
  const document: CrashDocument = {
    schema: ANALYSIS_SCHEMA,
    crashes,
    inputs: list.map(documentInput),
  };
  const races = raceGroups(crashes);
  if (races.length > 0) document.races = races;
  return document;
}

/** Race reports grouped by their pair of access sites (the race fingerprint, fp2). */
export function raceGroups(crashes: readonly DocumentCrash[]): RaceGroup[] {
  const groups = new Map<string, RaceGroup>();
  crashes.forEach((crash, index) => {
    if (crash.kind !== "race") return;
    const known = groups.get(crash.fingerprint);
    if (known !== undefined) {
      known.count++;
      known.crashes.push(index);
      return;
    }
    groups.set(crash.fingerprint, {
      fingerprint: crash.fingerprint,
      count: 1,
      crashes: [index],
      access: crash.frame,
      previous: crash.origin,
    });
  });
  return [...groups.values()];
}

/** One crash of the document. Field order is the order of the JSON output. */
export function documentCrash(
  analyzed: AnalyzedCrash,
  options: DocumentOptions = {},
): DocumentCrash {
  const { crash } = analyzed;
  const panics = chainEnds(crash.panics);
  const chain = chainEnds(analyzed.diagnosis.chain);
  const diagnosis =
    chain.omitted === 0
      ? analyzed.diagnosis
      : { ...analyzed.diagnosis, chain: chain.kept, chainOmitted: chain.omitted };
  const doc: DocumentCrash = {
    input: analyzed.input,
    kind: crash.kind,
    category: analyzed.category,
    rule: analyzed.rule,
    message: analyzed.message,
    panics: panics.kept,
    ...(panics.omitted > 0 ? { panicsOmitted: panics.omitted } : {}),
    fatal: crash.fatal ?? null,
    signal: crash.signal ?? null,
    goroutine:
      crash.crashing?.id ??
      (crash.kind === "race" ? (crash.race?.accesses[0]?.goroutine ?? null) : null),
    goroutineCount: crash.goroutineCount,
    frame: site(analyzed.site.frame),
    origin: site(analyzed.site.origin),
    programFrame: site(analyzed.site.programFrame),
    goVersion: analyzed.goVersion?.version ?? null,
    goVersionSource: analyzed.goVersion?.from ?? null,
    fingerprint: analyzed.fingerprint.id,
    fingerprintBasis: analyzed.fingerprint.basis,
    span: crash.span,
    crashing: crash.crashing,
    states: crash.states,
    similarity: analyzed.similarity,
    buckets: analyzed.buckets,
    family: analyzed.family,
    notes: crash.notes,
    unparsed: crash.unparsedCount,
    unparsedLines: crash.unparsed,
    diagnosis,
  };
  if (crash.systemStacks.length > 0) doc.systemStacks = crash.systemStacks;
  if (crash.tests !== undefined) doc.tests = crash.tests;
  if (crash.race !== undefined) doc.race = crash.race;
  if (crash.registers !== undefined) doc.registers = crash.registers;
  if (crash.threads !== undefined) doc.threads = crash.threads;
  if (crash.exitStatus !== undefined) doc.exitStatus = crash.exitStatus;
  if (crash.recoveredBy !== undefined) doc.recoveredBy = crash.recoveredBy;
  if (crash.readReversed === true) doc.readReversed = true;
  if (crash.stream !== undefined) doc.stream = crash.stream;
  if (options.goroutines === true) doc.goroutines = crash.goroutines;
  if (analyzed.binary !== undefined) doc.binary = analyzed.binary;
  if (analyzed.bucketRemainder.goroutines > 0) doc.bucketRemainder = analyzed.bucketRemainder;
  return doc;
}

function site(frame: Frame | null): DocumentSite | null {
  return frame === null ? null : { func: frame.func, file: frame.file, line: frame.line };
}

function documentInput(analysis: Analysis): DocumentInput {
  return {
    name: analysis.input,
    bytes: analysis.bytes,
    lines: analysis.lines,
    crashes: analysis.crashes.length + (analysis.omittedCrashes ?? 0),
    strayLines: analysis.strayCount,
    truncatedLines: analysis.truncatedLines,
    wrappers: { ...analysis.wrappers },
  };
}
