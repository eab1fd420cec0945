package panicscope

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// TestRelayRing: the relay copies everything unchanged and keeps the last
// max bytes, across wraps, for the preface search.
func TestRelayRing(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rel := startRelay(r, &out, 100)
	var all strings.Builder
	for i := 0; i < 50; i++ {
		line := strings.Repeat(string(rune('a'+i%26)), i%13) + "\n"
		all.WriteString(line)
		_, _ = io.WriteString(w, line)
	}
	_, _ = io.WriteString(w, "app log\nfatal error: concurrent map writes\n\ngoroutine 1 [running]:\n")
	w.Close()
	rel.wait()
	want := all.String() + "app log\nfatal error: concurrent map writes\n\ngoroutine 1 [running]:\n"
	if out.String() != want {
		t.Errorf("relayed %q", out.String())
	}
	if got := string(rel.tail()); got != want[len(want)-100:] {
		t.Errorf("tail %q, want %q", got, want[len(want)-100:])
	}
	if pre := string(rel.preface([]byte("\ngoroutine 1 [running]:\n"))); pre != "fatal error: concurrent map writes\n" {
		t.Errorf("preface %q", pre)
	}
}
