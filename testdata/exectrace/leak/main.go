// A goroutine leak written to an execution trace: request handlers that wait forever on a
// channel nobody sends to, on a mutex nobody unlocks, and in a select with no ready case,
// while a few workers keep running. Usage: leak OUT.trace
package main

import (
	"os"
	"runtime/trace"
	"sync"
	"time"
)

var (
	never   = make(chan int)
	held    sync.Mutex
	nothing = make(chan struct{})
)

func waitReply(id int) int {
	return <-never + id
}

func lockState() {
	held.Lock()
	defer held.Unlock()
}

func waitEither() {
	select {
	case <-never:
	case <-nothing:
	}
}

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := trace.Start(f); err != nil {
		panic(err)
	}
	held.Lock()
	for i := 0; i < 30; i++ {
		go waitReply(i)
	}
	for i := 0; i < 12; i++ {
		go lockState()
	}
	for i := 0; i < 7; i++ {
		go waitEither()
	}
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go func() {
			buf := make([]byte, 0, 1<<16)
			for {
				select {
				case <-done:
					return
				default:
				}
				buf = append(buf[:0], make([]byte, 4096)...)
				time.Sleep(200 * time.Microsecond)
			}
		}()
	}
	time.Sleep(60 * time.Millisecond)
	close(done)
	time.Sleep(5 * time.Millisecond)
	trace.Stop()
	f.Close()
}
