// The buckets of a crash for a person at a terminal: one header line per bucket (rank,
// count, state and wait range, who created it) and the program's frames under it, each line
// cut to the terminal's width. `--all` shows every bucket and every frame.

import { thousands } from "../count.js";
import type { DocumentCrash } from "../document/types.js";
import { MAX_BUCKETS } from "../group/fold.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import type { Bucket, Frame } from "../model.js";
import { isRuntimeGoroutine } from "../names/runtime-goroutine.js";
import type { Palette } from "./color.js";
import { cutToWidth, displayWidth } from "./width.js";

export interface BucketRenderOptions {
  palette: Palette;
  /** Every bucket, every frame. */
  all: boolean;
  /** Columns to fit lines into; 0 for no limit (output that is not a terminal). */
  width: number;
  /** The language of panicscope's own words (default English). */
  lang?: Lang;
}

/** Buckets shown without --all. */
export const BUCKETS_SHOWN = 10;
/** Program frames shown per bucket without --all. */
const FRAMES_SHOWN = 3;

/** The bucket list's words, in one place (translations wrap these). */

export function renderBuckets(analyzed: DocumentCrash, options: BucketRenderOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  const { buckets } = analyzed;
  if (buckets.length === 0 || (buckets.length === 1 && buckets[0]?.crashing === true)) return [];
  const out: string[] = [];
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  out.push(
    fit(
      `  ${p.bold(L.buckets)}  ${L.bucketsHeader(total, buckets.length)} ${p.dim(L.similarity(analyzed.similarity))}`,
      options.width,
    ),
  );
  // The runtime's own goroutines fold into one line at the end, unless one of them matters.
  const runtimeOwn = options.all ? [] : runtimeOwnBuckets(analyzed);
  const listed = runtimeOwn.length === 0 ? buckets : buckets.filter((b) => !runtimeOwn.includes(b));
  const shown = options.all ? listed : listed.slice(0, BUCKETS_SHOWN);
  // A loop, not Math.max(...): with --all there may be more buckets than a call takes arguments.
  let countWidth = 0;
  for (const b of shown) countWidth = Math.max(countWidth, thousands(b.count).length);
  const crashingId = analyzed.crashing?.id ?? null;
  for (const bucket of shown) {
    out.push(fit(header(bucket, countWidth, crashingId, p, L), options.width));
    // The crashing goroutine alone: its stack is shown above the list.
    if (bucket.crashing && bucket.count === 1 && crashingId !== null) continue;
    for (const frame of framesOf(bucket, options.all)) {
      const text = `${frame.func}  ${where(frame)}`;
      const line = `        ${frame.location === "user" ? p.bold(frame.func) : frame.func}  ${p.cyan(where(frame))}`;
      out.push(
        options.width > 0 && text.length + 8 > options.width
          ? cutPlain(`        ${text}`, options.width, p)
          : line,
      );
    }
  }
  const folded = analyzed.bucketRemainder;
  if (folded !== undefined && folded.goroutines > 0) {
    out.push(
      p.yellow(`  ${L.foldedAway(folded.goroutines, folded.buckets, thousands(MAX_BUCKETS))}`),
    );
  }
  if (shown.length < listed.length) {
    const rest = listed.slice(shown.length);
    const n = rest.reduce((sum, b) => sum + b.count, 0);
    out.push(p.dim(`  ${L.moreBuckets(rest.length, n)}`));
  }
  if (runtimeOwn.length > 0) {
    const n = runtimeOwn.reduce((sum, b) => sum + b.count, 0);
    out.push(p.dim(`  ${L.runtimeGoroutines(n, runtimeStates(runtimeOwn))}`));
  }
  out.push("");
  return out;
}

/**
 * The buckets of the runtime's own goroutines that the bucket lists fold into one line: not
 * the crashing goroutine's, nor one the diagnosis points at.
 */
export function runtimeOwnBuckets(analyzed: DocumentCrash): Bucket[] {
  const involved = involvedGoroutines(analyzed);
  return analyzed.buckets.filter(
    (b) =>
      !b.crashing && isRuntimeGoroutine(b.representative) && !b.ids.some((id) => involved.has(id)),
  );
}

