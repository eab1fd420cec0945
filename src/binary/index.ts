// The public surface of src/binary: open a Go binary, symbolize PCs and frames, read build info,
// check a binary against a crash, explain a fault.

export { BinaryError } from "../bytes/decode-error.js";
export type { BuildInfo, BuildSetting, Module } from "./buildinfo.js";
export { formatGoVersionM, readBuildInfo } from "./buildinfo.js";
export type { Arch, Executable, ExeFormat } from "./exe.js";
export type { FaultExplanation } from "./fault.js";
export { explainFault, formatFault } from "./fault.js";
export type { BinaryMatch, PCKind, SymbolizeFramesOptions } from "./frames.js";
export { checkBinaryMatches, symbolizeCrash, symbolizeFrames } from "./frames.js";
export type { AddrLine, FuncSummary } from "./gobinary.js";
export { GoBinary } from "./gobinary.js";
export type { LogicalFrame } from "./inline.js";
export { openExecutable } from "./open.js";
export type { BinaryReport } from "./report.js";
export { applyBinary } from "./report.js";
