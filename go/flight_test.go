//go:build go1.25

package panicscope_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"testing"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

// TestFlightRecorder: a recovered panic carries the last seconds of execution
// trace, in runtime/trace's format ("go 1.NN trace" header).
func TestFlightRecorder(t *testing.T) {
	srv, _ := setup(t, panicscope.Config{KeepRunning: true, FlightRecorder: &panicscope.FlightRecorder{MinAge: time.Second}})
	time.Sleep(100 * time.Millisecond) // some trace to keep
	func() {
		defer panicscope.Recover(context.Background())
		panic("with a trace")
	}()
	got := srv.WaitFor(t, 1, 5*time.Second)
	body := decode(t, got[0])
	enc, _ := body["trace"].(string)
	trace, err := base64.StdEncoding.DecodeString(enc)
	if err != nil || !bytes.HasPrefix(trace, []byte("go 1.")) || !bytes.Contains(trace[:min(len(trace), 16)], []byte(" trace\x00")) {
		t.Fatalf("trace: %v, %d bytes starting %q", err, len(trace), trace[:min(len(trace), 16)])
	}
}
