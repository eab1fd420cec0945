// A program built with gccgo that crashes in the ways panicscope reads gccgo's traceback.
package main

import (
	"os"
	"sync"
)

type store struct{ m map[string]int }

func (s *store) put(k string) { s.m[k]++ } // CRASH nil-map (nil map write)

type node struct{ next *node }

func (n *node) depth() int { return n.next.depth() + 1 } // CRASH nil-deref (n is nil at the end)

func main() {
	switch os.Args[1] {
	case "nil-map":
		s := &store{}
		s.put("a")
	case "nil-deref":
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = (&node{}).depth()
		}()
		wg.Wait()
	}
}
