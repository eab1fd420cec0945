// A deferred recover that logs the value between `[panic:` and `]`, then debug.Stack(), on one
// log line after the request's access-log text, as influxdb's HTTP handler does
// (services/httpd/handler.go recovery: `"%s [panic:%s] %s"`). The value holds brackets of its own.
package main

import (
	"log"
	"os"
	"runtime/debug"
)

func lookup(series []string, i int) string {
	return series[i]
}

func handle(i int) {
	defer func() {
		if err := recover(); err != nil {
			logLine := `127.0.0.1 - - [07/Dec/2026:07:00:00 +0000] "GET /query HTTP/1.1" 200 0`
			log.Printf("%s [panic:%s] %s", logLine, err, debug.Stack())
		}
	}()
	lookup([]string{"cpu"}, i)
}

func main() {
	log.SetOutput(os.Stdout)
	handle(len(os.Args))
}
