// A program that keeps its own copy of another release's wait-reason strings, as debuggers do
// (Delve's service/api keeps one per Go release): the runtime's own table, not the copy, names
// the states of its goroutines. The copy is Go 1.19's runtime.waitReasonStrings
// (runtime/runtime2.go), whose order later releases changed.
//
//	corewaitcopy     parks goroutines on a channel, a select, a sleep and a mutex, then panics
package main

import (
	"fmt"
	"sync"
	"time"
)

var go119WaitReasons = []string{
	"",
	"GC assist marking",
	"IO wait",
	"chan receive (nil chan)",
	"chan send (nil chan)",
	"dumping heap",
	"garbage collection",
	"garbage collection scan",
	"panicwait",
	"select",
	"select (no cases)",
	"GC assist wait",
	"GC sweep wait",
	"GC scavenge wait",
	"chan receive",
	"chan send",
	"finalizer wait",
	"force gc (idle)",
	"semacquire",
	"sleep",
	"sync.Cond.Wait",
	"timer goroutine (idle)",
	"trace reader (blocked)",
	"wait for GC cycle",
	"GC worker (idle)",
	"preempted",
	"debug call",
}

func main() {
	ch := make(chan int)
	other := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var started sync.WaitGroup
	started.Add(4)
	go func() {
		started.Done()
		<-ch
	}()
	go func() {
		started.Done()
		select {
		case <-ch:
		case <-other:
		}
	}()
	go func() {
		started.Done()
		time.Sleep(time.Hour)
	}()
	go func() {
		started.Done()
		mu.Lock()
	}()
	started.Wait()
	time.Sleep(100 * time.Millisecond)
	panic(fmt.Sprintf("kept %d wait reasons of go1.19", len(go119WaitReasons)))
}
