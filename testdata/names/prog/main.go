// Crashes, with every goroutine parked in a function whose name is awkward to split: generic
// instantiations, a method value (-fm), go/defer statement wrappers, closures, a range-over-func
// body, a vendored dependency with an escaped dot; the crash itself is raised in a
// compiler-made type equality function (comparing uncomparable values). Run by ../gen.sh with
// GOTRACEBACK=system, which prints the wrappers too.
package main

import (
	"net/http"
	"sync"

	yaml "example.com/dep/yaml.v2"
)

var (
	ready sync.WaitGroup
	never = make(chan struct{})
)

// park marks the caller's goroutine ready and blocks it for good.
//
//go:noinline
func park() {
	ready.Done()
	<-never
}

type Stack[T any] struct{ items []T }

//go:noinline
func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
	park()
}

//go:noinline
func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

type Counter struct{ n int }

//go:noinline
func (c *Counter) Wait() { park() }

//go:noinline
func call(f func()) { f() }

//go:noinline
func worker(n int) {
	if n > 0 {
		park()
	}
}

//go:noinline
func deferred(n int) {
	if n > 0 {
		park()
	}
}

//go:noinline
func withDefer() {
	defer deferred(1)
}

//go:noinline
func equal(a, b [2]any) bool { return a == b }

func main() {
	ready.Add(7)
	go func() {
		var s Stack[int]
		s.Push(1)
	}()
	go Map([]int{1}, func(v int) string { park(); return "" })
	go call((&Counter{}).Wait)
	go worker(1)
	go withDefer()
	go yaml.Decode(func() { park() })
	go rangeOverFunc()
	ready.Wait()
	cgoCall()
	http.CanonicalHeaderKey("x") // links GOROOT's vendored golang.org/x/net
	equal([2]any{[]int{1}, 2}, [2]any{[]int{1}, 2})
}
