// A cgo call built with gccgo whose C code faults: gccgo's traceback through C frames.
package main

/*
static void crash(int *p) { *p = 1; }
static void viaC(void) { crash(0); }
*/
import "C"

func main() {
	C.viaC() // CRASH cgo (the C code writes through a nil pointer)
}
