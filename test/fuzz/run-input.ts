// One text input through everything a user can ask of it: the analysis (read in chunks of a
// given size), the JSON document, the terminal and the HTML report. The fuzz harness and the
// reproducer tests share it, in-process.

import { toDocument } from "../../src/document/to-document.js";
import { type Analysis, analyzeStream } from "../../src/pipeline/analyze.js";
import { palette } from "../../src/render/color.js";
import { renderHtmlReport } from "../../src/render/html/report.js";
import { documentJson } from "../../src/render/json.js";
import { renderDocument } from "../../src/render/terminal.js";

/** The bytes as a stream of `chunkSize` pieces. */
export async function* chunksOf(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
}

function analyzeChunks(bytes: Uint8Array, chunkSize: number): Promise<Analysis> {
  return analyzeStream(chunksOf(bytes, chunkSize), { name: "fuzz", keepGoroutines: true });
}

export interface Outputs {
  analysis: Analysis;
  /** `analyze --json --goroutines`, parsed. */
  document: unknown;
  /** The document's text: two readings of the same bytes must give the same one. */
  json: string;
  terminal: string;
  html: string;
}

/** Analyses `bytes` read `chunkSize` bytes at a time and renders it every way. */
export async function runInput(bytes: Uint8Array, chunkSize: number): Promise<Outputs> {
  const analysis = await analyzeChunks(bytes, chunkSize);
  const crashDocument = toDocument(analysis, { goroutines: true });
  const json = await documentJson(crashDocument);
  const terminal = renderDocument(crashDocument, {
    verbose: true,
    palette: palette(true),
    all: false,
    width: 100,
  });
  const html = analysis.crashes.length > 0 ? renderHtmlReport(crashDocument) : "";
  return { analysis, document: JSON.parse(json), json, terminal, html };
}

/** `runInput` without the terminal and HTML: what a second reading is compared on. */
export async function documentOf(bytes: Uint8Array, chunkSize: number): Promise<string> {
  const analysis = await analyzeChunks(bytes, chunkSize);
  return documentJson(toDocument(analysis, { goroutines: true }));
}
