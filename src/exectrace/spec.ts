// The wire event table of the Go 1.22+ execution trace, as data.
// Source: Go 1.26 src/internal/trace/tracev2/events.go (type numbers, argument lists, which
// argument is a stack or string id) and src/internal/trace/version/version.go (which types
// each header allows). Older releases only append to this table.

/** Event type bytes of the framing and of the timed events. */
export const Ev = {
  EventBatch: 1,
  Stacks: 2,
  Stack: 3,
  Strings: 4,
  String: 5,
  CPUSamples: 6,
  CPUSample: 7,
  Frequency: 8,
  ProcsChange: 9,
  ProcStart: 10,
  ProcStop: 11,
  ProcSteal: 12,
  ProcStatus: 13,
  GoCreate: 14,
  GoCreateSyscall: 15,
  GoStart: 16,
  GoDestroy: 17,
  GoDestroySyscall: 18,
  GoStop: 19,
  GoBlock: 20,
  GoUnblock: 21,
  GoSyscallBegin: 22,
  GoSyscallEnd: 23,
  GoSyscallEndBlocked: 24,
  GoStatus: 25,
  STWBegin: 26,
  STWEnd: 27,
  GCActive: 28,
  GCBegin: 29,
  GCEnd: 30,
  GCSweepActive: 31,
  GCSweepBegin: 32,
  GCSweepEnd: 33,
  GCMarkAssistActive: 34,
  GCMarkAssistBegin: 35,
  GCMarkAssistEnd: 36,
  HeapAlloc: 37,
  HeapGoal: 38,
  GoLabel: 39,
  UserTaskBegin: 40,
  UserTaskEnd: 41,
  UserRegionBegin: 42,
  UserRegionEnd: 43,
  UserLog: 44,
  GoSwitch: 45,
  GoSwitchDestroy: 46,
  GoCreateBlocked: 47,
  GoStatusStack: 48,
  ExperimentalBatch: 49,
  Sync: 50,
  ClockSnapshot: 51,
  EndOfGeneration: 52,
  /** Not on the wire: the reader's own Sync event (Go's evSync = ^EventType(0)). */
  SyncEvent: 255,
} as const;

/** The kinds of Go's reader (internal/trace/event.go EventKind), named as it prints them. */
export type EventKind =
  | "Sync"
  | "Metric"
  | "Label"
  | "StackSample"
  | "RangeBegin"
  | "RangeActive"
  | "RangeEnd"
  | "TaskBegin"
  | "TaskEnd"
  | "RegionBegin"
  | "RegionEnd"
  | "Log"
  | "StateTransition"
  | "Experimental";

export interface EventSpec {
  name: string;
  /** Arguments after the timestamp delta (timed events) or all arguments (framing). */
  args: number;
  timed: boolean;
  /** Index (after dt) of the argument that is the event's own stack id, or -1. */
  stackArg: number;
  /** The begin event of a range end/active event, or 0. */
  startEv: number;
  kind?: EventKind;
}

function timed(
  name: string,
  args: number,
  kind: EventKind | undefined,
  stackArg = -1,
  startEv = 0,
): EventSpec {
  return { name, args, timed: true, stackArg, startEv, kind };
}

