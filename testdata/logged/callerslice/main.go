// A recover handler that logs each runtime.Caller through a logger printing its values with
// `%v` of the slice, as beego did before 1.0 (router.go: `Critical("Handler crashed with
// error", err)`, then `Critical(file, line)` per caller; logs.go: `Printf("[C] %v\n", v)`):
// every line is `[C] [values…]` after std log's stamp.
package main

import (
	"log"
	"os"
	"runtime"
)

var logger = log.New(os.Stdout, "", log.Ldate|log.Ltime)

// Critical logs its values as beego's BeeLogger did.
func Critical(v ...interface{}) {
	logger.Printf("[C] %v\n", v)
}

func serve(handler func()) {
	defer func() {
		if err := recover(); err != nil {
			Critical("Handler crashed with error", err)
			for i := 1; ; i++ {
				_, file, line, ok := runtime.Caller(i)
				if !ok {
					break
				}
				Critical(file, line)
			}
		}
	}()
	handler()
}

func main() {
	serve(func() {
		var m map[string]int
		m["a"] = 1
	})
	serve(func() {
		s := []int{1, 2, 3}
		i := len(os.Args) + 4
		_ = s[i]
	})
}
