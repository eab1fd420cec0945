// Package otel reads the OpenTelemetry trace and span id from a context, for
// panicscope.Config.TraceContext. It is a module of its own so that the
// panicscope module stays standard-library only:
//
//	panicscope.Start(panicscope.Config{
//		Server:       url,
//		TraceContext: otel.IDs,
//	})
package otel

import (
	"context"

	"go.opentelemetry.io/otel/trace"
)

// IDs returns the hex trace and span id of the span ctx carries, or "" and ""
// when it carries no valid span context.
func IDs(ctx context.Context) (traceID, spanID string) {
	sc := trace.SpanContextFromContext(ctx)
	if !sc.IsValid() {
		return "", ""
	}
	return sc.TraceID().String(), sc.SpanID().String()
}
