// A deferred recover that logs no value, only a line of its own and the goroutine's stack as
// runtime.Callers frames (`func` then `\tfile:line`, zap's and pkg/errors' shape): the runtime's
// helpers under runtime.gopanic are the only sign of what was raised.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func logStack() {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Fprintf(os.Stderr, "%s\n\t%s:%d\n", f.Function, f.File, f.Line)
		if !more {
			break
		}
	}
}

func guarded(name string, work func()) {
	defer func() {
		if recover() != nil {
			fmt.Fprintf(os.Stderr, "job %s stopped\n", name)
			logStack()
			fmt.Fprintln(os.Stderr)
		}
	}()
	work()
}

var counts map[string]int

//go:noinline
func count(key string) { counts[key]++ }

//go:noinline
func pick(xs []int, i int) int { return xs[i] }

//go:noinline
func window(xs []int, j int) []int { return xs[:j] }

func main() {
	guarded("count", func() { count("a") })
	guarded("pick", func() { fmt.Println(pick([]int{1}, len(os.Args)+2)) })
	guarded("window", func() { fmt.Println(window(make([]int, 1, 2), len(os.Args)+4)) })
}
