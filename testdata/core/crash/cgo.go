//go:build cgo

package main

// With cgo the program links runtime/cgo and (with -linkmode=external) the system linker lays
// out the binary: text starts with C code and the cgo callback machinery adds its own g.

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

func init() {
	cgoTwice = func(x int) int { return int(C.twice(C.int(x))) }
}
