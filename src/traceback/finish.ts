// What is settled once a crash's text has ended: its final kind and the `go test` context
// held in the panic value.

import type { BlockShape } from "../block-shape.js";
import type { Crash, Frame, TestRef } from "../model.js";
import { goVersionFromPath } from "./go-version.js";

const TIMEOUT = "test timed out after ";

export function finishCrash(crash: Crash): void {
  // A container runtime's partial record (CRI `P`) is handed on when its line ends, after
  // lines that came later: the span still covers every line the crash holds.
  const { startLine, endLine } = crash.span;
  if (endLine < startLine) crash.span = { startLine: endLine, endLine: startLine };
  // SIGQUIT (kill -QUIT, Ctrl-\\) asks a healthy program for its stacks: a dump, not a crash.
  if (crash.kind === "signal" && crash.signal?.name === "SIGQUIT") crash.kind = "dump";
  const first = crash.panics[0];
  if (crash.kind === "panic" && first !== undefined && first.value.startsWith(TIMEOUT)) {
    crash.kind = "test-timeout";
    first.value = withTabsBack(first.value);
    const running = runningTests(first.value);
    crash.tests = { failed: crash.tests?.failed ?? [], running };
  }
}

/** A paste's blanks in front of testing's `running tests:` line. */
const SPACED_LIST_HEAD = /^ {1,16}running tests:$/;
/** A running test as testing lists it, behind blanks: `TestDemo (1m0s)`. */
const SPACED_LIST_ENTRY = /^ {1,32}(\S[^\n]* \([^()\s]+\))$/;

/**
 * testing's timeout value as it was printed: `test timed out after %v\nrunning tests:\n\t%s`, the
 * names joined by `\n\t` (go1.25 src/testing/testing.go startAlarm, runningList). A paste that
 * turned tabs into blanks (holdout-31/fsnotify-716) leaves `        running tests:` and
 * `                TestDemo (1m0s)`: the blanks before `running tests:` were go1.23+'s framing
 * tab, which the value does not hold; those before a name, that tab and testing's own.
 */
function withTabsBack(value: string): string {
  const lines = value.split("\n");
  if (lines.length < 3 || !SPACED_LIST_HEAD.test(lines[1] as string)) return value;
  const out = [lines[0] as string, "running tests:"];
  for (const line of lines.slice(2)) {
    const entry = SPACED_LIST_ENTRY.exec(line);
    out.push(entry === null ? line : `\t${entry[1]}`);
  }
  return out.join("\n");
}

/**
 * The `running tests:` list testing adds to its timeout panic (go1.20+):
 * `test timed out after 2s\nrunning tests:\n\tTestSlow (2s)`.
 */
function runningTests(value: string): TestRef[] {
  const tests: TestRef[] = [];
  const lines = value.split("\n");
  const start = lines.indexOf("running tests:");
  if (start === -1) return tests;
  for (const line of lines.slice(start + 1)) {
    const text = line.trim();
    const open = text.lastIndexOf(" (");
    if (open === -1 || !text.endsWith(")")) break;
    tests.push({ name: text.slice(0, open), duration: text.slice(open + 2, -1) });
  }
  return tests;
}

/**
 * Finds the Go version a GOROOT path names, looking at every standard-library frame until it
 * does. A crash's standard-library files share one GOROOT, so each GOROOT is read only once:
 * the rest is one `startsWith` per frame.
 */
export class GoVersionReader {
  /** The GOROOT (up to and with `/src/`) read last, which named no version. */
  private root = "\0";

  note(crash: Crash, frames: Frame[], shape: BlockShape | null = null): void {
    if (crash.goVersion !== null) return;
    // Frames of a shape (block-shape.ts) this reader found no version in: their files again.
    if (shape !== null && shape.versionOf === this) return;
    for (const frame of frames) {
      if (frame.location === "user" || frame.file.startsWith(this.root)) continue;
      const version = goVersionFromPath(frame.file);
      if (version !== null) {
        crash.goVersion = version;
        return;
      }
      const src = frame.file.lastIndexOf("/src/");
      if (src !== -1) this.root = frame.file.slice(0, src + 5);
    }
    if (shape !== null) shape.versionOf = this;
  }
}
