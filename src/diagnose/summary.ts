// The diagnosis's one sentence: the rule's summary with the crash's values (or what the signal
// means, or the first sentence of what happened), ending with where it happened as a Go
// developer names it. Built from data a Crash and its document both hold, in any language.

import { ruleText, translatedSummary } from "../i18n/rule-text.js";
import { sentences } from "../i18n/sentences.js";
import type { Lang } from "../i18n/types.js";
import type { Crash, SignalInfo } from "../model.js";
import { shortName } from "../names/package-path.js";
import type { Rule, Values } from "./rule.js";
import { readSignal } from "./signal.js";
import { crashSite } from "./site.js";
import type { GoroutineFindings, RaceSide } from "./types.js";

/** What a summary is read from: fields of a Crash, and of its document. */
export interface SummaryFacts extends Pick<Crash, "kind" | "crashing" | "race"> {
  signal?: SignalInfo | null;
}

/**
 * The summary in `lang`. `values` are the document's (English); the words among them are said
 * in `lang` — in English while the rule's summary falls back to English.
 */
export function summarize(
  rule: Rule,
  documentValues: Values,
  findings: GoroutineFindings,
  crash: SummaryFacts,
  lang: Lang,
): string {
  const text = ruleText(rule, lang);
  const own = lang === "en" || translatedSummary(rule, lang);
  const values = proseValues(documentValues, findings, own ? lang : "en");
  const say = sentences(lang);
  const meaning = readSignal(crash.signal, lang)?.meaning;
  const summary =
    text.summary?.(values) ??
    (meaning !== undefined && meaning !== "" ? meaning : say.firstSentence(text.explanation.what));
  if (crash.kind === "dump" || crash.kind === "race" || crash.kind === "test-timeout")
    return summary;
  // For a chain, where the first panic was raised.
  const site = crashSite(crash);
  const frame = site.origin ?? site.frame;
  if (frame === null || frame.line === 0) return summary;
  const file = frame.file.slice(frame.file.lastIndexOf("/") + 1);
  // A logged stack of `file:line (0x…)` lines names no function.
  return say.atSite(summary, file, frame.line, frame.func === "" ? "" : shortName(frame.func));
}

/**
 * The values a summary takes that are words rather than what the crash printed (who raced,
 * who sent the signal), in `lang`: the document keeps them in English.
 */
export function proseValues(values: Values, findings: GoroutineFindings, lang: Lang): Values {
  const say = sentences(lang);
  const out: Values = { ...values };
  const who = (side: RaceSide) => (side.main ? say.mainGoroutine : say.goroutine(side.goroutine));
  const race = findings.race;
  if (race !== undefined) {
    out.op = say.raceOp(race.access.op);
    out.goroutine = who(race.access);
    if (race.previous !== null) {
      out.previousOp = say.raceOp(race.previous.op);
      out.previousGoroutine = who(race.previous);
    }
  }
  if (values.senderMeaning !== undefined) out.senderMeaning = say.sentByAnotherProcess;
  return out;
}
