// A deferred recover that logs the value with the standard logger and prints the stack with
// debug.PrintStack: a goroutine block with a panic frame and no panic: headline.
package main

import (
	"log"
	"runtime/debug"
)

type account struct{ balance int }

func withdraw(a *account, amount int) {
	a.balance -= amount
}

func handle() {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("recovered: %v", r)
			debug.PrintStack()
		}
	}()
	var a *account
	withdraw(a, 10)
}

func main() {
	handle()
}
