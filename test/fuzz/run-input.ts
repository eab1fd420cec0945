// One text input through everything a user can ask of it: the analysis (read in chunks of a
// given size), the JSON document, the terminal and the HTML report. The fuzz harness and the
// reproducer tests share it, in-process.

import { analyzeInput, type InputAnalysis } from "../../src/analysis/analyze.js";
import type { Input } from "../../src/input/open.js";
import { palette } from "../../src/render/color.js";
import { renderHtmlReport } from "../../src/render/html/report.js";
import { analysisJson } from "../../src/render/json.js";
import { renderInputs } from "../../src/render/terminal.js";

export function inputOf(bytes: Uint8Array, chunkSize: number, name = "fuzz"): Input {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    name,
    size: buffer.length,
    chunks: (async function* () {
      for (let at = 0; at < buffer.length; at += chunkSize)
        yield buffer.subarray(at, at + chunkSize);
    })(),
  };
}

export interface Outputs {
  analysis: InputAnalysis;
  /** `analyze --json --goroutines`, parsed. */
  document: unknown;
  /** The document's text: two readings of the same bytes must give the same one. */
  json: string;
  terminal: string;
  html: string;
}

/** Analyses `bytes` read `chunkSize` bytes at a time and renders it every way. */
export async function runInput(bytes: Uint8Array, chunkSize: number): Promise<Outputs> {
  const analysis = await analyzeInput(inputOf(bytes, chunkSize), { keepGoroutines: true });
  const json = await analysisJson([analysis], { goroutines: true });
  const terminal = renderInputs([analysis], {
    verbose: true,
    palette: palette(true),
    all: false,
    width: 100,
  });
  const html = analysis.crashes.length > 0 ? renderHtmlReport([analysis]) : "";
  return { analysis, document: JSON.parse(json), json, terminal, html };
}

/** `runInput` without the terminal and HTML: what a second reading is compared on. */
export async function documentOf(bytes: Uint8Array, chunkSize: number): Promise<string> {
  const analysis = await analyzeInput(inputOf(bytes, chunkSize), { keepGoroutines: true });
  return analysisJson([analysis], { goroutines: true });
}
