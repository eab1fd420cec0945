package tests

import "testing"

// TestStuckCache and TestStuckQueue run in parallel and both hang: run them
// with -run '^TestStuck' -timeout 2s and go test stops the binary with both
// still running.
func TestStuckCache(t *testing.T) {
	t.Parallel()
	c := NewCache()
	c.mu.Lock() // forgot the Unlock
	c.Get("a")
}

func TestStuckQueue(t *testing.T) {
	t.Parallel()
	queue := make(chan int)
	<-queue
}
