// `analyze` for a person at a terminal: the answer first (what, where, which goroutine),
// then the crashing goroutine's stack with the program's own frames standing out, then
// the rest of the dump summarised.

import { printable } from "../binary/printable.js";
import type { BinaryReport } from "../binary/report.js";
import { thousands } from "../count.js";
import { crashSite } from "../diagnose/site.js";
import type { RaceSide } from "../diagnose/types.js";
import type { CrashDocument, DocumentCrash, DocumentInput, RaceGroup } from "../document/types.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import type { Frame, Goroutine, RaceAccess } from "../model.js";
import type { Snippet } from "../source/index.js";
import { BUCKETS_SHOWN, renderBuckets, renderFamily } from "./buckets.js";
import type { Palette } from "./color.js";
import { renderDiagnosis } from "./diagnosis.js";
import { inputPlace } from "./input-place.js";
import { printableDeep } from "./printable-document.js";
import { labeledSites, labelWidth } from "./site-labels.js";
import { renderSnippet } from "./snippet.js";
import { padDisplay } from "./width.js";

export interface TerminalOptions {
  verbose: boolean;
  palette: Palette;
  /** Every bucket and every frame (`--all`). */
  all?: boolean;
  /** Columns to fit bucket lines into; 0 or absent: no limit. */
  width?: number;
  /** Source lines around a frame (`context` before and after: 3 by default), where found. */
  source?: (frame: Frame, goVersion: string | null, context?: number) => Snippet | null;
  /** The language of panicscope's own words (default English); the crash's text stays as printed. */
  lang?: Lang;
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

/** "the same race, reported 2 more times: goroutine 7 / goroutine 6 (lines 30-52); …" */
export function alsoReported(
  group: RaceGroup,
  crashes: readonly DocumentCrash[],
  L: Labels,
): string {
  const others = group.crashes.slice(1).map((at) => {
    const race = crashes[at]?.race;
    const [access, previous] = race?.accesses ?? [];
    const who = (a: typeof access) =>
      a === undefined ? "?" : a.main ? L.mainGoroutine : L.goroutineId(a.goroutine);
    return L.raceReportedAt(
      who(access),
      who(previous),
      crashes[at]?.span.startLine ?? 0,
      crashes[at]?.span.endLine ?? 0,
    );
  });
  return L.raceAlsoReported(group.count - 1, others.join("; "));
}

/** `out.push(...lines)` without the spread, which overflows the stack past ~10⁵ lines. */
function append(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

export function renderDocument(given: CrashDocument, options: TerminalOptions): string {
  const out: string[] = [];
  // Crash text is shown, never obeyed: its control characters escaped before colours are added.
  const document = printableDeep(given);
  const { crashes, inputs } = document;
  // A race reported several times is one section, with its count (document.races).
  const repeats = new Map<number, RaceGroup | null>();
  for (const group of document.races ?? [])
    group.crashes.forEach((at, i) => {
      repeats.set(at, i === 0 ? group : null);
    });
  const total = crashes.length - [...repeats.values()].filter((g) => g === null).length;
  let index = 0;
  let shown = 0;
  for (const input of inputs) {
    // The crashes of each input follow each other in the document.
    for (const crash of crashes.slice(index, index + input.crashes)) {
      const group = repeats.get(index);
      index++;
      if (group === null) continue;
      shown++;
      if (total > 1) {
        const name = inputs.length > 1 ? input.name : null;
        const L = labels(options.lang ?? "en");
        const times =
          group !== undefined && group.count > 1 ? ` · ${L.raceReported(group.count)}` : "";
        out.push(
          options.palette.dim(`── ${L.crashOf(shown, total, name)}${times} ${"─".repeat(40)}`),
        );
      }
      append(out, renderCrash(crash, options));
      if (group !== undefined && group.count > 1)
        append(out, ["", `  ${alsoReported(group, crashes, labels(options.lang ?? "en"))}`]);
      out.push("");
    }
    if (options.verbose) append(out, renderInputDetails(input, options));
  }
  return `${out.join("\n")}\n`;
}

export function renderCrash(analyzed: DocumentCrash, options: TerminalOptions): string[] {
  const p = options.palette;
  const lang = options.lang ?? "en";
  const L = labels(lang);
  const crash = analyzed;
  const site = crashSite(analyzed);
  const out: string[] = [];
  out.push(p.bold(p.red(headline(analyzed, lang))));
  const facts = [p.yellow(analyzed.category)];
  if (crash.crashing !== null && crash.crashing.id !== null)
    facts.push(L.goroutineId(crash.crashing.id));
  if (crash.goroutineCount > 1 || (crash.crashing === null && crash.goroutineCount > 0)) {
    facts.push(L.goroutineCount(crash.goroutineCount));
  }
  if (analyzed.goVersion !== null) {
    const version = analyzed.goVersion;
    facts.push(analyzed.goVersionSource === "path" ? version : `${version} ${p.dim(L.fromFormat)}`);
  }
  facts.push(inputPlace(analyzed.input, crash.span));
  out.push(`  ${facts.join(p.dim(" · "))}`);
  if (crash.signal !== null && crash.kind !== "dump")
    out.push(`  ${p.dim(signalText(crash.signal, L))}`);
  if (analyzed.binary !== undefined) append(out, renderBinary(analyzed.binary, options));
  out.push("");

  const sites = labeledSites(crash, site, lang);
  if (sites.length > 0) {
    const width = labelWidth([...sites.map((s) => s.label), L.siteYourCode]);
    const race = crash.kind === "race" ? analyzed.diagnosis.goroutines.race : undefined;
    const [first, second] = sites;
    const together =
      race !== undefined && first !== undefined && second !== undefined
        ? sharedSnippet(first.frame, second.frame, analyzed, options)
        : null;
    sites.forEach(({ label, frame }, i) => {
      const side = race === undefined ? undefined : i === 0 ? race.access : race.previous;
      out.push(siteLine(label, frame, options, width, side ?? undefined));
      if (together === null) append(out, snippetLines(frame, analyzed, options));
    });
    if (together !== null) append(out, together);
    if (
      crash.kind !== "race" &&
      site.programFrame !== null &&
      site.programFrame !== site.frame &&
      site.programFrame !== site.origin
    ) {
      out.push(siteLine(L.siteYourCode, site.programFrame, options, width));
    }
    out.push("");
  }

  append(out, renderDiagnosis(analyzed, p, options.source, lang));

  if (crash.panics.length > 1 || (crash.panics.length === 1 && crash.fatal !== null)) {
    out.push(`  ${p.bold(L.panicChain)} ${p.dim(L.oldestFirst)}`);
    // A long chain's document keeps its ends (panicsOmitted links left out between them).
    const omitted = crash.panicsOmitted ?? 0;
    const gap = omitted > 0 ? crash.panics.length / 2 : crash.panics.length;
    const links = crash.panics.length + omitted;
    const foldLinks = options.all !== true && links > 2 * CHAIN_END_LINKS + 1;
    crash.panics.forEach((panic, kept) => {
      const i = kept < gap ? kept : kept + omitted;
      if (foldLinks && i >= CHAIN_END_LINKS && i < links - CHAIN_END_LINKS) {
        if (i === CHAIN_END_LINKS) {
          const hidden = links - 2 * CHAIN_END_LINKS;
          out.push(p.dim(`    ${omitted > 0 ? L.linksNotKept(hidden) : L.moreLinks(hidden)}`));
        }
        return;
      }
      if (!foldLinks && omitted > 0 && kept === gap)
        out.push(p.dim(`    ${L.linksNotKept(omitted)}`));
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
      out.push(`    ${links + 1}. fatal error: ${crash.fatal}`);
    }
    out.push("");
  }

  if (crash.tests !== undefined) {
    const lines: string[] = [];
    for (const test of crash.tests.failed)
      lines.push(`  ${p.bold(L.failedTest)} ${test.name} (${test.duration})`);
    // The diagnosis lists the running tests with where each one waits (render/diagnosis.ts).
    if (crash.tests.running.length > 0 && analyzed.diagnosis.goroutines.tests === undefined) {
      lines.push(`  ${p.bold(L.runningTests)}`);
      for (const test of crash.tests.running) lines.push(`    ${test.name} (${test.duration})`);
    }
    if (lines.length > 0) {
      append(out, lines);
      out.push("");
    }
  }

  const groups = { palette: p, all: options.all === true, width: options.width ?? 0, lang };
  if (crash.race !== undefined) {
    append(out, renderRace(crash.race.accesses, crash.race.creations, options));
  } else if (crash.crashing !== null) {
    append(out, renderGoroutine(crash.crashing, site.frame, options));
    append(out, renderFamily(analyzed, groups));
  }

  // The census by state, where the buckets below do not list every goroutine.
  const others = otherStates(crash.states, crash.crashing);
  const listedAll = groups.all || analyzed.buckets.length <= BUCKETS_SHOWN;
  if (others.count > 0 && !listedAll) {
    const label = crash.crashing === null ? L.goroutines : L.otherGoroutines;
    out.push(`  ${p.bold(label)}  ${thousands(others.count)}: ${others.parts.join(p.dim(" · "))}`);
  }
  append(out, renderBuckets(analyzed, groups));
  if (crash.unparsed > 0) {
    out.push(p.yellow(`  ${L.notUnderstood(crash.unparsed, !options.verbose)}`));
    if (options.verbose) {
      for (const line of crash.unparsedLines) out.push(p.dim(`    ${line.line}: ${line.text}`));
    }
  }
  if (options.verbose && crash.notes.length > 0) {
    out.push(`  ${p.bold(L.runtimeNotes)}`);
    for (const note of crash.notes) out.push(p.dim(`    ${note.line}: ${note.text}`));
  }
  while (out[out.length - 1] === "") out.pop();
  return out;
}

function snippetLines(frame: Frame, analyzed: DocumentCrash, options: TerminalOptions): string[] {
  const snippet = options.source?.(frame, analyzed.goVersion) ?? null;
  return snippet === null ? [] : renderSnippet(snippet, options.palette, "    ");
}

export function headline(analyzed: DocumentCrash, lang: Lang = "en"): string {
  const crash = analyzed;
  const message = firstLine(analyzed.message);
  switch (crash.kind) {
    case "panic": {
      if (crash.recoveredBy !== undefined)
        return labels(lang).recoveredHeadline(crash.recoveredBy, message);
      const last = crash.panics[crash.panics.length - 1];
      return last?.repanicked === true
        ? `panic: ${message} [recovered, repanicked]`
        : `panic: ${message}`;
    }
    case "fatal":
      return `fatal error: ${message}`;
    case "logged": {
      // A stack the program printed itself (a recover handler, an error library).
      return labels(lang).loggedHeadline(crash.recoveredBy, message);
    }
    case "test-timeout":
      return `panic: ${message}`;
    case "race":
      return `WARNING: DATA RACE — ${message}`;
    default:
      return message;
  }
}

/** The value's first line with text (Ginkgo's values start with a newline), and a mark when more follows. */
function firstLine(value: string): string {
  const text = value.startsWith("\n") ? value.replace(/^\n+/, "") : value;
  const nl = text.indexOf("\n");
  return nl === -1 ? text : `${text.slice(0, nl)} …`;
}

function signalText(signal: NonNullable<DocumentCrash["signal"]>, L: Labels): string {
  const parts = [signal.description === "" ? signal.name : `${signal.name}: ${signal.description}`];
  if (signal.addr !== undefined) parts.push(`addr=${signal.addr}`);
  if (signal.pc !== undefined) parts.push(`pc=${signal.pc}`);
  if (signal.duringCgo === true) parts.push(L.duringCgo);
  return parts.join(" ");
}

function siteLine(
  label: string,
  frame: Frame,
  options: TerminalOptions,
  width: number,
  side?: RaceSide,
): string {
  const p = options.palette;
  const line = `  ${p.bold(padDisplay(label, width))}${p.bold(frame.func)}  ${p.cyan(where(frame))}`;
  return side === undefined ? line : `${line}  ${raceSideText(side, p, options.lang ?? "en")}`;
}

/** A race access's who and when: `read by main goroutine`, `write by goroutine 8 (started at …)`. */
function raceSideText(side: RaceSide, p: Palette, lang: Lang): string {
  const L = labels(lang);
  const who = side.main ? L.mainGoroutine : L.goroutineId(side.goroutine);
  const at = side.createdAt;
  const started = at === null ? "" : ` ${L.startedAt(`${at.file}:${at.line}`)}`;
  return p.dim(`${L.raceBy(side.op, who)}${started}`);
}

/** Lines this close in one file are shown in one snippet, both marked, not twice. */
const SHARED_SNIPPET_REACH = 6;

function sharedSnippet(
  a: Frame,
  b: Frame,
  analyzed: DocumentCrash,
  options: TerminalOptions,
): string[] | null {
  if (a.file !== b.file || Math.abs(a.line - b.line) > SHARED_SNIPPET_REACH) return null;
  const distance = Math.abs(a.line - b.line);
  const around = options.source?.(a, analyzed.goVersion, 3 + distance) ?? null;
  if (around === null) return null;
  const from = Math.max(around.first, Math.min(a.line, b.line) - 3);
  const to = Math.min(around.first + around.lines.length - 1, Math.max(a.line, b.line) + 3);
  const snippet = {
    ...around,
    first: from,
    lines: around.lines.slice(from - around.first, to - around.first + 1),
  };
  return renderSnippet(snippet, options.palette, "    ", new Set([a.line, b.line]));
}

function where(frame: Frame): string {
  // A frame with neither name nor file (gccgo's C code without symbols) as Go printed it: `:0`.
  if (frame.func === "" && frame.file === "") return `:${frame.line}`;
  return frame.line > 0 ? `${frame.file}:${frame.line}` : frame.file;
}

function renderGoroutine(g: Goroutine, site: Frame | null, options: TerminalOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  const out: string[] = [];
  // A stack a program logged without a goroutine header has neither id nor state.
  const header = L.goroutineHeader(String(g.id ?? "?"), g.state, g.waitMinutes, g.lockedToThread);
  out.push(`  ${p.bold(g.id === null && g.state === "" ? L.loggedStack : header)}`);
  if (g.stackUnavailable === true) out.push(p.dim(`    ${L.stackUnavailable}`));
  append(out, renderFrames(g.frames, site, g.elided, options));
  if (g.createdBy !== undefined) {
    out.push(
      p.dim(`    ${L.createdBy(g.createdBy.func, g.parentId)}`),
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
  const L = labels(options.lang ?? "en");
  const out: string[] = [];
  const foldFrom =
    options.all !== true && frames.length > 2 * STACK_END_FRAMES + 1
      ? STACK_END_FRAMES
      : frames.length;
  for (let i = 0; i < frames.length; i++) {
    if (i === foldFrom) {
      // A deep stack keeps its two ends, as the runtime prints it.
      const skip = frames.length - STACK_END_FRAMES - i;
      out.push(p.dim(`    ${L.moreFrames(skip)}`));
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
      out.push(p.dim(`    ${L.sameFrame(run - 1)}`));
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
  const L = labels(options.lang ?? "en");
  const out: string[] = [];
  for (const access of accesses) {
    const who = access.main ? L.mainGoroutine : L.goroutineId(access.goroutine);
    out.push(`  ${p.bold(L.raceAccess(access.previous, access.op, access.addr, who))}`);
    const site = access.frames.find((frame) => frame.location !== "runtime") ?? null;
    append(out, renderFrames(access.frames, site, undefined, options));
    out.push("");
  }
  for (const creation of creations) {
    out.push(`  ${p.bold(L.raceCreated(creation.goroutine, creation.status))}`);
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
    parts: sorted.map(([state, n]) => `${thousands(n)} ${state}`),
  };
}

function renderInputDetails(input: DocumentInput, options: TerminalOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  const out = [p.dim(L.inputDetails(input.name, input.lines, input.bytes, input.strayLines))];
  const wrappers = Object.entries(input.wrappers).filter(([, n]) => n > 0);
  if (wrappers.length > 0)
    out.push(p.dim(`  ${L.wrappersRemoved(wrappers.map(([k, n]) => `${k} ×${n}`).join(", "))}`));
  if (input.truncatedLines > 0) out.push(p.yellow(`  ${L.linesCut(input.truncatedLines)}`));
  return out;
}

/** `--binary`: build info, whether it matches, and the faulting instruction. */
function renderBinary(b: BinaryReport, options: TerminalOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  // What the binary holds (names, paths, module lines) never reaches the terminal raw.
  const t = printable;
  const out: string[] = [];
  const facts = [t(b.file), t(b.goVersion ?? L.unknownGoVersion)];
  if (b.module !== null) facts.push(t(`${b.module.path} ${b.module.version}`));
  if (b.revision !== null)
    facts.push(`rev ${t(b.revision.slice(0, 12))}${b.modified === true ? ` ${L.modified}` : ""}`);
  out.push(`  ${p.bold(L.binary)}  ${facts.join(p.dim(" · "))}`);
  for (const w of b.match.warnings) out.push(`  ${p.bold(p.red(L.warning))}  ${t(w)}`);
  if (b.symbolized > 0) out.push(`  ${p.dim(L.symbolized(b.symbolized))}`);
  const f = b.fault;
  if (f !== null) {
    out.push(`  ${p.bold(L.fault)}   ${t(f.summary)}`);
    for (const fr of f.frames) {
      out.push(
        `          at ${t(fr.func)}${fr.inlined ? "(...)" : `+0x${f.offset.toString(16)}`}  ${p.cyan(`${t(fr.file)}:${fr.line}`)}`,
      );
    }
    if (f.field !== undefined) {
      out.push(
        `          ${t(f.field.via ?? `${f.field.type}.${f.field.field}`)} ${p.dim(t(L.fieldOf(f.field.field, f.field.fieldType, f.field.type, `0x${f.field.offset.toString(16)}`)))}`,
      );
    }
    for (const i of f.listing) {
      const text = `0x${i.address.toString(16)}  ${t(i.text)}`;
      out.push(i.faulting ? `        ${p.bold(`→ ${text}`)}` : `          ${p.dim(text)}`);
    }
    if (f.baseSetBy !== undefined) {
      out.push(
        `          ${p.dim(L.setAt(f.base ?? "?", `0x${f.baseSetBy.address.toString(16)}`, t(f.baseSetBy.text)))}`,
      );
    }
  }
  return out;
}
