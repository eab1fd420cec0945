// Values the runtime prints on the lines around a headline (crash.notes): the stack limit
// before `stack overflow`, the request before `out of memory`, the address before `fault`…
// Formats from runtime/stack.go, mheap.go, signal_unix.go, panic.go, proc.go, os_linux.go,
// mbitmap.go, mgcsweep.go, traceback.go (go1.17 → go1.27).

import type { Values } from "./rule.js";

const READERS: RegExp[] = [
  /^runtime: goroutine stack exceeds (?<stackLimit>\d+)-byte limit$/,
  /^runtime: sp=(?<sp>0x[0-9a-f]+) stack=\[(?<stackLow>0x[0-9a-f]+), (?<stackHigh>0x[0-9a-f]+)\]$/,
  /^runtime: out of memory: cannot allocate (?<requested>\d+)-byte block \((?<inUse>\d+) in use\)$/,
  /^runtime: VirtualAlloc of (?<requested>\d+) bytes failed with errno=(?<errno>\d+)$/,
  /^unexpected fault address (?<faultAddress>0x[0-9a-f]+)$/,
  /^accessed data from freed user arena (?<arenaAddress>0x[0-9a-f]+)$/,
  /^preempt off reason: (?<preemptOffReason>.+)$/,
  /^runtime: program exceeds (?<threadLimit>\d+)-thread limit$/,
  /^runtime: failed to create new OS thread \((?:have (?<threads>\d+) already; )?errno=(?<errno>-?\d+)\)$/,
  /^runtime: bad pointer in frame (?<badPointerFrame>\S+) at (?<badPointerAddress>0x[0-9a-f]+): (?<badPointerValue>0x[0-9a-f]+)$/,
  /^runtime: pointer (?<badPointer>0x[0-9a-f]+) to (?:unallocated span|unused region of span)/,
  /^runtime: found in object at \*\((?<objectBase>0x[0-9a-f]+)\+(?<objectOffset>0x[0-9a-f]+)\)$/,
  /^runtime: marked free object in span (?<span>0x[0-9a-f]+), elemsize=(?<elemSize>\d+)/,
  /^runtime: (?:g (?<unwindGoroutine>\d+): )?unexpected return pc for (?<unwindFunction>\S+) called from (?<returnPc>0x[0-9a-f]+)$/,
  /^signal (?<signalNumber>\d+) received but handler not on signal stack$/,
  /^instruction bytes: (?<instructionBytes>[0-9a-fx ]+)$/,
  /^runtime: memory allocated by OS \[.*\) not in usable address space: (?<reason>.+)$/,
];

/** The values of every known note line of a crash (the first one wins for a name). */
export function readNotes(notes: readonly { text: string }[]): Values {
  const values: Values = {};
  for (const note of notes) {
    // Notes are few and short: the crash's own lines around the headline.
    const text = note.text.length > 1000 ? note.text.slice(0, 1000) : note.text;
    for (const reader of READERS) {
      const match = reader.exec(text);
      if (match === null) continue;
      for (const [name, value] of Object.entries(match.groups ?? {})) {
        if (value !== undefined && values[name] === undefined) values[name] = value;
      }
      break;
    }
  }
  return values;
}
