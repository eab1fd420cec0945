//go:build linux

package panicscope

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// runAsPID1 runs the program as PID 1 of a new PID namespace, as in a
// container without an init (there, when PID 1 dies, the kernel kills every
// other process of the namespace).
func runAsPID1(t *testing.T, mode, server string) *run {
	t.Helper()
	ns := pidNamespace(t)
	r := &run{cmd: exec.Command(ns[0], append(ns[1:], bins.crasher, mode)...)}
	r.cmd.Env = append(os.Environ(), "PANICSCOPE_TEST_SERVER="+server, "PANICSCOPE_TEST_SPOOL="+t.TempDir())
	r.cmd.Stdout, r.cmd.Stderr = &r.stdout, &r.stderr
	r.cmd.WaitDelay = time.Minute
	r.started = time.Now()
	r.err = r.cmd.Run()
	r.ended = time.Now()
	return r
}

// pidNamespace is the command line that runs a program as PID 1 of a new PID
// namespace: unshare(1) as root, or inside a new user namespace where that is
// what an unprivileged user may do. Without either the test is skipped on a
// developer's machine and fails in CI.
func pidNamespace(t *testing.T) []string {
	t.Helper()
	unshare, err := exec.LookPath("unshare")
	if err == nil {
		for _, args := range [][]string{
			{unshare, "--pid", "--fork", "--mount-proc"},
			{unshare, "--user", "--map-root-user", "--pid", "--fork", "--mount-proc"},
		} {
			if exec.Command(args[0], append(args[1:], "true")...).Run() == nil {
				return args
			}
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("cannot run a program as PID 1 of a new PID namespace (unshare from util-linux, as root or with user namespaces)")
	}
	t.Skip("unshare cannot make a PID namespace here")
	return nil
}

func TestCrashAsPID1(t *testing.T) {
	srv := newCollector(t)
	r := runAsPID1(t, "goroutine-panic", srv.srv.URL)
	if r.exitCode() != 2 {
		t.Errorf("exit code %d, want 2", r.exitCode())
	}
	got := srv.waitFor(t, 1, 10*time.Second)
	var body map[string]any
	if err := json.Unmarshal(got[0].body, &body); err != nil {
		t.Fatal(err)
	}
	text, _ := body["text"].(string)
	if text != r.stderr.String() || text == "" {
		t.Errorf("text differs from stderr\n--- text:\n%s\n--- stderr:\n%s", text, r.stderr.String())
	}
	// The program ran as the child of PID 1 (whose threads took the next ids).
	if pid, _ := body["pid"].(float64); pid <= 1 || body["kind"] != "crash" {
		t.Errorf("pid %v kind %v", body["pid"], body["kind"])
	}
	if r.stdout.String() != string(got[0].body)+"\n" {
		t.Errorf("stdout %q", r.stdout.String())
	}
}

func TestCleanExitAsPID1(t *testing.T) {
	srv := newCollector(t)
	r := runAsPID1(t, "clean", srv.srv.URL)
	if r.err != nil || r.stdout.String() != "done\n" || r.stderr.String() != "" {
		t.Errorf("err %v, stdout %q, stderr %q", r.err, r.stdout.String(), r.stderr.String())
	}
	if n := len(srv.uploads()); n != 0 {
		t.Errorf("%d uploads", n)
	}
}

// TestOrphansReapedAsPID1: PID 1 reaps what is orphaned in the namespace.
func TestOrphansReapedAsPID1(t *testing.T) {
	r := runAsPID1(t, "orphan", "")
	var pid, zombies int
	if _, err := fmt.Sscanf(r.stdout.String(), "pid %d zombies %d\n", &pid, &zombies); err != nil || pid <= 1 || zombies != 0 {
		t.Errorf("err %v, stdout %q, stderr %q", r.err, r.stdout.String(), r.stderr.String())
	}
}

// TestSignalForwardedAsPID1: SIGTERM to PID 1 reaches the program, and PID 1
// exits as it did (128+15).
func TestSignalForwardedAsPID1(t *testing.T) {
	ns := pidNamespace(t)
	srv := newCollector(t)
	dir := t.TempDir()
	out, _ := os.Create(dir + "/out")
	defer out.Close()
	cmd := exec.Command(ns[0], append(ns[1:], bins.crasher, "sleep")...)
	cmd.Env = append(os.Environ(), "PANICSCOPE_TEST_SERVER="+srv.srv.URL, "PANICSCOPE_TEST_SPOOL="+dir)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if b, _ := os.ReadFile(out.Name()); string(b) == "ready\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the program did not start")
		}
	}
	pid1 := childOf(t, cmd.Process.Pid) // unshare's child: PID 1 inside
	if err := syscall.Kill(pid1, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 128+15 {
		t.Errorf("exit code %d, want 143", code)
	}
	if n := len(srv.uploads()); n != 0 {
		t.Errorf("%d uploads after SIGTERM", n)
	}
}
