// `panicscope watch` for a person (one line a sample, a block for each new leak suspect) and as
// JSON lines (schema panicscope/watch@1, one object a sample), printed as the samples come.

import type { GrowthStep, Suspect } from "../group/growth.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import { framesOf, thousands } from "./buckets.js";
import type { Palette } from "./color.js";

export const WATCH_SCHEMA = "panicscope/watch@1";

export function renderWatchStep(
  step: GrowthStep,
  time: Date,
  p: Palette,
  lang: Lang = "en",
): string {
  const l = labels(lang);
  const clock = time.toISOString().slice(11, 19);
  const delta =
    step.sample === 1 ? "" : `${step.delta >= 0 ? "+" : "−"}${thousands(Math.abs(step.delta))}`;
  const out = [
    p.dim(l.watchSample(step.sample, clock, thousands(step.goroutines), delta, step.buckets)),
  ];
  for (const s of step.appeared) out.push(...suspectLines(s, p, l));
  for (const s of step.growing)
    out.push(`  ${p.red(l.stillGrowing)}  ${thousands(s.from)} → ${thousands(s.to)}  ${where(s)}`);
  return `${out.join("\n")}\n`;
}

function suspectLines(s: Suspect, p: Palette, l: Labels): string[] {
  const created = s.bucket.representative.createdBy;
  const head = `${p.bold(p.red(l.leakSuspect))}  ${l.watchSuspect(thousands(s.from), thousands(s.to), s.rises)}  [${s.bucket.state}]`;
  const lines = [
    created === undefined ? head : `${head}  ${p.dim(l.createdByShort(created.func, null))}`,
  ];
  for (const frame of framesOf(s.bucket, false))
    lines.push(
      `    ${frame.location === "user" ? p.bold(frame.func) : frame.func}  ${p.cyan(`${frame.file}:${frame.line}`)}`,
    );
  return lines;
}

function where(s: Suspect): string {
  const [frame] = framesOf(s.bucket, false);
  return frame === undefined ? `[${s.bucket.state}]` : `${frame.func}  ${frame.file}:${frame.line}`;
}

export function watchJsonLine(step: GrowthStep, time: Date, url: string): string {
  const suspect = (s: Suspect) => ({
    from: s.from,
    to: s.to,
    rises: s.rises,
    since: s.since,
    state: s.bucket.state,
    createdBy: s.bucket.representative.createdBy?.func ?? null,
    frames: framesOf(s.bucket, false).map((f) => ({ func: f.func, file: f.file, line: f.line })),
  });
  return `${JSON.stringify({
    schema: WATCH_SCHEMA,
    url,
    sample: step.sample,
    time: time.toISOString(),
    goroutines: step.goroutines,
    buckets: step.buckets,
    delta: step.delta,
    appeared: step.appeared.map(suspect),
    growing: step.growing.map(suspect),
  })}\n`;
}
