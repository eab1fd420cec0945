package main

import (
	"fmt"
	"sync"
	"time"
)

type Metrics struct {
	requests int
}

//go:noinline
func (m *Metrics) Inc() {
	m.requests++ // ORIGIN race
}

//go:noinline
func (m *Metrics) Snapshot() int {
	return m.requests // CRASH race
}

// race: a writer goroutine and, later (ordered by time only, not by
// synchronization), a reader goroutine. Run with -race.
func race() {
	m := &Metrics{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		m.Inc()
		wg.Done()
	}()
	time.Sleep(100 * time.Millisecond)
	done := make(chan int)
	go func() {
		done <- m.Snapshot()
	}()
	fmt.Println("requests:", <-done)
	wg.Wait()
}

func init() {
	register("race", race)
}
