// The buckets of a crash for a person at a terminal: one header line per bucket (rank,
// count, state and wait range, who created it) and the program's frames under it, each line
// cut to the terminal's width. `--all` shows every bucket and every frame.

import type { DocumentCrash } from "../document/types.js";
import { MAX_BUCKETS } from "../group/fold.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import type { Bucket, Frame } from "../model.js";
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

export function renderBuckets(analyzed: DocumentCrash, options: BucketRenderOptions): string[] {
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  const { buckets } = analyzed;
  const others = buckets.filter((b) => !(b.crashing && b.count === 1));
  if (others.length === 0) return [];
  const out: string[] = [];
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  out.push(
    fit(
      `  ${p.bold(L.buckets)}  ${L.bucketsHeader(total, buckets.length)} ${p.dim(L.similarity(analyzed.similarity))}`,
      options.width,
    ),
  );
  const shown = options.all ? others : others.slice(0, BUCKETS_SHOWN);
  // A loop, not Math.max(...): with --all there may be more buckets than a call takes arguments.
  let countWidth = 0;
  for (const b of shown) countWidth = Math.max(countWidth, thousands(b.count).length);
  for (const bucket of shown) {
    out.push(fit(header(bucket, countWidth, analyzed.crashing?.id ?? null, p, L), options.width));
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
  if (shown.length < others.length) {
    const rest = others.slice(shown.length);
    const n = rest.reduce((sum, b) => sum + b.count, 0);
    out.push(p.dim(`  ${L.moreBuckets(rest.length, n)}`));
  }
  out.push("");
  return out;
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
  if (bucket.crashing && crashingId !== null) parts.push(p.red(L.withCrashing(crashingId)));
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
    parts.push(p.dim(`${L.createdByShort(created.func)}${by}`));
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

function where(frame: Frame): string {
  return frame.line > 0 ? `${frame.file}:${frame.line}` : frame.file;
}

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

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
