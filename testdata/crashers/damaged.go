package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"
)

type Shipment struct {
	totals map[string]int
}

func (s *Shipment) add(sku string, n int) {
	s.totals[sku] += n // CRASH glued-output
}

// gluedOutput prints a progress message without a newline, then panics: with stdout and
// stderr in one file (`2>&1`) the runtime's `panic:` headline does not start its line.
func gluedOutput() {
	fmt.Fprint(os.Stdout, "processing batch 3...")
	s := &Shipment{}
	s.add("apple", 2)
}

type Cart struct {
	items map[string]int
}

func (c *Cart) put(w http.ResponseWriter, r *http.Request) {
	c.items[r.URL.Query().Get("sku")]++ // CRASH http-middleware-repanic
	fmt.Fprintln(w, "ok")
}

// withAudit is a middleware that recovers a handler's panic, logs it and re-panics, so
// that net/http recovers it a second time and logs `http: panic serving`.
func withAudit(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("audit: %s %s panicked: %v", r.Method, r.URL.Path, v)
				panic(v)
			}
		}()
		next(w, r)
	}
}

// httpMiddlewareRepanic serves one request through withAudit; the program exits 0.
func httpMiddlewareRepanic() {
	cart := &Cart{}
	mux := http.NewServeMux()
	mux.HandleFunc("/put", withAudit(cart.put))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	resp, err := http.Get("http://" + ln.Addr().String() + "/put?sku=pear")
	if err != nil {
		log.Printf("client: %v", err)
	} else {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	srv.Shutdown(ctx)
	log.Print("server stopped")
}

func init() {
	register("glued-output", gluedOutput)
	register("http-middleware-repanic", httpMiddlewareRepanic)
}
