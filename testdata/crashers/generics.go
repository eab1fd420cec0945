package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

// Stack is a generic LIFO.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

//go:noinline
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1] // CRASH generic
	s.items = s.items[:len(s.items)-1]
	return v
}

//go:noinline
func SumTop[T Number](s *Stack[T], n int) T {
	var total T
	for i := 0; i < n; i++ {
		total += s.Pop() // CRASH-CALLER generic
	}
	return total
}

func init() {
	register("generic", generic)
}

func generic() {
	s := &Stack[int64]{}
	s.Push(3)
	s.Push(4)
	fmt.Println(SumTop(s, 3))
}
