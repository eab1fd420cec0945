// A worker whose deferred recover logs the panic with zap's development logger (console
// encoder): the message, then the stacktrace field on the lines after it.
package main

import (
	"go.uber.org/zap"
)

type job struct{ payload map[string]int }

func (j *job) run() int {
	return j.payload["n"] / len(j.payload)
}

func safeRun(logger *zap.Logger, j *job) {
	defer func() {
		if r := recover(); r != nil {
			logger.Error("recovered from panic", zap.Any("panic", r))
		}
	}()
	j.run()
}

func main() {
	logger, _ := zap.NewDevelopment()
	safeRun(logger, &job{payload: map[string]int{}})
}
