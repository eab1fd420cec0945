//go:build go1.23

package main

func seq(yield func(int) bool) { yield(1) }

//go:noinline
func rangeOverFunc() {
	for range seq {
		park()
	}
}
