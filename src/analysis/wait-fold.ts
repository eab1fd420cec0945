// Where the goroutines of a crash wait, folded as they stream past: identical waits (same
// state at the same line of the program) counted together, the longest waits, and — when
// the crash asks for it — what each goroutine's children are waiting on, so that a blocked
// goroutine (main in a deadlock, a test in a timeout) can be shown what it waits for.
// Per goroutine: one pass over its frames reading `location` (no names, no regex), one key.

import { siteRef, type WaitEvidence } from "../diagnose/goroutines.js";
import { waitingFrame } from "../diagnose/site.js";
import type { Crash, Frame, Goroutine, LongWait, WaitSite } from "../model.js";
import type { GoroutineFold } from "./folds.js";

/** Distinct waits kept; more are counted in `overflow`. */
const MAX_SITES = 5000;
/** Goroutine ids kept per wait. */
const MAX_IDS = 5;
/** Longest waits kept. */
const MAX_LONG = 5;
/** Parents whose children are followed, and distinct waits kept per parent. */
const MAX_PARENTS = 2000;
const MAX_CHILD_SITES = 20;

export class WaitFold implements GoroutineFold<WaitEvidence> {
  private readonly sites = new Map<string, WaitSite>();
  private long: LongWait[] = [];
  private runtimeGoroutines = 0;
  private overflow = 0;
  private readonly children = new Map<string, Map<string, WaitSite>>();

  /**
   * @param crash the crash whose goroutines come: its crashing goroutine is left out.
   * @param followChildren also group each goroutine's wait under its parent.
   */
  constructor(
    private readonly crash: Crash,
    private readonly followChildren: boolean,
  ) {}

  add(goroutine: Goroutine): void {
    if (goroutine === this.crash.crashing) return;
    const count = goroutine.count ?? 1;
    const frame = waitingFrame(goroutine.frames);
    if (frame !== null && frame.location === "runtime") {
      this.runtimeGoroutines += count;
      return;
    }
    const key = `${goroutine.state}\u0000${frame === null ? "" : `${frame.func}\u0000${frame.file}:${frame.line}`}`;
    const site = this.sites.get(key);
    if (site !== undefined) addTo(site, goroutine, count);
    else if (this.sites.size < MAX_SITES) this.sites.set(key, newSite(goroutine, frame, count));
    else this.overflow += count;
    if (goroutine.waitMinutes > 0) this.noteLong(goroutine, frame);
    if (this.followChildren) this.noteChild(goroutine, key, frame, count);
  }

  merge(other: WaitFold): void {
    for (const [key, site] of other.sites) {
      const mine = this.sites.get(key);
      if (mine !== undefined) mergeSite(mine, site);
      else if (this.sites.size < MAX_SITES)
        this.sites.set(key, { ...site, goroutines: [...site.goroutines] });
      else this.overflow += site.count;
    }
    this.overflow += other.overflow;
    this.runtimeGoroutines += other.runtimeGoroutines;
    for (const wait of other.long) this.insertLong(wait);
    for (const [parent, sites] of other.children) {
      for (const [key, site] of sites) {
        const mine = this.childSites(parent);
        if (mine === null) break;
        const existing = mine.get(key);
        if (existing !== undefined) mergeSite(existing, site);
        else if (mine.size < MAX_CHILD_SITES)
          mine.set(key, { ...site, goroutines: [...site.goroutines] });
      }
    }
  }

  result(): WaitEvidence {
    const children = new Map<string, WaitSite[]>();
    for (const [parent, sites] of this.children)
      children.set(parent, sortSites([...sites.values()]));
    return {
      sites: sortSites([...this.sites.values()]),
      longWaits: this.long,
      runtimeGoroutines: this.runtimeGoroutines,
      overflow: this.overflow,
      children,
    };
  }

  private noteLong(goroutine: Goroutine, frame: Frame | null): void {
    const last = this.long[this.long.length - 1];
    if (
      this.long.length === MAX_LONG &&
      last !== undefined &&
      last.minutes >= goroutine.waitMinutes
    )
      return;
    this.insertLong({
      goroutine: goroutine.id,
      state: goroutine.state,
      minutes: goroutine.waitMinutes,
      site: siteRef(frame),
    });
  }

  private insertLong(wait: LongWait): void {
    let at = this.long.length;
    while (at > 0 && (this.long[at - 1] as LongWait).minutes < wait.minutes) at--;
    if (at >= MAX_LONG) return;
    this.long.splice(at, 0, wait);
    if (this.long.length > MAX_LONG) this.long.pop();
  }

  private noteChild(goroutine: Goroutine, key: string, frame: Frame | null, count: number): void {
    const parent =
      goroutine.parentId !== undefined
        ? `g${goroutine.parentId}`
        : goroutine.createdBy !== undefined
          ? `f${goroutine.createdBy.func}`
          : null;
    if (parent === null) return;
    const sites = this.childSites(parent);
    if (sites === null) return;
    const site = sites.get(key);
    if (site !== undefined) addTo(site, goroutine, count);
    else if (sites.size < MAX_CHILD_SITES) sites.set(key, newSite(goroutine, frame, count));
  }

  private childSites(parent: string): Map<string, WaitSite> | null {
    let sites = this.children.get(parent);
    if (sites === undefined) {
      if (this.children.size >= MAX_PARENTS) return null;
      sites = new Map();
      this.children.set(parent, sites);
    }
    return sites;
  }
}

function newSite(goroutine: Goroutine, frame: Frame | null, count: number): WaitSite {
  return {
    state: goroutine.state,
    site: siteRef(frame),
    count,
    goroutines: goroutine.id === null ? [] : [goroutine.id],
    maxMinutes: goroutine.waitMinutes,
  };
}

function addTo(site: WaitSite, goroutine: Goroutine, count: number): void {
  site.count += count;
  if (goroutine.id !== null && site.goroutines.length < MAX_IDS) site.goroutines.push(goroutine.id);
  if (goroutine.waitMinutes > site.maxMinutes) site.maxMinutes = goroutine.waitMinutes;
}

function mergeSite(into: WaitSite, from: WaitSite): void {
  into.count += from.count;
  for (const id of from.goroutines) {
    if (into.goroutines.length >= MAX_IDS) break;
    into.goroutines.push(id);
  }
  if (from.maxMinutes > into.maxMinutes) into.maxMinutes = from.maxMinutes;
}

function sortSites(sites: WaitSite[]): WaitSite[] {
  return sites.sort((a, b) => b.count - a.count || b.maxMinutes - a.maxMinutes);
}
