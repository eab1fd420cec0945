// Command cgocrash dies of a SIGSEGV inside C code, after panicscope.Start.
// It lives under testdata so that `go vet ./...` does not need a C compiler.
package main

/*
#include <stddef.h>
static int crash(void) { volatile int *p = NULL; return *p; }
*/
import "C"

import (
	"os"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

func main() {
	panicscope.Start(panicscope.Config{
		Server:      os.Getenv("PANICSCOPE_TEST_SERVER"),
		Token:       "t0ken",
		Release:     "1.4.2",
		Environment: "test",
		SpoolDir:    os.Getenv("PANICSCOPE_TEST_SPOOL"),
		Tags:        map[string]string{"region": "eu-west-1"},
		Output:      os.Stdout,
		Timeout:     2 * time.Second,
	})
	C.crash()
}
