package tests

import "sync"

// Cache is a map behind a mutex; a test that forgets to unlock it makes
// the next Get wait for ever.
type Cache struct {
	mu sync.Mutex
	m  map[string]string
}

func NewCache() *Cache {
	return &Cache{m: map[string]string{}}
}

func (c *Cache) Get(key string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}