/** Goroutines the diagnosis points at (blockers, lock holders, waiters): never folded away. */
function involvedGoroutines(analyzed: DocumentCrash): Set<number> {
  const f = analyzed.diagnosis.goroutines;
  const ids = new Set<number>();
  for (const b of f.blockers ?? []) for (const id of b.goroutines) ids.add(id);
  for (const h of f.lockHolders ?? []) {
    if (h.holder !== null) ids.add(h.holder);
    for (const id of h.waiters) ids.add(id);
  }
  return ids;
}

/** `GC sweep wait, 2 runnable, …`: the folded buckets' states, most goroutines first. */
export function runtimeStates(buckets: readonly Bucket[]): string {
  const counts = new Map<string, number>();
  for (const b of buckets) counts.set(b.state, (counts.get(b.state) ?? 0) + b.count);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([state, n]) => (n === 1 ? state : `${thousands(n)} ${state}`))
    .join(", ");
}

function header(
  bucket: Bucket,
  countWidth: number,
  crashingId: number | null,
  p: Palette,
  L: Labels,
): string {
  const wait =
    bucket.waitMinutes.max > 0
      ? `, ${L.minutes(bucket.waitMinutes.min, bucket.waitMinutes.max)}`
      : "";
  const locked = bucket.lockedToThread ? `, ${L.lockedToThread}` : "";
  const state = bucket.state === "" ? "" : ` [${bucket.state}${wait}${locked}]`;
  const parts = [
    `  ${p.dim(`#${bucket.rank}`.padStart(4))} ${p.bold(thousands(bucket.count).padStart(countWidth))}${state}`,
  ];
  if (bucket.crashing && crashingId !== null)
    parts.push(
      p.red(bucket.count === 1 ? L.crashingAbove(crashingId) : L.withCrashing(crashingId)),
    );
  const created = bucket.representative.createdBy;
  if (created !== undefined) {
    const from = bucket.creators[0];
    const by =
      from === undefined
        ? ""
        : L.createdIn(
            from.goroutine,
            from.count < bucket.count ? thousands(from.count) : null,
            bucket.creators.length > 1,
          );
    // Where the go statement is: buckets alike but for it are told apart by it.
    const at = created.line > 0 ? `${baseName(created.file)}:${created.line}` : null;
    parts.push(p.dim(`${L.createdByShort(created.func, at)}${by}`));
  }
  return parts.join("  ");
}

/** The frames that say where a bucket's goroutines are: the program's own, else the nearest. */
export function framesOf(bucket: Bucket, all: boolean): Frame[] {
  const frames = bucket.representative.frames;
  if (all) return frames;
  const program = frames.filter((f) => f.location === "user");
  if (program.length > 0) return program.slice(0, FRAMES_SHOWN);
  const first = frames.find((f) => f.location === "stdlib") ?? frames[0];
  return first === undefined ? [] : [first];
}

/** Who spawned the crashing goroutine, and who spawned that one. */
export function renderFamily(analyzed: DocumentCrash, options: BucketRenderOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  if (analyzed.family.length === 0) return [];
  const links = analyzed.family.map((link) => {
    const bucket = link.bucket === null ? undefined : analyzed.buckets[link.bucket - 1];
    if (bucket !== undefined) {
      const at = framesOf(bucket, false)[0];
      return `${L.goroutineId(link.goroutine)} [${bucket.state}]${at === undefined ? "" : ` ${at.func}`} (#${bucket.rank})`;
    }
    const at = link.frames?.find((f) => f.location === "user") ?? link.frames?.[0];
    return `${L.goroutineId(link.goroutine)}${at === undefined ? "" : ` ${L.at(at.func)}`} ${p.dim(L.notInDump)}`;
  });
  return [fit(`  ${p.bold(L.spawnedBy)}  ${links.join(p.dim(" ← "))}`, options.width), ""];
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}

function where(frame: Frame): string {
  return frame.line > 0 ? `${frame.file}:${frame.line}` : frame.file;
}

export { thousands };

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Cuts a coloured line to `width` visible columns (colours dropped when it must be cut). */
export function fit(line: string, width: number): string {
  if (width <= 0) return line;
  const plain = line.replace(ANSI, "");
  if (displayWidth(plain) <= width) return line;
  return `${cutToWidth(plain, width - 1)}…`;
}

function cutPlain(text: string, width: number, p: Palette): string {
  return p.dim(`${cutToWidth(text, width - 1)}…`);
}
