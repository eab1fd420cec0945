//go:build linux

package panicscope

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var crashTags = map[string]any{"tags": map[string]any{"region": "eu-west-1"}}

// TestCrashes crashes real programs in every way the runtime reports, and
// checks what reached the server: the runtime's own text byte for byte (the
// program writes nothing else to stderr) and the metadata.
func TestCrashes(t *testing.T) {
	cases := []struct {
		mode, bin string
		prefix    string
		contains  []string
	}{
		{"goroutine-panic", bins.crasher, "panic: runtime error: index out of range [3] with length 3\n\ngoroutine ",
			[]string{"\nmain.worker(...)\n", "\ncreated by main.main in goroutine 1\n", "\n\ngoroutine 1 ["}}, // another goroutine: the traceback level is all
		{"map-writes", bins.crasher, "fatal error: concurrent map writes\n\ngoroutine ",
			[]string{"\nmain.mapWrites.func1()\n", "\ncreated by main.mapWrites in goroutine 1\n"}},
		{"deadlock", bins.crasherNoCgo, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [",
			[]string{"\nmain.main()\n"}},
		{"stack-overflow", bins.crasher, "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=",
			[]string{"\nfatal error: stack overflow\n", "\nmain.recurse("}},
		{"out-of-memory", bins.crasher, "runtime: out of memory: cannot allocate 67108864-byte block (",
			[]string{"\nfatal error: out of memory\n", "\nmain.outOfMemory()\n"}},
		{"cgo", bins.cgocrash, "SIGSEGV: segmentation violation\nPC=",
			[]string{"\nsignal arrived during cgo execution\n", "\nmain.main()\n"}},
	}
	for _, tc := range cases {
		t.Run(tc.mode, func(t *testing.T) {
			if tc.bin == "" {
				if os.Getenv("CI") != "" {
					t.Fatal("no C compiler: the cgo crash cannot be built")
				}
				t.Skip("no C compiler")
			}
			t.Parallel()
			srv := newCollector(t)
			r := runProgram(t, tc.bin, tc.mode, srv.srv.URL, t.TempDir())
			if r.exitCode() != 2 {
				t.Errorf("exit code %d, want 2 (%v)", r.exitCode(), r.err)
			}
			got := srv.waitFor(t, 1, 10*time.Second)
			if len(got) != 1 {
				t.Fatalf("%d uploads, want 1", len(got))
			}
			body := checkReport(t, got[0], r, tc.bin, KindCrash, crashTags)
			text, _ := body["text"].(string)
			if text != r.stderr.String() {
				t.Errorf("text differs from the program's stderr\n--- text:\n%s\n--- stderr:\n%s", text, r.stderr.String())
			}
			// Before Go 1.24 two goroutines that both find the concurrent write both
			// print the message (Go 1.23 runtime/panic.go fatal prints without the
			// print lock that Go 1.24 takes, issue 69447): the same crash.
			head := text
			if first := tc.prefix[:strings.IndexByte(tc.prefix, '\n')+1]; strings.HasPrefix(head, first+first) {
				head = head[len(first):]
			}
			if !strings.HasPrefix(head, tc.prefix) {
				t.Errorf("text starts %q, want %q", text[:min(len(text), 120)], tc.prefix)
			}
			if strings.Contains(text, selfPackage+".") {
				t.Errorf("a goroutine of the reporter is in the crash:\n%s", text)
			}
			for _, s := range tc.contains {
				if !strings.Contains(text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			// Output: the same body, as one line on the program's stdout.
			if out := r.stdout.String(); out != string(got[0].body)+"\n" {
				t.Errorf("stdout = %q, want the body and a newline", out[:min(len(out), 200)])
			}
		})
	}
}

// TestTracebackNotLowered: Start raises the traceback level to all but never
// lowers $GOTRACEBACK (runtime/runtime1.go setTraceback ORs traceback_env in,
// Go 1.23 and 1.26 alike). At level system every goroutine's header carries
// gp= and m= (runtime/traceback.go goroutineheader, level ≥ 2); at level all
// only the throwing goroutine's does, so goroutine 1's header says which. Its
// state is not fixed: it sleeps, or is runnable when the crash catches it
// just woken on a loaded machine.
func TestTracebackNotLowered(t *testing.T) {
	for _, tc := range []struct {
		name, header string
		env          []string
	}{
		{"unset", "\n\ngoroutine 1 [", nil},
		{"system", "\n\ngoroutine 1 gp=0x", []string{"GOTRACEBACK=system"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newCollector(t)
			r := runProgram(t, bins.crasher, "goroutine-panic", srv.srv.URL, t.TempDir(), tc.env...)
			if r.exitCode() != 2 {
				t.Errorf("exit code %d, want 2 (%v)", r.exitCode(), r.err)
			}
			got := srv.waitFor(t, 1, 10*time.Second)
			if len(got) != 1 {
				t.Fatalf("%d uploads, want 1", len(got))
			}
			body := checkReport(t, got[0], r, bins.crasher, KindCrash, crashTags)
			text, _ := body["text"].(string)
			if text != r.stderr.String() || !strings.Contains(text, tc.header) {
				t.Errorf("text lacks %q or differs from stderr:\n%s", tc.header, text)
			}
		})
	}
}

func TestCleanExitSendsNothing(t *testing.T) {
	srv := newCollector(t)
	spool := t.TempDir()
	r := runProgram(t, bins.crasher, "clean", srv.srv.URL, spool)
	if r.err != nil || r.stdout.String() != "done\n" || r.stderr.String() != "" {
		t.Fatalf("err %v, stdout %q, stderr %q", r.err, r.stdout.String(), r.stderr.String())
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(srv.uploads()); n != 0 {
		t.Errorf("%d uploads after a clean exit", n)
	}
	if files := spoolList(spool); len(files) != 0 {
		t.Errorf("spool holds %v", files)
	}
}

// TestParentKilled: SIGKILL leaves no crash text; the monitor must end by
// itself, cleanly, and send nothing. The test process stands in for PID 1
// (PR_SET_CHILD_SUBREAPER): the orphaned monitor becomes its child, so the
// test sees it exit and reaps it.
func TestParentKilled(t *testing.T) {
	const prSetChildSubreaper = 36
	if _, _, e := syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0); e != 0 {
		t.Fatalf("prctl: %v", e)
	}
	defer syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 0, 0)

	srv := newCollector(t)
	dir := t.TempDir()
	stdout, _ := os.Create(filepath.Join(dir, "stdout"))
	defer stdout.Close()
	cmd := exec.Command(bins.crasher, "sleep")
	cmd.Env = append(os.Environ(), "PANICSCOPE_TEST_SERVER="+srv.srv.URL, "PANICSCOPE_TEST_SPOOL="+dir)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if b, _ := os.ReadFile(stdout.Name()); string(b) == "ready\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the program did not start")
		}
	}
	monitor := childOf(t, cmd.Process.Pid)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(monitor, &ws, syscall.WNOHANG, nil)
		if err != nil {
			t.Fatalf("wait4(monitor %d): %v", monitor, err)
		}
		if pid == monitor {
			if !ws.Exited() || ws.ExitStatus() != 0 {
				t.Errorf("monitor ended with %v, want exit 0", ws)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the monitor outlived its program by 10s")
		}
	}
	if n := len(srv.uploads()); n != 0 {
		t.Errorf("%d uploads after SIGKILL", n)
	}
	if b, _ := os.ReadFile(stdout.Name()); string(b) != "ready\n" {
		t.Errorf("output %q", b)
	}
}

