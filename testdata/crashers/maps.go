package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Registry struct {
	byName map[string]int
}

//go:noinline
func (r *Registry) Add(name string, id int) {
	r.byName[name] = id // CRASH nil-map-write
}

// Cache is a map with no locking, shared by goroutines.
type Cache struct {
	m map[string]int
}

//go:noinline
func (c *Cache) Put(k string, v int) {
	c.m[k] = v // CRASH concurrent-map-writes
}

//go:noinline
func (c *Cache) Get(k string) int {
	return c.m[k] // CRASH concurrent-map-read-write
}

func newCache() *Cache {
	c := &Cache{m: make(map[string]int)}
	for i := 0; i < 200; i++ {
		c.m["warm-"+strconv.Itoa(i)] = i
	}
	return c
}

func init() {
	register("nil-map-write", nilMapWrite)
	register("concurrent-map-writes", concurrentMapWrites)
	register("concurrent-map-read-write", concurrentMapReadWrite)
}

func nilMapWrite() {
	var r Registry
	r.Add("alice", 1)
	fmt.Println(r.byName)
}

func concurrentMapWrites() {
	c := newCache()
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				c.Put("k"+strconv.Itoa(i%1000), i)
			}
		}()
	}
	wg.Wait()
}

func concurrentMapReadWrite() {
	c := newCache()
	go func() {
		for i := 0; ; i++ {
			c.Put("k"+strconv.Itoa(i%1000), i)
		}
	}()
	sum := 0
	for i := 0; ; i++ {
		sum += c.Get("k" + strconv.Itoa(i%1000))
	}
}
