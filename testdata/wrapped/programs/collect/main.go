// Command collect runs a program and stores its stdout and stderr the way a
// log system does, so that testdata/gen.sh can wrap real crash output in
// real log shapes:
//
//	collect -format docker   -- cmd args   docker json-file driver
//	collect -format cri      -- cmd args   CRI (containerd/kubelet) container log
//	collect -format journald -- cmd args   `journalctl -o short` of a systemd service
//	collect -format rsyslog  -- cmd args   rsyslog's traditional file format, control characters escaped (#ooo)
//	collect -format stdlog   -- cmd args   every line re-logged through Go's log package (log.LstdFlags)
//	collect -format rfc3339  -- cmd args   every line prefixed with an RFC 3339 UTC timestamp
//
// docker and CRI read each stream through a 16 KiB buffer: a longer line is
// stored as several entries (docker: without the trailing "\n"; CRI: tag P,
// then F for the piece that ends the line). Timestamps are taken when a piece
// is read.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"
)

const maxLine = 16 * 1024

type collector struct {
	mu     sync.Mutex
	out    *bufio.Writer
	format string
	host   string
	ident  string
	pid    int
	stdlog *log.Logger
}

func (c *collector) emit(stream string, piece []byte, complete bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now().UTC()
	line := bytes.TrimSuffix(piece, []byte("\n"))
	switch c.format {
	case "docker":
		var msg []byte
		msg = append(msg, line...)
		if complete {
			msg = append(msg, '\n')
		}
		// docker's JSON encoder escapes <, > and & like encoding/json does
		b, _ := json.Marshal(struct {
			Log    string `json:"log"`
			Stream string `json:"stream"`
			Time   string `json:"time"`
		}{string(msg), stream, now.Format(time.RFC3339Nano)})
		c.out.Write(b)
		c.out.WriteByte('\n')
	case "cri":
		tag := "F"
		if !complete {
			tag = "P"
		}
		fmt.Fprintf(c.out, "%s %s %s %s\n", now.Format(time.RFC3339Nano), stream, tag, line)
	case "journald":
		fmt.Fprintf(c.out, "%s %s %s[%d]: %s\n", now.Format("Jan 02 15:04:05"), c.host, c.ident, c.pid, line)
	case "rsyslog":
		fmt.Fprintf(c.out, "%s %s %s[%d]: %s\n", now.Format("Jan _2 15:04:05"), c.host, c.ident, c.pid, escapeControl(line))
	case "stdlog":
		c.out.Flush()
		c.stdlog.Print(string(line))
	case "rfc3339":
		fmt.Fprintf(c.out, "%s %s\n", now.Format("2006-01-02T15:04:05.000000Z07:00"), line)
	}
}

// escapeControl is rsyslog's $EscapeControlCharactersOnReceive: a control
// character becomes '#' and its three-digit octal value (TAB -> #011).
func escapeControl(b []byte) []byte {
	var out []byte
	for _, ch := range b {
		if ch < 0x20 || ch == 0x7f {
			out = append(out, '#')
			out = append(out, []byte(fmt.Sprintf("%03o", ch))...)
			continue
		}
		out = append(out, ch)
	}
	return out
}

func (c *collector) copy(stream string, r io.Reader, wg *sync.WaitGroup) {
	defer wg.Done()
	split := c.format == "docker" || c.format == "cri"
	size := maxLine
	if !split {
		size = 1 << 20
	}
	br := bufio.NewReaderSize(r, size)
	for {
		piece, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			if split {
				c.emit(stream, append([]byte(nil), piece...), false)
				continue
			}
			// not splitting: gather the rest of the line
			rest, err2 := br.ReadBytes('\n')
			piece = append(append([]byte(nil), piece...), rest...)
			err = err2
		}
		if len(piece) > 0 {
			c.emit(stream, append([]byte(nil), piece...), bytes.HasSuffix(piece, []byte("\n")) || err != nil)
		}
		if err != nil {
			return
		}
	}
}

func main() {
	format := flag.String("format", "docker", "docker|cri|journald|rsyslog|stdlog|rfc3339")
	host := flag.String("host", "web-1", "host name (journald, rsyslog)")
	ident := flag.String("ident", "", "syslog identifier (journald, rsyslog); default: the program's name")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: collect -format F -- cmd args...")
		os.Exit(64)
	}
	cmd := exec.Command(args[0], args[1:]...)
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "collect:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	c := &collector{out: out, format: *format, host: *host, ident: *ident, pid: cmd.Process.Pid,
		stdlog: log.New(os.Stdout, "", log.LstdFlags)}
	if c.ident == "" {
		c.ident = args[0][bytes.LastIndexByte([]byte(args[0]), '/')+1:]
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go c.copy("stdout", stdout, &wg)
	go c.copy("stderr", stderr, &wg)
	wg.Wait()
	err := cmd.Wait()
	out.Flush()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	fmt.Fprintln(os.Stderr, "collect: exit code "+strconv.Itoa(code))
}
