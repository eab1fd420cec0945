// What a person could miss, said once per crash: a panic that hid another, a recovered panic,
// a lost panic value, stacks that were not printed, damaged code, a race that is a map race.
// One function over data both a Crash and its document hold, so that the document's English
// warnings and a renderer's warnings in another language come from the same place.

import { sentences } from "../i18n/sentences.js";
import type { Lang } from "../i18n/types.js";
import type { CrashKind, Goroutine, Panic, RaceReport } from "../model.js";
import { mapOperation } from "./goroutines.js";
import type { Values } from "./rule.js";
import type { ChainLink } from "./types.js";

/** What the warnings are read from: fields of a Crash, and of its document. */
export interface WarningFacts {
  kind: CrashKind;
  panics: readonly Panic[];
  fatal?: string | null;
  crashing: Goroutine | null;
  recoveredBy?: string;
  goroutineCount: number;
  race?: RaceReport;
  /** The lines were pasted bottom-up (src/traceback/reversed.ts). */
  readReversed?: boolean;
}

export function diagnosisWarnings(
  crash: WarningFacts,
  chain: readonly ChainLink[],
  category: string,
  values: Values,
  lang: Lang,
): string[] {
  const say = sentences(lang);
  const warnings: string[] = [];
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (first !== undefined && last !== undefined && last !== first) {
    if (last.type === "fatal") {
      warnings.push(say.fatalInDefer(short(last.message), quote(first.message)));
    } else if (chain.some((link) => link.role === "raised-in-defer")) {
      warnings.push(say.panicHidPanic(quote(first.message), quote(last.message)));
    } else if (!chain.every((link, i) => i === 0 || link.role === "rethrown")) {
      // (Only `rethrown` links: recover() then panic(r), the same value printed again.)
      warnings.push(say.panicReplaced(quote(first.message), quote(last.message)));
    }
  }
  // go1.17–go1.25 lose the pending panic's value when a fatal error interrupts it.
  if (
    typeof crash.fatal === "string" &&
    crash.panics.length === 0 &&
    crash.crashing?.frames.some((frame) => frame.func === "panic") === true
  ) {
    warnings.push(say.pendingPanicLost);
  }
  if (crash.recoveredBy !== undefined) warnings.push(say.recoveredBy(crash.recoveredBy));
  if (crash.readReversed === true) warnings.push(say.readReversed);
  if ((crash.kind === "panic" || crash.kind === "fatal") && crash.goroutineCount === 0)
    warnings.push(say.noStacks);
  if (category === "concurrent-map" && crash.goroutineCount === 1)
    warnings.push(say.mapSingleGoroutine);
  if (values.instructionBytes?.split(" ").every((byte) => byte === "0x0") === true)
    warnings.push(say.zeroInstructions);
  if (crash.kind === "race" && raceOnMap(crash.race)) warnings.push(say.raceOnMap);
  return warnings;
}

function raceOnMap(race: RaceReport | undefined): boolean {
  const accesses = race?.accesses ?? [];
  return accesses.length >= 2 && accesses.every((a) => mapOperation(a.frames) !== null);
}

function quote(message: string): string {
  return `«${short(message)}»`;
}

function short(message: string): string {
  const line = message.split("\n", 1)[0] as string;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
