// Command sentry-go reports one bug, a panic in order, in one of two ways:
// `sentry-go sentry` recovers it and sends it with the official Sentry SDK
// (github.com/getsentry/sentry-go) to SENTRY_DSN; `sentry-go module` recovers
// it with panicscope's Go module (Recover, KeepRunning) and sends it to
// PANICSCOPE_SERVER. test/server/sentry.test.ts points both at one panicscope
// server and checks that the two reports are filed under one issue.
// `sentry-go message` sends a message with its stack (the event's threads).
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/getsentry/sentry-go"
	panicscope "github.com/panicscope/panicscope/go"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sentry-go sentry|module")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "sentry":
		viaSentry()
	case "module":
		viaModule()
	case "message":
		viaSentryMessage()
	default:
		fmt.Fprintln(os.Stderr, "sentry-go: unknown mode", os.Args[1])
		os.Exit(2)
	}
}

func viaSentry() {
	err := sentry.Init(sentry.ClientOptions{
		Dsn:         os.Getenv("SENTRY_DSN"),
		Release:     "2.0.0",
		Environment: "test",
		ServerName:  "sentry-host",
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "sentry-go:", err)
		os.Exit(2)
	}
	sentry.ConfigureScope(func(scope *sentry.Scope) { scope.SetTag("region", "eu-west-1") })
	defer sentry.Flush(5 * time.Second)
	defer func() {
		if r := recover(); r != nil {
			sentry.CurrentHub().Recover(r)
		}
	}()
	checkout()
}

// viaSentryMessage logs a message with the stack attached: sentry-go sends it
// as the event's current thread.
func viaSentryMessage() {
	err := sentry.Init(sentry.ClientOptions{
		Dsn:              os.Getenv("SENTRY_DSN"),
		Release:          "2.0.0",
		AttachStacktrace: true,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "sentry-go:", err)
		os.Exit(2)
	}
	defer sentry.Flush(5 * time.Second)
	sentry.CaptureMessage("inventory below zero")
}

func viaModule() {
	err := panicscope.Start(panicscope.Config{
		Server:      os.Getenv("PANICSCOPE_SERVER"),
		Token:       os.Getenv("PANICSCOPE_TOKEN"),
		Release:     "2.0.0",
		Environment: "test",
		SpoolDir:    os.Getenv("PANICSCOPE_SPOOL"),
		KeepRunning: true,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "sentry-go:", err)
		os.Exit(2)
	}
	defer panicscope.Flush(5 * time.Second)
	defer panicscope.Recover(context.Background())
	checkout()
}

func checkout() { process() }

func process() { order(3) }

func order(n int) int {
	lines := make([]int, n)
	return lines[n] // index out of range
}
