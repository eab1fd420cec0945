// Command shop is the Go program of the inbox's browser test (test/browser/inbox.test.ts). It
// reports with the module (the repository's go/) to the server in SHOP_SERVER, as release
// SHOP_RELEASE, and dies as its argument says:
//
//	checkout  an unrecovered index out of range in the main goroutine (the monitor sends it)
//	hostile   a recovered panic whose value, route, request id and tag are markup and script
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	panicscope "github.com/panicscope/panicscope/go"
)

type cart struct{ prices []int }

// total sums the first n prices; n past the end is the bug.
func total(c cart, n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		sum += c.prices[i]
	}
	return sum
}

func hostile() {
	ctx := panicscope.WithRoute(context.Background(), `GET /<script>alert("route")</script>`)
	ctx = panicscope.WithRequestID(ctx, `"><img src=x onerror=alert("request")>`)
	ctx = panicscope.WithTags(ctx, map[string]string{`<b onmouseover=alert(1)>tag`: `<script>alert("tag")</script>`})
	defer panicscope.Recover(ctx)
	panic(`<script>alert("value")</script><img src=x onerror=alert("value")>`)
}

func main() {
	panicscope.Start(panicscope.Config{
		Server:      os.Getenv("SHOP_SERVER"),
		Token:       os.Getenv("SHOP_TOKEN"),
		Release:     os.Getenv("SHOP_RELEASE"),
		Environment: "production",
		SpoolDir:    os.Getenv("SHOP_SPOOL"),
		Tags:        map[string]string{"region": "eu-west-1"},
		KeepRunning: true,
		Timeout:     5 * time.Second,
	})
	switch os.Args[1] {
	case "checkout":
		fmt.Println(total(cart{prices: []int{3, 4, 5}}, 5))
	case "hostile":
		hostile()
		if !panicscope.Flush(5 * time.Second) {
			fmt.Fprintln(os.Stderr, "shop: not flushed")
			os.Exit(2)
		}
	}
}