const table: Array<EventSpec | undefined> = [];
table[Ev.ProcsChange] = timed("ProcsChange", 2, "Metric", 1);
table[Ev.ProcStart] = timed("ProcStart", 2, "StateTransition");
table[Ev.ProcStop] = timed("ProcStop", 0, "StateTransition");
table[Ev.ProcSteal] = timed("ProcSteal", 3, "StateTransition");
table[Ev.ProcStatus] = timed("ProcStatus", 2, "StateTransition");
table[Ev.GoCreate] = timed("GoCreate", 3, "StateTransition", 2);
table[Ev.GoCreateSyscall] = timed("GoCreateSyscall", 1, "StateTransition");
table[Ev.GoStart] = timed("GoStart", 2, "StateTransition");
table[Ev.GoDestroy] = timed("GoDestroy", 0, "StateTransition");
table[Ev.GoDestroySyscall] = timed("GoDestroySyscall", 0, "StateTransition");
table[Ev.GoStop] = timed("GoStop", 2, "StateTransition", 1);
table[Ev.GoBlock] = timed("GoBlock", 2, "StateTransition", 1);
table[Ev.GoUnblock] = timed("GoUnblock", 3, "StateTransition", 2);
table[Ev.GoSyscallBegin] = timed("GoSyscallBegin", 2, "StateTransition", 1);
table[Ev.GoSyscallEnd] = timed("GoSyscallEnd", 0, "StateTransition", -1, Ev.GoSyscallBegin);
table[Ev.GoSyscallEndBlocked] = timed(
  "GoSyscallEndBlocked",
  0,
  "StateTransition",
  -1,
  Ev.GoSyscallBegin,
);
table[Ev.GoStatus] = timed("GoStatus", 3, "StateTransition");
table[Ev.STWBegin] = timed("STWBegin", 2, "RangeBegin", 1);
table[Ev.STWEnd] = timed("STWEnd", 0, "RangeEnd", -1, Ev.STWBegin);
table[Ev.GCActive] = timed("GCActive", 1, "RangeActive", -1, Ev.GCBegin);
table[Ev.GCBegin] = timed("GCBegin", 2, "RangeBegin", 1);
table[Ev.GCEnd] = timed("GCEnd", 1, "RangeEnd", -1, Ev.GCBegin);
table[Ev.GCSweepActive] = timed("GCSweepActive", 1, "RangeActive", -1, Ev.GCSweepBegin);
table[Ev.GCSweepBegin] = timed("GCSweepBegin", 1, "RangeBegin", 0);
table[Ev.GCSweepEnd] = timed("GCSweepEnd", 2, "RangeEnd", -1, Ev.GCSweepBegin);
table[Ev.GCMarkAssistActive] = timed(
  "GCMarkAssistActive",
  1,
  "RangeActive",
  -1,
  Ev.GCMarkAssistBegin,
);
table[Ev.GCMarkAssistBegin] = timed("GCMarkAssistBegin", 1, "RangeBegin", 0);
table[Ev.GCMarkAssistEnd] = timed("GCMarkAssistEnd", 0, "RangeEnd", -1, Ev.GCMarkAssistBegin);
table[Ev.HeapAlloc] = timed("HeapAlloc", 1, "Metric");
table[Ev.HeapGoal] = timed("HeapGoal", 1, "Metric");
table[Ev.GoLabel] = timed("GoLabel", 1, "Label");
table[Ev.UserTaskBegin] = timed("UserTaskBegin", 4, "TaskBegin", 3);
table[Ev.UserTaskEnd] = timed("UserTaskEnd", 2, "TaskEnd", 1);
table[Ev.UserRegionBegin] = timed("UserRegionBegin", 3, "RegionBegin", 2);
table[Ev.UserRegionEnd] = timed("UserRegionEnd", 3, "RegionEnd", 2, Ev.UserRegionBegin);
table[Ev.UserLog] = timed("UserLog", 4, "Log", 3);
table[Ev.GoSwitch] = timed("GoSwitch", 2, "StateTransition");
table[Ev.GoSwitchDestroy] = timed("GoSwitchDestroy", 2, "StateTransition");
table[Ev.GoCreateBlocked] = timed("GoCreateBlocked", 3, "StateTransition", 2);
table[Ev.GoStatusStack] = timed("GoStatusStack", 4, "StateTransition", 3);
table[Ev.ClockSnapshot] = timed("ClockSnapshot", 3, undefined);
// The AllocFree experiment (GODEBUG=traceallocfree=1), types 128..136: Go 1.23+.
const allocFree: Array<[string, number]> = [
  ["Span", 3],
  ["SpanAlloc", 3],
  ["SpanFree", 1],
  ["HeapObject", 2],
  ["HeapObjectAlloc", 2],
  ["HeapObjectFree", 1],
  ["GoroutineStack", 2],
  ["GoroutineStackAlloc", 2],
  ["GoroutineStackFree", 1],
];
allocFree.forEach(([name, args], i) => {
  table[128 + i] = timed(name, args, "Experimental");
});

export const EXPERIMENT_NAMES = ["None", "AllocFree"];

/** The spec of a timed event type the given format version allows, or undefined. */
export function timedSpec(version: number, type: number): EventSpec | undefined {
  const spec = table[type];
  if (spec === undefined || !spec.timed) return undefined;
  if (type >= 128) return version >= 23 ? spec : undefined;
  return type <= lastTypeOf(version) ? spec : undefined;
}

/** Any spec by type (for names in messages). */
export function specOf(type: number): EventSpec | undefined {
  return table[type];
}

/** version.go: 1.22 ends at UserLog, 1.23 at ExperimentalBatch, 1.25 at ClockSnapshot. */
function lastTypeOf(version: number): number {
  if (version === 22) return Ev.UserLog;
  if (version === 23) return Ev.ExperimentalBatch;
  if (version === 25) return Ev.ClockSnapshot;
  return Ev.EndOfGeneration;
}

/** The largest number of arguments after dt (UserTaskBegin, UserLog, GoStatusStack: 4). */
export const MAX_ARGS = 4;
/** tracev2/events.go limits. */
export const MAX_BATCH_SIZE = 64 << 10;
export const MAX_FRAMES_PER_STACK = 128;
export const MAX_STRING_SIZE = 1 << 10;
