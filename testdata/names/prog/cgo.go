package main

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

// cgoCall links a cgo call into the binary (its _Cfunc_ and _cgo_ symbols).
//
//go:noinline
func cgoCall() int { return int(C.twice(2)) }
