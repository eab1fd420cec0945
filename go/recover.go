package panicscope

import (
	"bufio"
	"context"
	"encoding/base64"
	"errors"
	"net"
	"net/http"
	"runtime/debug"
	"time"
)

// Recover, deferred, reports a panic of the goroutine and then re-panics with
// the same value (unless Config.KeepRunning):
//
//	defer panicscope.Recover(ctx)
//
// http.ErrAbortHandler is re-panicked without a report. Delivery before the
// re-panic waits at most Config.Timeout. Before Start, Recover only re-panics.
func Recover(ctx context.Context) {
	v := recover()
	if v == nil {
		return
	}
	handle(ctx, v)
}

// Go runs f in a new goroutine under Recover.
func Go(ctx context.Context, f func()) {
	go func() {
		defer func() {
			if v := recover(); v != nil {
				handle(ctx, v)
			}
		}()
		f()
	}()
}

func handle(ctx context.Context, v any) {
	if errors.Is(asError(v), http.ErrAbortHandler) {
		panic(v)
	}
	st := current.Load()
	repanic := st == nil || !st.cfg.KeepRunning
	if st != nil {
		st.reportPanic(ctx, v, repanic)
	}
	if repanic {
		panic(v)
	}
}

func asError(v any) error {
	err, _ := v.(error)
	return err
}

// Handler reports the panics of h's requests, with the route (the ServeMux
// pattern) and the request id, then answers 500 — or, when the response had
// begun, aborts it as net/http does. Nothing of the request's body, headers or
// URL is sent. http.ErrAbortHandler passes through unreported.
func Handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &responseWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if errors.Is(asError(v), http.ErrAbortHandler) {
				panic(v)
			}
			if st := current.Load(); st != nil {
				ctx := r.Context()
				vals := valuesOf(ctx)
				if vals.route == "" && r.Pattern != "" {
					ctx = WithRoute(ctx, r.Pattern)
				}
				if vals.requestID == "" && st.cfg.RequestIDHeader != "" {
					if id := r.Header.Get(st.cfg.RequestIDHeader); id != "" {
						ctx = WithRequestID(ctx, id)
					}
				}
				st.reportPanic(ctx, v, false)
			}
			if rw.wrote {
				panic(http.ErrAbortHandler)
			}
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		}()
		h.ServeHTTP(rw, r)
	})
}

// responseWriter notes whether the response has begun.
type responseWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *responseWriter) WriteHeader(code int) {
	if code >= 200 {
		w.wrote = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *responseWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the server's writer.
func (w *responseWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *responseWriter) Flush() {
	w.wrote = true
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *responseWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	w.wrote = true
	return http.NewResponseController(w.ResponseWriter).Hijack()
}

// reportPanic builds the report of a recovered panic: the runtime's "panic: "
// line, then the goroutine's stack without the reporter's frames. wait says the
// caller is about to re-panic: deliver first, for at most Config.Timeout.
func (st *state) reportPanic(ctx context.Context, v any, wait bool) {
	defer func() { _ = recover() }() // the reporter never adds a panic of its own
	now := time.Now()
	rep := st.template
	rep.ID = newID()
	rep.Kind = KindRecovered
	rep.Text = "panic: " + panicValue(v) + "\n\n" + stripStack(string(debug.Stack()))
	rep.Time = formatTime(now)
	rep.UptimeSeconds = uptime(processStart, now)
	rep.Context = st.context(ctx)
	if st.flight != nil {
		if snap := st.flight.snapshot(); len(snap) > 0 {
			rep.Trace = base64.StdEncoding.EncodeToString(snap)
		}
	}
	body := marshal(&rep)
	st.writeOutput(body)
	if st.cfg.Server == "" {
		return
	}
	path, err := spoolWrite(&st.cfg, rep.ID, body, now)
	if err != nil {
		st.cfg.logf("panicscope: spool: %v", err)
	}
	if !wait {
		if path == "" {
			go deliverNow(&st.cfg, "", rep.ID, body, 1)
		} else {
			st.wake()
		}
		return
	}
	st.claim(rep.ID)
	deliverNow(&st.cfg, path, rep.ID, body, 1)
	st.release(rep.ID)
}

func (st *state) context(ctx context.Context) *reportContext {
	c := &reportContext{}
	vals := valuesOf(ctx)
	c.RequestID, c.Route = vals.requestID, vals.route
	if len(st.cfg.Tags)+len(vals.tags) > 0 {
		c.Tags = copyTags(st.cfg.Tags)
		for k, t := range vals.tags {
			c.Tags[k] = t
		}
	}
	if st.cfg.TraceContext != nil && ctx != nil {
		c.TraceID, c.SpanID = st.cfg.TraceContext(ctx)
	}
	if c.empty() {
		return nil
	}
	return c
}

func (st *state) writeOutput(body []byte) {
	if st.cfg.Output == nil {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	_, _ = st.cfg.Output.Write(append(body, '\n'))
}
