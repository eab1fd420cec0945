// The value a panic whose headline a copy lost panicked with, read off its `[signal …]` line
// (holdout-15/nomad-25820: journald lines copied out of vim, the `panic:` line not in the
// copy). The runtime turns a fault in Go code into a panic in sigpanic: a memory fault below
// 0x1000 becomes panicmem's nil dereference (go1.26.8 src/runtime/signal_unix.go sigpanic:
// SIGSEGV, or SIGBUS with BUS_ADRERR; src/runtime/signal_windows.go: an access violation or
// in-page error, 0xc0000005 / 0xc0000006; the same test since go1.4). Any other fault is a
// `fatal error: fault` (or a program's SetPanicOnFault panic), whose value the line cannot tell.

import type { SignalInfo } from "../model.js";
import { signalName } from "./signal.js";

/** sigpanic's faults that panicmem turns into a nil dereference when the address is low. */
const MEMORY_FAULTS = new Set(["SIGSEGV", "SIGBUS", "0xc0000005", "0xc0000006"]);
/** SIGBUS's BUS_ADRERR, the only bus error sigpanic reads as a nil dereference (Linux: 2). */
const BUS_ADRERR = 2;

/** The runtime error a signal in Go code panicked with, or null when the signal cannot say. */
export function signalPanicValue(signal: SignalInfo): string | null {
  // Before go1.7 the line named the signal by its number (`[signal 0xb …]`, holdout-20/go-redis-135).
  const name = signalName(signal.name);
  if (!MEMORY_FAULTS.has(name) || signal.addr === undefined) return null;
  if (name === "SIGBUS" && Number(signal.code) !== BUS_ADRERR) return null;
  const addr = Number.parseInt(signal.addr.replace(/^0x/, ""), 16);
  if (!Number.isFinite(addr) || addr >= 0x1000) return null;
  return "runtime error: invalid memory address or nil pointer dereference";
}
