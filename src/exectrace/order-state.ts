// The bookkeeping of the ordering (Go 1.26 src/internal/trace/order.go): per-G, per-P and
// per-M state, generation-qualified sequence numbers, in-flight ranges, context checks.

import { NO_ID } from "./event.js";
import { specOf } from "./spec.js";

export interface Ctx {
  g: number;
  p: number;
  m: number;
}

/** order.go seqCounter: a sequence number local to a generation. */
export interface Seq {
  gen: number;
  seq: number;
}

export function succeeds(a: Seq, b: Seq): boolean {
  return a.gen === b.gen && a.seq === b.seq + 1;
}

/** A range in flight: its begin event type and optional subtype string id. */
export interface RangeType {
  typ: number;
  desc: number;
}

export function makeRangeType(typ: number, desc: number): RangeType {
  const start = specOf(typ)?.startEv ?? 0;
  return { typ: start !== 0 ? start : typ, desc };
}

export class RangeState {
  inFlight: RangeType[] = [];

  has(r: RangeType): boolean {
    return this.inFlight.some((x) => x.typ === r.typ && x.desc === r.desc);
  }

  begin(r: RangeType): string | undefined {
    if (this.has(r)) {
      return `discovered event already in-flight for when starting event ${specOf(r.typ)?.name}`;
    }
    this.inFlight.push(r);
    return undefined;
  }

  active(r: RangeType, initialGen: boolean): string | undefined {
    if (initialGen) {
      if (this.has(r))
        return `found named active range already in first gen: ${specOf(r.typ)?.name}`;
      this.inFlight.push(r);
    } else if (!this.has(r)) {
      return `resource is missing active range: ${specOf(r.typ)?.name}`;
    }
    return undefined;
  }

  /** Ends the range begun by typ's start event; its desc, or an error string. */
  end(typ: number): number | string {
    const st = specOf(typ)?.startEv ?? 0;
    const idx = this.inFlight.findIndex((r) => r.typ === st);
    if (idx < 0) return `tried to end event ${specOf(st)?.name}, but not in-flight`;
    const desc = (this.inFlight[idx] as RangeType).desc;
    this.inFlight[idx] = this.inFlight[this.inFlight.length - 1] as RangeType;
    this.inFlight.pop();
    return desc;
  }
}

export class GState extends RangeState {
  regions: Array<{ task: number; name: string }> = [];
  constructor(
    readonly id: number,
    /** tracev2 GoStatus. */
    public status: number,
    public seq: Seq,
  ) {
    super();
  }
}

export class PState extends RangeState {
  constructor(
    readonly id: number,
    /** tracev2 ProcStatus. */
    public status: number,
    public seq: Seq,
  ) {
    super();
  }
}

export interface MState {
  g: number;
  p: number;
}

/** Constraints of validateCtx: 0 must not have, 1 may have, 2 must have. */
export type Reqs = readonly [m: 0 | 1 | 2, p: 0 | 1 | 2, g: 0 | 1 | 2];
export const USER_GO_REQS: Reqs = [2, 2, 2];

export function validateCtx(ctx: Ctx, [m, p, g]: Reqs): string | undefined {
  if (m === 2 && ctx.m === NO_ID) return "expected a thread but didn't have one";
  if (m === 0 && ctx.m !== NO_ID) return "expected no thread but had one";
  if (p === 2 && ctx.p === NO_ID) return "expected a proc but didn't have one";
  if (p === 0 && ctx.p !== NO_ID) return "expected no proc but had one";
  if (g === 2 && ctx.g === NO_ID) return "expected a goroutine but didn't have one";
  if (g === 0 && ctx.g !== NO_ID) return "expected no goroutine but had one";
  return undefined;
}

/** tracev2 status constants. */
export const GoStatus = { Runnable: 1, Running: 2, Syscall: 3, Waiting: 4 } as const;
export const ProcStatus = { Running: 1, Idle: 2, Syscall: 3, SyscallAbandoned: 4 } as const;
