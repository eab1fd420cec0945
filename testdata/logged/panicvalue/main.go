// A program that re-panics with a value holding a stack in gin's shape (as a handler might wrap a
// recovered panic): the `file.go:LINE (0xPC)` lines are part of a panic value, not a logged stack.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func callers() string {
	var b strings.Builder
	pcs := make([]uintptr, 8)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Fprintf(&b, "%s:%d (0x%x)\n", f.File, f.Line, f.PC)
		if !more {
			break
		}
	}
	return b.String()
}

func main() {
	panic(fmt.Sprintf("wrapped failure:\n%s", callers()))
}
