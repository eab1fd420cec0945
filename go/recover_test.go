package panicscope_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

// syncBuffer is an Output that the race detector accepts being written from
// the reporter while the test reads it after Flush.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func setup(t *testing.T, cfg panicscope.Config) (*panicscope.Collector, *syncBuffer) {
	srv := panicscope.NewCollector(t)
	out := &syncBuffer{}
	cfg.Server, cfg.Token, cfg.Release, cfg.Environment = srv.URL(), "t0ken", "1.4.2", "test"
	if cfg.SpoolDir == "" {
		cfg.SpoolDir = t.TempDir()
	}
	cfg.Output = out
	panicscope.Install(t, cfg)
	return srv, out
}

func decode(t *testing.T, up panicscope.Upload) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(up.Body(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

var goroutineHead = regexp.MustCompile(`^goroutine \d+ \[running\]:\n`)

func checkText(t *testing.T, text, headline string, frames []string) {
	t.Helper()
	rest, ok := strings.CutPrefix(text, headline+"\n\n")
	if !ok {
		t.Fatalf("text starts %q, want %q", text[:min(len(text), 100)], headline)
	}
	head := goroutineHead.FindString(rest)
	if head == "" {
		t.Fatalf("no goroutine header in %q", rest[:min(len(rest), 100)])
	}
	panicscope.CheckRecoveredText(t, text, headline+"\n\n"+head, frames)
}

const self = "github.com/panicscope/panicscope/go_test."

func TestRecoverKeepRunning(t *testing.T) {
	srv, out := setup(t, panicscope.Config{
		KeepRunning: true,
		Tags:        map[string]string{"region": "eu-west-1", "tier": "web"},
		TraceContext: func(ctx context.Context) (string, string) {
			return "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
		},
	})
	ctx := panicscope.WithRequestID(context.Background(), "req-1")
	ctx = panicscope.WithRoute(ctx, "job/reindex")
	ctx = panicscope.WithTags(ctx, map[string]string{"tier": "batch", "shard": "7"})
	func() {
		defer panicscope.Recover(ctx)
		panic("boom\nsecond line")
	}()
	if !panicscope.Flush(5 * time.Second) {
		t.Fatal("not flushed")
	}
	got := srv.Uploads()
	if len(got) != 1 {
		t.Fatalf("%d uploads", len(got))
	}
	body := decode(t, got[0])
	want := map[string]any{
		"traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7",
		"requestId": "req-1", "route": "job/reindex",
		"tags": map[string]any{"region": "eu-west-1", "tier": "batch", "shard": "7"},
	}
	if !reflect.DeepEqual(body["context"], want) || body["kind"] != "recovered" {
		t.Errorf("kind %v, context %#v", body["kind"], body["context"])
	}
	text, _ := body["text"].(string)
	checkText(t, text, "panic: boom\n\tsecond line", []string{self + "TestRecoverKeepRunning.func2", self + "TestRecoverKeepRunning"})
	if out.String() != string(got[0].Body())+"\n" {
		t.Errorf("Output %q", out.String())
	}
}

func TestRecoverRepanicsAfterDelivery(t *testing.T) {
	srv, _ := setup(t, panicscope.Config{})
	err := errors.New("an error")
	var again any
	func() {
		defer func() { again = recover() }()
		defer panicscope.Recover(context.Background())
		panic(err)
	}()
	if again != err {
		t.Fatalf("re-panicked with %v, want the same error", again)
	}
	got := srv.Uploads() // delivered before the re-panic: no waiting here
	if len(got) != 1 {
		t.Fatalf("%d uploads before the re-panic returned", len(got))
	}
	text, _ := decode(t, got[0])["text"].(string)
	checkText(t, text, "panic: an error", []string{self + "TestRecoverRepanicsAfterDelivery.func1"})
}

func TestErrAbortHandlerIsNotReported(t *testing.T) {
	srv, out := setup(t, panicscope.Config{KeepRunning: true})
	var again any
	func() {
		defer func() { again = recover() }()
		defer panicscope.Recover(context.Background())
		panic(http.ErrAbortHandler)
	}()
	panicscope.Flush(time.Second)
	if again != http.ErrAbortHandler || len(srv.Uploads()) != 0 || out.String() != "" {
		t.Errorf("re-panic %v, %d uploads, output %q", again, len(srv.Uploads()), out.String())
	}
}

func TestGo(t *testing.T) {
	srv, _ := setup(t, panicscope.Config{KeepRunning: true})
	panicscope.Go(context.Background(), func() { panic(errors.New("in a goroutine")) })
	got := srv.WaitFor(t, 1, 5*time.Second)
	text, _ := decode(t, got[0])["text"].(string)
	checkText(t, text, "panic: in a goroutine", []string{self + "TestGo.func1"})
	if !strings.Contains(text, "\ncreated by github.com/panicscope/panicscope/go.Go in goroutine ") {
		t.Errorf("no created-by line:\n%s", text)
	}
}

func TestHandler(t *testing.T) {
	srv, _ := setup(t, panicscope.Config{RequestIDHeader: "X-Request-Id"})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		//lint:ignore SA5000 the panic is the point
		m[r.PathValue("id")]++
	})
	mux.HandleFunc("GET /abort", func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) })
	mux.HandleFunc("GET /late", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		_, _ = io.WriteString(w, "partial")
		w.(http.Flusher).Flush()
		panic("after the header")
	})
	ts := httptest.NewServer(panicscope.Handler(mux))
	defer ts.Close()

	req, _ := http.NewRequest("GET", ts.URL+"/orders/17", nil)
	req.Header.Set("X-Request-Id", "req-17")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 500 {
		t.Errorf("status %d, want 500", resp.StatusCode)
	}
	got := srv.WaitFor(t, 1, 5*time.Second)
	body := decode(t, got[0])
	if want := map[string]any{"requestId": "req-17", "route": "GET /orders/{id}"}; !reflect.DeepEqual(body["context"], want) {
		t.Errorf("context %#v, want %#v", body["context"], want)
	}
	text, _ := body["text"].(string)
	checkText(t, text, "panic: assignment to entry in nil map", []string{self + "TestHandler.func1", "net/http.HandlerFunc.ServeHTTP"})

	if resp, err := http.Get(ts.URL + "/abort"); err == nil {
		resp.Body.Close()
		t.Errorf("ErrAbortHandler: a response (%d), want the connection aborted", resp.StatusCode)
	}
	resp, err = http.Get(ts.URL + "/late")
	if err == nil {
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	if err == nil {
		t.Error("a panic after the response began: want the response aborted")
	}
	got = srv.WaitFor(t, 2, 5*time.Second)
	panicscope.Flush(time.Second)
	if n := len(srv.Uploads()); n != 2 {
		t.Errorf("%d uploads, want 2 (ErrAbortHandler is not reported)", n)
	}
	text, _ = decode(t, got[1])["text"].(string)
	checkText(t, text, "panic: after the header", []string{self + "TestHandler.func3"})
}

// TestDeliveryIsBounded: a server that does not answer holds a re-panic back
// for Config.Timeout at most; the report stays spooled. The bound checked is far
// below the server's delay, not near Timeout: the spool's fsync comes before the
// upload and, on a loaded machine, can take seconds by itself.
func TestDeliveryIsBounded(t *testing.T) {
	spool := t.TempDir()
	srv, _ := setup(t, panicscope.Config{Timeout: 300 * time.Millisecond, SpoolDir: spool})
	srv.SetDelay(60 * time.Second)
	start := time.Now()
	func() {
		defer func() { _ = recover() }()
		defer panicscope.Recover(context.Background())
		panic("slow server")
	}()
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("the re-panic waited %v for a server that answers after 60s, want about 300ms", d)
	}
	if n := panicscope.SpoolFiles(spool); n != 1 {
		t.Errorf("spool holds %d reports, want 1", n)
	}
}

// TestNothingConfiguredNothingSent: with neither Server nor Output, a
// recovered panic is re-panicked and nothing else happens.
func TestNothingConfiguredNothingSent(t *testing.T) {
	panicscope.Install(t, panicscope.Config{KeepRunning: true})
	func() {
		defer panicscope.Recover(context.Background())
		panic("quiet")
	}()
}
