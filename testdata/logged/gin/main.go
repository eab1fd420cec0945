// A gin server whose handler dereferences a nil map entry; gin.Recovery logs the stack.
package main

import (
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/gin-gonic/gin"
)

type user struct{ name string }

func lookup(users map[string]*user, id string) string {
	return users[id].name
}

func main() {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.RecoveryWithWriter(os.Stderr))
	r.GET("/user/:id", func(c *gin.Context) {
		c.String(http.StatusOK, lookup(map[string]*user{}, c.Param("id")))
	})
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", "/user/42", nil))
}
