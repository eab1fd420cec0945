// A handler's deferred recover that logs the panic's value as the message with zap's production
// logger (JSON encoder), as gorilla/handlers' RecoveryHandler does through a zap wrapper: the
// record's "stacktrace" field holds the stack escaped, function and file lines, no goroutine
// header.
package main

import (
	"fmt"

	"go.uber.org/zap"
)

func nth(spans []string, i int) string {
	return spans[i]
}

func serve(logger *zap.Logger, i int) {
	defer func() {
		if r := recover(); r != nil {
			logger.Error(fmt.Sprint(r))
		}
	}()
	nth(nil, i)
}

func main() {
	logger, _ := zap.NewProduction()
	serve(logger, 3)
}
