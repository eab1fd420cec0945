package panicscope

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// A spooled report waits on disk until the server acknowledged it. One file per
// report, <unix-nanos>-<id>.report, written to a temporary name, fsynced, then
// renamed, so a reader never sees half a file.
type spooled struct {
	Attempts    int             `json:"attempts"`
	NextAttempt string          `json:"nextAttempt,omitempty"`
	Report      json.RawMessage `json:"report"`
}

const spoolExt = ".report"

type spoolFile struct {
	path string
	id   string
	size int64
}

// spoolWrite stores a report durably (file and directory fsynced) and keeps the
// spool under its cap by removing the oldest reports. Returns the file's path.
func spoolWrite(cfg *Config, id string, body []byte, now time.Time) (string, error) {
	if err := os.MkdirAll(cfg.SpoolDir, 0o700); err != nil {
		return "", err
	}
	data, _ := json.Marshal(spooled{Report: body})
	spoolTrim(cfg, int64(len(data)))
	path := filepath.Join(cfg.SpoolDir, spoolName(now, id))
	if err := writeDurably(path, data); err != nil {
		return "", err
	}
	return path, nil
}

// spoolName sorts by time: the oldest report first.
func spoolName(t time.Time, id string) string {
	return fmt.Sprintf("%019d-%s%s", t.UnixNano(), id, spoolExt)
}

func writeDurably(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		_ = d.Sync() // the rename itself survives a power cut
		d.Close()
	}
	return nil
}

// spoolList is the spool's reports, oldest first.
func spoolList(dir string) []spoolFile {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []spoolFile
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, spoolExt) || e.IsDir() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		stem := strings.TrimSuffix(name, spoolExt)
		_, id, _ := strings.Cut(stem, "-")
		out = append(out, spoolFile{path: filepath.Join(dir, name), id: id, size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

// spoolTrim removes the oldest reports until incoming more bytes fit the cap.
func spoolTrim(cfg *Config, incoming int64) {
	files := spoolList(cfg.SpoolDir)
	var total int64
	for _, f := range files {
		total += f.size
	}
	for _, f := range files {
		if total+incoming <= cfg.SpoolMaxBytes {
			return
		}
		if os.Remove(f.path) == nil {
			cfg.logf("panicscope: spool over %d bytes: dropped %s", cfg.SpoolMaxBytes, f.path)
		}
		total -= f.size
	}
}

func spoolRead(path string) (spooled, error) {
	var s spooled
	data, err := os.ReadFile(path)
	if err != nil {
		return s, err
	}
	err = json.Unmarshal(data, &s)
	return s, err
}

// backoff after the n-th failed attempt: 30s, 1m, 2m, … up to 6h.
func backoff(attempts int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < attempts && d < 6*time.Hour; i++ {
		d *= 2
	}
	return min(d, 6*time.Hour)
}

// spoolFailed records a failed attempt so that the next try waits.
func spoolFailed(path string, s spooled, now time.Time, retryAfter time.Duration) {
	s.Attempts++
	wait := max(backoff(s.Attempts), retryAfter)
	s.NextAttempt = formatTime(now.Add(wait))
	data, _ := json.Marshal(s)
	if _, err := os.Stat(path); err == nil {
		_ = writeDurably(path, data)
	}
}

// due reports whether a spooled report may be tried at now, and if not, when.
func (s spooled) due(now time.Time) (bool, time.Duration) {
	if s.NextAttempt == "" {
		return true, 0
	}
	t, err := time.Parse(time.RFC3339Nano, s.NextAttempt)
	if err != nil || !t.After(now) {
		return true, 0
	}
	return false, t.Sub(now)
}
