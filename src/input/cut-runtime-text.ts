// A runtime error's fixed text cut by a console's row: the row ends inside one of the texts the
// runtime panics or throws with, and the next line starts with exactly the rest of that text
// (`…or nil pointer deref` then `erence`, `panic: runtime err` then `or: invalid memory …`).
// Only the two together spell the runtime's words, so the second line is the first's rest —
// even when it would read as a line of its own (`reference: goroutine 1 [running]:`, `ror: …`).

/**
 * Texts the runtime prints whole, as in go1.26 src/runtime/error.go (boundsErrorFmt), panic.go
 * (panicmem, panicdivide), chan.go, map.go, alg.go, proc.go (checkdead) and
 * internal/runtime/maps, sync (fatal since go1.14, a panic before): each long enough that a
 * row's end and a line's start spelling it are no chance.
 */
const TEXTS = [
  "runtime error: ",
  "invalid memory address or nil pointer dereference",
  "index out of range",
  "slice bounds out of range",
  "integer divide by zero",
  "send on closed channel",
  "close of closed channel",
  "close of nil channel",
  "assignment to entry in nil map",
  "hash of unhashable type",
  "all goroutines are asleep - deadlock!",
  "concurrent map writes",
  "concurrent map read and map write",
  "concurrent map iteration and map write",
  "sync: unlock of unlocked mutex",
  "sync: negative WaitGroup counter",
  "sync: RUnlock of unlocked RWMutex",
  "unexpected signal during runtime execution",
  // iface.go (TypeAssertionError.Error), panic.go (fatal errors' headline, printpanics).
  "interface conversion: ",
  "fatal error: ",
  // traceback.go goroutineheader: taken only with the goroutine's number and `[` after it.
  "goroutine ",
];

/** What must follow a text in the rest for the cut to be taken: a goroutine header's number. */
const THEN: Record<string, RegExp> = { "goroutine ": /^\d+ \[/ };

/**
 * Whether `row` ends with a text's start, at a word's start, and `rest` starts with the same
 * text's rest: the runtime's words cut across two rows.
 */
export function cutsRuntimeText(row: string, rest: string): boolean {
  if (rest === "" || row === "") return false;
  const first = rest[0] as string;
  const last = row.charCodeAt(row.length - 1);
  for (const text of TEXTS) {
    // Each cut point k whose two sides match the two ends: the rest's first character first.
    for (let k = text.indexOf(first, 1); k !== -1; k = text.indexOf(first, k + 1)) {
      if (text.charCodeAt(k - 1) !== last) continue;
      const tail = text.slice(k);
      // A rest that is only a blank says nothing: many lines start with one.
      if (tail.trim() === "" || !rest.startsWith(tail) || !row.endsWith(text.slice(0, k))) continue;
      if (THEN[text]?.test(rest.slice(tail.length)) === false) continue;
      // The text starts a word in the row: `…xruntime err` is no runtime error.
      const before = row.length - k - 1;
      if (before < 0 || !/\w/.test(row[before] as string)) return true;
    }
  }
  return false;
}
