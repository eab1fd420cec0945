// Goroutines still computing on their own threads when main panics: with
// GODEBUG=asyncpreemptoff=1 a loop without calls cannot be stopped, so the runtime prints them
// as `goroutine running on other thread; stack unavailable` and the core keeps their stacks only
// in their threads' registers.
//
//	corespin N    starts N spinning goroutines, waits until each has run, then panics
package main

import (
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

var sinks [64]atomic.Uint64

func mix(seed uint64, slot int, started *atomic.Int32) {
	started.Add(1)
	x := seed
	for {
		for i := 0; i < 1<<20; i++ {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
		}
		sinks[slot].Store(x)
	}
}

func spin(n int) {
	var started atomic.Int32
	for i := 0; i < n; i++ {
		go mix(uint64(i)+1, i, &started)
	}
	for started.Load() < int32(n) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	panic("spinning workers never finish")
}

func main() {
	n := 2
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	spin(n)
}
