//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package panicscope

import "syscall"

// redirectStderr makes fd 2 the write end of the relay pipe.
func redirectStderr(fd int) error { return syscall.Dup2(fd, 2) }

// relaySupported says standard error can be passed through the monitor here.
const relaySupported = true
