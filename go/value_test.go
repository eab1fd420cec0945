package panicscope

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

type namedInt int
type namedString string
type namedFloat float64
type point struct{ X, Y int }
type stringer struct{}

func (stringer) String() string { return "a stringer" }

// panicValues are panicked by a child run of the test binary and printed by
// panicValue; the two must agree.
var panicValues = []any{
	"plain string",
	"two\nlines",
	errors.New("an error"),
	fmt.Errorf("wrapped: %w", os.ErrNotExist),
	stringer{},
	42, int8(-8), uint64(1 << 63), true, uintptr(7),
	1.5, float32(-0.25), 1e300, complex(1, -2),
	namedInt(3), namedString("s\nt"), namedFloat(2.5),
	point{1, 2}, &point{3, 4}, []int{1},
}

func panicWith(i string) {
	n, _ := strconv.Atoi(i)
	panic(panicValues[n])
}

// TestPanicValueAsTheRuntime compares panicValue with the runtime's own
// "panic: " line for every kind of value (addresses differ between processes).
func TestPanicValueAsTheRuntime(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	for i, v := range panicValues {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "PANICSCOPE_TEST_PANIC="+strconv.Itoa(i), "GOTRACEBACK=single")
		out, _ := cmd.CombinedOutput()
		head, _, ok := strings.Cut(string(out), "\n\ngoroutine ")
		if !ok {
			t.Fatalf("value %d: no traceback in %q", i, out)
		}
		head = strings.TrimSuffix(head, " [recovered]") // not expected; kept visible below
		want := addr.ReplaceAllString(head, "0x?")
		got := addr.ReplaceAllString("panic: "+panicValue(v), "0x?")
		if got != want {
			t.Errorf("value %d (%T): panicValue gives %q, the runtime %q", i, v, got, want)
		}
	}
}

func TestStripStack(t *testing.T) {
	// Real debug.Stack text of a recovered panic (Go 1.26.8), shortened paths.
	in := "goroutine 7 [running]:\n" +
		"runtime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\n" +
		selfPackage + ".(*state).reportPanic(0xc0000a4000, {0x7a5f40, 0xc0000a6000}, {0x6f1e20, 0xa2c9b0}, 0x1)\n\t/src/go/recover.go:140 +0x9a\n" +
		selfPackage + ".Recover({0x7a5f40, 0xc0000a6000})\n\t/src/go/recover.go:25 +0x5b\n" +
		"panic({0x6f1e20?, 0xa2c9b0?})\n\t/usr/local/go/src/runtime/panic.go:783 +0x132\n" +
		"main.worker(...)\n\t/src/main.go:70\n" +
		selfPackage + ".Go.func1()\n\t/src/go/recover.go:40 +0x4a\n" +
		"created by " + selfPackage + ".Go in goroutine 1\n\t/src/go/recover.go:34 +0x7c\n"
	want := "goroutine 7 [running]:\n" +
		"panic({0x6f1e20?, 0xa2c9b0?})\n\t/usr/local/go/src/runtime/panic.go:783 +0x132\n" +
		"main.worker(...)\n\t/src/main.go:70\n" +
		"created by " + selfPackage + ".Go in goroutine 1\n\t/src/go/recover.go:34 +0x7c\n"
	if got := stripStack(in); got != want {
		t.Errorf("stripStack:\n%s\nwant:\n%s", got, want)
	}
}

func TestRuntimeLinesAtEnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"app log\nfatal error: concurrent map writes\n", "fatal error: concurrent map writes\n"},
		{"x\nruntime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x1 stack=[0x2, 0x3]\nfatal error: stack overflow\n",
			"runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x1 stack=[0x2, 0x3]\nfatal error: stack overflow\n"},
		{"fatal error: two\n\tlines\n", "fatal error: two\n\tlines\n"},
		{"app log\n\tindented\n", ""},
		{"app log\n", ""},
		{"fatal error: no newline", ""},
	} {
		if got := string(runtimeLinesAtEnd([]byte(c.in))); got != c.want {
			t.Errorf("runtimeLinesAtEnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
