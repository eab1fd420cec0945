package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	magic uint32
	size  uint32
}

//go:noinline
func readHeader(addr uintptr) uint32 {
	return (*header)(unsafe.Pointer(addr)).size // CRASH bad-pointer
}

func init() {
	register("bad-pointer", badPointer)
}

func badPointer() {
	stale := uintptr(0xdeadbeef000)
	fmt.Println(readHeader(stale))
}
