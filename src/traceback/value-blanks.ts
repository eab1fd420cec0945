// A panic value may end in blanks of its own: printpanicval prints a string as it is (go1.18
// src/runtime/error.go), so `panic(fmt.Sprintf("unknown message id %s", id))` with an empty id
// prints `panic: unknown message id ` (holdout-10/dolt-3880). The input cuts every line's
// trailing blanks as paste damage (src/input/unwrap.ts cleanLine), and most are: a terminal or
// an export pads every line. The blanks the headline's line lost are the value's when the line
// that Go ends with a fixed mark under it — the goroutine header (`]:`) or `[signal …]` (`]`) —
// lost none, since padding pads that line too; a blank line in between is read past unless it
// lost blanks itself. A runtime error's text is never the program's: the runtime builds it
// from fixed words, numbers and type names (go1.26.8 src/runtime/error.go: errorString,
// errorAddressString, boundsError all return "runtime error: " and text that ends in no blank),
// so blanks after it are padding however the lines under it look (holdout-11/k9s-3866).

import type { Crash, Panic } from "../model.js";
import { isGoroutineHeader } from "./goroutine-header.js";

interface Pending {
  crash: Crash;
  panic: Panic;
  value: string;
  blanks: string;
  /** The line under the headline that lost no blanks, if it may be the value's next line. */
  under: string | null;
}

export class ValueBlanks {
  private pending: Pending | null = null;

  /** A headline's blanks wait for the line that says whose they are. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** `crash` was opened by a `panic: ` line whose input line ended in `blanks`. */
  opened(crash: Crash, blanks: string): void {
    const panic = crash.panics[0];
    // After ` [recovered]` the blanks are not the value's, nor after `panic: ` alone (a value
    // that starts with a newline, Ginkgo's: the blank is the headline's own).
    if (
      blanks === "" ||
      panic === undefined ||
      panic.value === "" ||
      panic.recovered ||
      panic.value.startsWith("runtime error: ")
    )
      this.pending = null;
    else this.pending = { crash, panic, value: panic.value, blanks, under: null };
  }

  /** The parser's next line, the blanks its input line ended in, and the crash open. */
  next(text: string, blanks: string, open: Crash | null): void {
    const pending = this.pending;
    if (pending === null) return;
    if (open !== pending.crash) {
      this.pending = null;
      return;
    }
    if (pending.under !== null) {
      // The line under the headline, one that lost no blanks, became the value's second line.
      this.pending = null;
      if (pending.panic.value === `${pending.value}\n${pending.under}`)
        pending.panic.value = `${pending.value}${pending.blanks}\n${pending.under}`;
      return;
    }
    if (text === "" && blanks === "") return;
    this.pending = null;
    // A value that went on over more lines keeps what it has: the blanks were its first line's.
    if (pending.panic.value !== pending.value || blanks !== "") return;
    if (text.startsWith("[signal ") || isGoroutineHeader(text))
      pending.panic.value += pending.blanks;
    else if (text !== "") {
      // Go's next line may be the value's own (a value with newlines, printed as it is): it
      // lost no blanks either, so the headline's are the value's — once the line is seen
      // joining the value (holdout-12/juicefs-6974: `slices: ` then a `{id:…}` line per slice).
      pending.under = text;
      this.pending = pending;
    }
  }
}
