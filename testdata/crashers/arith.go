package main

import "fmt"

type Stats struct {
	total int
	count int
}

//go:noinline
func (s Stats) Mean() int {
	return s.total / s.count // CRASH divide-by-zero
}

func init() {
	register("divide-by-zero", divideByZero)
}

func divideByZero() {
	var s Stats
	fmt.Println("mean:", s.Mean())
}
