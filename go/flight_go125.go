//go:build go1.25

package panicscope

import (
	"bytes"
	"runtime/trace"
	"sync"
	"time"
)

// flightRecorder keeps the last seconds of execution trace (Go 1.25
// runtime/trace.FlightRecorder; one per process).
type flightRecorder struct {
	rec  *trace.FlightRecorder
	mu   sync.Mutex // WriteTo refuses concurrent calls
	last time.Time
}

func startFlightRecorder(c *FlightRecorder) *flightRecorder {
	cfg := trace.FlightRecorderConfig{MinAge: c.MinAge, MaxBytes: c.MaxBytes}
	if cfg.MinAge <= 0 {
		cfg.MinAge = 5 * time.Second
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 1 << 20
	}
	rec := trace.NewFlightRecorder(cfg)
	if rec.Start() != nil {
		return nil // another recorder or trace.Start owns it
	}
	return &flightRecorder{rec: rec}
}

// snapshot is the trace's last seconds, at most one a second: a storm of panics
// must not turn into a storm of multi-megabyte traces.
func (f *flightRecorder) snapshot() []byte {
	if f == nil || !f.mu.TryLock() {
		return nil
	}
	defer f.mu.Unlock()
	if time.Since(f.last) < time.Second {
		return nil
	}
	f.last = time.Now()
	var buf bytes.Buffer
	if _, err := f.rec.WriteTo(&buf); err != nil {
		return nil
	}
	return buf.Bytes()
}

func (f *flightRecorder) stop() {
	if f != nil {
		f.rec.Stop()
	}
}
