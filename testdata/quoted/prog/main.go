// A harness that runs itself as a child which crashes, then reports the child's output
// the ways harnesses and loggers do: Go-quoted with %q, as a log/slog text (logfmt) value,
// and inside nested JSON fields (error.stack, stacktrace).
//
//	quoted child              the crash itself (raw runtime output)
//	quoted q                  fmt.Printf("child crashed: %q\n", output)
//	quoted logfmt             slog.TextHandler: stack="panic: …\n\ngoroutine 1 …"
//	quoted json-error-stack   slog.JSONHandler: {"error":{"stack":"panic: …"}}
//	quoted json-stacktrace    slog.JSONHandler: {"stacktrace":"panic: …"}
package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/exec"
)

type order struct {
	items []string
}

func (o *order) first() string {
	return o.items[0] // CRASH: index out of range [0] with length 0
}

func child() {
	var o order
	fmt.Println(o.first())
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: quoted child|q|logfmt|json-error-stack|json-stacktrace")
		os.Exit(2)
	}
	if os.Args[1] == "child" {
		child()
		return
	}
	cmd := exec.Command(os.Args[0], "child")
	cmd.Env = append(os.Environ(), "GOTRACEBACK=single")
	out, err := cmd.CombinedOutput()
	switch os.Args[1] {
	case "q":
		fmt.Printf("child crashed (%v): %q\n", err, out)
	case "logfmt":
		slog.New(slog.NewTextHandler(os.Stdout, nil)).Error("child crashed", "err", err, "stack", string(out))
	case "json-error-stack":
		slog.New(slog.NewJSONHandler(os.Stdout, nil)).Error("child crashed",
			slog.Group("error", "message", err.Error(), "stack", string(out)))
	case "json-stacktrace":
		slog.New(slog.NewJSONHandler(os.Stdout, nil)).Error("child crashed", "stacktrace", string(out))
	}
}
