package panicscope

import (
	"crypto/rand"
	"encoding/hex"
	"runtime/debug"
	"time"
)

// Schema names the version of the report body (PROTOCOL.md).
const Schema = "panicscope/report@1"

// Kinds of report.
const (
	KindCrash     = "crash"     // the runtime's own output of a dying program
	KindRecovered = "recovered" // a panic recovered by Recover, Go or Handler
)

// report is the body of POST /api/v1/crashes and the Output JSON line.
type report struct {
	Schema         string         `json:"schema"`
	ID             string         `json:"id"`
	Kind           string         `json:"kind"`
	Text           string         `json:"text"`
	TruncatedBytes int64          `json:"truncatedBytes,omitempty"`
	Time           string         `json:"time"`
	Release        string         `json:"release,omitempty"`
	Environment    string         `json:"environment,omitempty"`
	Host           string         `json:"host,omitempty"`
	PID            int            `json:"pid"`
	ProcessStart   string         `json:"processStart"`
	UptimeSeconds  float64        `json:"uptimeSeconds"`
	Build          *build         `json:"build,omitempty"`
	Context        *reportContext `json:"context,omitempty"`
	Trace          string         `json:"trace,omitempty"`
}

type build struct {
	GoVersion string            `json:"goVersion"`
	Path      string            `json:"path,omitempty"`
	Main      module            `json:"main"`
	Settings  map[string]string `json:"settings,omitempty"`
}

type module struct {
	Path    string `json:"path"`
	Version string `json:"version,omitempty"`
	Sum     string `json:"sum,omitempty"`
}

type reportContext struct {
	TraceID   string            `json:"traceId,omitempty"`
	SpanID    string            `json:"spanId,omitempty"`
	RequestID string            `json:"requestId,omitempty"`
	Route     string            `json:"route,omitempty"`
	Tags      map[string]string `json:"tags,omitempty"`
}

func (c *reportContext) empty() bool {
	return c.TraceID == "" && c.SpanID == "" && c.RequestID == "" && c.Route == "" && len(c.Tags) == 0
}

// sentSettings are the build settings a report carries. The others (-ldflags,
// -gcflags, CGO_CFLAGS, …) may hold paths or secrets passed with -X.
var sentSettings = map[string]bool{
	"-buildmode": true, "-compiler": true, "-race": true, "-tags": true, "-trimpath": true,
	"CGO_ENABLED": true, "GOOS": true, "GOARCH": true, "GOEXPERIMENT": true,
	"GO386": true, "GOAMD64": true, "GOARM": true, "GOARM64": true, "GOMIPS": true,
	"GOMIPS64": true, "GOPPC64": true, "GORISCV64": true, "GOWASM": true,
	"vcs": true, "vcs.revision": true, "vcs.time": true, "vcs.modified": true,
}

// readBuild is debug.ReadBuildInfo in the report's form; nil when the binary has none.
func readBuild() *build {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	b := &build{
		GoVersion: info.GoVersion,
		Path:      info.Path,
		Main:      module{Path: info.Main.Path, Version: info.Main.Version, Sum: info.Main.Sum},
	}
	for _, s := range info.Settings {
		if sentSettings[s.Key] {
			if b.Settings == nil {
				b.Settings = map[string]string{}
			}
			b.Settings[s.Key] = s.Value
		}
	}
	return b
}

// newID is a random UUID (version 4): the report's idempotency key.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		// crypto/rand does not fail on supported platforms (Go 1.24 makes it fatal);
		// a time-based key still keeps retries of this report together.
		copy(b[:], time.Now().Format(time.RFC3339Nano))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// uptime in seconds with millisecond precision.
func uptime(start, now time.Time) float64 {
	return float64(now.Sub(start).Milliseconds()) / 1000
}
