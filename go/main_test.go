package panicscope

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	if i := os.Getenv("PANICSCOPE_TEST_PANIC"); i != "" {
		panicWith(i) // a child run of TestPanicValueAsTheRuntime
	}
	dir, err := os.MkdirTemp("", "panicscope-go-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := buildPrograms(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
