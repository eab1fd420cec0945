// Command gostackparse-harness parses a goroutine dump with github.com/DataDog/gostackparse
// and prints how many goroutines it got. It is a benchmark comparator, built by
// bench/traceback.mjs in a temporary module (`go get github.com/DataDog/gostackparse`);
// nothing it fetches is part of panicscope.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/DataDog/gostackparse"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	goroutines, errs := gostackparse.Parse(bufio.NewReaderSize(f, 1<<20))
	fmt.Printf("goroutines=%d errors=%d\n", len(goroutines), len(errs))
	if len(errs) > 0 {
		fmt.Printf("first error: %v\n", errs[0])
	}
}
