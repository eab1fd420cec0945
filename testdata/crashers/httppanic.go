package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"
)

type API struct {
	sessions map[string]string
}

func (a *API) login(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	a.sessions[user] = "token-" + user // CRASH http-handler-panic
	fmt.Fprintln(w, "ok")
}

// httpHandlerPanic serves one request whose handler panics; net/http
// recovers it and logs the stack, the client sees EOF, the program exits 0.
func httpHandlerPanic() {
	api := &API{}
	mux := http.NewServeMux()
	mux.HandleFunc("/login", api.login)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	resp, err := http.Get("http://" + ln.Addr().String() + "/login?user=alice")
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
	register("http-handler-panic", httpHandlerPanic)
}
