package panicscope

import (
	"strings"
	"testing"
	"time"
)

func TestSpoolCap(t *testing.T) {
	cfg := Config{SpoolDir: t.TempDir()}
	body := []byte(`{"text":"` + strings.Repeat("x", 100) + `"}`)
	now := time.Now()
	p1, _ := spoolWrite(&cfg, "a", body, now)
	size := spoolList(cfg.SpoolDir)[0].size
	cfg.SpoolMaxBytes = 3*size - 1
	_, _ = spoolWrite(&cfg, "b", body, now.Add(time.Second))
	_, _ = spoolWrite(&cfg, "c", body, now.Add(2*time.Second))
	files := spoolList(cfg.SpoolDir)
	if len(files) != 2 || files[0].id != "b" || files[1].id != "c" || files[0].path == p1 {
		t.Errorf("spool %v, want b and c (a dropped)", files)
	}
}

func TestBackoff(t *testing.T) {
	want := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute}
	for i, w := range want {
		if got := backoff(i + 1); got != w {
			t.Errorf("backoff(%d) = %v, want %v", i+1, got, w)
		}
	}
	if got := backoff(40); got != 6*time.Hour {
		t.Errorf("backoff(40) = %v, want 6h", got)
	}
}
