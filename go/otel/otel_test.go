package otel

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel/trace"
)

func TestIDs(t *testing.T) {
	tid, _ := trace.TraceIDFromHex("4bf92f3577b34da6a3ce929d0e0e4736")
	sid, _ := trace.SpanIDFromHex("00f067aa0ba902b7")
	ctx := trace.ContextWithSpanContext(context.Background(),
		trace.NewSpanContext(trace.SpanContextConfig{TraceID: tid, SpanID: sid, TraceFlags: trace.FlagsSampled}))
	if got, gotSpan := IDs(ctx); got != "4bf92f3577b34da6a3ce929d0e0e4736" || gotSpan != "00f067aa0ba902b7" {
		t.Errorf("IDs = %q, %q", got, gotSpan)
	}
	if got, gotSpan := IDs(context.Background()); got != "" || gotSpan != "" {
		t.Errorf("IDs without a span = %q, %q", got, gotSpan)
	}
}
