// The one-line message of a crash: what the program died of.

import type { Crash } from "../model.js";

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
  if (crash.signal !== undefined) {
    const { name, description } = crash.signal;
    return description === "" ? name : `${name}: ${description}`;
  }
  if (crash.kind === "dump") return `goroutine dump (${crash.goroutineCount} goroutines)`;
  return "";
}
