// Command cgoprog links C code, so that the binary is linked externally (by the C linker).
package main

/*
static int add(int a, int b) { return a + b; }
*/
import "C"

import (
	"fmt"
	"os"
)

type Inner struct {
	A, B, C int
	Val     int
}

type Outer struct {
	Inner *Inner
}

func leaf(n int) int {
	if n == 3 {
		panic("leaf")
	}
	return n * 2
}

//go:noinline
func outer(n int) int {
	return leaf(n) + int(C.add(C.int(n), 1))
}

//go:noinline
func useOuter(o *Outer) int {
	return o.Inner.Val
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "segv" {
		fmt.Println(useOuter(&Outer{}))
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		fmt.Println(outer(3))
		return
	}
	fmt.Println(outer(len(os.Args)))
}
