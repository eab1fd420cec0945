// The adapter between the trace and the crash-dump buckets: goroutines still blocked at the
// end of a trace become model Goroutines (wait reason as state, the trace's stack as frames)
// and go through the same bucket fold as the goroutines of a crash dump (src/group/fold.ts).

import { BucketFold } from "../group/fold.js";
import type { Goroutine, Frame as ModelFrame } from "../model.js";
import { locationOf } from "../names/owner.js";
import type { GoroutineNow } from "./goroutines.js";
import type { Frame } from "./tables.js";

export interface BlockedBucket {
  reason: string;
  count: number;
  ids: number[];
  /** Longest and shortest time waited by the end of the trace, ns. */
  maxWaitNs: number;
  minWaitNs: number;
  frames: Array<{ func: string; file: string; line: number }>;
  createdBy?: { func: string; file: string; line: number };
}

function modelFrame(f: Frame): ModelFrame {
  return {
    func: f.func,
    args: "",
    file: f.file,
    line: f.line,
    inlined: false,
    location: locationOf(f.func),
    inputLine: 0,
  };
}

export function bucketBlocked(blocked: readonly GoroutineNow[], end: number): BlockedBucket[] {
  const fold = new BucketFold("values");
  const byId = new Map<number, GoroutineNow>();
  for (const g of blocked) {
    byId.set(g.id, g);
    const created = g.createdBy[0];
    const goroutine: Goroutine = {
      id: g.id,
      state: g.reason === "" ? "waiting" : g.reason,
      waitMinutes: Math.floor((end - g.since) / 60e9),
      lockedToThread: false,
      frames: g.stack.map(modelFrame),
      inputLine: 0,
      ...(created !== undefined ? { createdBy: modelFrame(created) } : {}),
    };
    fold.add(goroutine);
  }
  const out: BlockedBucket[] = [];
  for (const site of fold.result()) {
    for (const group of site.variants.values()) {
      const ids = Array.from(group.ids.view());
      const waits = ids.map((id) => end - (byId.get(id)?.since ?? end));
      const rep = group.representative;
      out.push({
        reason: rep.state,
        count: group.count,
        ids,
        maxWaitNs: Math.max(...waits),
        minWaitNs: Math.min(...waits),
        frames: rep.frames.map((f) => ({ func: f.func, file: f.file, line: f.line })),
        ...(rep.createdBy !== undefined
          ? {
              createdBy: {
                func: rep.createdBy.func,
                file: rep.createdBy.file,
                line: rep.createdBy.line,
              },
            }
          : {}),
      });
    }
  }
  return out.sort((a, b) => b.count - a.count || b.maxWaitNs - a.maxWaitNs);
}
