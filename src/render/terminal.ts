// `analyze` for a person at a terminal: the answer first (what, where, which goroutine),
// then the crashing goroutine's stack with the program's own frames standing out, then
// the rest of the dump summarised.

import { printable } from "../binary/printable.js";
import type { BinaryReport } from "../binary/report.js";
import { crashSite } from "../diagnose/site.js";
import type { CrashDocument, DocumentCrash, DocumentInput } from "../document/types.js";
import type { Frame, Goroutine, RaceAccess } from "../model.js";
import type { Snippet } from "../source/index.js";
import { BUCKETS_SHOWN, renderBuckets, renderFamily } from "./buckets.js";
import type { Palette } from "./color.js";
import { renderDiagnosis } from "./diagnosis.js";
import { labeledSites, labelWidth } from "./site-labels.js";
import { renderSnippet } from "./snippet.js";

export interface TerminalOptions {
  verbose: boolean;
  palette: Palette;
  /** Every bucket and every frame (`--all`). */
  all?: boolean;
  /** Columns to fit bucket lines into; 0 or absent: no limit. */
  width?: number;
  /** Source lines around a frame, where they can be found. */
  source?: (frame: Frame, goVersion: string | null) => Snippet | null;
}

/** Consecutive identical frames (recursion) beyond this many are folded into one line. */
const FOLD_RUN = 3;
/**
 * Frames shown at each end of a deep stack without `--all`: the runtime itself prints 50 inner
 * and 50 outer frames (go1.26 runtime/traceback.go tracebackInnerFrames/tracebackOuterFrames).
 */
const STACK_END_FRAMES = 50;
/** Links shown at each end of a long panic chain without `--all`. */
const CHAIN_END_LINKS = 10;

/** `out.push(...lines)` without the spread, which overflows the stack past ~10⁵ lines. */
function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

export function renderDocument(document: CrashDocument, options: TerminalOptions): string {
  const out: string[] = [];
  const { crashes, inputs } = document;
  const total = crashes.length;
  let index = 0;
  for (const input of inputs) {
    // The crashes of each input follow each other in the document.
    for (const crash of crashes.slice(index, index + input.crashes)) {
      index++;
      if (total > 1) {
        const where = inputs.length > 1 ? ` in ${input.name}` : "";
        out.push(options.palette.dim(`── crash ${index} of ${total}${where} ${"─".repeat(40)}`));
      }
      append(out, renderCrash(crash, options));
      out.push("");
    }
    if (options.verbose) append(out, renderInputDetails(input, options));
  }
  return `${out.join("\n")}\n`;
}

