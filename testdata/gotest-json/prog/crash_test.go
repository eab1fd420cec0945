// Tests that crash the test binary in the ways `go test -json` has to carry:
// a panic inside a test, a test that outlives -timeout, and a panic in one of
// several parallel tests while the others are still logging.
package gotestjson

import (
	"testing"
	"time"
)

type inventory struct{ counts map[string]int }

func (inv *inventory) add(item string) {
	inv.counts[item]++ // CRASH panic: assignment to entry in nil map
}

func TestPanics(t *testing.T) {
	t.Log("adding an item")
	var inv inventory
	inv.add("apple")
}

func waitForever(done chan struct{}) {
	<-done // CRASH timeout: blocked here when the alarm fires
}

func TestSlow(t *testing.T) {
	t.Log("waiting for a signal that never comes")
	waitForever(make(chan struct{}))
}

func index(xs []int, i int) int {
	return xs[i] // CRASH parallel: index out of range
}

func TestParallelA(t *testing.T) {
	t.Parallel()
	for i := 0; i < 3; i++ {
		t.Logf("A step %d", i)
		time.Sleep(20 * time.Millisecond)
	}
}

func TestParallelB(t *testing.T) {
	t.Parallel()
	time.Sleep(30 * time.Millisecond)
	t.Log("B about to index")
	index([]int{1, 2}, 5)
}
