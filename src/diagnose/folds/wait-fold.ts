// Where the goroutines of a crash wait, folded as they stream past: identical waits (same
// state at the same line of the program) counted together, the longest waits, and what each
// goroutine's children are waiting on, so that a blocked
// goroutine (main in a deadlock, a test in a timeout) can be shown what it waits for.
// Per goroutine: one pass over its frames reading `location`, one lookup by line number;
// no key strings are built, no names parsed.

import { shapeOf } from "../../block-shape.js";
import type { GoroutineFold } from "../../goroutine-fold.js";
import type { Crash, Frame, Goroutine } from "../../model.js";
import { siteRef, type WaitEvidence } from "../goroutines.js";
import { waitingFrame } from "../site.js";
import type { LongWait, SiteRef, WaitSite } from "../types.js";

/** Distinct waits kept; more are counted in `overflow`. */
const MAX_SITES = 5000;
/** Goroutine ids kept per wait. */
const MAX_IDS = 5;
/** Longest waits kept. */
const MAX_LONG = 5;
/** Parents whose children are followed, and distinct waits kept per parent. */
const MAX_PARENTS = 2000;
const MAX_CHILD_SITES = 20;

/** Waits found by the line they wait at (a number: no string hashing), then compared. */
class SiteTable {
  private readonly byLine = new Map<number, WaitSite[]>();
  /** Every wait, in the order first seen. */
  readonly all: WaitSite[] = [];

  constructor(private readonly limit: number) {}

  /** The wait of this state at this place, created if there is room (null otherwise). */
  get(state: string, frame: SiteRef | null): WaitSite | null {
    const line = frame === null ? -1 : frame.line;
    let list = this.byLine.get(line);
    if (list !== undefined) {
      for (const site of list) if (sameWait(site, state, frame)) return site;
    }
    if (this.all.length >= this.limit) return null;
    const at = frame === null ? null : { func: frame.func, file: frame.file, line: frame.line };
    const site: WaitSite = { state, site: at, count: 0, goroutines: [], maxMinutes: 0 };
    if (list === undefined) {
      list = [];
      this.byLine.set(line, list);
    }
    list.push(site);
    this.all.push(site);
    return site;
  }

  private readonly copies = new Map<WaitSite, WaitSite>();

  /** This table's wait for the same state and place as `site` of another table. */
  copyOf(site: WaitSite): WaitSite | null {
    let copy = this.copies.get(site);
    if (copy === undefined) {
      const found = this.get(site.state, site.site);
      if (found === null) return null;
      copy = found;
      this.copies.set(site, copy);
    }
    return copy;
  }

  /** Takes in another table's waits. */
  merge(other: SiteTable): number {
    let lost = 0;
    for (const from of other.all) {
      const into = this.get(from.state, from.site);
      if (into === null) lost += from.count;
      else mergeSite(into, from);
    }
    return lost;
  }
}

function sameWait(site: WaitSite, state: string, frame: SiteRef | null): boolean {
  if (site.state !== state) return false;
  const at = site.site;
  if (at === null || frame === null) return at === frame;
  // A function's code lies in one file: the function and the line name the place.
  return at.line === frame.line && at.func === frame.func;
}

/** Where the goroutines of one shape wait: the index of their waiting frame (-1: none), and its wait. */
interface ShapeWait {
  frame: number;
  /** The waiting frame is the runtime's: counted, not listed. */
  runtime: boolean;
  /** Null: the table was full. */
  site: WaitSite | null;
}

export class WaitFold implements GoroutineFold<WaitEvidence> {
  private readonly sites = new SiteTable(MAX_SITES);
  private long: LongWait[] = [];
  private runtimeGoroutines = 0;
  private overflow = 0;
  private readonly childrenById = new Map<number, SiteTable>();
  private readonly childrenByCreator = new Map<string, SiteTable>();

  /** @param crash the crash whose goroutines come: its crashing goroutine is left out. */
  constructor(private readonly crash: Crash) {}

