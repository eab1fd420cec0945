package main

/*
#include <stdlib.h>
#include <stdio.h>

struct config { int port; int workers; };

static int config_port(struct config *c) {
	return c->port;
}

static void fail_hard(const char *why) {
	fprintf(stderr, "libfoo: fatal: %s\n", why);
	abort();
}
*/
import "C"

import "fmt"

func portOf(c *C.struct_config) int {
	return int(C.config_port(c)) // CRASH cgo-segv
}

func init() {
	register("cgo-segv", cgoSegv)
	register("cgo-abort", cgoAbort)
}

func cgoSegv() {
	fmt.Println("port:", portOf(nil))
}

func cgoAbort() {
	msg := C.CString("inconsistent state")
	C.fail_hard(msg) // CRASH cgo-abort
}
