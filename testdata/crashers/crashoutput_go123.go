//go:build go1.23

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
)

// crashOutput is a crash monitor (the pattern runtime/debug.SetCrashOutput
// was made for): the process re-executes itself as a child that sends its
// crash report into a pipe; the parent reads the pipe and logs the report.
func crashOutput() {
	if os.Getenv("CRASHERS_CHILD") == "1" {
		pipe := os.NewFile(3, "crash-pipe")
		if err := debug.SetCrashOutput(pipe, debug.CrashOptions{}); err != nil {
			panic(err)
		}
		pipe.Close()
		var quotas map[string]int
		quotas["tenant-42"] = 100 // CRASH crash-output
		return
	}
	exe, _ := os.Executable()
	r, w, _ := os.Pipe()
	cmd := exec.Command(exe, "crash-output")
	cmd.Env = append(os.Environ(), "CRASHERS_CHILD=1")
	cmd.ExtraFiles = []*os.File{w}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	w.Close()
	report, _ := io.ReadAll(bufio.NewReader(r))
	err := cmd.Wait()
	fmt.Printf("monitor: child %d exited (%v); crash report (%d bytes) follows\n", cmd.Process.Pid, err, len(report))
	os.Stdout.Write(report)
	fmt.Println("monitor: end of crash report")
}

func init() {
	register("crash-output", crashOutput)
}
