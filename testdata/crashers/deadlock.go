package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
}

func (inv *Inventory) Reserve(sku string) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.items[sku] == 0 {
		inv.restock(sku)
	}
	inv.items[sku]--
}

// restock takes the lock again: a self-deadlock.
func (inv *Inventory) restock(sku string) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.items[sku] += 10
}

func init() {
	register("deadlock-mutex", deadlockMutex)
	register("deadlock-waitgroup", deadlockWaitgroup)
}

func deadlockMutex() {
	inv := &Inventory{items: map[string]int{}}
	inv.Reserve("sku-1")
	fmt.Println(inv.items)
}

func deadlockWaitgroup() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]int{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			results[n] = n * n
			mu.Unlock()
			if n != 1 {
				wg.Done()
			} // worker 1 forgets wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
