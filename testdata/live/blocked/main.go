// A running process with goroutines blocked in known places, serving net/http/pprof on a
// loopback port, for `panicscope analyze http://…/debug/pprof/goroutine?debug=N`:
//
//	7 × main.waitReply   [chan receive]  on a channel nobody sends to
//	3 × main.lockState   [sync.Mutex.Lock] on a mutex main holds
//	5 × main.nap         [sleep]         in time.Sleep(time.Hour)
//	2 × main.waitEither  [select]        on two channels nobody sends to
//
// Labelled with pprof.Do, two of the waitReply goroutines carry {"worker": "ingest"}. It
// prints "listening on http://ADDR" once every one of them is blocked, then serves until
// killed. Usage: blocked
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

var (
	never   = make(chan int)
	nothing = make(chan struct{})
	held    sync.Mutex
)

func waitReply(id int) int {
	return <-never + id
}

func lockState() {
	held.Lock()
	defer held.Unlock()
}

func nap() {
	time.Sleep(time.Hour)
}

func waitEither() {
	select {
	case <-never:
	case <-nothing:
	}
}

// blockedIn counts the goroutines whose stack holds fn and whose header is not running or
// runnable: the program announces itself only once all of them have parked.
func blockedIn(fn string) int {
	buf := make([]byte, 1<<20)
	text := string(buf[:runtime.Stack(buf, true)])
	n := 0
	for _, block := range strings.Split(text, "\n\n") {
		header, _, _ := strings.Cut(block, "\n")
		if strings.Contains(block, "\n"+fn+"(") &&
			!strings.Contains(header, "[running]") && !strings.Contains(header, "[runnable]") {
			n++
		}
	}
	return n
}

func main() {
	held.Lock()
	for i := 0; i < 5; i++ {
		go waitReply(i)
	}
	for i := 0; i < 2; i++ {
		go pprof.Do(context.Background(), pprof.Labels("worker", "ingest"), func(context.Context) {
			waitReply(100)
		})
	}
	for i := 0; i < 3; i++ {
		go lockState()
	}
	for i := 0; i < 5; i++ {
		go nap()
	}
	for i := 0; i < 2; i++ {
		go waitEither()
	}
	want := map[string]int{"main.waitReply": 7, "main.lockState": 3, "main.nap": 5, "main.waitEither": 2}
	for settled := false; !settled; {
		settled = true
		for fn, n := range want {
			if blockedIn(fn) != n {
				settled = false
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("listening on http://%s\n", ln.Addr())
	fmt.Fprintln(os.Stderr, http.Serve(ln, nil))
	os.Exit(1)
}
