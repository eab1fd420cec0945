//go:build linux

// Command crasher dies in the way its first argument names, after
// panicscope.Start; the tests of the module run it and check what reached
// their server. Configuration comes from PANICSCOPE_TEST_* variables.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

func main() {
	var logf func(string, ...any)
	if os.Getenv("PANICSCOPE_TEST_DEBUG") != "" {
		logf = func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	}
	panicscope.Start(panicscope.Config{
		Logf:        logf,
		Server:      os.Getenv("PANICSCOPE_TEST_SERVER"),
		Token:       "t0ken",
		Release:     "1.4.2",
		Environment: "test",
		SpoolDir:    os.Getenv("PANICSCOPE_TEST_SPOOL"),
		Tags:        map[string]string{"region": "eu-west-1"},
		Output:      os.Stdout,
		Timeout:     2 * time.Second,
		// Handler takes the request id from this header.
		RequestIDHeader: "X-Request-Id",
	})
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "clean":
		fmt.Println("done")
	case "idle": // lets Start deliver what the spool holds, then exits cleanly
		time.Sleep(3 * time.Second)
	case "sleep":
		fmt.Println("ready")
		time.Sleep(time.Hour)
	case "goroutine-panic":
		go func() { worker(3) }()
		time.Sleep(time.Minute)
	case "map-writes":
		mapWrites()
	case "deadlock":
		var mu sync.Mutex
		mu.Lock()
		mu.Lock()
	case "stack-overflow":
		recurse(0)
	case "out-of-memory":
		outOfMemory()
	case "repanic":
		ctx := panicscope.WithRequestID(context.Background(), "req-9")
		defer panicscope.Recover(ctx)
		worker(4)
	case "handler":
		handler()
	case "orphan": // leaves an orphan to PID 1, then counts the zombies
		if err := exec.Command("sh", "-c", "sleep 0.2 & exit 0").Run(); err != nil {
			fmt.Fprintln(os.Stderr, "crasher:", err)
			os.Exit(2)
		}
		time.Sleep(time.Second)
		fmt.Println("pid", os.Getpid(), "zombies", zombies())
	default:
		fmt.Fprintln(os.Stderr, "crasher: unknown mode", mode)
		os.Exit(2)
	}
}

func worker(n int) {
	orders := make([]int, n)
	_ = orders[n] // index out of range
}

func mapWrites() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				m[i%1024] = i
			}
		}()
	}
	wg.Wait()
}

func recurse(n int) int {
	var pad [128]byte
	pad[n%128] = byte(n)
	//lint:ignore SA5007 a stack overflow is what this mode is for
	return recurse(n+1) + int(pad[0])
}

// outOfMemory caps the address space (after Start: the monitor keeps its own
// limits), then asks for more than the cap, so that the runtime's allocation
// fails without the machine ever running short of memory.
func outOfMemory() {
	limit := syscall.Rlimit{Cur: 1 << 30, Max: 1 << 30}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &limit); err != nil {
		fmt.Fprintln(os.Stderr, "crasher: setrlimit:", err)
		os.Exit(2)
	}
	var keep [][]byte
	for {
		//lint:ignore SA4010 keeping the blocks alive is the point
		keep = append(keep, make([]byte, 64<<20))
	}
}

// zombies counts the processes in state Z, from /proc.
func zombies() int {
	n := 0
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 && strings.HasPrefix(string(stat[i:]), ") Z") {
			n++
		}
	}
	return n
}

// handler serves one request whose handler panics, under panicscope.Handler.
func handler() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		var order map[string]int
		//lint:ignore SA5000 the panic is the point
		order[r.PathValue("id")] = 1 // assignment to entry in nil map
	})
	srv := httptest.NewServer(panicscope.Handler(mux))
	defer srv.Close()
	// What a request carries besides its route and request id is never sent: the
	// tests put PANICSCOPE_TEST_SECRET in its query, a cookie and its body.
	secret := os.Getenv("PANICSCOPE_TEST_SECRET")
	req, _ := http.NewRequest("GET", srv.URL+"/orders/17?card="+secret, strings.NewReader(secret))
	req.Header.Set("X-Request-Id", "req-17")
	req.Header.Set("Cookie", "session="+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "crasher:", err)
		os.Exit(2)
	}
	resp.Body.Close()
	fmt.Println(strings.ToLower(resp.Status))
	if !panicscope.Flush(5 * time.Second) {
		fmt.Println("not flushed")
	}
}