// childOf is the one child process of pid (its monitor), from /proc.
func childOf(t *testing.T, pid int) int {
	t.Helper()
	entries, _ := os.ReadDir("/proc")
	var kids []int
	for _, e := range entries {
		var child int
		if _, err := fmt.Sscan(e.Name(), &child); err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …; comm may hold spaces and parentheses.
		rest := stat[bytes.LastIndexByte(stat, ')')+2:]
		var state string
		var ppid int
		if _, err := fmt.Sscan(string(rest), &state, &ppid); err == nil && ppid == pid {
			kids = append(kids, child)
		}
	}
	if len(kids) != 1 {
		t.Fatalf("process %d has children %v, want one monitor", pid, kids)
	}
	return kids[0]
}

// TestSpoolAndRetry: with the server down the monitor keeps the report on disk;
// the next run of the program delivers it, unchanged, with the same key.
func TestSpoolAndRetry(t *testing.T) {
	spool := t.TempDir()
	down := newCollector(t)
	down.srv.Close() // a port where nobody listens any more
	first := runProgram(t, bins.crasher, "goroutine-panic", down.srv.URL, spool)
	if first.exitCode() != 2 {
		t.Fatalf("exit code %d", first.exitCode())
	}
	line := strings.TrimSuffix(first.stdout.String(), "\n")
	files := spoolList(spool)
	if len(files) != 1 {
		t.Fatalf("spool holds %v, want one report", files)
	}
	s, err := spoolRead(files[0].path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Attempts != 1 || string(s.Report) != line {
		t.Errorf("spooled attempts %d, report equal to the Output line: %v", s.Attempts, string(s.Report) == line)
	}
	if next, err := time.Parse(time.RFC3339Nano, s.NextAttempt); err != nil || next.Sub(first.ended) > 31*time.Second || next.Before(first.ended) {
		t.Errorf("nextAttempt %q, want about 30s after the run (%v)", s.NextAttempt, first.ended)
	}

	srv := newCollector(t)
	second := runProgram(t, bins.crasher, "idle", srv.srv.URL, spool)
	if second.err != nil {
		t.Fatal(second.err)
	}
	got := srv.waitFor(t, 1, 10*time.Second)
	if len(got) != 1 {
		t.Fatalf("%d uploads, want 1", len(got))
	}
	if string(got[0].body) != line {
		t.Errorf("delivered body differs from the spooled one\n%s\n%s", got[0].body, line)
	}
	checkReport(t, got[0], first, bins.crasher, KindCrash, crashTags)
	if left, _ := os.ReadDir(spool); len(left) != 0 {
		t.Errorf("spool still holds %v", left)
	}
}

// TestRetryKeepsTheKey: a 503 is retried by the monitor with the same body and
// Idempotency-Key.
func TestRetryKeepsTheKey(t *testing.T) {
	srv := newCollector(t, 503)
	spool := t.TempDir()
	r := runProgram(t, bins.crasher, "goroutine-panic", srv.srv.URL, spool)
	got := srv.waitFor(t, 2, 10*time.Second)
	if len(got) != 2 || !bytes.Equal(got[0].body, got[1].body) ||
		got[0].header.Get("Idempotency-Key") != got[1].header.Get("Idempotency-Key") {
		t.Fatalf("%d uploads; want two identical ones", len(got))
	}
	checkReport(t, got[1], r, bins.crasher, KindCrash, crashTags)
	if files := spoolList(spool); len(files) != 0 {
		t.Errorf("spool holds %v", files)
	}
}

// TestRepanic: Recover delivers the recovered report, then re-panics, and the
// monitor reports the crash that follows.
func TestRepanic(t *testing.T) {
	srv := newCollector(t)
	r := runProgram(t, bins.crasher, "repanic", srv.srv.URL, t.TempDir())
	if r.exitCode() != 2 {
		t.Fatalf("exit code %d", r.exitCode())
	}
	got := srv.waitFor(t, 2, 10*time.Second)
	ctx := map[string]any{"requestId": "req-9", "tags": map[string]any{"region": "eu-west-1"}}
	rec := checkReport(t, got[0], r, bins.crasher, KindRecovered, ctx)
	text, _ := rec["text"].(string)
	checkRecoveredText(t, text, "panic: runtime error: index out of range [4] with length 4\n\ngoroutine 1 [running]:\n",
		[]string{"main.worker", "main.main"})
	crash := checkReport(t, got[1], r, bins.crasher, KindCrash, crashTags)
	ctext, _ := crash["text"].(string)
	if ctext != r.stderr.String() || !strings.HasPrefix(ctext, "panic: runtime error: index out of range [4] with length 4 [recovered") {
		t.Errorf("crash text:\n%s", ctext)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout.String(), "\n"), "\n")
	if len(lines) != 2 || lines[0] != string(got[0].body) || lines[1] != string(got[1].body) {
		t.Errorf("Output lines %q", lines)
	}
}

