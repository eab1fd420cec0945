package panicscope

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// upload is one request the test server received.
type upload struct {
	method, path string
	header       http.Header
	body         []byte // after gzip
	err          error
}

// collector is a real HTTP server that records what reaches it and answers
// with the statuses given, then 202.
type collector struct {
	srv      *httptest.Server
	mu       sync.Mutex
	got      []upload
	statuses []int
	delay    time.Duration
}

func newCollector(t *testing.T, statuses ...int) *collector {
	c := &collector{statuses: statuses}
	c.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(r.Body)
		up := upload{method: r.Method, path: r.URL.Path, header: r.Header.Clone(), body: raw, err: err}
		if r.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err == nil {
				up.body, err = io.ReadAll(zr)
			}
			up.err = err
		}
		c.mu.Lock()
		c.got = append(c.got, up)
		status := http.StatusAccepted
		if len(c.statuses) > 0 {
			status, c.statuses = c.statuses[0], c.statuses[1:]
		}
		delay := c.delay
		c.mu.Unlock()
		select { // a slow server; it gives up when the client does, so Close does not wait
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		w.WriteHeader(status)
	}))
	t.Cleanup(c.srv.Close)
	return c
}

func (c *collector) uploads() []upload {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]upload(nil), c.got...)
}

// waitFor returns the uploads once there are n of them, or fails after timeout.
func (c *collector) waitFor(t *testing.T, n int, timeout time.Duration) []upload {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := c.uploads()
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server received %d reports, want %d", len(got), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// checkRecoveredText checks a recovered report's text: the headline, the
// goroutine header, then debug.Stack's frames from the runtime's panic frame
// on, without runtime/debug.Stack and this package's frames; want are the
// program's functions that must follow, in order.
func checkRecoveredText(t *testing.T, text, head string, want []string) {
	t.Helper()
	if !strings.HasPrefix(text, head) {
		t.Fatalf("text starts %q, want %q", text[:min(len(text), 200)], head)
	}
	lines := strings.Split(strings.TrimSuffix(text[len(head):], "\n"), "\n")
	var funcs []string
	for i := 0; i+1 < len(lines); i += 2 {
		if !strings.HasPrefix(lines[i+1], "\t") {
			t.Fatalf("line %q is not a file line\n%s", lines[i+1], text)
		}
		if strings.HasPrefix(lines[i], "created by ") {
			continue
		}
		if ownFrame(frameFunction(lines[i])) || ownFile(lines[i+1]) {
			t.Errorf("the reporter's frame %s (%s) is in the text", lines[i], lines[i+1])
		}
		funcs = append(funcs, frameFunction(lines[i]))
	}
	if len(funcs) == 0 || funcs[0] != "panic" {
		t.Fatalf("first frame %v, want the runtime's panic frame\n%s", funcs, text)
	}
	i := 0
	for _, f := range funcs {
		if i < len(want) && f == want[i] {
			i++
		}
	}
	if i != len(want) {
		t.Errorf("frames %v lack %v in order", funcs, want)
	}
}