export function renderCrash(analyzed: DocumentCrash, options: TerminalOptions): string[] {
  const p = options.palette;
  const crash = analyzed;
  const site = crashSite(analyzed);
  const out: string[] = [];
  out.push(p.bold(p.red(headline(analyzed))));
  const facts = [p.yellow(analyzed.category)];
  if (crash.crashing !== null && crash.crashing.id !== null)
    facts.push(`goroutine ${crash.crashing.id}`);
  if (crash.goroutineCount > 1 || (crash.crashing === null && crash.goroutineCount > 0)) {
    facts.push(`${crash.goroutineCount} goroutine${crash.goroutineCount === 1 ? "" : "s"}`);
  }
  if (analyzed.goVersion !== null) {
    const version = analyzed.goVersion;
    facts.push(
      analyzed.goVersionSource === "path" ? version : `${version} ${p.dim("(from format)")}`,
    );
  }
  facts.push(`${analyzed.input}:${crash.span.startLine}-${crash.span.endLine}`);
  out.push(`  ${facts.join(p.dim(" · "))}`);
  if (crash.signal !== null && crash.kind !== "dump")
    out.push(`  ${p.dim(signalText(crash.signal))}`);
  if (analyzed.binary !== undefined) append(out, renderBinary(analyzed.binary, options));
  out.push("");

  const sites = labeledSites(crash, site);
  if (sites.length > 0) {
    const width = labelWidth([...sites.map((s) => s.label), "your code"]);
    for (const { label, frame } of sites) {
      out.push(siteLine(label, frame, options, width));
      append(out, snippetLines(frame, analyzed, options));
    }
    if (
      crash.kind !== "race" &&
      site.programFrame !== null &&
      site.programFrame !== site.frame &&
      site.programFrame !== site.origin
    ) {
      out.push(siteLine("your code", site.programFrame, options, width));
    }
    out.push("");
  }

  append(out, renderDiagnosis(analyzed, p));

  if (crash.panics.length > 1 || (crash.panics.length === 1 && crash.fatal !== null)) {
    out.push(`  ${p.bold("panic chain")} ${p.dim("(oldest first)")}`);
    const links = crash.panics.length;
    const foldLinks = options.all !== true && links > 2 * CHAIN_END_LINKS + 1;
    crash.panics.forEach((panic, i) => {
      if (foldLinks && i >= CHAIN_END_LINKS && i < links - CHAIN_END_LINKS) {
        if (i === CHAIN_END_LINKS)
          out.push(p.dim(`    … ${links - 2 * CHAIN_END_LINKS} more links (--all shows them)`));
        return;
      }
      const marks = panic.repanicked
        ? " [recovered, repanicked]"
        : panic.recovered
          ? " [recovered]"
          : "";
      const text = panic.fatal === true ? `fatal error: ${panic.value}` : firstLine(panic.value);
      out.push(`    ${i + 1}. ${text}${p.dim(marks)}`);
    });
    const fatalLinked = crash.panics.some((panic) => panic.fatal === true);
    if (crash.fatal !== null && !fatalLinked) {
      out.push(`    ${crash.panics.length + 1}. fatal error: ${crash.fatal}`);
    }
    out.push("");
  }

  if (crash.tests !== undefined) {
    const lines: string[] = [];
    for (const test of crash.tests.failed)
      lines.push(`  ${p.bold("failed test")} ${test.name} (${test.duration})`);
    // The diagnosis lists the running tests with where each one waits (render/diagnosis.ts).
    if (crash.tests.running.length > 0 && analyzed.diagnosis.goroutines.tests === undefined) {
      lines.push(`  ${p.bold("running tests")}`);
      for (const test of crash.tests.running) lines.push(`    ${test.name} (${test.duration})`);
    }
    if (lines.length > 0) {
      append(out, lines);
      out.push("");
    }
  }

  const groups = { palette: p, all: options.all === true, width: options.width ?? 0 };
  if (crash.race !== undefined) {
    append(out, renderRace(crash.race.accesses, crash.race.creations, options));
  } else if (crash.crashing !== null) {
    append(out, renderGoroutine(crash.crashing, site.frame, options));
    append(out, renderFamily(analyzed, groups));
  }

  // The census by state, where the buckets below do not list every goroutine.
  const others = otherStates(crash.states, crash.crashing);
  const listedAll = groups.all || analyzed.buckets.length <= BUCKETS_SHOWN + 1;
  if (others.count > 0 && !listedAll) {
    const label = crash.crashing === null ? "goroutines" : "other goroutines";
    out.push(`  ${p.bold(label)}  ${others.count}: ${others.parts.join(p.dim(" · "))}`);
  }
  append(out, renderBuckets(analyzed, groups));
  if (crash.unparsed > 0) {
    const hint = options.verbose ? "" : " (--verbose shows them)";
    out.push(
      p.yellow(`  ${crash.unparsed} line${crash.unparsed === 1 ? "" : "s"} not understood${hint}`),
    );
    if (options.verbose) {
      for (const line of crash.unparsedLines) out.push(p.dim(`    ${line.line}: ${line.text}`));
    }
  }
  if (options.verbose && crash.notes.length > 0) {
    out.push(`  ${p.bold("runtime notes")}`);
    for (const note of crash.notes) out.push(p.dim(`    ${note.line}: ${note.text}`));
  }
  while (out[out.length - 1] === "") out.pop();
  return out;
}

function snippetLines(frame: Frame, analyzed: DocumentCrash, options: TerminalOptions): string[] {
  const snippet = options.source?.(frame, analyzed.goVersion) ?? null;
  return snippet === null ? [] : renderSnippet(snippet, options.palette, "    ");
}

export function headline(analyzed: DocumentCrash): string {
  const crash = analyzed;
  const message = firstLine(analyzed.message);
  switch (crash.kind) {
    case "panic": {
      if (crash.recoveredBy !== undefined)
        return `panic (recovered by ${crash.recoveredBy}): ${message}`;
      const last = crash.panics[crash.panics.length - 1];
      return last?.repanicked === true
        ? `panic: ${message} [recovered, repanicked]`
        : `panic: ${message}`;
    }
    case "fatal":
      return `fatal error: ${message}`;
    case "logged": {
      // A stack the program printed itself (a recover handler, an error library).
      const by = crash.recoveredBy === undefined ? "" : ` (recovered by ${crash.recoveredBy})`;
      return message === "" ? `logged stack${by}` : `logged stack${by}: ${message}`;
    }
    case "test-timeout":
      return `panic: ${message}`;
    case "race":
      return `WARNING: DATA RACE — ${message}`;
    default:
      return message;
  }
}

