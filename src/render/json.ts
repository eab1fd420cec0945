// `analyze --json`: the schema other programs rely on (panicscope/analysis@1). Fields are
// added, never renamed, within a schema version.

import type { AnalyzedCrash, InputAnalysis } from "../analysis/analyze.js";
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
    diagnosis: analyzed.diagnosis,
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
  // More distinct buckets than panicscope keeps: the smallest were folded into a count.
  if (analyzed.bucketRemainder.goroutines > 0) json.bucketRemainder = analyzed.bucketRemainder;
  return json;
}

/**
 * Writes the analysis document piece by piece: with `goroutines`, a dump of 10⁶ goroutines is
 * gigabytes of JSON, more than one string can hold. Each goroutine is one line.
 */
export async function writeAnalysisJson(
  inputs: InputAnalysis[],
  options: JsonOptions,
  write: (text: string) => Promise<void>,
): Promise<void> {
  const buffer = new OutputBuffer(write);
  await buffer.add(`{\n  "schema": ${JSON.stringify(ANALYSIS_SCHEMA)},\n  "crashes": [`);
  let first = true;
  for (const input of inputs) {
    for (const crash of input.crashes) {
      await buffer.add(first ? "\n" : ",\n");
      first = false;
      const json = crashJson(crash, { goroutines: false });
      // Buckets (and goroutines) are written one per line after the other fields: a bucket
      // of 10⁶ goroutines has 10⁶ ids, which pretty-printed would be 10⁶ lines.
      const { buckets } = json;
      delete json.buckets;
      const body = indent(JSON.stringify(json, null, 2), "    ");
      // Open the object again after its last field.
      await buffer.add(`${body.slice(0, -"\n    }".length)},\n      "buckets": [`);
      await writeLines(buffer, buckets as unknown[]);
      if (options.goroutines) {
        await buffer.add(`,\n      "goroutines": [`);
        await writeLines(buffer, crash.crash.goroutines);
      }
      await buffer.add("\n    }");
    }
  }
  const summary = inputs.map((input) => ({
    name: input.input,
    bytes: input.bytes,
    lines: input.lines,
    crashes: input.crashes.length,
    strayLines: input.strayCount,
    truncatedLines: input.truncatedLines,
    wrappers: input.wrappers,
  }));
  await buffer.add(
    `${first ? "" : "\n  "}],\n  "inputs": ${indent(JSON.stringify(summary, null, 2), "  ").trimStart()}\n}\n`,
  );
  await buffer.flush();
}

/** The whole document as one string, for small analyses and tests. */
export async function analysisJson(inputs: InputAnalysis[], options: JsonOptions): Promise<string> {
  let out = "";
  await writeAnalysisJson(inputs, options, async (text) => {
    out += text;
  });
  return out;
}

/** A JSON array's items, one per line, and its closing bracket. */
async function writeLines(buffer: OutputBuffer, items: readonly unknown[]): Promise<void> {
  let i = 0;
  for (const item of items)
    await buffer.add(`${i++ === 0 ? "\n" : ",\n"}        ${JSON.stringify(item)}`);
  await buffer.add(`${items.length > 0 ? "\n      " : ""}]`);
}

function indent(text: string, prefix: string): string {
  return prefix + text.replaceAll("\n", `\n${prefix}`);
}

/** Collects output into pieces of about a megabyte before handing them to `write`. */
class OutputBuffer {
  private pieces: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => Promise<void>) {}

  async add(text: string): Promise<void> {
    this.pieces.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.pieces.join("");
    this.pieces = [];
    this.size = 0;
    await this.write(text);
  }
}
