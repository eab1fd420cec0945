package panicscope

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// monitorEnv marks the re-executed program as the monitor.
const monitorEnv = "PANICSCOPE_MONITOR"

// processStart is taken at package initialisation, before main runs.
var processStart = time.Now()

// state is what Start set up; nil before Start.
type state struct {
	cfg      Config
	template report // the metadata every report of this process carries
	poke     chan struct{}
	mu       sync.Mutex
	inflight map[string]bool // reports being sent synchronously
	looping  bool            // deliverLoop runs
	passed   bool            // deliverLoop made its first pass (owned by the loop)
	flight   *flightRecorder
	// monitorPID is the monitor's process id, 0 when there is none.
	monitorPID int
}

var (
	current   atomic.Pointer[state]
	startOnce atomic.Bool
)

// handoff is the first line the program writes into the monitor's pipe: what
// the monitor needs to build and deliver a report. The rest of the pipe is the
// runtime's crash output, if the program crashes.
type handoff struct {
	Server        string `json:"server,omitempty"`
	Token         string `json:"token,omitempty"`
	SpoolDir      string `json:"spoolDir,omitempty"`
	SpoolMaxBytes int64  `json:"spoolMaxBytes"`
	TimeoutMillis int64  `json:"timeoutMillis"`
	MaxTextBytes  int    `json:"maxTextBytes"`
	OutputFD      int    `json:"outputFd,omitempty"`
	StderrFD      int    `json:"stderrFd,omitempty"`
	Debug         bool   `json:"debug,omitempty"`
	Report        report `json:"report"`
}

// Start installs crash reporting; call it on the first line of main, before
// flags are parsed: the monitor is the same program re-executed, and it runs
// everything that comes before Start. In the monitor Start never returns.
//
// Start raises the traceback level to "all" (debug.SetTraceback never goes
// below $GOTRACEBACK). An error means the monitor could not start: the program
// runs on, and recovered panics are still reported. Only the first Start counts.
func Start(cfg Config) error {
	if os.Getenv(monitorEnv) == "1" {
		runMonitor()
		os.Exit(0)
	}
	cfg = cfg.withDefaults()
	st := &state{cfg: cfg, poke: make(chan struct{}, 1), inflight: map[string]bool{}}
	st.template = report{
		Schema:       Schema,
		Release:      cfg.Release,
		Environment:  cfg.Environment,
		Host:         cfg.Host,
		PID:          os.Getpid(),
		ProcessStart: formatTime(processStart),
		Build:        readBuild(),
	}
	if len(cfg.Tags) > 0 {
		st.template.Context = &reportContext{Tags: copyTags(cfg.Tags)}
	}
	if !startOnce.CompareAndSwap(false, true) {
		return errors.New("panicscope: Start was already called")
	}
	debug.SetTraceback("all")
	var err error
	if cfg.Server != "" || cfg.Output != nil {
		// As PID 1 the program stays PID 1 and runs itself as its child (see
		// init_linux.go); there this returns true in the child.
		underInit := st.startInit()
		if !underInit && (cfg.Server != "" || outputFile(cfg.Output) != nil) {
			err = st.startMonitor()
		}
	}
	if cfg.FlightRecorder != nil {
		st.flight = startFlightRecorder(cfg.FlightRecorder)
	}
	// Published only now, complete: a panic recovered during Start is re-panicked.
	current.Store(st)
	// A delivery goroutine only if earlier runs left reports: an idle program
	// has no goroutine of ours in its tracebacks.
	if cfg.Server != "" && len(spoolList(cfg.SpoolDir)) > 0 {
		st.wake()
	}
	return err
}

func copyTags(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func outputFile(w io.Writer) *os.File {
	f, _ := w.(*os.File)
	return f
}

// monitorEnvKeys are the variables the monitor inherits: what it needs to reach
// the server. Others (GOGC, GOMEMLIMIT, GODEBUG) could make it misbehave
// (golang/go#73490), and it needs nothing else.
var monitorEnvKeys = []string{"PATH", "HOME", "TMPDIR", "TZ", "SSL_CERT_FILE", "SSL_CERT_DIR",
	"HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"}

func monitorEnviron() []string {
	env := []string{monitorEnv + "=1"}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		for _, want := range monitorEnvKeys {
			if k == want {
				env = append(env, kv)
			}
		}
	}
	return env
}

