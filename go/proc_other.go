//go:build !unix

package panicscope

import "syscall"

func monitorProcAttr() *syscall.SysProcAttr { return nil }

func ignoreSignals() {}

func reapMonitor(int) {}
