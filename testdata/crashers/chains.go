package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"runtime"
	"sync"
)

var errConnLost = errors.New("db: connection lost")

type Tx struct {
	id     int
	closed bool
}

func (t *Tx) Rollback() { t.closed = true }

//go:noinline
func (t *Tx) Exec(q string) {
	panic(errConnLost) // ORIGIN repanic-same ORIGIN repanic-different
}

func withTx(fn func(*Tx)) {
	tx := &Tx{id: 1}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			log.SetFlags(0)
			log.SetOutput(os.Stdout)
			log.Printf("rolled back tx %d: %v", tx.id, r)
			panic(r) // CRASH repanic-same
		}
	}()
	fn(tx)
}

func withTxWrapped(fn func(*Tx)) {
	tx := &Tx{id: 2}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			panic(fmt.Sprintf("transaction %d aborted: %v", tx.id, r)) // CRASH repanic-different
		}
	}()
	fn(tx)
}

type Conn struct{ name string }

//go:noinline
func (c *Conn) Close() {
	panic("close " + c.name + ": use of closed network connection") // CRASH nested-panic
}

type Server struct {
	conns []*Conn
}

//go:noinline
func (s *Server) Serve() {
	for _, c := range s.conns {
		defer c.Close()
	}
	panic("listener failed: accept tcp [::]:8080: too many open files") // ORIGIN nested-panic ORIGIN three-panics
}

func init() {
	register("repanic-same", repanicSame)
	register("repanic-different", repanicDifferent)
	register("nested-panic", nestedPanic)
	register("three-panics", threePanics)
	register("panic-after-goexit", panicAfterGoexit)
	register("fatal-in-defer", fatalInDefer)
}

func repanicSame() {
	withTx(func(tx *Tx) { tx.Exec("UPDATE accounts SET balance = balance - 10") })
}

func repanicDifferent() {
	withTxWrapped(func(tx *Tx) { tx.Exec("DELETE FROM sessions") })
}

func nestedPanic() {
	s := &Server{conns: []*Conn{{name: "10.0.0.7:51234"}}}
	s.Serve()
}

func threePanics() {
	defer func() {
		panic("third: flushing metrics failed") // CRASH three-panics
	}()
	s := &Server{conns: []*Conn{{name: "10.0.0.9:40022"}}}
	s.Serve()
}

func panicAfterGoexit() {
	done := make(chan struct{})
	go func() {
		// done is never closed: Goexit would have closed it in a deferred
		// call, letting main return while the panic below is printed.
		defer func() {
			panic("cleanup after Goexit failed") // CRASH panic-after-goexit
		}()
		runtime.Goexit()
	}()
	<-done
}

func fatalInDefer() {
	var mu sync.Mutex
	defer mu.Unlock()               // CRASH fatal-in-defer (never locked)
	panic("request handler failed") // ORIGIN fatal-in-defer
}
