package panicscope

import (
	"bytes"
	"compress/gzip"
	ctxpkg "context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Version of this module, sent in User-Agent.
const Version = "0.1.0"

// outcome of one upload.
type outcome int

const (
	delivered outcome = iota // 2xx: the server has it
	retry                    // network error, 408, 429, 5xx: try again later
	rejected                 // any other 4xx: the server will never take it
)

type sendResult struct {
	outcome    outcome
	retryAfter time.Duration // from a Retry-After header, if any
	err        error
}

var httpClient = &http.Client{}

// send POSTs one report (PROTOCOL.md). body is the report's JSON.
func send(ctx ctxpkg.Context, cfg *Config, id string, body []byte) sendResult {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(body)
	_ = zw.Close()

	ctx, cancel := ctxpkg.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	url := strings.TrimRight(cfg.Server, "/") + "/api/v1/crashes"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, &gz)
	if err != nil {
		return sendResult{outcome: rejected, err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Content-Encoding", "gzip")
	req.Header.Set("Idempotency-Key", id)
	req.Header.Set("User-Agent", "panicscope-go/"+Version)
	if cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+cfg.Token)
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return sendResult{outcome: retry, err: err}
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return sendResult{outcome: delivered}
	case resp.StatusCode == http.StatusRequestTimeout || resp.StatusCode == http.StatusTooManyRequests ||
		resp.StatusCode >= 500:
		return sendResult{outcome: retry, retryAfter: parseRetryAfter(resp.Header.Get("Retry-After")),
			err: fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(msg))}
	default:
		return sendResult{outcome: rejected, err: fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(msg))}
	}
}

func parseRetryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

func marshal(r *report) []byte {
	// Only strings, numbers and string maps: Marshal cannot fail. Invalid UTF-8
	// in the text becomes U+FFFD (PROTOCOL.md).
	b, _ := json.Marshal(r)
	return b
}
