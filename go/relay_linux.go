package panicscope

import "syscall"

// redirectStderr makes fd 2 the write end of the relay pipe.
func redirectStderr(fd int) error { return syscall.Dup3(fd, 2, 0) }

// relaySupported says standard error can be passed through the monitor here.
const relaySupported = true
