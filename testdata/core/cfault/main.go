// A program whose C code reads through a NULL pointer: the runtime cannot turn a fault outside
// Go code into a panic, so with GOTRACEBACK=crash it prints `signal arrived during cgo
// execution` and the goroutine that called into C, then dies of SIGSEGV with a core dump.
//
//	corecfault     (built with cgo)
package main

/*
static int readThrough(int *p) { return *p; }
*/
import "C"

import (
	"fmt"
	"sync"
	"time"
)

//go:noinline
func load() int {
	return int(C.readThrough(nil))
}

func main() {
	var started sync.WaitGroup
	started.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			started.Done()
			time.Sleep(time.Hour)
		}()
	}
	started.Wait()
	fmt.Println(load())
}
