// The binary fuzzer: damaged copies of real Go executables (testdata/binary/prog built as
// ELF, PE and Mach-O, stripped or not, the Go 1.15 binary, and the XCOFF and Plan 9 builds of
// testdata/binary/aix-plan9, which only buildinfo reads) through what `symbolize` and
// `buildinfo` do, in-process. A variant fails when a command would exit 2 (an exception that
// is not a BinaryError, or one wrapping an internal error), when output holds raw control
// characters, when a bad build-info blob stops symbolize, when buildinfo prints what
// `go version -m` refuses, refuses what Go reads (or prints it differently), or when it runs
// over the bound of CPU time.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { formatGoVersionM, readBuildInfo } from "../../src/binary/buildinfo.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { printable, printableJson } from "../../src/binary/printable.js";
import { addr2lineAnswer, formatSymbolized, symbolizePC } from "../../src/binary/symbolize.js";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { BufferSource } from "../../src/bytes/source.js";
import { samplePCs } from "../binary/sample.js";
import { build, CACHE, goEnv, TESTDATA, toolchain } from "../binary/toolchains.js";
import { BINARY_MUTATORS } from "./binary-mutators.js";
import { cpuMs } from "./cpu-time.js";
import { Prng } from "./prng.js";

export type BinaryFailureKind =
  | "exception"
  | "exit-2"
  | "no-offset"
  | "raw-control"
  | "buildinfo-stops-symbolize"
  | "not-refused"
  | "refused"
  | "differs"
  | "timeout";

export interface BinarySeed {
  name: string;
  bytes: Uint8Array;
  /** PCs of the intact binary to symbolize in each variant. */
  pcs: string[];
}

export interface BinaryInput {
  index: number;
  how: string;
  bytes: Uint8Array;
}

export interface BinaryFailure {
  kind: BinaryFailureKind;
  input: BinaryInput;
  message: string;
}

/** What the two commands made of a variant, as a person would see it. */
export interface BinaryOutcome {
  symbolize: string;
  /** `null` when buildinfo refused the file (exit 1). */
  buildinfo: string | null;
  buildinfoError: string | null;
}

/** The seeds: built once per toolchain (cached by content under CACHE). */
export function loadBinarySeeds(): BinarySeed[] {
  const tc = toolchain("go");
  const seeds: { name: string; bytes: Uint8Array }[] = [];
  if (tc !== undefined) {
    const targets: [string, Record<string, string>, string[], string][] = [
      ["elf", {}, [], ""],
      ["elf-stripped", {}, ["-ldflags=-s -w"], ""],
      ["pe", { GOOS: "windows" }, [], ".exe"],
      ["macho-arm64", { GOOS: "darwin", GOARCH: "arm64" }, [], ""],
    ];
    for (const [name, env, flags, ext] of targets)
      seeds.push({ name, bytes: readFileSync(build({ dir: "prog", tc, env, flags, ext })) });
  }
  seeds.push({
    name: "go115",
    bytes: gunzipSync(readFileSync(join(TESTDATA, "go115", "go115.gz"))),
  });
  // Formats only buildinfo reads (symbolize refuses them): no PCs to look up.
  for (const name of ["prog-aix-ppc64", "prog-plan9-amd64"])
    seeds.push({
      name,
      bytes: gunzipSync(readFileSync(join(TESTDATA, "aix-plan9", `${name}.gz`))),
    });
  return seeds.map((seed) => {
    if (seed.name.startsWith("prog-")) return { ...seed, pcs: [] };
    const bin = GoBinary.fromSource(new BufferSource(seed.bytes));
    const pcs = samplePCs(bin, 24).pcs.map((pc) => `0x${pc.toString(16)}`);
    bin.close();
    return { ...seed, pcs };
  });
}

function inputSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x27d4eb2f, 0x85ebca6b) + Math.imul(index, 0xc2b2ae35)) >>> 0;
}

