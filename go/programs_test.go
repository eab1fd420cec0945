//go:build linux

// Building and running the test programs, and checking what they sent.

package panicscope

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// The test programs, built once by TestMain with the toolchain that runs the
// tests (its go command must come first on PATH).
var bins struct {
	crasher      string // cgo as the toolchain defaults
	crasherNoCgo string // CGO_ENABLED=0: a cgo binary never sees "all goroutines are asleep"
	cgocrash     string // "" without a C compiler
	revision     string // the commit they were built from, "" without git
}

// copyTree copies the module's files (not its test binaries or .git).
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(to, path)
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

func buildPrograms(dir string) error {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return fmt.Errorf("go env GOVERSION: %v", err)
	}
	if v := strings.TrimSpace(string(out)); v != runtime.Version() {
		return fmt.Errorf("the go command on PATH is %s, the tests run on %s: put the same toolchain first on PATH", v, runtime.Version())
	}
	// The programs are built from a copy of the module committed to a fresh git
	// repository, so that vcs.revision, vcs.time and vcs.modified are stamped
	// (a git worktree's .git file is not recognised by the go command).
	src := filepath.Join(dir, "src")
	if err := copyTree(".", src); err != nil {
		return err
	}
	vcs := "-buildvcs=false"
	if _, err := exec.LookPath("git"); err == nil {
		git := func(args ...string) (string, error) {
			cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.com"}, args...)...)
			cmd.Dir = src
			out, err := cmd.CombinedOutput()
			return strings.TrimSpace(string(out)), err
		}
		for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}, {"commit", "-q", "-m", "test"}} {
			if out, err := git(args...); err != nil {
				return fmt.Errorf("git %v: %v\n%s", args, err, out)
			}
		}
		bins.revision, _ = git("rev-parse", "HEAD")
		vcs = "-buildvcs=true"
	} else if os.Getenv("CI") != "" {
		return fmt.Errorf("git is needed to stamp the test programs")
	}
	build := func(out, pkg string, env ...string) error {
		cmd := exec.Command("go", "build", vcs, "-o", out, pkg)
		cmd.Dir = src
		cmd.Env = append(os.Environ(), append([]string{"GOFLAGS=", "GOTOOLCHAIN=local"}, env...)...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, msg)
		}
		return nil
	}
	bins.crasher = filepath.Join(dir, "crasher")
	if err := build(bins.crasher, "./internal/testprogs/crasher"); err != nil {
		return err
	}
	bins.crasherNoCgo = filepath.Join(dir, "crasher-nocgo")
	if err := build(bins.crasherNoCgo, "./internal/testprogs/crasher", "CGO_ENABLED=0"); err != nil {
		return err
	}
	if _, err := exec.LookPath("gcc"); err == nil {
		bins.cgocrash = filepath.Join(dir, "cgocrash")
		if err := build(bins.cgocrash, "./testdata/cgocrash", "CGO_ENABLED=1"); err != nil {
			return err
		}
	}
	return nil
}

// run is one run of a test program.
type run struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	started, ended time.Time
	err            error
}

// runProgram runs bin mode and waits until it and its monitor are done: the
// monitor holds the program's stdout (Output) and stderr (the relay) until it
// has delivered.
func runProgram(t *testing.T, bin, mode, server, spool string, env ...string) *run {
	t.Helper()
	r := &run{cmd: exec.Command(bin, mode)}
	r.cmd.Env = append(os.Environ(), "PANICSCOPE_TEST_SERVER="+server, "PANICSCOPE_TEST_SPOOL="+spool)
	r.cmd.Env = append(r.cmd.Env, env...)
	r.cmd.Stdout, r.cmd.Stderr = &r.stdout, &r.stderr
	r.cmd.WaitDelay = time.Minute
	r.started = time.Now()
	r.err = r.cmd.Run()
	r.ended = time.Now()
	return r
}

func (r *run) exitCode() int {
	if r.cmd.ProcessState == nil {
		return -1
	}
	return r.cmd.ProcessState.ExitCode()
}

