// The merged events of an old-format trace, held whole (as Go holds them) in typed arrays: 57
// bytes an event where an object took about 120, so a 35 MB trace of 7 million events fits in
// a few hundred MB. `at(i)` is a view through which the passes read and write one event.

import type { V1Event } from "./old-decode.js";

export class V1Store {
  length = 0;
  readonly type: Uint8Array;
  readonly ts: Float64Array;
  readonly p: Int32Array;
  readonly g: Float64Array;
  readonly a0: Float64Array;
  readonly a1: Float64Array;
  readonly a2: Float64Array;
  readonly a3: Float64Array;
  readonly stk: Uint32Array;

  /** capacity: an upper bound of the events to come (the decoder counted them). */
  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.ts = new Float64Array(capacity);
    this.p = new Int32Array(capacity);
    this.g = new Float64Array(capacity);
    this.a0 = new Float64Array(capacity);
    this.a1 = new Float64Array(capacity);
    this.a2 = new Float64Array(capacity);
    this.a3 = new Float64Array(capacity);
    this.stk = new Uint32Array(capacity);
  }

  push(ev: V1Event): void {
    const i = this.length++;
    this.type[i] = ev.type;
    this.ts[i] = ev.ts;
    this.p[i] = ev.p;
    this.g[i] = ev.g;
    this.a0[i] = ev.a0;
    this.a1[i] = ev.a1;
    this.a2[i] = ev.a2;
    this.a3[i] = ev.a3;
    this.stk[i] = ev.stk;
  }

  /** A view of event i: reads and writes go to the store. */
  at(i: number): V1Event {
    return new V1View(this, i);
  }
}

class V1View implements V1Event {
  constructor(
    private readonly s: V1Store,
    private readonly i: number,
  ) {}
  get type(): number {
    return this.s.type[this.i] as number;
  }
  set type(v: number) {
    this.s.type[this.i] = v;
  }
  get ts(): number {
    return this.s.ts[this.i] as number;
  }
  set ts(v: number) {
    this.s.ts[this.i] = v;
  }
  get p(): number {
    return this.s.p[this.i] as number;
  }
  set p(v: number) {
    this.s.p[this.i] = v;
  }
  get g(): number {
    return this.s.g[this.i] as number;
  }
  set g(v: number) {
    this.s.g[this.i] = v;
  }
  get a0(): number {
    return this.s.a0[this.i] as number;
  }
  set a0(v: number) {
    this.s.a0[this.i] = v;
  }
  get a1(): number {
    return this.s.a1[this.i] as number;
  }
  set a1(v: number) {
    this.s.a1[this.i] = v;
  }
  get a2(): number {
    return this.s.a2[this.i] as number;
  }
  set a2(v: number) {
    this.s.a2[this.i] = v;
  }
  get a3(): number {
    return this.s.a3[this.i] as number;
  }
  set a3(v: number) {
    this.s.a3[this.i] = v;
  }
  get stk(): number {
    return this.s.stk[this.i] as number;
  }
  set stk(v: number) {
    this.s.stk[this.i] = v;
  }
}
