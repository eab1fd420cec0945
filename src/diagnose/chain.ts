// Reading a panic chain (runtime/panic.go printpanics; traceback-format.md §2.2–2.3): which
// link is the root cause, which one killed the program (./warnings.ts says what a person
// could miss in it).

import type { Crash } from "../model.js";
import { matchMessage } from "./catalogue.js";
import type { ChainLink } from "./types.js";

/** The links of the chain, oldest first, with the fatal error (if any) as the last one. */
export function readChain(crash: Crash): ChainLink[] {
  const links: ChainLink[] = [];
  crash.panics.forEach((panic, i) => {
    const type = panic.fatal === true ? "fatal" : "panic";
    const match = matchMessage(panic.value, type);
    const previous = crash.panics[i - 1];
    links.push({
      type,
      message: panic.value,
      rule: match.rule.id,
      values: match.values,
      recovered: panic.recovered,
      repanicked: panic.repanicked,
      role:
        previous === undefined
          ? "root-cause"
          : type === "fatal"
            ? "raised-in-defer"
            : previous.recovered && previous.value === panic.value
              ? "rethrown"
              : previous.recovered
                ? "replaced"
                : "raised-in-defer",
    });
  });
  const fatalLinked = crash.panics.some((panic) => panic.fatal === true);
  if (crash.fatal !== undefined && !fatalLinked && links.length > 0) {
    const match = matchMessage(crash.fatal, "fatal");
    links.push({
      type: "fatal",
      message: crash.fatal,
      rule: match.rule.id,
      values: match.values,
      recovered: false,
      repanicked: false,
      role: "raised-in-defer",
    });
  }
  return links.length > 1 ? links : [];
}
