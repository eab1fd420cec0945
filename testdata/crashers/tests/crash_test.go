// Package tests holds the `go test` crash cases: run each with -run.
package tests

import (
	"sync"
	"testing"
	"time"
)

type Order struct {
	ID    string
	Items map[string]int
}

func (o *Order) Add(sku string, n int) {
	o.Items[sku] += n // CRASH test-panic
}

func TestPanics(t *testing.T) {
	o := &Order{ID: "o-1"}
	o.Add("sku-1", 2)
	if o.Items["sku-1"] != 2 {
		t.Fatal("not added")
	}
}

func waitForever(ch chan struct{}) {
	<-ch
}

func TestSlow(t *testing.T) {
	ch := make(chan struct{})
	waitForever(ch) // nobody closes ch: the test hangs until -timeout
}

type Hits struct{ n int }

//go:noinline
func (h *Hits) Record() { h.n++ } // ORIGIN test-race

//go:noinline
func (h *Hits) Count() int { return h.n } // CRASH test-race

func TestRace(t *testing.T) {
	h := &Hits{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		h.Record()
		wg.Done()
	}()
	time.Sleep(100 * time.Millisecond)
	done := make(chan int)
	go func() { done <- h.Count() }()
	if got := <-done; got != 1 {
		t.Errorf("count = %d", got)
	}
	wg.Wait()
}
