// Command go115 is built by Go 1.15 (pclntab magic 0xfffffffb, the Go 1.2 layout) for a committed
// fixture; see gen.sh. Modes: "panic" panics inside inlined calls, "callers" prints
// runtime.Callers PCs and runtime.CallersFrames frames (as testdata/binary/prog does).
package main

import (
	"fmt"
	"os"
	"runtime"
)

var sink int

func leaf(s string) int {
	if len(s) == 3 {
		panic("leaf: " + s)
	}
	return len(s)
}

func middle(s string) int {
	return leaf(s) + 1
}

//go:noinline
func outer(s string) int {
	return middle(s) * 3
}

func capture() []uintptr {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(1, pcs)
	return pcs[:n]
}

func inlinedCapture() []uintptr {
	return capture()
}

//go:noinline
func callersOuter() []uintptr {
	return inlinedCapture()
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "callers" {
		pcs := callersOuter()
		fmt.Printf("entry\t%#x\n", runtime.FuncForPC(pcs[0]-1).Entry())
		for _, pc := range pcs {
			fmt.Printf("pc\t%#x\n", pc)
		}
		frames := runtime.CallersFrames(pcs)
		for {
			f, more := frames.Next()
			fmt.Printf("frame\t%#x\t%s\t%s\t%d\n", f.PC, f.Function, f.File, f.Line)
			if !more {
				break
			}
		}
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		sink = outer("abc")
	}
	sink = outer("abcd")
}