  add(goroutine: Goroutine): void {
    if (goroutine === this.crash.crashing) return;
    const count = goroutine.count ?? 1;
    const wait = this.waitOf(goroutine);
    if (wait.runtime) {
      this.runtimeGoroutines += count;
      return;
    }
    const frame = wait.frame === -1 ? null : (goroutine.frames[wait.frame] as Frame);
    const site = wait.site;
    if (site !== null) addTo(site, goroutine, count);
    else this.overflow += count;
    if (goroutine.waitMinutes > 0) this.noteLong(goroutine, frame);
    // The same wait under the parent: found by the wait's identity, not compared again.
    const children = this.childTable(goroutine);
    const child =
      children === null
        ? null
        : site !== null
          ? children.copyOf(site)
          : children.get(goroutine.state, frame);
    if (child !== null) addTo(child, goroutine, count);
  }

  /**
   * Where `goroutine` waits: found from its state, functions, files and lines alone, so kept in
   * its block shape's memo (block-shape.ts) for the next goroutine of that shape. A wait once
   * found stays in the table, and a table full once stays full: the memo holds.
   */
  private waitOf(goroutine: Goroutine): ShapeWait {
    const shape = shapeOf(goroutine);
    if (shape !== null && shape.waitsOf === this) return shape.waits as ShapeWait;
    const frames = goroutine.frames;
    const frame = waitingFrame(frames);
    const runtime = frame !== null && frame.location === "runtime";
    const wait: ShapeWait = {
      frame: frame === null ? -1 : frames.indexOf(frame),
      runtime,
      site: runtime ? null : this.sites.get(goroutine.state, frame),
    };
    if (shape !== null) {
      shape.waitsOf = this;
      shape.waits = wait;
    }
    return wait;
  }

  merge(other: WaitFold): void {
    this.overflow += other.overflow + this.sites.merge(other.sites);
    this.runtimeGoroutines += other.runtimeGoroutines;
    for (const wait of other.long) this.insertLong(wait);
    for (const [id, table] of other.childrenById)
      this.tableFor(this.childrenById, id)?.merge(table);
    for (const [func, table] of other.childrenByCreator)
      this.tableFor(this.childrenByCreator, func)?.merge(table);
  }

  result(): WaitEvidence {
    const children = new Map<string, WaitSite[]>();
    for (const [id, table] of this.childrenById) children.set(`g${id}`, sortSites([...table.all]));
    for (const [func, table] of this.childrenByCreator)
      children.set(`f${func}`, sortSites([...table.all]));
    return {
      sites: sortSites([...this.sites.all]),
      longWaits: this.long,
      runtimeGoroutines: this.runtimeGoroutines,
      overflow: this.overflow,
      children,
    };
  }

  private childTable(goroutine: Goroutine): SiteTable | null {
    if (goroutine.parentId !== undefined)
      return this.tableFor(this.childrenById, goroutine.parentId);
    if (goroutine.createdBy !== undefined)
      return this.tableFor(this.childrenByCreator, goroutine.createdBy.func);
    return null;
  }

  private tableFor<K>(tables: Map<K, SiteTable>, key: K): SiteTable | null {
    let table = tables.get(key);
    if (table === undefined) {
      if (this.childrenById.size + this.childrenByCreator.size >= MAX_PARENTS) return null;
      table = new SiteTable(MAX_CHILD_SITES);
      tables.set(key, table);
    }
    return table;
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
}

/** A WaitFold cloned across threads (structured clone keeps data, not classes). */
export function reviveWaitFold(data: WaitFold): WaitFold {
  const fold = Object.setPrototypeOf(data, WaitFold.prototype) as WaitFold;
  const tables = fold as unknown as {
    sites: SiteTable;
    childrenById: Map<number, SiteTable>;
    childrenByCreator: Map<string, SiteTable>;
  };
  Object.setPrototypeOf(tables.sites, SiteTable.prototype);
  for (const table of tables.childrenById.values())
    Object.setPrototypeOf(table, SiteTable.prototype);
  for (const table of tables.childrenByCreator.values())
    Object.setPrototypeOf(table, SiteTable.prototype);
  return fold;
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
