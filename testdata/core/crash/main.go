// A program that dies in the ways the core-file tests need, each with GOTRACEBACK=crash so that
// the runtime prints every goroutine to stderr and then aborts with a core dump.
//
//	corecrash segv       nil field dereference (SIGSEGV) with a few parked goroutines
//	corecrash panic      panic with an error value, inside an inlined call
//	corecrash many N     N goroutines parked on a channel, then a panic with a string value
//	corecrash deadlock   two goroutines locking two mutexes in opposite order, main waiting
//	corecrash labels     goroutines started under pprof labels, then a panic (go1.26 prints the
//	                     labels with GODEBUG=tracebacklabels=1)
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"strconv"
	"sync"
	"time"
)

type Inner struct {
	pad [4]int64
	Val int64
}

type Outer struct {
	Name  string
	Inner *Inner
}

//go:noinline
func useOuter(o *Outer) int64 {
	return o.Inner.Val
}

func worker(id int, ch chan int, wg *sync.WaitGroup) {
	wg.Done()
	<-ch
	fmt.Println(id)
}

func sleeper(wg *sync.WaitGroup) {
	wg.Done()
	time.Sleep(time.Hour)
}

func startParked(n int) chan int {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(n + 1)
	for i := 0; i < n; i++ {
		go worker(i, ch, &wg)
	}
	go sleeper(&wg)
	wg.Wait()
	return ch
}

var errBroken = errors.New("state is broken")

// cgoTwice calls into C when the program is built with cgo (cgo.go).
var cgoTwice = func(x int) int { return 2 * x }

func check(state int) {
	if state > 2 {
		panic(fmt.Errorf("check %d: %w", state, errBroken))
	}
}

func validate(state int) {
	check(state)
}

func deadlock() {
	var a, b sync.Mutex
	var ready sync.WaitGroup
	ready.Add(2)
	done := make(chan struct{})
	go func() {
		a.Lock()
		ready.Done()
		ready.Wait()
		b.Lock()
		close(done)
	}()
	go func() {
		b.Lock()
		ready.Done()
		ready.Wait()
		a.Lock()
		close(done)
	}()
	<-done
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: corecrash segv|panic|many N|deadlock")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "segv":
		startParked(cgoTwice(1) + 1)
		o := &Outer{Name: "x"}
		fmt.Println(useOuter(o))
	case "panic":
		startParked(2)
		validate(len(os.Args) + 1)
	case "many":
		n, _ := strconv.Atoi(os.Args[2])
		startParked(n)
		panic("too many goroutines: " + os.Args[2])
	case "deadlock":
		deadlock()
	case "labels":
		pprof.Do(context.Background(), pprof.Labels("request", "r-42", "user", "ann"), func(context.Context) {
			startParked(2)
		})
		panic("labelled workers are waiting")
	}
}
