// Goroutines waiting on the same object (a channel, mutex, RWMutex, WaitGroup or Cond), as
// far as their stacks show it (../diagnose/goroutines.ts waitObject).

import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Goroutine } from "../../model.js";
import { waitObject } from "../goroutines.js";
import type { SharedWait } from "../types.js";

const MAX_OBJECTS = 5000;
const MAX_IDS = 5;

export class ObjectFold implements GoroutineFold<SharedWait[]> {
  private readonly objects = new Map<string, SharedWait>();

  add(goroutine: Goroutine): void {
    if (goroutine.state === "running" || goroutine.state === "runnable") return;
    const found = waitObject(goroutine.frames);
    if (found === null) return;
    const key = `${found.object} ${found.address}`;
    const count = goroutine.count ?? 1;
    const shared = this.objects.get(key);
    if (shared !== undefined) {
      shared.count += count;
      if (goroutine.id !== null && shared.goroutines.length < MAX_IDS)
        shared.goroutines.push(goroutine.id);
    } else if (this.objects.size < MAX_OBJECTS) {
      this.objects.set(key, {
        object: found.object,
        address: found.address,
        count,
        goroutines: goroutine.id === null ? [] : [goroutine.id],
      });
    }
  }

  merge(other: ObjectFold): void {
    for (const [key, shared] of other.objects) {
      const mine = this.objects.get(key);
      if (mine === undefined) {
        if (this.objects.size < MAX_OBJECTS)
          this.objects.set(key, { ...shared, goroutines: [...shared.goroutines] });
        continue;
      }
      mine.count += shared.count;
      for (const id of shared.goroutines) {
        if (mine.goroutines.length < MAX_IDS) mine.goroutines.push(id);
      }
    }
  }

  /** Objects more than one goroutine waits on, most waiters first. */
  result(): SharedWait[] {
    return [...this.objects.values()].filter((o) => o.count > 1).sort((a, b) => b.count - a.count);
  }
}
