//go:build !js

package servertest

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// OfflineEnv is wrangler's environment for running offline: no telemetry,
// no update check, no request to Cloudflare. The Makefile's WRANGLER_ENV
// (for `make worker-dev`) is the same list: TestMakefileWranglerEnv.
var OfflineEnv = []string{
	"WRANGLER_SEND_METRICS=false",
	"WRANGLER_SEND_ERROR_REPORTS=false",
	"WRANGLER_HIDE_BANNER=true",
	"CLOUDFLARE_CF_FETCH_ENABLED=false",
	"NO_UPDATE_NOTIFIER=1",
}

// Wrangler is the Worker (wasm/worker/wrangler.jsonc, built by `make edge`)
// in workerd under `wrangler dev`, offline.
type Wrangler struct {
	URL  string // http://127.0.0.1:port
	pgid int    // wrangler's process group: wrangler, workerd and their helpers
	cmd  *exec.Cmd
	once sync.Once
}

// StartWrangler runs `wrangler dev` (the wrangler binary: WRANGLER, or
// node_modules/.bin/wrangler) for the module at root on a free port, and
// returns once the Worker answers /healthz (at most 90 s).
func StartWrangler(wrangler, root string) (*Wrangler, error) {
	if _, err := os.Stat(filepath.Join(root, "wasm/worker/build/worker/app.wasm")); err != nil {
		return nil, fmt.Errorf("the worker is not built: run `make edge` (%v)", err)
	}
	if _, err := os.Stat(wrangler); err != nil {
		return nil, fmt.Errorf("wrangler is not installed (npm ci): %v", err)
	}
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(wrangler, "dev", "--config", filepath.Join(root, "wasm/worker/wrangler.jsonc"),
		"--ip", "127.0.0.1", "--port", strconv.Itoa(port), "--show-interactive-dev-session=false", "--log-level", "warn")
	cmd.Dir = root
	// CI=true: no prompt, no interactive session.
	cmd.Env = append(append(os.Environ(), OfflineEnv...), "CI=true")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	w := &Wrangler{URL: fmt.Sprintf("http://127.0.0.1:%d", port), pgid: cmd.Process.Pid, cmd: cmd}
	for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		if r, err := http.Get(w.URL + "/healthz"); err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				return w, nil
			}
		}
	}
	w.Close()
	return nil, fmt.Errorf("wrangler dev did not answer /healthz in 90 s:\n%s", log.String())
}

// Close stops wrangler and its children: SIGTERM to the group, SIGKILL
// after 5 s.
func (w *Wrangler) Close() {
	w.once.Do(func() {
		syscall.Kill(-w.pgid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { w.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-w.pgid, syscall.SIGKILL)
			<-done
		}
	})
}

// Workerd returns the workerd processes below wrangler: those that serve
// the Worker, whose memory a load test watches.
func (w *Wrangler) Workerd() []int { return descendants(w.pgid, "workerd") }

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
