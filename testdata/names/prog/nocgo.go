//go:build !cgo

package main

// cgoCall without cgo: the Windows twin gen.sh builds, whose symbols include go:buildid.
func cgoCall() int { return 4 }
