package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

//go:noinline
func (c *Counter) Incr() {
	c.n++
	c.mu.Unlock() // CRASH unlock-unlocked-mutex
}

type Config struct {
	mu   sync.RWMutex
	vals map[string]string
}

//go:noinline
func (c *Config) Get(k string) string {
	v := c.vals[k]
	c.mu.RUnlock() // CRASH runlock-unlocked-rwmutex
	return v
}

func init() {
	register("unlock-unlocked-mutex", unlockUnlockedMutex)
	register("runlock-unlocked-rwmutex", runlockUnlockedRwmutex)
	register("negative-waitgroup", negativeWaitgroup)
}

func unlockUnlockedMutex() {
	c := &Counter{}
	c.Incr()
	fmt.Println(c.n)
}

func runlockUnlockedRwmutex() {
	c := &Config{vals: map[string]string{"env": "prod"}}
	fmt.Println(c.Get("env"))
}

func negativeWaitgroup() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
	wg.Done() // CRASH negative-waitgroup
}