export function makeBinaryInput(seed: number, index: number, seeds: BinarySeed[]): BinaryInput {
  const random = new Prng(inputSeed(seed, index));
  const base = random.pick(seeds);
  let bytes = base.bytes;
  const how = [base.name];
  for (let n = random.chance(0.7) ? 1 : 2; n > 0; n--) {
    const [name, mutator] = random.pick(BINARY_MUTATORS);
    bytes = mutator(bytes, random);
    how.push(name);
  }
  return { index, how: how.join(" "), bytes };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters looked for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** What `symbolize --binary FILE PCS` and `buildinfo FILE` print (stdout, or the error line). */
export function runBinary(bytes: Uint8Array, pcs: string[]): BinaryOutcome {
  let symbolize: string;
  let bin: GoBinary | undefined;
  try {
    bin = GoBinary.fromSource(new BufferSource(bytes));
    const lines: string[] = [];
    // --json names the Go version: symbolize reads the build info too (JSON escapes it).
    lines.push(printableJson(JSON.stringify(bin.goVersion ?? null)));
    for (const pc of pcs) {
      // As the CLI writes them to a terminal.
      lines.push(printable(formatSymbolized(symbolizePC(bin, pc))));
      lines.push(printable(addr2lineAnswer(bin, pc)));
    }
    symbolize = lines.join("\n");
  } catch (error) {
    if (!(error instanceof BinaryError)) throw error;
    symbolize = `error: ${printable(error.message)}`;
  } finally {
    bin?.close();
  }
  try {
    // As the buildinfo command reads a file: as Go does, not through openExecutable.
    const info = readBuildInfo(new BufferSource(bytes));
    if (info === undefined) return { symbolize, buildinfo: null, buildinfoError: "no build info" };
    return {
      symbolize,
      buildinfo: printable(formatGoVersionM("FILE", info)),
      buildinfoError: null,
    };
  } catch (error) {
    if (!(error instanceof BinaryError)) throw error;
    return { symbolize, buildinfo: null, buildinfoError: printable(error.message) };
  }
}

/** Checks one variant on its own (everything but the comparison with Go). */
export function checkBinary(
  input: BinaryInput,
  pcs: string[],
  timeBoundMs = 10_000,
): { failure: BinaryFailure | null; outcome: BinaryOutcome | null } {
  const started = cpuMs();
  let outcome: BinaryOutcome;
  try {
    outcome = runBinary(input.bytes, pcs);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { failure: { kind: "exception", input, message }, outcome: null };
  }
  const fail = (kind: BinaryFailureKind, message: string) => ({
    failure: { kind, input, message },
    outcome,
  });
  for (const text of [outcome.symbolize, outcome.buildinfoError ?? ""]) {
    if (text.includes("internal:")) return fail("exit-2", text.split("\n")[0] as string);
  }
  // A damaged structure is refused with the offset it was found at (not-go and unsupported
  // name no structure).
  for (const text of [outcome.symbolize, outcome.buildinfoError ?? ""]) {
    const refusal = /^(?:error: )?((?:corrupt|truncated) .*)$/m.exec(text)?.[1];
    if (refusal !== undefined && !/ at offset 0x[0-9a-f]+$/.test(refusal))
      return fail("no-offset", refusal);
  }
  for (const text of [outcome.symbolize, outcome.buildinfo ?? "", outcome.buildinfoError ?? ""]) {
    const raw = RAW_CONTROL.exec(text);
    if (raw !== null)
      return fail(
        "raw-control",
        `U+${raw[0].charCodeAt(0).toString(16)} in ${JSON.stringify(text.slice(Math.max(0, raw.index - 30), raw.index + 30))}`,
      );
  }
  if (/^error: .*build ?info/i.test(outcome.symbolize))
    return fail("buildinfo-stops-symbolize", outcome.symbolize);
  const ms = cpuMs() - started;
  if (ms > timeBoundMs) return fail("timeout", `${Math.round(ms)} ms of CPU`);
  return { failure: null, outcome };
}

/** Go's own reading of a batch of files: ok and `go version -m` text, or its error. */
export function goVersionM(
  files: string[],
): Map<string, { ok: boolean; out?: string; err?: string }> {
  const oracle = oraclePath();
  const answers = new Map<string, { ok: boolean; out?: string; err?: string }>();
  if (oracle === undefined) return answers;
  const text = execFileSync(oracle, [], {
    input: files.join("\n"),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const a = JSON.parse(line) as { file: string; ok: boolean; out?: string; err?: string };
    answers.set(a.file, a);
  }
  return answers;
}

function oraclePath(): string | undefined {
  const tc = toolchain("go");
  if (tc === undefined) return undefined;
  const src = join(import.meta.dirname, "..", "..", "..", "test", "fuzz", "go-version-m");
  const out = join(CACHE, `go-version-m-${tc.version}`);
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync(tc.go, ["build", "-o", out, "."], { cwd: src, env: goEnv({}), stdio: "ignore" });
  }
  return out;
}

export interface BinaryFuzzOptions {
  seed: number;
  start?: number;
  count: number;
  /** Variants compared with Go per batch (one oracle process per batch). */
  batch?: number;
  seeds?: BinarySeed[];
  onInput?: (index: number, bytes: number) => void;
  onFailure?: (failure: BinaryFailure) => void | Promise<void>;
}

/** `go version -m` prints `FILE: …`: ours is made with the name FILE, Go's with the path. */
function compareWithGo(
  input: BinaryInput,
  outcome: BinaryOutcome,
  go: { ok: boolean; out?: string; err?: string } | undefined,
  path: string,
): BinaryFailure | null {
  if (go === undefined) return null;
  if (!go.ok && outcome.buildinfo !== null)
    return {
      kind: "not-refused",
      input,
      message: `go: ${go.err}; panicscope printed ${JSON.stringify(outcome.buildinfo.slice(0, 200))}`,
    };
  if (go.ok && outcome.buildinfo === null)
    return {
      kind: "refused",
      input,
      message: `go read it; panicscope: ${outcome.buildinfoError}`,
    };
  if (go.ok && outcome.buildinfo !== null) {
    // Go writes control characters raw; panicscope escapes them for the terminal.
    const theirs = printable((go.out ?? "").replaceAll(path, "FILE"));
    if (theirs !== outcome.buildinfo)
      return {
        kind: "differs",
        input,
        message: `go: ${JSON.stringify(theirs.slice(0, 300))}; panicscope: ${JSON.stringify(outcome.buildinfo.slice(0, 300))}`,
      };
  }
  return null;
}

export async function fuzzBinaries(
  options: BinaryFuzzOptions,
): Promise<Record<BinaryFailureKind, number>> {
  const seeds = options.seeds ?? loadBinarySeeds();
  const failures: Record<BinaryFailureKind, number> = {
    exception: 0,
    "exit-2": 0,
    "no-offset": 0,
    "raw-control": 0,
    "buildinfo-stops-symbolize": 0,
    "not-refused": 0,
    refused: 0,
    differs: 0,
    timeout: 0,
  };
  const report = async (failure: BinaryFailure) => {
    failures[failure.kind]++;
    await options.onFailure?.(failure);
  };
  const dir = mkdtempSync(join(tmpdir(), "panicscope-binfuzz-"));
  const batchSize = options.batch ?? 200;
  const start = options.start ?? 0;
  try {
    for (let first = start; first < start + options.count; first += batchSize) {
      const pending: { input: BinaryInput; outcome: BinaryOutcome; path: string }[] = [];
      const last = Math.min(start + options.count, first + batchSize);
      for (let index = first; index < last; index++) {
        const input = makeBinaryInput(options.seed, index, seeds);
        options.onInput?.(index, input.bytes.length);
        const base = seeds.find((s) => input.how.startsWith(`${s.name} `)) as BinarySeed;
        const { failure, outcome } = checkBinary(input, base.pcs);
        if (failure !== null) await report(failure);
        else if (outcome !== null) {
          // Go's word on every variant: what panicscope prints, and what it refuses.
          const path = join(dir, `v${index}`);
          writeFileSync(path, input.bytes);
          pending.push({ input, outcome, path });
        }
      }
      const answers = goVersionM(pending.map((p) => p.path));
      for (const { input, outcome, path } of pending) {
        const failure = compareWithGo(input, outcome, answers.get(path), path);
        if (failure !== null) await report(failure);
        rmSync(path);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

export function binarySignature(failure: BinaryFailure): string {
  const lines = failure.message.split("\n");
  const at = lines.find((line) => line.trimStart().startsWith("at ")) ?? "";
  return `${failure.kind} ${(lines[0] ?? "").replace(/0x[0-9a-f]+|\d+/g, "N").slice(0, 100)} ${at.trim()}`;
}

/** Shrinks only by cutting the end: a binary's bytes are positional. */
export async function minimiseBinaryFailure(failure: BinaryFailure): Promise<Buffer> {
  const signature = binarySignature(failure);
  const seeds = loadBinarySeeds();
  const base = seeds.find((s) => failure.input.how.startsWith(`${s.name} `));
  const pcs = base?.pcs ?? [];
  let bytes = Buffer.from(failure.input.bytes);
  let cut = bytes.length >> 1;
  while (cut >= 1024) {
    const shorter = bytes.subarray(0, bytes.length - cut);
    const again = checkBinary({ ...failure.input, bytes: shorter }, pcs).failure;
    if (again !== null && binarySignature(again) === signature) bytes = shorter;
    else cut >>= 1;
  }
  return bytes;
}
