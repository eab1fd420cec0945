package panicscope

import (
	ctxpkg "context"
	"os"
	"time"
)

// deliverNow tries to upload one report up to attempts times (1s, 2s, … apart),
// removing its spool file on success. What still failed stays spooled for the
// next Start, with its backoff recorded.
func deliverNow(cfg *Config, path, id string, body []byte, attempts int) bool {
	var last sendResult
	for i := 0; i < attempts; i++ {
		if i > 0 {
			time.Sleep(time.Duration(1<<(i-1)) * time.Second)
		}
		last = send(ctxpkg.Background(), cfg, id, body)
		switch last.outcome {
		case delivered:
			if path != "" {
				os.Remove(path)
			}
			return true
		case rejected:
			cfg.logf("panicscope: report %s rejected: %v", id, last.err)
			if path != "" {
				os.Remove(path)
			}
			return false
		}
		cfg.logf("panicscope: report %s not delivered: %v", id, last.err)
	}
	if path != "" {
		if s, err := spoolRead(path); err == nil {
			spoolFailed(path, s, time.Now(), last.retryAfter)
		}
	}
	return false
}

// wake makes the delivery loop look at the spool, starting it if it is not
// running. The loop ends when the spool is empty, so that an idle program has
// no goroutine of ours in its tracebacks.
func (st *state) wake() {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.looping {
		select {
		case st.poke <- struct{}{}:
		default:
		}
		return
	}
	st.looping = true
	go st.deliverLoop()
}

func (st *state) claim(id string) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.inflight[id] {
		return false
	}
	st.inflight[id] = true
	return true
}

func (st *state) release(id string) {
	st.mu.Lock()
	delete(st.inflight, id)
	st.mu.Unlock()
}

// deliverLoop uploads what the spool holds — reports a monitor could not
// deliver, reports of earlier runs, recovered panics — for the life of the
// program, each at its backoff time.
func (st *state) deliverLoop() {
	for {
		// The first pass of the run tries every report, due or not.
		wait := st.deliverPass(time.Now(), !st.passed)
		st.passed = true
		if wait < 0 {
			st.mu.Lock()
			select {
			case <-st.poke: // woken during the pass: look again
				st.mu.Unlock()
				continue
			default:
			}
			st.looping = false
			st.mu.Unlock()
			return
		}
		t := time.NewTimer(wait)
		select {
		case <-st.poke:
			t.Stop()
		case <-t.C:
		}
	}
}

// deliverPass tries every due report once (on the first pass after Start, every
// report: a new run is a new chance; the backoff spaces the retries within a
// run). It returns how long until the next one is due, or -1 when the spool is
// empty.
func (st *state) deliverPass(now time.Time, all bool) time.Duration {
	reapMonitor(st.monitorPID)
	next := time.Duration(-1)
	later := func(d time.Duration) {
		if next < 0 || d < next {
			next = d
		}
	}
	for _, f := range spoolList(st.cfg.SpoolDir) {
		if !st.claim(f.id) {
			later(time.Second)
			continue
		}
		s, err := spoolRead(f.path)
		if err != nil {
			st.release(f.id)
			continue // removed meanwhile, or not ours to read
		}
		if ok, wait := s.due(now); !ok && !all {
			st.release(f.id)
			later(wait)
			continue
		}
		res := send(ctxpkg.Background(), &st.cfg, f.id, s.Report)
		switch res.outcome {
		case delivered:
			os.Remove(f.path)
		case rejected:
			st.cfg.logf("panicscope: report %s rejected: %v", f.id, res.err)
			os.Remove(f.path)
		default:
			st.cfg.logf("panicscope: report %s not delivered: %v", f.id, res.err)
			spoolFailed(f.path, s, now, res.retryAfter)
			later(max(backoff(s.Attempts+1), res.retryAfter))
			st.release(f.id)
			return next // the server is down or busy: the others wait too
		}
		st.release(f.id)
	}
	return next
}

// Flush waits until the reports of recovered panics made so far are delivered
// (or given up), for at most timeout, and reports whether they were. Call it
// before os.Exit; Recover and Go, when they re-panic, deliver first by themselves.
func Flush(timeout time.Duration) bool {
	st := current.Load()
	if st == nil || st.cfg.Server == "" {
		return true
	}
	deadline := time.Now().Add(timeout)
	for {
		st.mu.Lock()
		idle := !st.looping && len(st.inflight) == 0
		st.mu.Unlock()
		if idle {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
}
