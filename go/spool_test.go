package panicscope

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestSpoolCap(t *testing.T) {
	cfg := Config{SpoolDir: t.TempDir()}
	body := []byte(`{"text":"` + strings.Repeat("x", 100) + `"}`)
	now := time.Now()
	p1, _ := spoolWrite(&cfg, "a", body, now)
	size := spoolList(cfg.SpoolDir)[0].size
	cfg.SpoolMaxBytes = 3*size - 1
	_, _ = spoolWrite(&cfg, "b", body, now.Add(time.Second))
	_, _ = spoolWrite(&cfg, "c", body, now.Add(2*time.Second))
	files := spoolList(cfg.SpoolDir)
	if len(files) != 2 || files[0].id != "b" || files[1].id != "c" || files[0].path == p1 {
		t.Errorf("spool %v, want b and c (a dropped)", files)
	}
}

func TestBackoff(t *testing.T) {
	want := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute}
	for i, w := range want {
		if got := backoff(i + 1); got != w {
			t.Errorf("backoff(%d) = %v, want %v", i+1, got, w)
		}
	}
	if got := backoff(40); got != 6*time.Hour {
		t.Errorf("backoff(40) = %v, want 6h", got)
	}
}

// TestDeliverPassKeepsTheBackoff: within a run a refused report waits for its
// backoff (30s after a first failure) before it is tried again; the first pass
// of a run (a new Start) tries it whatever its backoff.
func TestDeliverPassKeepsTheBackoff(t *testing.T) {
	srv := newCollector(t, 503, 503)
	st := &state{cfg: Config{Server: srv.srv.URL, Token: "t0ken", SpoolDir: t.TempDir(),
		SpoolMaxBytes: 1 << 20, Timeout: 2 * time.Second}, inflight: map[string]bool{}}
	now := time.Now()
	if _, err := spoolWrite(&st.cfg, "r1", []byte(`{"id":"r1"}`), now); err != nil {
		t.Fatal(err)
	}
	passes := []struct {
		at      time.Duration
		all     bool
		uploads int
		next    time.Duration // what the pass returns
	}{
		{0, true, 1, 30 * time.Second},            // refused: 503, attempt 1
		{29 * time.Second, false, 1, time.Second}, // not due yet: not tried
		{31 * time.Second, false, 2, time.Minute}, // due: refused again, attempt 2
		{32 * time.Second, true, 3, -1},           // a new run's first pass: tried, delivered
	}
	for _, p := range passes {
		next := st.deliverPass(now.Add(p.at), p.all)
		if n := len(srv.uploads()); n != p.uploads || next != p.next {
			t.Errorf("pass at +%v (all %v): %d uploads, next in %v; want %d, %v", p.at, p.all, n, next, p.uploads, p.next)
		}
	}
	if files := spoolList(st.cfg.SpoolDir); len(files) != 0 {
		t.Errorf("spool holds %v after delivery", files)
	}
}

// TestRetryAfterIsTheLeastWait: `panicscope serve` past its bound of uploads held at once
// answers 503 at once with Retry-After: 5 (src/server/body-budget.ts; the headers and body
// below are a real answer of it). The report stays spooled and waits its backoff, or
// Retry-After when that is longer.
func TestRetryAfterIsTheLeastWait(t *testing.T) {
	for _, c := range []struct {
		retryAfter string
		next       time.Duration
	}{{"5", 30 * time.Second}, {"120", 2 * time.Minute}} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", c.retryAfter)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, `{"error":"the server holds 38000000 bytes of uploads, its bound is 52428800; try again later"}`)
		}))
		st := &state{cfg: Config{Server: srv.URL, Token: "t0ken", SpoolDir: t.TempDir(),
			SpoolMaxBytes: 1 << 20, Timeout: 2 * time.Second}, inflight: map[string]bool{}}
		now := time.Now()
		if _, err := spoolWrite(&st.cfg, "r1", []byte(`{"id":"r1"}`), now); err != nil {
			t.Fatal(err)
		}
		if next := st.deliverPass(now, true); next != c.next {
			t.Errorf("Retry-After %s: next pass in %v, want %v", c.retryAfter, next, c.next)
		}
		files := spoolList(st.cfg.SpoolDir)
		if len(files) != 1 || files[0].id != "r1" {
			t.Errorf("Retry-After %s: spool holds %v, want r1 kept", c.retryAfter, files)
		}
		srv.Close()
	}
}
