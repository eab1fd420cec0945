// The one-line message of a crash: what the program died of.

import type { Crash } from "../model.js";
import { signalTitle } from "./signal.js";

export function crashMessage(crash: Crash): string {
  if (crash.fatal !== undefined) return crash.fatal;
  const last = crash.panics[crash.panics.length - 1];
  if (last !== undefined) return last.value;
  if (crash.kind === "race") {
    const [first, previous] = crash.race?.accesses ?? [];
    if (first === undefined) return "data race";
    const who = (access: { main: boolean; goroutine: number }) =>
      access.main ? "main goroutine" : `goroutine ${access.goroutine}`;
    // Old race reports name no address (`Read by goroutine 171:`, broad/etcd-5155).
    const at = first.addr === "" ? "" : ` at ${first.addr}`;
    const head = `data race: ${first.op}${at} by ${who(first)}`;
    return previous === undefined ? head : `${head}, previous ${previous.op} by ${who(previous)}`;
  }
  // An old release's numbered signal (`[signal 0xb …]`) named as the runtime names it now.
  if (crash.signal !== undefined) return signalTitle(crash.signal);
  if (crash.kind === "dump") return `goroutine dump (${crash.goroutineCount} goroutines)`;
  return "";
}
