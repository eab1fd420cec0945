// The runtime's clock when the process died, as well as a core can tell. A goroutine header's
// `[chan receive, 12 minutes]` is (nanotime() − g.waitsince) / 1 min at the moment the runtime
// printed it, and g.waitsince is the start of the first GC that saw the goroutine blocked
// (runtime/mgcmark.go: markroot). The core keeps no reading from the moment of the crash; the
// freshest it keeps is sched.lastpoll (the last network poll: a thread waking from netpoll stores
// it, sysmon every 10 ms while the program runs), and every waitsince is an earlier reading.
// Their maximum is never later than the real moment, so minutes read from it are never more
// than the runtime printed. They can be fewer: by one when a wait was within that gap of a whole
// minute, by more when lastpoll is 0 or old (a thread blocked in netpoll, sysmon asleep) and
// only the waitsince stamps are left.

import type { Executable } from "../binary/exe.js";
import type { CoreG } from "./goroutines.js";
import type { RuntimeLayout } from "./layout.js";
import type { ProcessMemory } from "./memory.js";
import { dataRegions } from "./runtime-globals.js";

/** sched.maxmcount unless the program called debug.SetMaxThreads. */
const MAX_M_COUNT = 10000;
/** Goroutine ids handed out in batches to Ps and never used: goidgen runs a little ahead. */
const GOID_SLACK = 1 << 20;

/**
 * The run-time address of runtime.sched: the symbol when the binary kept one, else the one place
 * in the data where a schedt fits — goidgen (its first word) at or just past the highest goroutine
 * id, maxmcount 10000 and mnext (threads made) between 1 and that. Undefined when not exactly one.
 */
export function findSched(
  mem: ProcessMemory,
  exe: Executable,
  L: RuntimeLayout,
  gs: CoreG[],
  useSymbol = true,
): number | undefined {
  const sym = useSymbol ? exe.symbol("runtime.sched") : undefined;
  if (sym !== undefined) return sym + mem.slide;
  let maxGoid = 0;
  for (const g of gs) if (g.goid > maxGoid) maxGoid = g.goid;
  if (maxGoid === 0) return undefined;
  const span = L.sched.maxmcount + 8;
  const found: number[] = [];
  for (const r of dataRegions(exe, mem.slide)) {
    const size = r.size - (r.size % 8);
    const b = mem.read(r.addr, size);
    if (b === null) continue;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const u32 = (o: number) => dv.getUint32(o, true);
    const word = (o: number) => dv.getUint32(o + 4, true) * 0x100000000 + dv.getUint32(o, true);
    for (let o = 0; o + span <= size; o += 8) {
      if (u32(o + L.sched.maxmcount) !== MAX_M_COUNT) continue;
      const goidgen = word(o);
      if (goidgen < maxGoid || goidgen > maxGoid + GOID_SLACK) continue;
      const mnext = word(o + L.sched.mnext);
      if (mnext < 1 || mnext > MAX_M_COUNT) continue;
      found.push(r.addr + o);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The latest runtime clock reading (nanotime) the core holds: sched.lastpoll and every
 * goroutine's waitsince. Undefined when it holds none.
 */
export function latestClock(
  mem: ProcessMemory,
  exe: Executable,
  L: RuntimeLayout,
  gs: CoreG[],
): number | undefined {
  let now = 0;
  for (const g of gs) if (g.waitsince > now) now = g.waitsince;
  const sched = findSched(mem, exe, L, gs);
  const lastpoll = sched === undefined ? undefined : mem.word(sched + L.sched.lastpoll);
  // A lastpoll of 0 means a thread is blocked in netpoll right now: no reading.
  if (lastpoll !== undefined && lastpoll > now && lastpoll < 2 ** 62) now = lastpoll;
  return now === 0 ? undefined : now;
}
