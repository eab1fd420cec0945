package panicscope

import "context"

type ctxKey struct{}

// ctxValues is what a context carries for reports.
type ctxValues struct {
	requestID string
	route     string
	tags      map[string]string
}

func valuesOf(ctx context.Context) ctxValues {
	if ctx == nil {
		return ctxValues{}
	}
	v, _ := ctx.Value(ctxKey{}).(ctxValues)
	return v
}

// WithRequestID attaches a request id to the reports made under ctx.
func WithRequestID(ctx context.Context, id string) context.Context {
	v := valuesOf(ctx)
	v.requestID = id
	return context.WithValue(ctx, ctxKey{}, v)
}

// WithRoute attaches a route ("GET /orders/{id}") to the reports made under ctx.
func WithRoute(ctx context.Context, route string) context.Context {
	v := valuesOf(ctx)
	v.route = route
	return context.WithValue(ctx, ctxKey{}, v)
}

// WithTags attaches tags to the reports made under ctx; they add to (and
// override) Config.Tags and the tags of outer contexts.
func WithTags(ctx context.Context, tags map[string]string) context.Context {
	v := valuesOf(ctx)
	merged := make(map[string]string, len(v.tags)+len(tags))
	for k, t := range v.tags {
		merged[k] = t
	}
	for k, t := range tags {
		merged[k] = t
	}
	v.tags = merged
	return context.WithValue(ctx, ctxKey{}, v)
}
