// The diagnosis's own sentences in English (src/i18n/zh/sentences.ts has the same keys in
// Chinese): what the signal means, the warnings, what a waiting goroutine waits for, the place
// a summary ends with. src/diagnose builds the document's sentences from these (the JSON stays
// English); the renderers rebuild them in the reader's language from the same data.

/** Up to the first `. ` or `。`. */
export function firstSentence(text: string): string {
  const stop = text.indexOf(". ");
  const full = text.indexOf("。");
  if (full !== -1 && (stop === -1 || full < stop)) return text.slice(0, full + 1);
  return stop === -1 ? text : text.slice(0, stop + 1);
}

export const EN_SENTENCES = {
  // ── the signal (src/diagnose/signal.ts) ──
  sentByOther: (signal: string) =>
    `${signal} was sent by another process (kill, a supervisor, go test's timeout), not raised by the program's own code.`,
  sentToSelf: (signal: string) =>
    `The process sent ${signal} to itself (abort() or raise(), usually in C code or the runtime's own crash).`,
  queued: (signal: string) => `${signal} was queued by another process (sigqueue).`,
  busNil: "A nil pointer was dereferenced (the fault address is within the first page).",
  busTruncated: (addr: string) =>
    `The address ${addr} is mapped but has no memory behind it: typically a memory-mapped file that was truncated while mapped.`,
  busMisaligned:
    "A misaligned access: the address is not aligned for the instruction that used it.",
  busError: "A bus error: the memory at the address could not be accessed.",
  fpeIntDiv: "The CPU trapped an integer division by zero.",
  fpeIntOverflow: "The CPU trapped an integer overflow.",
  fpeFloat:
    "The CPU raised a floating-point exception (exceptions were unmasked, usually by C code).",
  abort:
    "The process was aborted (abort(), an assertion in C code, or GOTRACEBACK=crash ending a Go crash).",
  illegal:
    "The CPU met an instruction it cannot execute: a binary built for a newer CPU level (GOAMD64, GOARM) or corrupted code.",
  trap: "A breakpoint or trap instruction was executed (a debugger, or a runtime abort on some platforms).",
  quit: "SIGQUIT asks a Go program to dump its goroutines and exit.",
  received: (signal: string) => `The program received ${signal}.`,
  receivedCode: (signal: string, code: number) => `The program received ${signal} (code ${code}).`,
  segvKernel:
    "A general-protection fault: the CPU refused the address itself (not canonical), and the kernel reports addr=0x0 whatever the real address was. This is a corrupted or wild pointer, not necessarily a nil one.",
  segv: "A segmentation fault.",
  segvNilZero:
    "A nil pointer was dereferenced: the access was at address 0x0, the pointer itself or its first field.",
  segvNilOffset: (addr: string, offset: number) =>
    `A nil pointer was dereferenced: address ${addr} is ${offset} bytes past nil, so the code read or wrote a field (or element) at offset ${offset} of a nil struct (or array) pointer.`,
  segvAccess: (addr: string) =>
    `Address ${addr} is mapped, but not for this kind of access (a write to read-only memory, or executing data).`,
  segvUnmapped: (addr: string) =>
    `Nothing is mapped at ${addr}: a wild, freed or corrupted pointer (not a nil one).`,
  windowsUnknown: (code: string) => `Windows exception ${code}`,
  windowsOther: (what: string) => `${what}.`,
  windowsReading: "reading",
  windowsWriting: "writing",
  windowsExecuting: "executing",
  windowsAccessing: "accessing",
  windowsNil: (what: string, access: string, addr: string) =>
    `${what}: ${access} address ${addr}, within the first page: a nil pointer dereference.`,
  windowsInvalid: (what: string, access: string, addr: string) =>
    `${what}: ${access} address ${addr}, which is not valid for that access.`,

  // ── warnings (src/diagnose/chain.ts, src/diagnose/warnings.ts) ──
  fatalInDefer: (fatal: string, first: string) =>
    `The program died of a fatal error (${fatal}) raised while the panic ${first} was unwinding, in a deferred call; recover cannot stop a fatal error. Fix the first panic, then the deferred code. Go 1.25 and older print only the fatal error.`,
  panicHidPanic: (first: string, last: string) =>
    `A second panic hid the first: ${first} was raised first, and while it unwound a deferred call panicked with ${last}, which is what the program died of. The first panic is the root cause; the deferred code that panicked is a second bug.`,
  panicReplaced: (first: string, last: string) =>
    `The first panic (${first}) was recovered and a new panic raised in its place (${last}): the first one is the root cause.`,
  pendingPanicLost:
    "A panic was in progress when the fatal error happened (a panic(…) frame is on the crashing goroutine's stack), but Go before 1.26 does not print its value: the code below that frame (the root cause shown above) raised it.",
  recoveredBy: (by: string) =>
    `${by} recovered this panic and logged it: the process kept running, only the connection was closed. It is still a bug in the handler, and whatever state the handler was changing may be half-updated.`,
  readReversed:
    "The lines of this trace were pasted in reverse order: panicscope read them bottom-up.",
  noStacks:
    "No goroutine stack was printed: the program ran with GOTRACEBACK=none (or is setuid), or the text was cut after the headline. Run it with GOTRACEBACK=all to see where it crashed.",
  mapSingleGoroutine:
    "Only the crashing goroutine was printed (Go 1.26+ prints one goroutine for fatal errors at the default GOTRACEBACK=single): run with GOTRACEBACK=all to see the goroutines that may have used the map at the same time.",
  zeroInstructions:
    "The instruction bytes at the faulting pc are all zero: the CPU ran memory that holds no code. The executable (or its page in memory) is damaged, or the file was replaced or truncated while the program ran (an in-place update, a full disk, a faulty storage device); reinstall the binary and check the storage.",
  raceOnMap:
    "Both accesses are inside the runtime's map functions: this race is a concurrent map access, which without -race crashes with `fatal error: concurrent map writes` (when the accesses overlap in time).",

  // ── what a waiting goroutine waits for (src/diagnose/blockers.ts) ──
  /** `channel`, `mutex`, `rwmutex`, `waitgroup`, `cond` as a reader names them. */
  object: (object: string) => object,
  selfLock: (goroutine: string, object: string, address: string, offset: number, func: string) =>
    `goroutine ${goroutine} waits for ${object} ${address}, which ${offset === 0 ? "is" : `lies ${offset} bytes into`} the value that ${func}, further down the same stack, is working on: if that call already holds the lock, the goroutine waits for itself (sync.Mutex is not reentrant)`,
  alone: (goroutine: string, state: string, what: string) =>
    `goroutine ${goroutine} [${state}] is the only goroutine: ${what}`,
  aloneWaitGroup:
    "no goroutine is left to call Done: an Add has no matching Done (a goroutine returned early without Done, or Add counted more than was started)",
  aloneReceive: "no goroutine is left that could send on or close the channel",
  aloneSend: "no goroutine is left that could receive from the channel",
  aloneSelect: "no goroutine is left that could make a case of the select ready",
  aloneLock:
    "no goroutine is left that could release what it waits for: the holder exited without unlocking, or this goroutine took the lock earlier",
  children: (goroutine: string, state: string, count: number, childState: string) =>
    `goroutine ${goroutine} [${state}] started ${count === 1 ? "a goroutine that is" : `${count} goroutines that are`} blocked too [${childState}]`,
  sharedWith: (others: number, object: string, address: string) =>
    `${others} other goroutine${others === 1 ? "" : "s"} wait${others === 1 ? "s" : ""} on the same ${object} ${address}`,

  // ── values a summary takes that are words (src/diagnose/prose-values.ts) ──
  mainGoroutine: "the main goroutine",
  goroutine: (id: number) => `goroutine ${id}`,
  sentByAnotherProcess: "sent by another process",
  /** A race detector's access (`read`, `write`) as a summary names it. */
  raceOp: (op: string) => op,

  // ── the summary's place ──
  /** The summary with where it happened: "… at store.go:88 in store.(*Cache).Get." */
  atSite: (summary: string, file: string, line: number, func: string) =>
    `${summary.replace(/\.$/, "")} at ${file}:${line}${func === "" ? "" : ` in ${func}`}.`,
  /**
   * The first sentence of a text (an explanation's `what` as a summary, a fix in one line),
   * whichever language the text is in (a translation may be missing).
   */
  firstSentence: (text: string) => firstSentence(text),
};

export type Sentences = typeof EN_SENTENCES;
