package panicscope

import (
	"bytes"
	"io"
	"os"
	"sync"
	"time"
)

// The runtime writes the "fatal error: …" line of a throw, and the "runtime: …"
// lines some throws print first (stack overflow, out of memory), before it marks
// itself dying, so they reach standard error but not the SetCrashOutput file
// (runtime/runtime.go writeErrData and runtime/panic.go throw and fatal, Go 1.23
// to 1.26; golang/go#76859). To keep them, Start makes the program's standard
// error a pipe through the monitor, which copies every byte to the real
// standard error unchanged and remembers the last ones, and puts back the lines
// that came just before the crash output.

// relay copies the program's standard error to the monitor's own and keeps the
// tail of it in a ring, so that a program that logs a lot costs one copy per byte.
type relay struct {
	mu   sync.Mutex
	ring []byte // grows to max, then wraps at next
	next int
	max  int
	done bool // the program's standard error reached EOF
	wg   sync.WaitGroup
}

func startRelay(from *os.File, to io.Writer, max int) *relay {
	r := &relay{max: max}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		buf := make([]byte, 32<<10)
		for {
			n, err := from.Read(buf)
			if n > 0 {
				_, _ = to.Write(buf[:n])
				r.keep(buf[:n])
			}
			if err != nil {
				r.mu.Lock()
				r.done = true
				r.mu.Unlock()
				return
			}
		}
	}()
	return r
}

func (r *relay) keep(b []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(b) > r.max {
		b = b[len(b)-r.max:]
	}
	if room := r.max - len(r.ring); room > 0 { // still growing
		k := min(room, len(b))
		r.ring = append(r.ring, b[:k]...)
		b = b[k:]
	}
	for len(b) > 0 {
		k := copy(r.ring[r.next:], b)
		b = b[k:]
		r.next = (r.next + k) % r.max
	}
}

// tail is the kept bytes in order; r.mu held.
func (r *relay) tail() []byte {
	if len(r.ring) < r.max || r.next == 0 {
		return r.ring
	}
	return append(append([]byte(nil), r.ring[r.next:]...), r.ring[:r.next]...)
}

// wait returns when nobody holds the program's standard error any more (the
// program and the children it gave its standard error to have ended).
func (r *relay) wait() {
	if r != nil {
		r.wg.Wait()
	}
}

// waitAtMost is wait, bounded: PID 1 exits after its application, and the
// kernel then ends whoever else still holds the pipe.
func (r *relay) waitAtMost(d time.Duration) {
	if r == nil {
		return
	}
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// preface is what the runtime wrote to standard error just before crash, the
// text the crash output pipe received: the "fatal error:" and "runtime:" lines,
// or "" if there were none. It waits (up to a second) for the copy to catch up.
func (r *relay) preface(crash []byte) []byte {
	if r == nil || len(crash) == 0 {
		return nil
	}
	probe := crash[:min(len(crash), 512)]
	deadline := time.Now().Add(time.Second)
	for {
		r.mu.Lock()
		tail := r.tail()
		i := bytes.LastIndex(tail, probe)
		// The runtime wrote the preface before the crash output, so once the
		// output's start is here, so is the preface.
		complete := i >= 0
		done := r.done
		var pre []byte
		if i >= 0 {
			pre = append([]byte(nil), runtimeLinesAtEnd(tail[:i])...)
		}
		r.mu.Unlock()
		if complete || done || time.Now().After(deadline) {
			return pre
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runtimeLinesAtEnd is the run of whole lines at the end of b that the runtime
// prints before a throw: "fatal error: …", "runtime: …", and the tab-indented
// continuation lines of a multi-line message.
func runtimeLinesAtEnd(b []byte) []byte {
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil
	}
	start := len(b)
	keep := len(b) // where the accepted run starts; continuation lines only count under a header
	for start > 0 {
		lineStart := bytes.LastIndexByte(b[:start-1], '\n') + 1
		line := b[lineStart:start]
		switch {
		case bytes.HasPrefix(line, []byte("fatal error: ")), bytes.HasPrefix(line, []byte("runtime: ")):
			keep = lineStart
		case bytes.HasPrefix(line, []byte("\t")):
		default:
			return b[keep:]
		}
		start = lineStart
	}
	return b[keep:]
}
