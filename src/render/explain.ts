// `panicscope explain`: one rule's explanation for a person, or as JSON.

import type { MessageMatch } from "../diagnose/catalogue.js";
import { forVersions } from "../diagnose/diagnosis.js";
import type { Rule } from "../diagnose/rule.js";
import type { VersionNote } from "../diagnose/types.js";
import type { GoVersion } from "../goversion/version.js";
import type { Palette } from "./color.js";

export const EXPLAIN_SCHEMA = "panicscope/explain@1";

export interface ExplainOptions {
  palette: Palette;
  /** Only the mechanism notes that hold for this release. */
  goVersion: GoVersion | null;
  /** The message asked about, when one was. */
  message?: string;
}

export function renderExplanation(match: MessageMatch, options: ExplainOptions): string {
  const p = options.palette;
  const { rule } = match;
  const explanation = forVersions(rule.explanation, options.goVersion);
  const out: string[] = [];
  out.push(p.bold(explanation.title));
  out.push(`  ${facts(match).join(p.dim(" · "))}`);
  if (rule.replaced !== undefined) out.push(`  ${p.dim(`replaced ${rule.replaced}`)}`);
  if (options.message !== undefined) {
    out.push("", `  ${p.bold("message")}  ${options.message}`);
    const values = Object.entries(match.values);
    if (values.length > 0)
      out.push(`  ${p.bold("values")}   ${values.map(([k, v]) => `${k}=${v}`).join("  ")}`);
    if (rule.summary !== undefined) out.push(`  ${rule.summary(match.values)}`);
  }
  out.push("", p.bold("What happened"), ...wrap(explanation.what));
  out.push("", p.bold("How the runtime gets there"));
  for (const note of explanation.mechanism) {
    const label = versionLabel(note);
    out.push(...wrap(label === "" ? note.text : `${label}: ${note.text}`, "  - "));
  }
  out.push("", p.bold("Usual causes"));
  for (const cause of explanation.causes) out.push(...wrap(cause, "  - "));
  out.push("", p.bold("Fix"), ...wrap(explanation.fix), "");
  for (const line of explanation.example.split("\n")) out.push(`      ${p.cyan(line)}`);
  out.push("", p.bold("Confirm"));
  for (const step of explanation.confirm) out.push(...wrap(step, "  - "));
  return `${out.join("\n")}\n`;
}

function facts(match: MessageMatch): string[] {
  const { rule } = match;
  const recover =
    rule.recoverable === true
      ? "recover can catch it"
      : rule.recoverable === false
        ? "recover cannot catch it"
        : "";
  const range =
    match.until === null
      ? `${match.since}+`
      : match.since === match.until
        ? match.since
        : `${match.since}–${match.until}`;
  return [rule.id, rule.category, rule.kind, recover, range].filter((part) => part !== "");
}

/** `go1.13–go1.20`, `go1.21+`, `up to go1.12`: the releases a note holds for. */
export function versionLabel(note: VersionNote): string {
  if (note.since !== undefined && note.until !== undefined)
    return note.since === note.until ? note.since : `${note.since}–${note.until}`;
  if (note.since !== undefined) return `${note.since}+`;
  if (note.until !== undefined) return `up to ${note.until}`;
  return "";
}

/** Words wrapped at 96 columns, the first line after `first`, the others aligned with it. */
function wrap(text: string, first = "  "): string[] {
  const width = 96;
  const indent = " ".repeat(first.length);
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(" ")) {
    if (line.length + word.length > width && line.trim() !== "" && line !== first) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The rule as data: everything `explain` shows, for programs. */
export function explanationJson(
  match: MessageMatch,
  goVersion: GoVersion | null,
  message?: string,
): Record<string, unknown> {
  const { rule } = match;
  const json: Record<string, unknown> = {
    schema: EXPLAIN_SCHEMA,
    ...ruleJson(rule),
    since: match.since,
    until: match.until,
    explanation: forVersions(rule.explanation, goVersion),
  };
  if (message !== undefined) {
    json.message = message;
    json.values = match.values;
    if (rule.summary !== undefined) json.summary = rule.summary(match.values);
  }
  return json;
}

/** A rule's identity card (`panicscope rules --json`). */
export function ruleJson(rule: Rule): Record<string, unknown> {
  return {
    id: rule.id,
    title: rule.explanation.title,
    category: rule.category,
    kind: rule.kind,
    recoverable: rule.recoverable,
    headline: rule.headline,
    since: rule.since,
    until: rule.until ?? null,
    replaced: rule.replaced ?? null,
    pattern: rule.pattern?.source ?? null,
  };
}
