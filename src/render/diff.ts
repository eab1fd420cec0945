// `panicscope diff` for a person and as JSON (schema panicscope/diff@1).

import type { BucketChange, DumpDiff } from "../group/diff.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import { framesOf, thousands } from "./buckets.js";
import type { Palette } from "./color.js";
import { printableDeep } from "./printable-document.js";
import { padDisplay } from "./width.js";

export const DIFF_SCHEMA = "panicscope/diff@1";

export interface DiffRenderOptions {
  palette: Palette;
  /** Unchanged buckets too. */
  all: boolean;
  before: string;
  after: string;
  /** The language of panicscope's own words (default English). */
  lang?: Lang;
}

export function renderDiff(given: DumpDiff, options: DiffRenderOptions): string {
  // Function names and states from the dumps are shown escaped, never obeyed (printable).
  const diff = printableDeep(given);
  const p = options.palette;
  const L = labels(options.lang ?? "en");
  const out: string[] = [];
  const delta = diff.after.goroutines - diff.before.goroutines;
  out.push(
    p.bold(
      L.diffGoroutines(
        thousands(diff.before.goroutines),
        thousands(diff.after.goroutines),
        signed(delta),
      ),
    ),
    p.dim(
      `  ${L.diffInputs(options.before, diff.before.buckets, options.after, diff.after.buckets)}`,
    ),
    "",
  );
  const shown = diff.changes.filter((c) => options.all || c.change !== "unchanged");
  if (shown.length === 0) out.push(`  ${L.noBucketChanged}`);
  const width = Math.max(0, ...shown.map((c) => signed(c.delta).length));
  for (const change of shown) out.push(...changeLines(change, width, p, L));
  const unchanged = diff.changes.length - shown.length;
  if (unchanged > 0) out.push(p.dim(`  ${L.unchangedBuckets(unchanged)}`));
  return `${out.join("\n")}\n`;
}

function changeLines(c: BucketChange, width: number, p: Palette, L: Labels): string[] {
  const colour = c.delta > 0 ? p.red : c.delta < 0 ? p.green : p.dim;
  const counts =
    c.change === "appeared" || c.change === "vanished"
      ? thousands(c.before + c.after)
      : `${thousands(c.before)} → ${thousands(c.after)}`;
  const head = `  ${colour(signed(c.delta).padStart(width))}  ${p.bold(padDisplay(L.change(c.change), 9))} ${counts} [${c.bucket.state}]`;
  const created = c.bucket.representative.createdBy;
  const lines = [
    created === undefined ? head : `${head}  ${p.dim(L.createdByShort(created.func, null))}`,
  ];
  for (const frame of framesOf(c.bucket, false))
    lines.push(
      `        ${frame.location === "user" ? p.bold(frame.func) : frame.func}  ${p.cyan(`${frame.file}:${frame.line}`)}`,
    );
  return lines;
}

function signed(n: number): string {
  return n > 0 ? `+${thousands(n)}` : n < 0 ? `−${thousands(-n)}` : "0";
}

export function diffJson(diff: DumpDiff, before: string, after: string): string {
  return `${JSON.stringify(
    {
      schema: DIFF_SCHEMA,
      before: { input: before, ...diff.before },
      after: { input: after, ...diff.after },
      changes: diff.changes.map((c) => ({
        change: c.change,
        before: c.before,
        after: c.after,
        delta: c.delta,
        state: c.bucket.state,
        createdBy: c.bucket.representative.createdBy?.func ?? null,
        frames: framesOf(c.bucket, false).map((f) => ({
          func: f.func,
          file: f.file,
          line: f.line,
        })),
        representative: c.bucket.representative,
      })),
    },
    null,
    2,
  )}\n`;
}
