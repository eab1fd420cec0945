package main

import "fmt"

type Middleware func(next func(int) int) func(int) int

// closures builds nested closures: the crash is in the second closure
// inside the first one (main.closures.func1.2).
func closures() {
	chain := func(scale int) func(int) int {
		double := func(x int) int { return x * 2 }
		divide := func(x int) int {
			return double(x) / scale // CRASH closures
		}
		return divide
	}
	handlers := []func(int) int{chain(3), chain(0)}
	for _, h := range handlers {
		fmt.Println(h(21))
	}
}

func init() {
	register("closures", closures)
}
