package panicscope

import (
	"net/http"
	"os"
	"testing"
	"time"
)

// What the external tests (package panicscope_test, whose frames are not the
// reporter's) need from inside.

type Collector = collector
type Upload = upload

func NewCollector(t *testing.T) *Collector { return newCollector(t) }

func (c *collector) URL() string { return c.srv.URL }

func (c *collector) WaitFor(t *testing.T, n int, d time.Duration) []Upload { return c.waitFor(t, n, d) }

func (c *collector) Uploads() []Upload { return c.uploads() }

func (c *collector) SetDelay(d time.Duration) {
	c.mu.Lock()
	c.delay = d
	c.mu.Unlock()
}

func (u upload) Body() []byte { return u.body }

func (u upload) Header() http.Header { return u.header }

var CheckRecoveredText = checkRecoveredText

// SpoolFiles counts the reports a spool holds.
func SpoolFiles(dir string) int { return len(spoolList(dir)) }

// Install sets up what Start sets up in the program, without a monitor, for
// the life of the test.
func Install(t *testing.T, cfg Config) {
	cfg = cfg.withDefaults()
	st := &state{cfg: cfg, poke: make(chan struct{}, 1), inflight: map[string]bool{}}
	st.template = report{Schema: Schema, Release: cfg.Release, Environment: cfg.Environment,
		Host: cfg.Host, PID: os.Getpid(), ProcessStart: formatTime(processStart), Build: readBuild()}
	if cfg.FlightRecorder != nil {
		st.flight = startFlightRecorder(cfg.FlightRecorder)
	}
	old := current.Swap(st)
	t.Cleanup(func() {
		Flush(5 * time.Second)
		st.flight.stop()
		current.Store(old)
	})
}
