// A program whose goroutines stay blocked for over a minute before it panics, so that the
// runtime, run with GOTRACEBACK=crash, prints how long each has waited ("[chan receive,
// 1 minutes]") before it aborts with a core.
//
//	corewaiting SECONDS
//
// The runtime counts a wait from the first GC that saw the goroutine blocked (runtime/mgcmark.go),
// stamping it with the mark termination time of the GC before (work.tstart, 0 until one has
// finished), so the program runs two GCs after its goroutines have parked, then sleeps.
// One goroutine parks after that GC: it has waited too, but the runtime does not know for how long.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func main() {
	secs, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: corewaiting SECONDS")
		os.Exit(2)
	}
	ch := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			wg.Done()
			<-ch
		}()
	}
	go func() {
		wg.Done()
		mu.Lock()
	}()
	wg.Wait()
	time.Sleep(50 * time.Millisecond) // until all three have parked
	runtime.GC()
	runtime.GC()
	time.Sleep(time.Duration(secs) * time.Second)
	late := make(chan int)
	go func() { <-late }()
	time.Sleep(50 * time.Millisecond)
	panic(fmt.Sprintf("waited %d seconds", secs))
}
