// Reading a panic chain (runtime/panic.go printpanics; traceback-format.md §2.2–2.3): which
// link is the root cause, which one killed the program, and what a person could miss — a
// second panic that hid the first, a recovered panic, a fatal error raised while panicking.

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

/** Warnings about the chain and how the crash was reported. */
export function chainWarnings(crash: Crash, links: readonly ChainLink[]): string[] {
  const warnings: string[] = [];
  const first = links[0];
  const last = links[links.length - 1];
  if (first !== undefined && last !== undefined && last !== first) {
    if (last.type === "fatal") {
      warnings.push(
        `The program died of a fatal error (${short(last.message)}) raised while the panic ${quote(first.message)} was unwinding, in a deferred call; recover cannot stop a fatal error. Fix the first panic, then the deferred code. Go 1.25 and older print only the fatal error.`,
      );
    } else if (links.some((link) => link.role === "raised-in-defer")) {
      warnings.push(
        `A second panic hid the first: ${quote(first.message)} was raised first, and while it unwound a deferred call panicked with ${quote(last.message)}, which is what the program died of. The first panic is the root cause; the deferred code that panicked is a second bug.`,
      );
    } else if (!links.every((link, i) => i === 0 || link.role === "rethrown")) {
      // (Only `rethrown` links: recover() then panic(r), the same value printed again.)
      warnings.push(
        `The first panic (${quote(first.message)}) was recovered and a new panic raised in its place (${quote(last.message)}): the first one is the root cause.`,
      );
    }
  }
  // go1.17–go1.25 lose the pending panic's value when a fatal error interrupts it.
  if (
    crash.fatal !== undefined &&
    crash.panics.length === 0 &&
    crash.crashing?.frames.some((frame) => frame.func === "panic") === true
  ) {
    warnings.push(
      "A panic was in progress when the fatal error happened (a panic(…) frame is on the crashing goroutine's stack), but Go before 1.26 does not print its value: the code below that frame (the root cause shown above) raised it.",
    );
  }
  if (crash.recoveredBy !== undefined) {
    warnings.push(
      `${crash.recoveredBy} recovered this panic and logged it: the process kept running, only the connection was closed. It is still a bug in the handler, and whatever state the handler was changing may be half-updated.`,
    );
  }
  return warnings;
}

function quote(message: string): string {
  return `«${short(message)}»`;
}

function short(message: string): string {
  const line = message.split("\n", 1)[0] as string;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
