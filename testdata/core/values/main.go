// A program that panics with values that are not strings, so that the panic value read from its
// core can be compared with what the runtime printed (runtime/error.go: printpanicval and
// printanycustomtype). Every deferred call panics again with the next value, so that one crash,
// run with GOTRACEBACK=crash, prints a whole chain of values.
//
//	corevalues basic   bool, integers of every size, uintptr, floats (signed zero, infinity,
//	                   NaN, large and small exponents), complex numbers, and nil
//	corevalues named   the same kinds as named types, a struct, a pointer, a slice, a map, an
//	                   error and a Stringer (both printed as their text)
//	corevalues repanic a panic recovered and raised again as another value, which is recovered
//	                   and raised again as itself (Go 1.25+ prints that `[recovered, repanicked]`)
package main

import (
	"fmt"
	"math"
	"os"
)

type (
	Code   int
	Level  int8
	Mask   uint16
	Ratio  float64
	Weight float32
	Flag   bool
	Name   string
	Phase  complex128
	Point  struct{ X, Y int }
	Color  uint8
)

func (c Color) String() string { return fmt.Sprintf("color #%d", uint8(c)) }

type notFound struct{ key string }

func (e *notFound) Error() string { return "no such key: " + e.key }

// chain panics with values[0] after every later value has panicked in turn.
func chain(values []any) {
	if len(values) == 0 {
		return
	}
	defer func() { panic(values[0]) }()
	chain(values[1:])
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: corevalues basic|named|repanic")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "basic":
		chain([]any{
			true, -42, int8(-8), int16(1600), int32(-32), int64(1) << 40, uint(7), uint8(255),
			uint16(65535), uint32(4000000000), uint64(1) << 63, uintptr(0xdead),
			float32(1.5), float32(0.1), -0.1, 1e21, 2.5e-7, 123456789.0, math.Copysign(0, -1),
			math.Inf(1), math.NaN(), complex64(1 + 2i), complex(-1.5, -0.25), nil,
		})
	case "repanic":
		defer func() {
			if r := recover(); r != nil {
				panic(r)
			}
		}()
		defer func() {
			panic(fmt.Sprintf("wrapped: %v", recover()))
		}()
		panic(Code(7))
	case "named":
		chain([]any{
			Code(404), Level(-3), Mask(0xff00), Ratio(0.75), Weight(2.5), Flag(false),
			Name("ann"), Phase(3 - 4i), &Point{1, 2}, Point{3, 4}, []int{1, 2}, map[string]int{},
			Color(7), &notFound{"k"},
		})
	}
}
