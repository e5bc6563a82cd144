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
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The edge tests run the same requests against the native server (the real
// binary) and, when WRANGLER is set (`make edge-test`, after `make edge`),
// against the Worker in workerd under `wrangler dev`. SITE_DIR names the
// built site (web/dist); without it the native server serves a stand-in.
// The processes are started once and shared by the tests.

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
	pid  int    // the process whose memory the load test watches
	// pids lists the processes to measure (workerd's, under wrangler).
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

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
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

// nativeTarget builds and starts the native server once.
func nativeTarget(t *testing.T) *target {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the native server")
	}
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
	dir, err := os.MkdirTemp("", "edge-native-")
	if err != nil {
		return nil, err
	}
	atExit(func() { os.RemoveAll(dir) })
	bin := filepath.Join(dir, "worker")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-port", "0", "-dir", site)
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	atExit(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("native server: %v", err)
	}
	go io.Copy(io.Discard, stdout)
	base := strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(line, "serving ")), "/")
	pid := cmd.Process.Pid
	return &target{name: "native", base: base, pid: pid, pids: func() []int { return []int{pid} }}, nil
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

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func startEdge() (*target, error) {
	root := repoRoot()
	if _, err := os.Stat(filepath.Join(root, "wasm/worker/build/worker/app.wasm")); err != nil {
		return nil, fmt.Errorf("the worker is not built: run `make edge` (%v)", err)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(os.Getenv("WRANGLER"), "dev", "--config", filepath.Join(root, "wasm/worker/wrangler.jsonc"),
		"--ip", "127.0.0.1", "--port", strconv.Itoa(port), "--show-interactive-dev-session=false", "--log-level", "warn")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "WRANGLER_SEND_METRICS=false", "WRANGLER_SEND_ERROR_REPORTS=false",
		"WRANGLER_HIDE_BANNER=true", "CLOUDFLARE_CF_FETCH_ENABLED=false", "NO_UPDATE_NOTIFIER=1", "CI=true")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	pgid := cmd.Process.Pid
	atExit(func() {
		syscall.Kill(-pgid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-pgid, syscall.SIGKILL)
			<-done
		}
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := http.Get(base + "/healthz"); err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				return &target{name: "workerd", base: base, pid: pgid, pids: func() []int { return descendants(pgid, "workerd") }}, nil
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	return nil, fmt.Errorf("wrangler dev did not answer /healthz in 90 s:\n%s", log.String())
}

// descendants returns the processes named name below pid.
func descendants(pid int, name string) []int {
	ents, _ := os.ReadDir("/proc")
	parent := map[int]int{}
	comm := map[int]string{}
	for _, e := range ents {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < 0 {
			continue
		}
		f := strings.Fields(s[close+1:])
		if len(f) < 2 {
			continue
		}
		pp, _ := strconv.Atoi(f[1])
		parent[p], comm[p] = pp, s[open+1:close]
	}
	var out []int
	for p := range parent {
		for q := parent[p]; q > 1; q = parent[q] {
			if q == pid {
				if comm[p] == name {
					out = append(out, p)
				}
				break
			}
		}
	}
	return out
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
