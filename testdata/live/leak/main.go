// A running process that leaks: every tick it starts goroutines that wait forever for a reply
// nobody sends (main.awaitReply, [chan receive]), beside a fixed pool of workers that never
// grows (main.worker, [select]). It serves net/http/pprof on a loopback port and prints
// "listening on http://ADDR". Usage: leak [-every 50ms] [-per 3]
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"time"
)

var jobs = make(chan int)

func awaitReply(reply chan int) int {
	return <-reply
}

func handle(id int) {
	reply := make(chan int)
	go awaitReply(reply)
	_ = id // the reply is never sent: the goroutine above leaks
}

func worker() {
	for {
		select {
		case j := <-jobs:
			_ = j
		case <-time.After(time.Hour):
		}
	}
}

func main() {
	every := flag.Duration("every", 50*time.Millisecond, "how often to leak")
	per := flag.Int("per", 3, "goroutines leaked each time")
	flag.Parse()
	for i := 0; i < 4; i++ {
		go worker()
	}
	go func() {
		for id := 0; ; id++ {
			for i := 0; i < *per; i++ {
				handle(id)
			}
			time.Sleep(*every)
		}
	}()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("listening on http://%s\n", ln.Addr())
	fmt.Fprintln(os.Stderr, http.Serve(ln, nil))
	os.Exit(1)
}
