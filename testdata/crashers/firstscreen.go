package main

import (
	"sync"
	"time"
)

// holder takes the lock, then waits on a channel nobody sends on: it keeps
// the lock for ever, and main waits for it.
func holder(mu *sync.Mutex, ready chan<- struct{}, release <-chan struct{}) {
	mu.Lock()
	ready <- struct{}{}
	<-release
	mu.Unlock()
}

// deadlock-mutex-holder: goroutine 1 waits on a mutex another goroutine
// holds while it waits on a channel.
func deadlockMutexHolder() {
	var mu sync.Mutex
	ready := make(chan struct{})
	release := make(chan struct{})
	go holder(&mu, ready, release)
	<-ready
	mu.Lock() // CRASH deadlock-mutex-holder
	close(release)
}

type HitCounter struct {
	hits int
	name string
}

//go:noinline
func (c *HitCounter) Hit() { c.hits++ }

//go:noinline
func (c *HitCounter) Hits() int { return c.hits }

//go:noinline
func (c *HitCounter) Rename(name string) { c.name = name }

//go:noinline
func (c *HitCounter) Name() string { return c.name }

// Reset and Report touch both fields, one line each: two races between the
// same two functions, on different lines and variables.
//
//go:noinline
func (c *HitCounter) Reset() {
	c.hits = 0
	c.name = ""
}

//go:noinline
func (c *HitCounter) Report() (int, string) {
	n := c.hits
	name := c.name
	return n, name
}

//go:noinline
func fromHandler(c *HitCounter) { c.Hit() }

//go:noinline
func fromWorker(c *HitCounter) { c.Hit() }

// races: five race reports. Two are the same pair of access sites
// (HitCounter.Hit against HitCounter.Hits, reached from two callers, on two
// counters); one is on another field (HitCounter.Rename against
// HitCounter.Name); two are between Reset and Report, one per field. Run with
// -race.
func races() {
	a, b, c := &HitCounter{}, &HitCounter{}, &HitCounter{}
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { fromHandler(a); wg.Done() }()
	go func() { fromWorker(b); wg.Done() }()
	go func() { a.Rename("checkout"); wg.Done() }()
	go func() { c.Reset(); wg.Done() }()
	time.Sleep(100 * time.Millisecond)
	println(a.Hits(), b.Hits(), a.Name())
	println(c.Report())
	wg.Wait()
}

func idle(stop <-chan struct{}) {
	<-stop
}

// created-by: the same waiting function started from two places; then a
// panic with GOTRACEBACK=all shows both groups, alike but for their creator.
func createdBy() {
	stop := make(chan struct{})
	for i := 0; i < 3; i++ {
		go idle(stop)
	}
	for i := 0; i < 2; i++ {
		go idle(stop)
	}
	time.Sleep(50 * time.Millisecond)
	panic("stopping with workers idle") // CRASH created-by
}

func init() {
	register("deadlock-mutex-holder", deadlockMutexHolder)
	register("races", races)
	register("created-by", createdBy)
}
