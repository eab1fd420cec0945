// A steady workload written to an execution trace: workers that exchange work over channels,
// contend on a mutex, sleep, make syscalls, allocate (so the GC runs) and annotate with
// tasks, regions and logs, with the CPU profiler on (so the trace has CPU samples).
// Usage: steady OUT.trace [DURATION]
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"sync"
	"time"
)

var sink [][]byte

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	d := 300 * time.Millisecond
	if len(os.Args) > 2 {
		if d, err = time.ParseDuration(os.Args[2]); err != nil {
			panic(err)
		}
	}
	if err := pprof.StartCPUProfile(io.Discard); err != nil {
		panic(err)
	}
	if err := trace.Start(f); err != nil {
		panic(err)
	}
	work := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	deadline := time.Now().Add(d)
	null, _ := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			ctx, task := trace.NewTask(context.Background(), fmt.Sprintf("worker-%d", w))
			defer task.End()
			for n := range work {
				trace.WithRegion(ctx, "step", func() {
					mu.Lock()
					sink = append(sink, make([]byte, 1024+n%4096))
					if len(sink) > 4096 {
						sink = nil
					}
					mu.Unlock()
					if n%50 == 0 {
						null.Write([]byte("x"))
						trace.Log(ctx, "progress", fmt.Sprint(n))
					}
					if n%97 == 0 {
						time.Sleep(100 * time.Microsecond)
					}
				})
			}
		}(w)
	}
	for n := 0; time.Now().Before(deadline); n++ {
		work <- n
	}
	close(work)
	wg.Wait()
	trace.Stop()
	pprof.StopCPUProfile()
	f.Close()
}
