// A program that hangs the way services do — a goroutine blocked for good on a mutex its own
// caller holds, workers sleeping in a loop — and waits to be killed: the core-file tests send
// it SIGABRT or SIGQUIT from outside, and with GOTRACEBACK=crash the runtime prints every
// goroutine to stderr, then dies of the signal with a core dump.
//
//	corehang     prints "ready" once every goroutine is in place, then sleeps
package main

import (
	"fmt"
	"sync"
	"time"
)

type store struct {
	mu sync.Mutex
}

func (s *store) update(started *sync.WaitGroup) {
	s.mu.Lock()
	defer s.mu.Unlock()
	started.Done()
	s.flush()
}

// flush takes the lock its caller holds: it waits forever, and the runtime cannot tell.
func (s *store) flush() {
	s.mu.Lock()
	defer s.mu.Unlock()
}

func poll(started *sync.WaitGroup) {
	started.Done()
	for {
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	var started sync.WaitGroup
	started.Add(5)
	s := &store{}
	go s.update(&started)
	for i := 0; i < 4; i++ {
		go poll(&started)
	}
	started.Wait()
	// Give update the moment it needs to block in flush.
	time.Sleep(100 * time.Millisecond)
	fmt.Println("ready")
	time.Sleep(time.Hour)
}
