// Who probably holds a mutex others wait on: a blocked goroutine that does not wait on that
// mutex but whose own frames work on its value — the mutex's address equals, or lies just
// inside, the first pointer argument of one of its program frames (a holder passed `&mu`, or
// a method on the struct that embeds the mutex). Inferred, never proven: said "probably".

import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Frame, Goroutine } from "../../model.js";
import { exactPointer, siteRef, waitObject } from "../goroutines.js";
import { waitingFrame } from "../site.js";
import type { LockHolder, SiteRef } from "../types.js";

const MAX_LOCKS = 5;
const MAX_CANDIDATES = 500;
const MAX_IDS = 5;
/** How far into a struct a mutex may lie from the pointer a frame works on. */
const STRUCT_REACH = 4096n;

interface MutexWait {
  object: string;
  address: string;
  count: number;
  goroutines: number[];
  site: SiteRef | null;
}

interface Candidate {
  goroutine: number | null;
  state: string;
  site: SiteRef | null;
  /** The first pointer argument of each program frame, innermost first. */
  pointers: { func: string; address: string }[];
}

export class LockFold implements GoroutineFold<LockHolder[]> {
  private readonly locks: MutexWait[] = [];
  private readonly candidates: Candidate[] = [];

  add(goroutine: Goroutine): void {
    if (goroutine.state === "running" || goroutine.state === "runnable") return;
    const found = waitObject(goroutine.frames);
    if (found !== null && (found.object === "mutex" || found.object === "rwmutex")) {
      this.addWait(found.object, found.address, goroutine);
      return;
    }
    if (this.candidates.length >= MAX_CANDIDATES) return;
    const pointers: Candidate["pointers"] = [];
    let program = false;
    for (const frame of goroutine.frames as Frame[]) {
      if (frame.location !== "user") continue;
      program = true;
      const address = exactPointer(frame.args);
      if (address !== null) pointers.push({ func: frame.func, address });
    }
    // Only the program's code takes its locks: the runtime's own goroutines are no candidates.
    if (!program) return;
    this.candidates.push({
      goroutine: goroutine.id,
      state: goroutine.state,
      site: siteRef(waitingFrame(goroutine.frames)),
      pointers,
    });
  }

  private addWait(object: string, address: string, goroutine: Goroutine): void {
    const known = this.locks.find((lock) => lock.address === address);
    if (known !== undefined) {
      known.count += goroutine.count ?? 1;
      if (goroutine.id !== null && known.goroutines.length < MAX_IDS)
        known.goroutines.push(goroutine.id);
      return;
    }
    if (this.locks.length >= MAX_LOCKS) return;
    this.locks.push({
      object,
      address,
      count: goroutine.count ?? 1,
      goroutines: goroutine.id === null ? [] : [goroutine.id],
      site: siteRef(waitingFrame(goroutine.frames)),
    });
  }

  merge(other: LockFold): void {
    for (const lock of other.locks) {
      const known = this.locks.find((mine) => mine.address === lock.address);
      if (known !== undefined) {
        known.count += lock.count;
        for (const id of lock.goroutines)
          if (known.goroutines.length < MAX_IDS) known.goroutines.push(id);
      } else if (this.locks.length < MAX_LOCKS) this.locks.push({ ...lock });
    }
    for (const candidate of other.candidates)
      if (this.candidates.length < MAX_CANDIDATES) this.candidates.push(candidate);
  }

  /**
   * Per mutex waited on: the goroutines whose frames work on it, or, when none does, every
   * other blocked goroutine as a candidate the source may confirm (render/lock-holder.ts).
   */
  result(): LockHolder[] {
    const out: LockHolder[] = [];
    for (const lock of this.locks) {
      const wait = {
        object: lock.object,
        address: lock.address,
        waiters: lock.goroutines,
        waiterCount: lock.count,
        waiterSite: lock.site,
      };
      const lockAt = BigInt(lock.address);
      const byFrames: LockHolder[] = [];
      for (const candidate of this.candidates) {
        const works = candidate.pointers.find((p) => {
          const offset = lockAt - BigInt(p.address);
          return offset >= 0n && offset < STRUCT_REACH;
        });
        if (works === undefined) continue;
        byFrames.push({ ...wait, ...holderOf(candidate), via: "argument", argument: works });
      }
      if (byFrames.length > 0) out.push(...byFrames.slice(0, MAX_IDS));
      else
        for (const candidate of this.candidates.slice(0, MAX_IDS))
          out.push({ ...wait, ...holderOf(candidate), via: "candidate", argument: null });
    }
    return out;
  }
}

function holderOf(candidate: Candidate): Pick<LockHolder, "holder" | "state" | "site"> {
  return { holder: candidate.goroutine, state: candidate.state, site: candidate.site };
}
