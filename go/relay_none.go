//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package panicscope

import "errors"

func redirectStderr(int) error { return errors.ErrUnsupported }

// relaySupported says standard error can be passed through the monitor here.
const relaySupported = false