function firstLine(text: string): string {
  const nl = text.indexOf("\n");
  return nl === -1 ? text : `${text.slice(0, nl)} …`;
}

function signalText(signal: NonNullable<DocumentCrash["signal"]>): string {
  const parts = [signal.description === "" ? signal.name : `${signal.name}: ${signal.description}`];
  if (signal.addr !== undefined) parts.push(`addr=${signal.addr}`);
  if (signal.pc !== undefined) parts.push(`pc=${signal.pc}`);
  if (signal.duringCgo === true) parts.push("during cgo execution");
  return parts.join(" ");
}

function siteLine(label: string, frame: Frame, options: TerminalOptions, width: number): string {
  const p = options.palette;
  return `  ${p.bold(label.padEnd(width))}${p.bold(frame.func)}  ${p.cyan(where(frame))}`;
}

function where(frame: Frame): string {
  return frame.line > 0 ? `${frame.file}:${frame.line}` : frame.file;
}

function renderGoroutine(g: Goroutine, site: Frame | null, options: TerminalOptions): string[] {
  const p = options.palette;
  const out: string[] = [];
  // A stack a program logged without a goroutine header has neither id nor state.
  const header = [`goroutine ${g.id ?? "?"} [${g.state}`];
  if (g.waitMinutes > 0) header.push(`, ${g.waitMinutes} minutes`);
  if (g.lockedToThread) header.push(", locked to thread");
  out.push(`  ${p.bold(g.id === null && g.state === "" ? "logged stack" : `${header.join("")}]`)}`);
  if (g.stackUnavailable === true)
    out.push(p.dim("    stack unavailable (running on another thread)"));
  append(out, renderFrames(g.frames, site, g.elided, options));
  if (g.createdBy !== undefined) {
    const parent = g.parentId !== undefined ? ` in goroutine ${g.parentId}` : "";
    out.push(
      p.dim(`    created by ${g.createdBy.func}${parent}`),
      p.dim(`        ${where(g.createdBy)}`),
    );
  }
  out.push("");
  return out;
}

function renderFrames(
  frames: readonly Frame[],
  site: Frame | null,
  elided: Goroutine["elided"],
  options: TerminalOptions,
): string[] {
  const p = options.palette;
  const out: string[] = [];
  const foldFrom =
    options.all !== true && frames.length > 2 * STACK_END_FRAMES + 1
      ? STACK_END_FRAMES
      : frames.length;
  for (let i = 0; i < frames.length; i++) {
    if (i === foldFrom) {
      // A deep stack keeps its two ends, as the runtime prints it.
      const skip = frames.length - STACK_END_FRAMES - i;
      out.push(p.dim(`    … ${skip} more frames (--all shows them)`));
      i += skip;
    }
    if (elided !== undefined && elided.afterFrame === i)
      out.push(p.dim(`    ${elidedText(elided.count)}`));
    const frame = frames[i] as Frame;
    // Fold recursion, but not across the place where the runtime elided frames.
    const stop =
      elided !== undefined && elided.afterFrame > i
        ? Math.min(elided.afterFrame, frames.length)
        : frames.length;
    let run = 1;
    while (i + run < stop && sameFrame(frames[i + run] as Frame, frame)) run++;
    const marker = frame === site ? p.red("→ ") : "  ";
    const place = frame.location === "runtime" ? p.dim(where(frame)) : p.cyan(where(frame));
    if (frame.func === "") {
      // A logged `file:line (0x…)` line: the place is all there is.
      out.push(`  ${marker}${place}`);
    } else {
      const call = `${frame.func}(${frame.args})`;
      const text =
        frame.location === "user"
          ? p.bold(call)
          : frame.location === "runtime"
            ? p.dim(call)
            : call;
      out.push(`  ${marker}${text}`, `        ${place}`);
    }
    if (run > FOLD_RUN) {
      out.push(p.dim(`    … the same frame ${run - 1} more times (recursion)`));
      i += run - 1;
    }
  }
  if (elided !== undefined && elided.afterFrame >= frames.length)
    out.push(p.dim(`    ${elidedText(elided.count)}`));
  return out;
}

function sameFrame(a: Frame, b: Frame): boolean {
  return a.func === b.func && a.file === b.file && a.line === b.line;
}

