package main

import (
	"fmt"
	"io"
)

type Event struct {
	Name    string
	Payload interface{}
}

//go:noinline
func retries(e Event) int {
	return e.Payload.(int) // CRASH type-assertion
}

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

//go:noinline
func closeIt(s Shape) error {
	return s.(io.Closer).Close() // CRASH type-assertion-method
}

func init() {
	register("type-assertion", typeAssertion)
	register("type-assertion-method", typeAssertionMethod)
}

func typeAssertion() {
	fmt.Println(retries(Event{Name: "retry", Payload: "3"}))
}

func typeAssertionMethod() {
	fmt.Println(closeIt(Square{side: 2}))
}