// TestHandlerInProgram: a handler's panic under Handler in a real program: the
// client gets a 500, the server a report with route and request id.
func TestHandlerInProgram(t *testing.T) {
	srv := newCollector(t)
	r := runProgram(t, bins.crasher, "handler", srv.srv.URL, t.TempDir())
	if r.err != nil {
		t.Fatalf("%v\n%s", r.err, r.stderr.String())
	}
	got := srv.waitFor(t, 1, 10*time.Second)
	ctx := map[string]any{"requestId": "req-17", "route": "GET /orders/{id}", "tags": map[string]any{"region": "eu-west-1"}}
	body := checkReport(t, got[0], r, bins.crasher, KindRecovered, ctx)
	text, _ := body["text"].(string)
	if !strings.HasPrefix(text, "panic: assignment to entry in nil map\n\ngoroutine ") {
		t.Errorf("text %q", text[:min(len(text), 100)])
	}
	checkRecoveredText(t, text, text[:strings.Index(text, "[running]:\n")+len("[running]:\n")],
		[]string{"main.handler.func1", "net/http.HandlerFunc.ServeHTTP", "net/http.(*ServeMux).ServeHTTP"})
	if want := string(got[0].body) + "\n500 internal server error\n"; r.stdout.String() != want {
		t.Errorf("stdout %q, want %q", r.stdout.String(), want)
	}
}
