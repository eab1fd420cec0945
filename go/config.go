package panicscope

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Config says where reports go and what they carry. Only what is set here is
// sent: no environment variables, no arguments, no request bodies.
type Config struct {
	// Server is the base URL of the panicscope server ("https://crashes.example.com").
	// Reports are POSTed to Server + "/api/v1/crashes". Empty: nothing is uploaded.
	Server string
	// Token is the project token, sent as "Authorization: Bearer Token".
	Token string
	// Release is the version of the program ("1.4.2").
	Release string
	// Environment is where it runs ("production", "staging").
	Environment string
	// Host names the machine; empty means os.Hostname().
	Host string
	// Tags are sent with every report (keep them low-cardinality: region, service).
	Tags map[string]string

	// SpoolDir keeps reports until the server acknowledged them, so that a crash
	// is not lost when the server is down or the monitor is killed; the next
	// Start retries them. Empty means os.UserCacheDir()/panicscope/<program name>.
	SpoolDir string
	// SpoolMaxBytes caps the spool; the oldest reports go first. Default 16 MiB.
	SpoolMaxBytes int64

	// Output receives every report as one JSON line (the wire body plus "id"),
	// for a log shipper. Fatal crashes are written by the monitor process, so they
	// reach Output only when it is an *os.File (os.Stderr, a file); other writers
	// get the recovered panics.
	Output io.Writer

	// Timeout bounds one upload, and the wait for delivery before Recover and Go
	// re-panic. Default 5s.
	Timeout time.Duration
	// KeepRunning makes Recover and Go swallow a panic after reporting it instead
	// of re-panicking.
	KeepRunning bool
	// TraceContext returns the trace and span id (hex) a context carries; the
	// github.com/panicscope/panicscope/go/otel package has one for OpenTelemetry.
	TraceContext func(ctx context.Context) (traceID, spanID string)
	// RequestIDHeader, when set, is the request header Handler takes the request
	// id from ("X-Request-Id"). A request id attached with WithRequestID wins.
	RequestIDHeader string
	// FlightRecorder, when set and built with Go ≥ 1.25, keeps the last seconds
	// of a runtime/trace execution trace and attaches it to recovered-panic
	// reports. A fatal crash cannot carry one: the dying runtime cannot write it.
	FlightRecorder *FlightRecorder
	// MaxTextBytes caps the crash text sent; the rest is counted in
	// "truncatedBytes". Default 4 MiB.
	MaxTextBytes int
	// StderrUntouched leaves the program's standard error as it is. By default
	// Start passes it through the monitor (every byte copied unchanged), because
	// the runtime writes a fatal error's "fatal error: …" line only there, not to
	// the crash output (golang/go#76859); with StderrUntouched the reports of
	// fatal errors lack that line. Standard error is then a pipe, not a terminal.
	StderrUntouched bool
	// SkipInitMode keeps the usual monitor child when the program is PID 1.
	// By default, as PID 1 (a container without an init), Start keeps PID 1 for
	// itself: it runs the program again as its child, forwards SIGTERM, SIGINT,
	// SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2 and SIGWINCH to it, reaps the orphans that
	// land on PID 1, reports its crash, and exits with its exit code (128+signal
	// when a signal killed it). A monitor child of PID 1 would be killed by the
	// kernel together with PID 1 before it could read the crash.
	SkipInitMode bool
	// Logf receives the reporter's own diagnostics (failed uploads). Default: none.
	Logf func(format string, args ...any)
}

// FlightRecorder configures the Go ≥ 1.25 runtime/trace flight recorder.
type FlightRecorder struct {
	// MinAge is how far back the trace reaches at least. Default 5s.
	MinAge time.Duration
	// MaxBytes bounds the trace kept. Default 1 MiB.
	MaxBytes uint64
}

const (
	defaultSpoolMaxBytes = 16 << 20
	defaultTimeout       = 5 * time.Second
	defaultMaxTextBytes  = 4 << 20
)

// withDefaults fills what the user left empty.
func (c Config) withDefaults() Config {
	if c.Host == "" {
		c.Host, _ = os.Hostname()
	}
	if c.SpoolDir == "" && c.Server != "" {
		c.SpoolDir = defaultSpoolDir()
	}
	if c.SpoolMaxBytes <= 0 {
		c.SpoolMaxBytes = defaultSpoolMaxBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = defaultTimeout
	}
	if c.MaxTextBytes <= 0 {
		c.MaxTextBytes = defaultMaxTextBytes
	}
	return c
}

func defaultSpoolDir() string {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	name := "program"
	if exe, err := os.Executable(); err == nil {
		name = filepath.Base(exe)
	}
	return filepath.Join(base, "panicscope", name)
}

func (c *Config) logf(format string, args ...any) {
	if c.Logf != nil {
		c.Logf(format, args...)
	}
}
