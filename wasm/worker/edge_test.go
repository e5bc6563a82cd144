//go:build !js

package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dilemma/cyberdilemma/wasm/worker/server/servertest"
)

// The edge tests run the same requests against the native site (the site's
// handler in this process, servertest.Start) and, when WRANGLER is set
// (`make edge-test`, after `make edge`), against the Worker in workerd under
// `wrangler dev` (servertest.StartWrangler). SITE_DIR names the built site
// (web/dist); without it the native side serves a stand-in. Both are
// started once and shared by the tests.

var (
	nativeOnce, edgeOnce sync.Once
	native, edge         *target
	nativeErr, edgeErr   error
	cleanups             []func()
	cleanupMu            sync.Mutex
)

// target is a running server.
type target struct {
	name string
	base string // http://127.0.0.1:port
	// pids lists the processes whose memory the load test watches: this
	// one natively, workerd's under wrangler.
	pids func() []int
}

func TestMain(m *testing.M) {
	code := m.Run()
	cleanupMu.Lock()
	for _, f := range cleanups {
		f()
	}
	cleanupMu.Unlock()
	os.Exit(code)
}

func atExit(f func()) {
	cleanupMu.Lock()
	cleanups = append(cleanups, f)
	cleanupMu.Unlock()
}

// siteDir returns SITE_DIR, or a stand-in site when it is unset.
func siteDir() (string, error) {
	if d := os.Getenv("SITE_DIR"); d != "" {
		return d, nil
	}
	d, err := os.MkdirTemp("", "edge-site-")
	if err != nil {
		return "", err
	}
	atExit(func() { os.RemoveAll(d) })
	files := map[string]string{
		"index.html":  "<!doctype html><title>t</title>",
		"spiral.html": "<!doctype html><title>s</title>",
		"embed.html":  "<!doctype html><title>e</title>",
		"app.wasm":    "\x00asm\x01\x00\x00\x00",
		"boot.js":     "'use strict';",
		"style.css":   "body{}",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(d, n), []byte(s), 0o644); err != nil {
			return "", err
		}
	}
	return d, nil
}

// nativeTarget starts the native site once.
func nativeTarget(t *testing.T) *target {
	t.Helper()
	nativeOnce.Do(func() { native, nativeErr = startNative() })
	if nativeErr != nil {
		t.Fatal(nativeErr)
	}
	return native
}

func startNative() (*target, error) {
	site, err := siteDir()
	if err != nil {
		return nil, err
	}
	srv, err := servertest.Start(site)
	if err != nil {
		return nil, err
	}
	atExit(srv.Close)
	pid := os.Getpid()
	return &target{name: "native", base: srv.URL, pids: func() []int { return []int{pid} }}, nil
}

// edgeTarget starts `wrangler dev` once, or skips without WRANGLER.
func edgeTarget(t *testing.T) *target {
	t.Helper()
	if os.Getenv("WRANGLER") == "" {
		t.Skip("WRANGLER unset: run `make edge-test`")
	}
	edgeOnce.Do(func() { edge, edgeErr = startEdge() })
	if edgeErr != nil {
		t.Fatal(edgeErr)
	}
	return edge
}

func startEdge() (*target, error) {
	w, err := servertest.StartWrangler(os.Getenv("WRANGLER"), servertest.Root())
	if err != nil {
		return nil, err
	}
	atExit(w.Close)
	return &target{name: "workerd", base: w.URL, pids: w.Workerd}, nil
}

// rss returns the resident memory of pids, in bytes.
func rss(pids []int) int64 {
	var total int64
	for _, p := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p))
		if err != nil {
			continue
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				total += kb << 10
			}
		}
	}
	return total
}

// response is what a raw request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// raw sends method and target exactly as given (a bad request line is the
// point of some tests) over a fresh connection and reads the answer.
func raw(base, method, target string, body []byte) (*response, error) {
	host := strings.TrimPrefix(base, "http://")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	var req bytes.Buffer
	fmt.Fprintf(&req, "%s %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: edge-test\r\nConnection: close\r\n", method, target, host)
	if body != nil {
		fmt.Fprintf(&req, "Content-Type: application/octet-stream\r\nContent-Length: %d\r\n", len(body))
	}
	req.WriteString("\r\n")
	req.Write(body)
	if _, err := conn.Write(req.Bytes()); err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return &response{status: resp.StatusCode, header: resp.Header, body: b}, nil
}

// securityHeaderNames are the headers that must be the same on every route,
// natively and at the edge.
var securityHeaderNames = []string{"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"}
