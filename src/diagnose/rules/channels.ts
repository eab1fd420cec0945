// Channel misuse (runtime/chan.go closechan, chansend). Until go1.3 the C runtime raised these
// with runtime·panicstring, which prefixes `runtime error: ` (go1.2 src/pkg/runtime/chan.c,
// go1.3 src/pkg/runtime/chan.goc); go1.4–go1.6 chan.go panicked with a plain string and go1.7
// made it a plainError — the text without prefix, a runtime.Error again (go1.4.3, go1.6,
// go1.7.4 src/runtime/chan.go).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_CHANNEL = [
  "The crash site (`frame`) is the `close` or send; search for every other `close(` of the same channel.",
  "`go test -race ./...` often shows the goroutines racing to close or send.",
];

const CLOSE_CLOSED: Explanation = {
  title: "Close of closed channel",
  what: "`close(ch)` was called on a channel that was already closed. A channel can be closed once; the second close panics.",
  mechanism: [
    {
      until: "go1.3",
      text: 'The C runtime raised it with `runtime·panicstring("close of closed channel")` (`runtime·closechan`): a `runtime.Error` whose text carries the prefix, so the headline reads `panic: runtime error: close of closed channel` and the panic frame is `runtime.panic(…)` in panic.c.',
    },
    {
      since: "go1.4",
      until: "go1.6",
      text: 'runtime/chan.go panicked with the plain string `"close of closed channel"` (no prefix): `recover()` returns a `string`, not a `runtime.Error`.',
    },
    {
      since: "go1.7",
      text: '`runtime.closechan` finds the channel\'s `closed` flag set and panics with `plainError("close of closed channel")` (a `runtime.Error`). The crash site is the second close; the first one is elsewhere and not in the stack.',
    },
  ],
  causes: [
    "Several goroutines (workers, producers) each closing a shared channel when they finish.",
    "A `Close`/`Stop` method that closes a done channel and is called twice (by a defer and by the caller, or by two shutdown paths).",
    "Closing from the receiving side while the sender also closes.",
  ],
  fix: "Let exactly one owner close a channel — the single sender, or a coordinator that waits for all senders with a `sync.WaitGroup`. For idempotent shutdown, wrap the close in `sync.Once`.",
  example: `type Stopper struct {
	once sync.Once
	done chan struct{}
}

func (s *Stopper) Stop() { s.once.Do(func() { close(s.done) }) }

// several senders: close after all of them are done
go func() { wg.Wait(); close(results) }()`,
  confirm: CONFIRM_CHANNEL,
};

const SEND_CLOSED: Explanation = {
  title: "Send on closed channel",
  what: "A goroutine sent on a channel that was already closed. Receiving from a closed channel is fine (it yields the zero value); sending panics, also when the send was blocked and the channel was closed while it waited.",
  mechanism: [
    {
      until: "go1.3",
      text: 'The C runtime raised it with `runtime·panicstring("send on closed channel")` (`runtime·chansend`, and `selectgo` for a send case): a `runtime.Error` whose text carries the prefix, so the headline reads `panic: runtime error: send on closed channel` and the panic frame is `runtime.panic(…)` in panic.c.',
    },
    {
      since: "go1.4",
      until: "go1.6",
      text: 'runtime/chan.go panicked with the plain string `"send on closed channel"` (no prefix): `recover()` returns a `string`, not a `runtime.Error`.',
    },
    {
      since: "go1.7",
      text: '`runtime.chansend` checks the channel\'s `closed` flag under its lock and panics with `plainError("send on closed channel")` (a `runtime.Error`). A sender blocked on a full channel is woken by `close` and panics as well. A `select` case sending on a closed channel panics the same way.',
    },
  ],
  causes: [
    "The receiver (or a shutdown path) closes the channel while producers are still sending.",
    "Producers started in a loop and the channel closed after the loop, without waiting for them.",
    "A timeout path that closes a result channel that a slow worker later sends to.",
  ],
  fix: "Close a channel only from the sending side, after every sender has stopped (a `sync.WaitGroup` over the senders, then `close`). To tell producers to stop, close a separate `done` channel (or cancel a `context.Context`) that they select on.",
  example: `var wg sync.WaitGroup
for _, job := range jobs {
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case results <- do(job):
		case <-ctx.Done():
		}
	}()
}
go func() { wg.Wait(); close(results) }()`,
  confirm: CONFIRM_CHANNEL,
};

