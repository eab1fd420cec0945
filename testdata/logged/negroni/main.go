// A negroni server whose handler indexes past a slice; negroni.Recovery logs PANIC and the stack.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/urfave/negroni"
)

func pick(items []string, i int) string {
	return items[i]
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/item", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, pick([]string{"a", "b", "c"}, len(r.URL.Path)))
	})
	n := negroni.New()
	recovery := negroni.NewRecovery()
	recovery.Formatter = &negroni.TextPanicFormatter{}
	n.Use(recovery)
	n.UseHandler(mux)
	n.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/item", nil))
}
