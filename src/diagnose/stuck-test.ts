// A `go test` timeout: the panic comes from testing's alarm goroutine, but what a person wants
// is where the running tests are stuck. This pairs each test of the `running tests:` list with
// the goroutine that runs it, and picks the first one's goroutine as the crash's.

import type { Goroutine, TestRef } from "../model.js";
import { type TestGoroutine, testFunctionName } from "./goroutines.js";

/**
 * For each running test (in the order the panic lists them), the index of its goroutine in
 * `goroutines`, or -1. A subtest runs a closure of its top-level test (`TestA.func1`); a
 * top-level test runs `TestA` itself. Before go1.20 the panic lists no test: every test
 * goroutine then stands for itself.
 */
export function matchRunningTests(
  running: readonly TestRef[],
  goroutines: readonly TestGoroutine[],
): number[] {
  if (running.length === 0) return goroutines.map((_, i) => i);
  const used = new Set<number>();
  return running.map((test) => {
    const slash = test.name.indexOf("/");
    const top = slash === -1 ? test.name : test.name.slice(0, slash);
    const found = goroutines.findIndex((g, i) => {
      if (used.has(i)) return false;
      const name = testFunctionName(g.func);
      return slash === -1 ? name === top : name.startsWith(`${top}.func`);
    });
    if (found !== -1) used.add(found);
    return found;
  });
}

/**
 * The goroutine of the first running test whose goroutine was printed: the crash's goroutine
 * for a test timeout (testdata/README.md). Null when none was printed (a cut paste): the
 * alarm goroutine stays the crash's.
 */
export function stuckTestGoroutine(
  running: readonly TestRef[],
  goroutines: readonly TestGoroutine[] | null,
): Goroutine | null {
  if (goroutines === null) return null;
  for (const index of matchRunningTests(running, goroutines)) {
    const found = index === -1 ? undefined : goroutines[index];
    if (found !== undefined) return found.stack;
  }
  return null;
}

/** testing's alarm goroutine, which raises the timeout panic (testing.(*M).startAlarm). */
export function isTestAlarm(goroutine: Goroutine): boolean {
  return goroutine.frames.some((frame) => frame.func.startsWith("testing.(*M).startAlarm"));
}
