package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// A service that leaks goroutines: each request it handles leaves one goroutine waiting
// for a reply nobody sends. leak-early and leak-late are the same program at two moments
// (as two SIGQUIT dumps an hour apart would show it): the leak grew, a batch queue drained,
// a startup migration finished, and a retry loop started.

type Service struct {
	mu      sync.Mutex
	ready   *sync.Cond
	pending int
	jobs    chan int
}

func (s *Service) handleRequest(id int) {
	reply := make(chan string)
	go s.awaitReply(id, reply)
}

// awaitReply leaks: nothing ever sends on reply.
func (s *Service) awaitReply(id int, reply chan string) {
	fmt.Fprint(os.Stderr, <-reply, id)
}

func (s *Service) batchWorker() {
	s.mu.Lock()
	for s.pending == 0 {
		s.ready.Wait()
	}
	s.mu.Unlock()
}

// worker handles requests: the goroutines a request leaves behind are created by
// whichever worker took it (Go 1.21+ prints that worker's id as their parent).
func (s *Service) worker(done *sync.WaitGroup) {
	for id := range s.jobs {
		s.handleRequest(id)
		done.Done()
	}
}

func migrate(done chan struct{}) {
	<-done
}

func retryLoop() {
	for {
		time.Sleep(time.Hour)
	}
}

func leak(requests, batch int, migrating, retrying bool) {
	s := &Service{jobs: make(chan int)}
	s.ready = sync.NewCond(&s.mu)
	var handled sync.WaitGroup
	for i := 0; i < 8; i++ {
		go s.worker(&handled)
	}
	for i := 0; i < batch; i++ {
		go s.batchWorker()
	}
	if migrating {
		go migrate(make(chan struct{}))
	}
	if retrying {
		for i := 0; i < 5; i++ {
			go retryLoop()
		}
	}
	handled.Add(requests)
	for i := 0; i < requests; i++ {
		s.jobs <- i
	}
	handled.Wait()
	time.Sleep(200 * time.Millisecond)
	fmt.Printf("pid %d ready\n", os.Getpid())
	time.Sleep(30 * time.Second)
	fmt.Println("no SIGQUIT received")
}

type phase struct {
	requests, batch     int
	migrating, retrying bool
}

var phases = map[string]phase{
	"leak-early": {requests: 20, batch: 50, migrating: true},
	"leak-late":  {requests: 200, batch: 10, retrying: true},
}

// leakCase is one function for both cases, so that main's stack is the same in both dumps.
func leakCase() {
	p := phases[os.Args[1]]
	leak(p.requests, p.batch, p.migrating, p.retrying)
}

func init() {
	register("leak-early", leakCase)
	register("leak-late", leakCase)
}
