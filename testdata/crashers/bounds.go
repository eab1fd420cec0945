package main

import (
	"fmt"
	"strings"
)

// at is small enough to be inlined into its caller.
func at(xs []int, i int) int {
	return xs[i] // CRASH index-out-of-range
}

func lastScores(scores []int, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, at(scores, len(scores)-n+i+5))
	}
	return out
}

type Buffer struct {
	data []byte
	off  int
}

//go:noinline
func (b *Buffer) Next(n int) []byte {
	chunk := b.data[b.off : b.off+n] // CRASH slice-bounds
	b.off += n
	return chunk
}

//go:noinline
func window(rows []string, lo, hi, max int) []string {
	return rows[lo:hi:max] // CRASH slice-bounds-3
}

func init() {
	register("index-out-of-range", indexOutOfRange)
	register("slice-bounds", sliceBounds)
	register("slice-bounds-3", sliceBoundsThree)
}

func indexOutOfRange() {
	fmt.Println(lastScores([]int{7, 9, 4}, 2))
}

func sliceBounds() {
	b := &Buffer{data: []byte("header:payload")}
	fmt.Printf("%s\n", b.Next(7))
	fmt.Printf("%s\n", b.Next(16))
}

func sliceBoundsThree() {
	rows := strings.Split("a,b,c,d", ",")
	fmt.Println(window(rows, 1, 3, 6))
}
