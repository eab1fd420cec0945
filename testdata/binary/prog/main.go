// Command prog is the test program for panicscope's binary reader. Its modes:
//
//	panic    panics inside a chain of inlined calls (leaf ← middle ← outer)
//	segv     dereferences a nil *Inner through a struct field (addr=0x18)
//	callers  prints, for a stack with inlined frames, the entry of the innermost function
//	         ("entry\t0x…"), the PCs as a program would log them ("list\t[0x… 0x…]"),
//	         each PC runtime.Callers returned ("pc\t0x…") and the frames
//	         runtime.CallersFrames made of them ("frame\tpc\tfunc\tfile\tline")
//	profile  prints a debug=1 goroutine profile with workers blocked inside an inlined call
//	sleep    blocks forever (for SIGQUIT/SIGABRT dumps)
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"example.com/dep"
)

type Inner struct {
	A, B, C int
	Val     int
}

type Outer struct {
	Name  string
	Inner *Inner
}

var sink int

func leaf(s string) int {
	if len(s) == 3 {
		panic("leaf: " + s)
	}
	return len(s) + dep.Double(len(s))
}

func middle(s string) int {
	return leaf(s) + 1
}

//go:noinline
func outer(s string) int {
	return middle(s) * 3
}

//go:noinline
func useOuter(o *Outer) int {
	return o.Inner.Val
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

func printCallers() {
	pcs := callersOuter()
	fmt.Printf("entry\t%#x\n", runtime.FuncForPC(pcs[0]-1).Entry())
	fmt.Printf("list\t%#x\n", pcs)
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
}

func receive(c chan int) int {
	return <-c
}

//go:noinline
func worker(c chan int) {
	sink += receive(c)
}

func profile() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go worker(c)
	}
	time.Sleep(200 * time.Millisecond)
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
}

func words() int {
	ws := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(ws)
	return len(ws)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: prog panic|segv|callers|sleep")
		os.Exit(2)
	}
	sink = words()
	switch os.Args[1] {
	case "panic":
		sink = outer("abc")
	case "segv":
		sink = useOuter(&Outer{Name: "x"})
	case "callers":
		printCallers()
	case "profile":
		profile()
	case "sleep":
		select {}
	default:
		sink = outer(os.Args[1])
		fmt.Println(sink)
	}
}