// expectedBuild is what `go version -m` says of the binary, in the report's form.
func expectedBuild(t *testing.T, bin string) map[string]any {
	t.Helper()
	out, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	b := map[string]any{}
	settings := map[string]any{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for first := true; sc.Scan(); first = false {
		if first {
			_, v, _ := strings.Cut(sc.Text(), ": ")
			b["goVersion"] = v
			continue
		}
		f := strings.Split(strings.TrimPrefix(sc.Text(), "\t"), "\t")
		switch f[0] {
		case "path":
			b["path"] = f[1]
		case "mod":
			m := map[string]any{"path": f[1]}
			if len(f) > 2 && f[2] != "" {
				m["version"] = f[2]
			}
			if len(f) > 3 && f[3] != "" {
				m["sum"] = f[3]
			}
			b["main"] = m
		case "build":
			k, v, _ := strings.Cut(f[1], "=")
			if sentSettings[k] {
				settings[k] = v
			}
		}
	}
	if len(settings) > 0 {
		b["settings"] = settings
	}
	return b
}

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// checkReport checks one upload's request line, headers and metadata, exactly.
func checkReport(t *testing.T, up upload, r *run, bin, kind string, wantContext map[string]any) map[string]any {
	t.Helper()
	if up.err != nil {
		t.Fatalf("reading the upload: %v", up.err)
	}
	if up.method != "POST" || up.path != "/api/v1/crashes" {
		t.Errorf("request %s %s, want POST /api/v1/crashes", up.method, up.path)
	}
	for k, want := range map[string]string{
		"Authorization": "Bearer t0ken", "Content-Type": "application/json",
		"Content-Encoding": "gzip", "User-Agent": "panicscope-go/" + Version,
	} {
		if got := up.header.Get(k); got != want {
			t.Errorf("header %s = %q, want %q", k, got, want)
		}
	}
	var body map[string]any
	if err := json.Unmarshal(up.body, &body); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, up.body)
	}
	want := []string{"build", "environment", "host", "id", "kind", "pid", "processStart", "release", "schema", "text", "time", "uptimeSeconds"}
	if wantContext != nil {
		want = append(want, "context")
	}
	var keys []string
	for k := range body {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sort.Strings(want)
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("body fields %v, want %v", keys, want)
	}
	host, _ := os.Hostname()
	exact := map[string]any{
		"schema": Schema, "kind": kind, "release": "1.4.2", "environment": "test", "host": host,
		"pid": float64(r.cmd.Process.Pid), "build": expectedBuild(t, bin),
	}
	if wantContext != nil {
		exact["context"] = wantContext
	}
	for k, v := range exact {
		if !reflect.DeepEqual(body[k], v) {
			t.Errorf("%s = %#v, want %#v", k, body[k], v)
		}
	}
	if bins.revision != "" {
		settings, _ := body["build"].(map[string]any)["settings"].(map[string]any)
		if settings["vcs.revision"] != bins.revision || settings["vcs.modified"] != "false" || settings["vcs"] != "git" {
			t.Errorf("build settings %v, want vcs.revision %s, unmodified", settings, bins.revision)
		}
	}
	id, _ := body["id"].(string)
	if !uuidV4.MatchString(id) || up.header.Get("Idempotency-Key") != id {
		t.Errorf("id %q, Idempotency-Key %q: want the same UUID", id, up.header.Get("Idempotency-Key"))
	}
	start, err1 := time.Parse(time.RFC3339Nano, fmt.Sprint(body["processStart"]))
	at, err2 := time.Parse(time.RFC3339Nano, fmt.Sprint(body["time"]))
	if err1 != nil || err2 != nil {
		t.Fatalf("processStart %v, time %v", body["processStart"], body["time"])
	}
	if start.Before(r.started) || at.Before(start) || at.After(r.ended) {
		t.Errorf("processStart %v and time %v not within the run (%v to %v)", start, at, r.started, r.ended)
	}
	if want := float64(at.Sub(start).Milliseconds()) / 1000; body["uptimeSeconds"] != want {
		t.Errorf("uptimeSeconds = %v, want %v", body["uptimeSeconds"], want)
	}
	return body
}
