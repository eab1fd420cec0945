// `analyze --json`: the schema other programs rely on (panicscope/analysis@1). Fields are
// added, never renamed, within a schema version.

import type { AnalyzedCrash, InputAnalysis } from "../analyze.js";
import type { Frame } from "../model.js";

export const ANALYSIS_SCHEMA = "panicscope/analysis@1";

export interface JsonOptions {
  /** Include every goroutine with its frames (large for big dumps). */
  goroutines: boolean;
}

export interface SiteJson {
  func: string;
  file: string;
  line: number;
}

function site(frame: Frame | null): SiteJson | null {
  return frame === null ? null : { func: frame.func, file: frame.file, line: frame.line };
}

export function crashJson(analyzed: AnalyzedCrash, options: JsonOptions): Record<string, unknown> {
  const { crash } = analyzed;
  const json: Record<string, unknown> = {
    input: analyzed.input,
    kind: crash.kind,
    category: analyzed.category,
    rule: analyzed.rule,
    message: analyzed.message,
    panics: crash.panics,
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
    span: crash.span,
    crashing: crash.crashing,
    states: crash.states,
    notes: crash.notes,
    unparsed: crash.unparsedCount,
    unparsedLines: crash.unparsed,
  };
  if (crash.systemStacks.length > 0) json.systemStacks = crash.systemStacks;
  if (crash.tests !== undefined) json.tests = crash.tests;
  if (crash.race !== undefined) json.race = crash.race;
  if (crash.registers !== undefined) json.registers = crash.registers;
  if (crash.threads !== undefined) json.threads = crash.threads;
  if (crash.exitStatus !== undefined) json.exitStatus = crash.exitStatus;
  if (crash.recoveredBy !== undefined) json.recoveredBy = crash.recoveredBy;
  if (crash.stream !== undefined) json.stream = crash.stream;
  if (options.goroutines) json.goroutines = crash.goroutines;
  if (analyzed.binary !== undefined) json.binary = analyzed.binary;
  return json;
}

export function analysisJson(inputs: InputAnalysis[], options: JsonOptions): string {
  const document = {
    schema: ANALYSIS_SCHEMA,
    crashes: inputs.flatMap((input) => input.crashes.map((crash) => crashJson(crash, options))),
    inputs: inputs.map((input) => ({
      name: input.input,
      bytes: input.bytes,
      lines: input.lines,
      crashes: input.crashes.length,
      strayLines: input.strayCount,
      truncatedLines: input.truncatedLines,
      wrappers: input.wrappers,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
