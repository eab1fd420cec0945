// A healthy program that logs its own stack with debug.Stack() (no panic): a goroutine block
// with no panic frame, which stays a goroutine dump.
package main

import (
	"log"
	"runtime/debug"
)

func report() {
	log.Printf("slow request, stack follows")
	log.Writer().Write(debug.Stack())
}

func main() {
	report()
}