const CLOSE_NIL: Explanation = {
  title: "Close of nil channel",
  what: "`close(ch)` was called on a nil channel — one declared but never created with `make`.",
  mechanism: [
    {
      until: "go1.3",
      text: 'The C runtime raised it with `runtime·panicstring("close of nil channel")` (`runtime·closechan`): a `runtime.Error` whose text carries the prefix, so the headline reads `panic: runtime error: close of nil channel` and the panic frame is `runtime.panic(…)` in panic.c.',
    },
    {
      since: "go1.4",
      until: "go1.6",
      text: 'runtime/chan.go panicked with the plain string `"close of nil channel"` (no prefix): `recover()` returns a `string`, not a `runtime.Error`.',
    },
    {
      since: "go1.7",
      text: '`runtime.closechan` panics with `plainError("close of nil channel")` (a `runtime.Error`). Sending to or receiving from a nil channel does not panic: it blocks forever (goroutine state `chan send (nil chan)` / `chan receive (nil chan)`).',
    },
  ],
  causes: [
    "A struct's channel field never initialised (`&Server{}` instead of a constructor that makes `done`).",
    "A channel set to nil to disable a `select` case, then closed by cleanup code.",
  ],
  fix: "Create the channel in the constructor, or guard the close with a nil check where nil is a legal state.",
  example: `func NewServer() *Server {
	return &Server{done: make(chan struct{})}
}`,
  confirm: CONFIRM_CHANNEL,
};

export const CHANNEL_RULES: Rule[] = [
  rule({
    id: "close-of-closed-channel",
    category: "closed-channel-close",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^(?:runtime error: )?close of closed channel$/,
    eras: [
      // go1.2 src/pkg/runtime/chan.c, go1.3 src/pkg/runtime/chan.goc: runtime·panicstring.
      { text: /^runtime error: /, since: "go1.1", until: "go1.3" },
      // go1.4.3, go1.6 src/runtime/chan.go: panic("close of closed channel"); go1.7.4: plainError.
      { text: /^close of closed channel$/, since: "go1.4" },
    ],
    explanation: CLOSE_CLOSED,
  }),
  rule({
    id: "send-on-closed-channel",
    category: "closed-channel-send",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^(?:runtime error: )?send on closed channel$/,
    eras: [
      // go1.2 src/pkg/runtime/chan.c, go1.3 src/pkg/runtime/chan.goc: runtime·panicstring.
      { text: /^runtime error: /, since: "go1.1", until: "go1.3" },
      // go1.4.3, go1.6 src/runtime/chan.go: panic("send on closed channel"); go1.7.4: plainError.
      { text: /^send on closed channel$/, since: "go1.4" },
    ],
    explanation: SEND_CLOSED,
  }),
  rule({
    id: "close-of-nil-channel",
    category: "nil-channel-close",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^(?:runtime error: )?close of nil channel$/,
    eras: [
      // go1.2 src/pkg/runtime/chan.c, go1.3 src/pkg/runtime/chan.goc: runtime·panicstring.
      { text: /^runtime error: /, since: "go1.1", until: "go1.3" },
      // go1.4.3, go1.6 src/runtime/chan.go: panic("close of nil channel"); go1.7.4: plainError.
      { text: /^close of nil channel$/, since: "go1.4" },
    ],
    explanation: CLOSE_NIL,
  }),
];
