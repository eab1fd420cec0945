// go test timeouts: the goroutines that run tests (../diagnose/goroutines.ts testFunction),
// and where each one waits.

import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Goroutine } from "../../model.js";
import { siteRef, type TestGoroutine, testFunction } from "../goroutines.js";
import { waitingFrame } from "../site.js";

const MAX_KEPT = 500;

export class TestFold implements GoroutineFold<TestGoroutine[]> {
  private readonly tests: TestGoroutine[] = [];

  add(goroutine: Goroutine): void {
    if (this.tests.length >= MAX_KEPT) return;
    const func = testFunction(goroutine);
    if (func === null) return;
    this.tests.push({
      func,
      goroutine: goroutine.id,
      state: goroutine.state,
      site: siteRef(waitingFrame(goroutine.frames)),
      stack: goroutine,
    });
  }

  merge(other: TestFold): void {
    for (const test of other.tests) if (this.tests.length < MAX_KEPT) this.tests.push(test);
  }

  result(): TestGoroutine[] {
    return this.tests;
  }
}
