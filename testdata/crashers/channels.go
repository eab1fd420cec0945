package main

import (
	"fmt"
	"time"
)

type Pipeline struct {
	out  chan string
	done chan struct{}
}

//go:noinline
func (p *Pipeline) Stop() {
	close(p.done) // CRASH close-closed-channel CRASH close-nil-channel
}

//go:noinline
func (p *Pipeline) Emit(s string) {
	p.out <- s // CRASH send-closed-channel
}

func init() {
	register("close-closed-channel", closeClosedChannel)
	register("close-nil-channel", closeNilChannel)
	register("send-closed-channel", sendClosedChannel)
	register("deadlock-chan", deadlockChan)
}

func closeClosedChannel() {
	p := &Pipeline{done: make(chan struct{})}
	p.Stop()
	p.Stop()
}

func closeNilChannel() {
	p := &Pipeline{}
	p.Stop()
}

func sendClosedChannel() {
	p := &Pipeline{out: make(chan string, 1)}
	close(p.out)
	p.Emit("late result")
}

func deadlockChan() {
	results := make(chan int)
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * 2
		}
	}()
	jobs <- 1
	time.Sleep(10 * time.Millisecond)
	fmt.Println(<-results)
	fmt.Println(<-results) // main waits for a second result that never comes
}