function elidedText(count: number): string {
  return count < 0 ? "...additional frames elided..." : `...${count} frames elided...`;
}

function renderRace(
  accesses: RaceAccess[],
  creations: NonNullable<DocumentCrash["race"]>["creations"],
  options: TerminalOptions,
): string[] {
  const p = options.palette;
  const out: string[] = [];
  for (const access of accesses) {
    const who = access.main ? "main goroutine" : `goroutine ${access.goroutine}`;
    out.push(
      `  ${p.bold(`${access.previous ? "previous " : ""}${access.op} at ${access.addr} by ${who}`)}`,
    );
    const site = access.frames.find((frame) => frame.location !== "runtime") ?? null;
    append(out, renderFrames(access.frames, site, undefined, options));
    out.push("");
  }
  for (const creation of creations) {
    out.push(`  ${p.bold(`goroutine ${creation.goroutine} (${creation.status}) created at`)}`);
    append(out, renderFrames(creation.frames, null, undefined, options));
    out.push("");
  }
  return out;
}

function otherStates(
  states: Record<string, number>,
  crashing: Goroutine | null,
): { count: number; parts: string[] } {
  const counts = new Map(Object.entries(states));
  if (crashing !== null && crashing.state !== "") {
    const n = (counts.get(crashing.state) ?? 0) - (crashing.count ?? 1);
    if (n > 0) counts.set(crashing.state, n);
    else counts.delete(crashing.state);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    count: sorted.reduce((sum, [, n]) => sum + n, 0),
    parts: sorted.map(([state, n]) => `${n} ${state}`),
  };
}

function renderInputDetails(input: DocumentInput, options: TerminalOptions): string[] {
  const p = options.palette;
  const out = [
    p.dim(
      `${input.name}: ${input.lines} lines, ${input.bytes} bytes, ${input.strayLines} outside any crash`,
    ),
  ];
  const wrappers = Object.entries(input.wrappers).filter(([, n]) => n > 0);
  if (wrappers.length > 0)
    out.push(p.dim(`  log wrappers removed: ${wrappers.map(([k, n]) => `${k} ×${n}`).join(", ")}`));
  if (input.truncatedLines > 0)
    out.push(p.yellow(`  ${input.truncatedLines} over-long lines were cut`));
  return out;
}

/** `--binary`: build info, whether it matches, and the faulting instruction. */
function renderBinary(b: BinaryReport, options: TerminalOptions): string[] {
  const p = options.palette;
  // What the binary holds (names, paths, module lines) never reaches the terminal raw.
  const t = printable;
  const out: string[] = [];
  const facts = [t(b.file), t(b.goVersion ?? "unknown Go version")];
  if (b.module !== null) facts.push(t(`${b.module.path} ${b.module.version}`));
  if (b.revision !== null)
    facts.push(`rev ${t(b.revision.slice(0, 12))}${b.modified === true ? " (modified)" : ""}`);
  out.push(`  ${p.bold("binary")}  ${facts.join(p.dim(" · "))}`);
  for (const w of b.match.warnings) out.push(`  ${p.bold(p.red("warning"))}  ${t(w)}`);
  if (b.symbolized > 0)
    out.push(
      `  ${p.dim(`${b.symbolized} frame${b.symbolized === 1 ? "" : "s"} symbolized from the binary`)}`,
    );
  const f = b.fault;
  if (f !== null) {
    out.push(`  ${p.bold("fault")}   ${t(f.summary)}`);
    for (const fr of f.frames) {
      out.push(
        `          at ${t(fr.func)}${fr.inlined ? "(...)" : `+0x${f.offset.toString(16)}`}  ${p.cyan(`${t(fr.file)}:${fr.line}`)}`,
      );
    }
    if (f.field !== undefined) {
      out.push(
        `          ${t(f.field.via ?? `${f.field.type}.${f.field.field}`)} ${p.dim(t(`(field ${f.field.field} ${f.field.fieldType} of ${f.field.type}, offset 0x${f.field.offset.toString(16)})`))}`,
      );
    }
    for (const i of f.listing) {
      const text = `0x${i.address.toString(16)}  ${t(i.text)}`;
      out.push(i.faulting ? `        ${p.bold(`→ ${text}`)}` : `          ${p.dim(text)}`);
    }
    if (f.baseSetBy !== undefined) {
      out.push(
        `          ${p.dim(`${f.base} was set at 0x${f.baseSetBy.address.toString(16)}: ${t(f.baseSetBy.text)}`)}`,
      );
    }
  }
  return out;
}
