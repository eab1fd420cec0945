// What the binary says about a core's crash, in the form `analyze --binary` gives it: build info,
// the binary checked against the crash, and the faulting instruction decoded from the original
// fault the crashing goroutine kept (g.sigpc, g.sigcode1), which a traceback printed with
// GOTRACEBACK=single or lost to a truncated log may not show. (The registers at the fault are
// not in the core: GOTRACEBACK=crash's final SIGABRT is delivered on the same signal stack and
// its frame overwrites the SIGSEGV's.)

import { explainFault } from "../binary/fault.js";
import { applyBinary, type BinaryReport } from "../binary/report.js";
import type { Crash } from "../model.js";
import { readG } from "./goroutines.js";
import type { CoreProcess } from "./open.js";

/** The report for `crash` (read from `proc` by crashFromCore); `file` names the binary. */
export function coreBinaryReport(proc: CoreProcess, crash: Crash, file: string): BinaryReport {
  const { report } = applyBinary(crash, proc.bin, file, crash.goVersion);
  report.fault = null;
  const id = crash.crashing?.id;
  if (id === undefined) return report;
  const { mem, layout: L } = proc;
  const addr = proc.allgs.gs.find((a) => mem.word(a + L.g.goid) === id);
  if (addr === undefined) return report;
  const g = readG(mem, L, addr);
  if (g.sig === 0 || g.sigpc === 0) return report;
  report.fault = explainFault(proc.bin, g.sigpc, g.sigcode1, mem.slide) ?? null;
  return report;
}
