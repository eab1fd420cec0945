// The coarse category of a crash, read from its message (texts from runtime/error.go,
// panic.go, chan.go, map*.go, proc.go, signal_unix.go and sync, go1.17 → go1.27; see
// ../shared/reference/runtime-messages.json). The full rule catalogue refines this.

import type { Category, Crash, Goroutine } from "../model.js";

/** Prefix → category for panic values the runtime or the standard library raise. */
const PANIC_PREFIXES: [string, Category][] = [
  ["runtime error: invalid memory address or nil pointer dereference", "nil-deref"],
  ["runtime error: index out of range", "index-out-of-range"],
  ["runtime error: slice bounds out of range", "slice-bounds"],
  ["runtime error: cannot convert slice with length", "slice-bounds"],
  ["assignment to entry in nil map", "nil-map-write"],
  ["interface conversion: ", "type-assertion"],
  ["close of closed channel", "closed-channel-close"],
  ["send on closed channel", "closed-channel-send"],
  ["close of nil channel", "nil-channel-close"],
  ["runtime error: integer divide by zero", "divide-by-zero"],
  ["runtime error: integer overflow", "divide-by-zero"],
  ["runtime error: floating point error", "divide-by-zero"],
  ["sync: negative WaitGroup counter", "sync-misuse"],
  ["sync: WaitGroup is reused before previous Wait has returned", "sync-misuse"],
  ["sync: WaitGroup misuse", "sync-misuse"],
  ["test timed out after ", "test-timeout"],
  ["runtime error: cgo argument has Go pointer", "cgo-crash"],
  ["runtime error: cgo result has Go pointer", "cgo-crash"],
  ["runtime error: argument of cgo function has Go pointer", "cgo-crash"],
  ["runtime error: cgo result is unpinned Go pointer", "cgo-crash"],
  ["runtime error: unsafe.", "bad-pointer"],
];

/** Prefix → category for `fatal error:` messages. */
const FATAL_PREFIXES: [string, Category][] = [
  ["concurrent map ", "concurrent-map"],
  ["small map with no empty slot (concurrent map writes?)", "concurrent-map"],
  ["all goroutines are asleep", "deadlock"],
  ["no goroutines (main called runtime.Goexit)", "deadlock"],
  ["out of memory", "out-of-memory"],
  ["runtime: out of memory", "out-of-memory"],
  ["runtime: cannot allocate memory", "out-of-memory"],
  ["runtime: cannot map pages in arena address space", "out-of-memory"],
  ["stack overflow", "stack-overflow"],
  ["runtime: split stack overflow", "stack-overflow"],
  ["morestack on g0", "stack-overflow"],
  ["unexpected signal during runtime execution", "unexpected-signal"],
  ["fault", "bad-pointer"],
  ["invalid pointer found on stack", "bad-pointer"],
  ["found bad pointer in Go heap", "bad-pointer"],
  ["found pointer to free object", "bad-pointer"],
  ["checkptr: ", "bad-pointer"],
  ["sync: unlock of unlocked mutex", "sync-misuse"],
  ["sync: RUnlock of unlocked RWMutex", "sync-misuse"],
  ["sync: Unlock of unlocked RWMutex", "sync-misuse"],
  ["sync: inconsistent mutex state", "sync-misuse"],
  ["Go pointer stored into non-Go memory", "cgo-crash"],
  ["unpinned Go pointer stored into non-Go memory", "cgo-crash"],
  ["cgo callback before cgo call", "cgo-crash"],
];

/** A runtime error the table does not name is still the runtime's, not the program's choice. */
const RUNTIME_ERROR = "runtime error: ";

export function categoryOfPanic(value: string): Category {
  for (const [prefix, category] of PANIC_PREFIXES) {
    if (value.startsWith(prefix)) return category;
  }
  if (
    value.startsWith("value method ") &&
    value.endsWith(" pointer") &&
    value.includes(" called using nil *")
  ) {
    return "nil-deref";
  }
  if (
    value.startsWith(RUNTIME_ERROR) &&
    !value.startsWith("runtime error: panic called with nil")
  ) {
    return "other";
  }
  return "custom-panic";
}

export function categoryOfFatal(message: string): Category {
  for (const [prefix, category] of FATAL_PREFIXES) {
    if (message === prefix || message.startsWith(prefix)) {
      // `fault` must be the whole message; other prefixes may carry details after them.
      if (prefix === "fault" && message !== "fault") continue;
      return category;
    }
  }
  return "other";
}

/** Whether a goroutine was inside a cgo call (C code) when it stopped. */
export function inCgo(goroutine: Goroutine | null): boolean {
  if (goroutine === null) return false;
  return goroutine.frames.some(
    (frame) =>
      frame.func === "runtime.cgocall" ||
      frame.func === "runtime.asmcgocall" ||
      frame.func.includes("._Cfunc_") ||
      frame.func === "non-Go function",
  );
}

export function categorize(crash: Crash): Category {
  switch (crash.kind) {
    case "race":
      return "data-race";
    case "test-timeout":
      return "test-timeout";
    case "dump":
      return "goroutine-dump";
    case "signal":
      if (crash.signal?.duringCgo === true || inCgo(crash.crashing)) return "cgo-crash";
      return "unexpected-signal";
    default:
      break;
  }
  // A fatal error decides the category even after a panic (go1.26+ prints the pending panic
  // first): it is what killed the program, recover could not stop it, and go1.17–1.25 print
  // only the fatal error for the same program.
  if (crash.fatal !== undefined) {
    const category = categoryOfFatal(crash.fatal);
    if (
      category === "unexpected-signal" &&
      (crash.signal?.duringCgo === true || inCgo(crash.crashing))
    ) {
      return "cgo-crash";
    }
    return category;
  }
  const first = crash.panics[0];
  return first === undefined ? "other" : categoryOfPanic(first.value);
}
