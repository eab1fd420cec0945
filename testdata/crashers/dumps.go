package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"
)

type Broker struct {
	mu     sync.Mutex
	subs   map[string]chan string
	events chan string
}

func (b *Broker) subscribe(topic string) chan string {
	ch := make(chan string)
	b.mu.Lock()
	b.subs[topic] = ch
	b.mu.Unlock()
	return ch
}

func (b *Broker) consume(topic string) {
	ch := b.subscribe(topic)
	for msg := range ch {
		_ = msg
	}
}

func (b *Broker) dispatch() {
	for {
		select {
		case e := <-b.events:
			_ = e
		case <-time.After(time.Hour):
		}
	}
}

// parkSome starts a few goroutines that wait in typical places; some carry
// pprof labels.
func parkSome() *Broker {
	b := &Broker{subs: map[string]chan string{}, events: make(chan string)}
	var started sync.WaitGroup
	started.Add(5)
	for _, topic := range []string{"orders", "payments"} {
		topic := topic
		go pprof.Do(context.Background(), pprof.Labels("topic", topic, "worker", "consumer"), func(ctx context.Context) {
			started.Done()
			b.consume(topic)
		})
	}
	go func() { started.Done(); b.dispatch() }()
	var held sync.Mutex
	held.Lock()
	go func() { started.Done(); held.Lock() }()
	go func() { started.Done(); time.Sleep(time.Hour) }()
	idle := make(chan func())
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			for task := range idle {
				task()
			}
		}()
	}
	started.Wait()
	time.Sleep(100 * time.Millisecond)
	return b
}

// sigquit parks goroutines and waits to be sent SIGQUIT (gen.sh does
// `kill -QUIT <pid>` once the program has printed its ready line); with
// -self it sends the signal itself.
func sigquit() {
	parkSome()
	fmt.Printf("pid %d ready\n", os.Getpid())
	if os.Getenv("CRASHERS_SIGQUIT_SELF") == "1" {
		syscall.Kill(os.Getpid(), syscall.SIGQUIT)
	}
	time.Sleep(30 * time.Second)
	fmt.Println("no SIGQUIT received")
}

func pprofDebug1() {
	parkSome()
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
}

func pprofDebug2() {
	parkSome()
	pprof.Lookup("goroutine").WriteTo(os.Stdout, 2)
}

func stackDump() {
	parkSome()
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	fmt.Printf("=== goroutine dump (%d bytes) ===\n%s=== end ===\n", n, buf[:n])
}

func init() {
	register("sigquit", sigquit)
	register("pprof-debug1", pprofDebug1)
	register("pprof-debug2", pprofDebug2)
	register("runtime-stack", stackDump)
}
