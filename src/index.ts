// The library surface of panicscope: the pipeline every front end runs, the crash document it
// returns, the renderers that read that document, and the binary readers.
//
//   import { analyzeFile, toDocument } from "panicscope";
//   const document = toDocument(await analyzeFile("crash.txt"));

// The renderers speak every language to the library's callers: Chinese is registered here
// (the command line loads it only when the reader asks for it; src/i18n/translations.ts).
import "./i18n/zh/index.js";

export * from "./binary/index.js";
export type { AddressSpace } from "./bytes/address-space.js";
export type * from "./diagnose/types.js";
export { type DocumentOptions, documentCrash, toDocument } from "./document/to-document.js";
export * from "./document/types.js";
export type { GoVersionGuess } from "./goversion/guess.js";
export type { GoRelease } from "./goversion/release.js";
export type { GoVersion } from "./goversion/version.js";
export type { Similarity } from "./group/similarity.js";
export type * from "./model.js";
export {
  type Analysis,
  type AnalyzedCrash,
  type AnalyzeOptions,
  analyzeFile,
  analyzeStream,
  analyzeText,
} from "./pipeline/analyze.js";
export { analyzeCore, type CoreOptions } from "./pipeline/analyze-core.js";
export { withBinary } from "./pipeline/with-binary.js";
export { renderHtmlReport } from "./render/html/report.js";
export { documentJson, writeDocument } from "./render/json.js";
