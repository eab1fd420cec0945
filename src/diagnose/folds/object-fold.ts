// Goroutines waiting on the same object (a channel, mutex, RWMutex, WaitGroup or Cond), as
// far as their stacks show it (../diagnose/goroutines.ts waitObject).

import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Goroutine } from "../../model.js";
import { waitObject } from "../goroutines.js";
import type { SharedWait } from "../types.js";

const MAX_OBJECTS = 5000;
const MAX_IDS = 5;

export class ObjectFold implements GoroutineFold<SharedWait[]> {
  /** By object kind, then address: no key string is built per goroutine. */
  private readonly byKind = new Map<string, Map<string, SharedWait>>();
  private size = 0;

  add(goroutine: Goroutine): void {
    if (goroutine.state === "running" || goroutine.state === "runnable") return;
    const found = waitObject(goroutine.frames);
    if (found === null) return;
    const count = goroutine.count ?? 1;
    const objects = this.kind(found.object);
    const shared = objects.get(found.address);
    if (shared !== undefined) {
      shared.count += count;
      if (goroutine.id !== null && shared.goroutines.length < MAX_IDS)
        shared.goroutines.push(goroutine.id);
    } else if (this.size < MAX_OBJECTS) {
      this.size++;
      objects.set(found.address, {
        object: found.object,
        address: found.address,
        count,
        goroutines: goroutine.id === null ? [] : [goroutine.id],
      });
    }
  }

  merge(other: ObjectFold): void {
    for (const shared of other.all()) {
      const objects = this.kind(shared.object);
      const mine = objects.get(shared.address);
      if (mine === undefined) {
        if (this.size < MAX_OBJECTS) {
          this.size++;
          objects.set(shared.address, { ...shared, goroutines: [...shared.goroutines] });
        }
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
    return this.all()
      .filter((o) => o.count > 1)
      .sort((a, b) => b.count - a.count);
  }

  private kind(object: string): Map<string, SharedWait> {
    let objects = this.byKind.get(object);
    if (objects === undefined) {
      objects = new Map();
      this.byKind.set(object, objects);
    }
    return objects;
  }

  /** Every object in the order first seen, kind by kind. */
  private all(): SharedWait[] {
    const out: SharedWait[] = [];
    for (const objects of this.byKind.values())
      for (const shared of objects.values()) out.push(shared);
    return out;
  }
}
