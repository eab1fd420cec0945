// A worker whose deferred recover logs with log15 (logfmt) and go-stack's call stack: the
// whole stack as a compact list of base names in the `stack` field.
package main

import (
	"os"

	"github.com/go-stack/stack"
	"github.com/inconshreveable/log15"
)

type cache struct{ entries []string }

func (c *cache) get(i int) string {
	return c.entries[i]
}

func serve(log log15.Logger, c *cache) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("panic recovered", "err", r, "stack", stack.Trace())
		}
	}()
	c.get(3)
}

func main() {
	log := log15.New()
	log.SetHandler(log15.StreamHandler(os.Stderr, log15.LogfmtFormat()))
	serve(log, &cache{})
}
