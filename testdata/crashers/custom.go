package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

var ErrNotFound = errors.New("not found")

type ConfigError struct {
	File string
	Line int
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config %s:%d: unknown key", e.File, e.Line)
}

type State int

func (s State) String() string { return fmt.Sprintf("state#%d (draining)", int(s)) }

type Status string

type Request struct {
	ID     int
	Method string
}

func mustLoad(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(fmt.Errorf("load %s: %w", path, ErrNotFound)) // CRASH panic-error
	}
	return b
}

func init() {
	register("panic-string", panicString)
	register("panic-error", panicError)
	register("panic-custom-error", panicCustomError)
	register("panic-stringer", panicStringer)
	register("panic-int", panicInt)
	register("panic-struct-ptr", panicStructPtr)
	register("panic-named-string", panicNamedString)
	register("panic-multiline", panicMultiline)
	register("panic-nil", panicNil)
}

func panicString() {
	panic("invariant violated: queue length is negative") // CRASH panic-string
}

func panicError() {
	fmt.Println(len(mustLoad("/nonexistent/panicscope.yaml")))
}

func panicCustomError() {
	var err error = &ConfigError{File: "app.yaml", Line: 12}
	panic(err) // CRASH panic-custom-error
}

func panicStringer() {
	panic(State(3)) // CRASH panic-stringer
}

func panicInt() {
	panic(42) // CRASH panic-int
}

func panicStructPtr() {
	panic(&Request{ID: 7, Method: "GET"}) // CRASH panic-struct-ptr
}

func panicNamedString() {
	panic(Status("degraded")) // CRASH panic-named-string
}

func panicMultiline() {
	panic("validation failed:\n  field name: required\n  field age: must be >= 0\ngoroutine 99 [fake]:") // CRASH panic-multiline
}

func panicNil() {
	panic(nil) // CRASH panic-nil
}

// panicLongLine panics with a value that is one very long line (a whole
// response body), longer than the 16 KiB that docker and CRI log lines hold.
func panicLongLine() {
	var b strings.Builder
	b.WriteString(`unexpected response from inventory service: {"items":[`)
	for i := 0; i < 600; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"sku":"SKU-%05d","qty":%d,"warehouse":"eu-west-%d"}`, i, (i*37)%101, i%3)
	}
	b.WriteString(`]}`)
	panic(b.String()) // CRASH panic-long-line
}

func init() {
	register("panic-long-line", panicLongLine)
}
