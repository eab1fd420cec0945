// Command slogcrash logs JSON with log/slog. A request handler panics; the
// middleware recovers it and logs the value and debug.Stack() in one JSON
// record. Later a background goroutine panics and the process crashes.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"time"
)

type Session struct {
	User  string
	Roles []string
}

func recoverer(logger *slog.Logger, path string, h func()) {
	defer func() {
		if r := recover(); r != nil {
			logger.Error("panic recovered", "path", path, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	h()
}

//go:noinline
func primaryRole(s *Session) string {
	return s.Roles[0] // CRASH slog-recovered
}

type Flusher struct {
	pending map[string][]byte
}

//go:noinline
func (f *Flusher) flush() {
	for k := range f.pending {
		delete(f.pending, k)
	}
	f.pending["batch-7"] = []byte("metrics") // CRASH slog-crash
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	logger.Info("server starting", "addr", ":8080", "version", "3.2.0")
	logger.Info("request", "method", "GET", "path", "/healthz", "status", 200, "dur_ms", 1)
	recoverer(logger, "/api/me", func() {
		s := &Session{User: "bob"}
		logger.Info("role", "user", s.User, "role", primaryRole(s))
	})
	logger.Warn("slow request", "method", "POST", "path", "/api/orders", "dur_ms", 1834)
	f := &Flusher{}
	go func() {
		time.Sleep(20 * time.Millisecond)
		f.flush()
	}()
	time.Sleep(time.Second)
}