// startMonitor re-executes the program as the monitor with a pipe on its stdin,
// then points the runtime's crash output at that pipe.
func (st *state) startMonitor() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	defer r.Close()
	cmd := exec.Command(exe)
	cmd.Env = monitorEnviron()
	cmd.Stdin = r
	cmd.SysProcAttr = monitorProcAttr()
	h := handoff{
		Server:        st.cfg.Server,
		Token:         st.cfg.Token,
		SpoolDir:      st.cfg.SpoolDir,
		SpoolMaxBytes: st.cfg.SpoolMaxBytes,
		TimeoutMillis: st.cfg.Timeout.Milliseconds(),
		MaxTextBytes:  st.cfg.MaxTextBytes,
		Debug:         st.cfg.Logf != nil,
		Report:        st.template,
	}
	// The monitor's own standard error is the program's real one: it relays
	// the program's standard error there, and writes its diagnostics there.
	cmd.Stderr = os.Stderr
	// Files beyond stdin, stdout and stderr cannot be passed on Windows.
	if f := outputFile(st.cfg.Output); f != nil && runtime.GOOS != "windows" {
		cmd.ExtraFiles = append(cmd.ExtraFiles, f)
		h.OutputFD = 2 + len(cmd.ExtraFiles)
	}
	var relayR, relayW *os.File
	if !st.cfg.StderrUntouched && relaySupported {
		if relayR, relayW, err = os.Pipe(); err == nil {
			defer relayR.Close()
			defer relayW.Close()
			cmd.ExtraFiles = append(cmd.ExtraFiles, relayR)
			h.StderrFD = 2 + len(cmd.ExtraFiles)
		}
	}
	if err := cmd.Start(); err != nil {
		w.Close()
		return err
	}
	// No goroutine waits for the monitor: one blocked in wait4 (or on a pidfd,
	// or a signal.Notify for SIGCHLD) keeps an M busy, and the runtime would no
	// longer detect "all goroutines are asleep" (runtime/proc.go checkdead).
	// The monitor reads until the program has exited, so it does not end
	// before the program; if it is killed, reapMonitor collects it.
	st.monitorPID = cmd.Process.Pid
	_ = cmd.Process.Release()
	line, _ := json.Marshal(h)
	if _, err := w.Write(append(line, '\n')); err != nil {
		w.Close()
		return err
	}
	// Only now that the monitor runs: standard error must never be a pipe
	// without a reader. If this fails, closing relayW tells the monitor so.
	if relayW != nil {
		_ = redirectStderr(int(relayW.Fd()))
	}
	// SetCrashOutput duplicates the descriptor (close-on-exec), so ours can go.
	err = debug.SetCrashOutput(w, debug.CrashOptions{})
	w.Close()
	return err
}

// runMonitor is the monitor process: it waits for the program's end, and if
// the runtime wrote a crash, spools it, writes it to Output, and uploads it.
func runMonitor() {
	ignoreSignals()
	in := bufio.NewReaderSize(os.Stdin, 64<<10)
	line, err := in.ReadBytes('\n')
	var h handoff
	if err != nil || json.Unmarshal(line, &h) != nil {
		// Stay until the program ends all the same: a monitor that ends first
		// would be a zombie under a program that does not reap it.
		_, _ = io.Copy(io.Discard, in)
		return
	}
	var rel *relay
	if h.StderrFD != 0 {
		rel = startRelay(os.NewFile(uintptr(h.StderrFD), "stderr"), os.Stderr, h.MaxTextBytes+64<<10)
	}
	// Relay for as long as anyone writes to the program's standard error: the
	// children it gave it to may outlive it.
	defer rel.wait()
	text, dropped := readCapped(in, h.MaxTextBytes)
	if len(text) == 0 && dropped == 0 {
		return // a clean exit, or SIGKILL: the runtime wrote nothing
	}
	if pre := rel.preface(text); len(pre) > 0 {
		text = append(pre, text...)
		if over := len(text) - h.MaxTextBytes; over > 0 {
			text = text[:h.MaxTextBytes]
			dropped += int64(over)
		}
	}
	now := time.Now()
	rep := h.Report
	rep.ID = newID()
	rep.Kind = KindCrash
	rep.Text = string(text)
	rep.TruncatedBytes = dropped
	rep.Time = formatTime(now)
	if start, err := time.Parse(time.RFC3339Nano, rep.ProcessStart); err == nil {
		rep.UptimeSeconds = uptime(start, now)
	}
	body := marshal(&rep)
	cfg := Config{Server: h.Server, Token: h.Token, SpoolDir: h.SpoolDir, SpoolMaxBytes: h.SpoolMaxBytes,
		Timeout: time.Duration(h.TimeoutMillis) * time.Millisecond}
	if h.Debug {
		cfg.Logf = func(format string, args ...any) {
			fmt.Fprintf(os.Stderr, format+"\n", args...)
		}
	}
	if h.OutputFD != 0 {
		out := os.NewFile(uintptr(h.OutputFD), "output")
		_, _ = out.Write(append(body, '\n'))
	}
	if cfg.Server == "" {
		return
	}
	path, err := spoolWrite(&cfg, rep.ID, body, now)
	if err != nil {
		cfg.logf("panicscope monitor: spool: %v", err)
	}
	deliverNow(&cfg, path, rep.ID, body, 3)
}

// readCapped reads everything (a writer blocked on a full pipe would never
// finish dying) and keeps the first limit bytes.
func readCapped(r io.Reader, limit int) ([]byte, int64) {
	var buf []byte
	var dropped int64
	chunk := make([]byte, 64<<10)
	for {
		n, err := r.Read(chunk)
		keep := min(n, limit-len(buf))
		buf = append(buf, chunk[:keep]...)
		dropped += int64(n - keep)
		if err != nil {
			return buf, dropped
		}
	}
}
