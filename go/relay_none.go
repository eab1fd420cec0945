//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package panicscope

import "errors"

func redirectStderr(int) error { return errors.ErrUnsupported }
