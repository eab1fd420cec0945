package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID   int
	Name string
}

type Worker struct {
	id      int
	handled int
}

//go:noinline
func (w *Worker) handle(j Job) {
	if strings.HasPrefix(j.Name, "poison") {
		panic(fmt.Sprintf("cannot handle job %d (%s)", j.ID, j.Name)) // CRASH goroutine-panic
	}
	w.handled++
}

// Run handles jobs until the channel is closed. (wg.Done is not deferred: a
// deferred Done would run while a panic unwinds, let main return, and race the
// runtime's printing of the panic.)
func (w *Worker) Run(jobs <-chan Job, wg *sync.WaitGroup) {
	for j := range jobs {
		w.handle(j)
	}
	wg.Done()
}

type Result struct {
	ID    int
	Ratio int
}

//go:noinline
func process(item []int, results chan<- Result) {
	results <- Result{ID: item[0], Ratio: item[1] / item[2]} // CRASH go-wrapper
}

func init() {
	register("goroutine-panic", goroutinePanic)
	register("go-wrapper", goWrapper)
	register("locked-thread", lockedThread)
	register("ancestors", ancestors)
}

func goroutinePanic() {
	jobs := make(chan Job)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		w := &Worker{id: i}
		go w.Run(jobs, &wg)
	}
	for i, name := range []string{"resize", "encode", "poison-pill", "upload"} {
		jobs <- Job{ID: i, Name: name}
	}
	close(jobs)
	wg.Wait()
}

func goWrapper() {
	results := make(chan Result)
	go process([]int{1, 10, 0}, results)
	fmt.Println(<-results)
}

func lockedThread() {
	ready := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		close(ready)
		select {} // owns the thread, e.g. for a C library with thread-local state
	}()
	<-ready
	go func() {
		time.Sleep(time.Hour)
	}()
	time.Sleep(10 * time.Millisecond)
	var deadline map[string]time.Time
	deadline["render"] = time.Now() // CRASH locked-thread
}

func ancestors() {
	done := make(chan struct{})
	go func() { // supervisor
		spawnChild(done)
	}()
	<-done
}

func spawnChild(done chan struct{}) {
	go func() {
		leaf(done)
	}()
}

//go:noinline
func leaf(done chan struct{}) {
	var m map[int]int
	m[1] = 1 // CRASH ancestors
	close(done)
}
