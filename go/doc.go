// Package panicscope reports the crashes of a Go program to a panicscope server.
//
// One line at the top of main:
//
//	func main() {
//		panicscope.Start(panicscope.Config{Server: "https://crashes.example.com", Token: token, Release: "1.4.2"})
//		…
//	}
//
// Start re-executes the program as a small monitor process and points
// runtime/debug.SetCrashOutput at it, so every way the program can die with
// output from the runtime (an unrecovered panic in any goroutine, concurrent
// map writes, out of memory, deadlock, stack overflow, a fatal signal in cgo)
// reaches the monitor, which spools the text to disk and uploads it.
//
// Recovered panics are reported by [Recover], [Go] and [Handler] in the same
// text form as the runtime's own tracebacks.
//
// The wire format is in PROTOCOL.md next to this file.
package panicscope
