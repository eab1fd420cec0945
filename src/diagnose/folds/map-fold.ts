// Concurrent map use: the other goroutines caught inside a map operation when the runtime
// reported the crash (../diagnose/goroutines.ts mapOperation).

import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Crash, Goroutine } from "../../model.js";
import { type MapEvidence, mapOperation, siteRef } from "../goroutines.js";
import { firstUserFrame } from "../site.js";
import type { MapAccess } from "../types.js";

const MAX_KEPT = 10;

export class MapFold implements GoroutineFold<MapEvidence> {
  private readonly accesses: MapAccess[] = [];
  private count = 0;

  constructor(private readonly crash: Crash) {}

  add(goroutine: Goroutine): void {
    if (goroutine === this.crash.crashing) return;
    const found = mapOperation(goroutine.frames);
    if (found === null) return;
    this.count++;
    if (this.accesses.length >= MAX_KEPT) return;
    this.accesses.push({
      goroutine: goroutine.id,
      state: goroutine.state,
      operation: found.operation,
      site: siteRef(firstUserFrame(goroutine.frames, found.at + 1)),
    });
  }

  merge(other: MapFold): void {
    this.count += other.count;
    for (const access of other.accesses) {
      if (this.accesses.length < MAX_KEPT) this.accesses.push(access);
    }
  }

  result(): MapEvidence {
    return { accesses: this.accesses, count: this.count };
  }
}
