// flight-recorder keeps Go's flight recorder (runtime/trace.FlightRecorder, Go 1.25+)
// running and, when a request handler panics, writes the last seconds of execution trace
// and the crash text next to each other, then goes on serving:
//
//	go run . -out /tmp/crash      # writes /tmp/crash.trace and /tmp/crash.txt
//	panicscope trace /tmp/crash.trace --crash /tmp/crash.txt
//
// The same recover-and-snapshot belongs in every place a program recovers panics (HTTP
// middleware, worker loops). A fatal error or an unrecovered panic cannot do this: the
// recorder lives in the process's memory; keep the crash text (GOTRACEBACK=all,
// debug.SetCrashOutput) for those.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/trace"
	"sync"
	"time"
)

var fr *trace.FlightRecorder

// snapshot writes the flight recorder's window and the crash text of a recovered panic.
func snapshot(out string, r any, stack []byte) {
	f, err := os.Create(out + ".trace")
	if err != nil {
		fmt.Fprintln(os.Stderr, "flight-recorder:", err)
		return
	}
	defer f.Close()
	if _, err := fr.WriteTo(f); err != nil {
		fmt.Fprintln(os.Stderr, "flight-recorder:", err)
	}
	text := fmt.Sprintf("panic: %v [recovered]\n\n%s", r, stack)
	if err := os.WriteFile(out+".txt", []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "flight-recorder:", err)
	}
}

type cache struct {
	mu      sync.Mutex
	entries map[int][]byte
}

func (c *cache) get(key int) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if key%1000 == 999 {
		var missing map[string]int
		missing["key"]++ // the bug: a nil map
	}
	if c.entries[key] == nil {
		c.entries[key] = make([]byte, 512+key%2048)
	}
	return c.entries[key]
}

func handle(out string, c *cache, key int, crashed chan<- bool) {
	defer func() {
		if r := recover(); r != nil {
			snapshot(out, r, debug.Stack())
			crashed <- true
		}
	}()
	_ = c.get(key)
	time.Sleep(time.Duration(key%7) * 50 * time.Microsecond)
}

func main() {
	out := flag.String("out", "crash", "path prefix of the snapshot (.trace) and crash text (.txt)")
	run := flag.Duration("run", 1500*time.Millisecond, "how long to serve before the faulty request")
	flag.Parse()
	fr = trace.NewFlightRecorder(trace.FlightRecorderConfig{MinAge: 2 * time.Second, MaxBytes: 8 << 20})
	if err := fr.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "flight-recorder:", err)
		os.Exit(1)
	}
	defer fr.Stop()
	c := &cache{entries: map[int][]byte{}}
	crashed := make(chan bool, 1)
	deadline := time.Now().Add(*run)
	var wg sync.WaitGroup
	for key := 0; ; key++ {
		if time.Now().After(deadline) && key%1000 == 999 {
			wg.Add(1)
			go func() { defer wg.Done(); handle(*out, c, key, crashed) }()
			break
		}
		if key%1000 == 999 {
			continue
		}
		wg.Add(1)
		go func() { defer wg.Done(); handle(*out, c, key, crashed) }()
		if key%64 == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	wg.Wait()
	select {
	case <-crashed:
		fmt.Printf("recovered a panic: wrote %s.trace and %s.txt\n", *out, *out)
	default:
		fmt.Println("no panic")
	}
}
