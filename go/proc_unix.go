//go:build unix

package panicscope

import (
	"os/signal"
	"syscall"
)

// monitorProcAttr puts the monitor in a process group of its own, so that a
// Ctrl-C meant for the program does not also kill the process that must report
// what the program does on SIGINT.
func monitorProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

// ignoreSignals keeps the monitor alive through the signals that stop a
// service: it ends by itself when the program's end closes its pipe.
func ignoreSignals() {
	signal.Ignore(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
}

// reapMonitor collects the monitor if it has ended (killed from outside), without
// waiting, so that it does not stay a zombie under the program.
func reapMonitor(pid int) {
	if pid > 0 {
		var ws syscall.WaitStatus
		_, _ = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
	}
}
