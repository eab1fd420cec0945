//go:build !go1.25

package panicscope_test

import (
	"context"
	"testing"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

// TestFlightRecorder: before Go 1.25 the option is accepted and no trace is sent.
func TestFlightRecorder(t *testing.T) {
	srv, _ := setup(t, panicscope.Config{KeepRunning: true, FlightRecorder: &panicscope.FlightRecorder{}})
	func() {
		defer panicscope.Recover(context.Background())
		panic("without a trace")
	}()
	got := srv.WaitFor(t, 1, 5*time.Second)
	if _, ok := decode(t, got[0])["trace"]; ok {
		t.Error("a trace before Go 1.25")
	}
}
