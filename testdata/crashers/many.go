package main

import (
	"fmt"
	"sync"
	"time"
)

type Conn2k struct {
	id   int
	recv chan []byte
}

func (c *Conn2k) readLoop() {
	for msg := range c.recv {
		_ = msg
	}
}

type Pool struct {
	mu    sync.Mutex
	ready *sync.Cond
	free  []int
}

func (p *Pool) Acquire() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.free) == 0 {
		p.ready.Wait()
	}
	id := p.free[0]
	p.free = p.free[1:]
	return id
}

type Batch struct {
	mu    sync.Mutex
	items []string
}

func (b *Batch) Append(s string) {
	b.mu.Lock()
	b.items = append(b.items, s)
	b.mu.Unlock()
}

// manyGoroutines parks 2 000 goroutines at a few sites, then panics.
func manyGoroutines() {
	var started sync.WaitGroup
	p := &Pool{}
	p.ready = sync.NewCond(&p.mu)
	b := &Batch{}
	b.mu.Lock() // held: appenders block in Lock
	tick := make(chan struct{})
	for i := 0; i < 1000; i++ {
		started.Add(1)
		c := &Conn2k{id: i, recv: make(chan []byte)}
		go func() { started.Done(); c.readLoop() }()
	}
	for i := 0; i < 500; i++ {
		started.Add(1)
		go func() { started.Done(); p.Acquire() }()
	}
	for i := 0; i < 300; i++ {
		started.Add(1)
		go func(n int) { started.Done(); b.Append(fmt.Sprint(n)) }(i)
	}
	for i := 0; i < 150; i++ {
		started.Add(1)
		go func() {
			started.Done()
			select {
			case <-tick:
			case <-time.After(time.Hour):
			}
		}()
	}
	for i := 0; i < 49; i++ {
		started.Add(1)
		go func() { started.Done(); time.Sleep(time.Hour) }()
	}
	started.Wait()
	time.Sleep(200 * time.Millisecond) // let them all park
	var cfg map[string]string
	cfg["shards"] = "2000" // CRASH many-goroutines
}

func init() {
	register("many-goroutines", manyGoroutines)
}
