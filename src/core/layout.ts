// Byte offsets of the runtime structures the core reader uses, per Go release (64-bit targets;
// amd64 and arm64 share them). Read from each release's DWARF (runtime.g, runtime.gobuf,
// runtime.m, runtime._panic) with testdata/core/goffsets, and checked against every toolchain
// the tests find (test/core/layout.test.ts). The struct definitions are in each release's
// src/runtime/runtime2.go; what moved, and why:
//   1.20: none of these fields (Go 1.20 comes from the module proxy: scripts/proxy-go.sh);
//   1.22: _panic rewritten (recovered and goexit from 48/50 to 96/97);
//   1.23: g.syscallbp added before atomicstatus (+8 from there on);
//   1.24: g.sig moved (+4) by a new byte field before it;
//   1.25: gobuf.ret removed (gobuf 56 → 48 bytes), g.syscallbp kept, g fields back by 8;
//         _panic.repanicked added;
//   1.26: _panic.argp removed (arg 8 → 0, link 24 → 16); g.secret added near sig.

export interface RuntimeLayout {
  /** The releases this layout was measured on. */
  releases: string;
  g: {
    stackLo: number;
    stackHi: number;
    panic: number;
    m: number;
    schedSp: number;
    schedPc: number;
    schedLr: number;
    syscallsp: number;
    syscallpc: number;
    atomicstatus: number;
    goid: number;
    waitsince: number;
    waitreason: number;
    lockedm: number;
    sig: number;
    sigcode0: number;
    sigcode1: number;
    sigpc: number;
    /** Go 1.21+: printed as `created by … in goroutine N`. */
    parentGoid: number | undefined;
    gopc: number;
    startpc: number;
    labels: number;
  };
  m: { procid: number; curg: number };
  /** _panic: the value, the older panic, and the flags printpanics prints or skips by. */
  panic: {
    arg: number;
    link: number;
    recovered: number;
    goexit: number;
    /** Go 1.25+: a recovered value raised again prints once, `[recovered, repanicked]`. */
    repanicked: number | undefined;
  };
  /**
   * runtime.schedt: goidgen (offset 0), lastpoll (the last netpoll time, a nanotime — the
   * freshest clock reading a core keeps), mnext and maxmcount (10000 unless the program changed
   * it), which find the structure when the symbol table is gone.
   */
  sched: { lastpoll: number; mnext: number; maxmcount: number };
  /**
   * g.labels points at a sorted slice of {key, value string} (go1.24+: runtime/pprof labelMap
   * is struct{ LabelSet{ list []label } }); before, at a map[string]string (labels.ts).
   */
  labelList: boolean;
}

const G = 56; // g.sched
const SCHED119 = { lastpoll: 8, mnext: 48, maxmcount: 56 };
/** 1.22 rewrote _panic (open-coded defers run by the panic itself): the flags moved. */
const PANIC122 = { arg: 8, link: 24, recovered: 96, goexit: 97, repanicked: undefined };

function layout(
  releases: string,
  gobufLr: number,
  g: Omit<
    RuntimeLayout["g"],
    "stackLo" | "stackHi" | "panic" | "m" | "schedSp" | "schedPc" | "schedLr"
  >,
  m: RuntimeLayout["m"],
  panic: RuntimeLayout["panic"],
  sched: RuntimeLayout["sched"],
  labelList = false,
): RuntimeLayout {
  return {
    releases,
    g: {
      stackLo: 0,
      stackHi: 8,
      panic: 32,
      m: 48,
      schedSp: G,
      schedPc: G + 8,
      schedLr: G + gobufLr,
      ...g,
    },
    m,
    panic,
    sched,
    labelList,
  };
}

// 1.20 changed none of these fields (it added moduledata.covctrs: panic-value.ts).
const GO119 = layout(
  "go1.19, go1.20",
  40,
  {
    syscallsp: 112,
    syscallpc: 120,
    atomicstatus: 144,
    goid: 152,
    waitsince: 168,
    waitreason: 176,
    lockedm: 232,
    sig: 240,
    sigcode0: 272,
    sigcode1: 280,
    sigpc: 288,
    parentGoid: undefined,
    gopc: 296,
    startpc: 312,
    labels: 360,
  },
  { procid: 72, curg: 192 },
  { arg: 8, link: 24, recovered: 48, goexit: 50, repanicked: undefined },
  SCHED119,
);

const GO121 = layout(
  "go1.21",
  40,
  {
    syscallsp: 112,
    syscallpc: 120,
    atomicstatus: 144,
    goid: 152,
    waitsince: 168,
    waitreason: 176,
    lockedm: 208,
    sig: 216,
    sigcode0: 248,
    sigcode1: 256,
    sigpc: 264,
    parentGoid: 272,
    gopc: 280,
    startpc: 296,
    labels: 344,
  },
  { procid: 72, curg: 192 },
  { arg: 8, link: 24, recovered: 48, goexit: 50, repanicked: undefined },
  SCHED119,
);

const GO122: RuntimeLayout = { ...GO121, releases: "go1.22", panic: PANIC122 };

const GO123 = layout(
  "go1.23",
  40,
  {
    syscallsp: 112,
    syscallpc: 120,
    atomicstatus: 152,
    goid: 160,
    waitsince: 176,
    waitreason: 184,
    lockedm: 216,
    sig: 224,
    sigcode0: 256,
    sigcode1: 264,
    sigpc: 272,
    parentGoid: 280,
    gopc: 288,
    startpc: 304,
    labels: 352,
  },
  { procid: 72, curg: 192 },
  PANIC122,
  SCHED119,
);

const GO124: RuntimeLayout = {
  ...GO123,
  releases: "go1.24",
  g: { ...GO123.g, sig: 228 },
  labelList: true,
};

const GO125 = layout(
  "go1.25",
  32,
  {
    syscallsp: 104,
    syscallpc: 112,
    atomicstatus: 144,
    goid: 152,
    waitsince: 168,
    waitreason: 176,
    lockedm: 208,
    sig: 220,
    sigcode0: 248,
    sigcode1: 256,
    sigpc: 264,
    parentGoid: 272,
    gopc: 280,
    startpc: 296,
    labels: 344,
  },
  { procid: 64, curg: 184 },
  { arg: 8, link: 24, recovered: 96, goexit: 98, repanicked: 97 },
  { lastpoll: 8, mnext: 56, maxmcount: 64 },
  true,
);

const GO126 = layout(
  "go1.26, go1.27",
  32,
  {
    syscallsp: 104,
    syscallpc: 112,
    atomicstatus: 144,
    goid: 152,
    waitsince: 168,
    waitreason: 176,
    lockedm: 208,
    sig: 224,
    sigcode0: 256,
    sigcode1: 264,
    sigpc: 272,
    parentGoid: 280,
    gopc: 288,
    startpc: 304,
    labels: 352,
  },
  { procid: 64, curg: 184 },
  { arg: 0, link: 16, recovered: 88, goexit: 90, repanicked: 89 },
  { lastpoll: 8, mnext: 72, maxmcount: 80 },
  true,
);

/** The layout for Go 1.<minor>, or undefined for a release not measured. */
export function runtimeLayout(minor: number): RuntimeLayout | undefined {
  switch (minor) {
    case 19:
    case 20:
      return GO119;
    case 21:
      return GO121;
    case 22:
      return GO122;
    case 23:
      return GO123;
    case 24:
      return GO124;
    case 25:
      return GO125;
    case 26:
    case 27:
      return GO126;
    default:
      return undefined;
  }
}

export const SUPPORTED_RELEASES = "go1.19–go1.27";
