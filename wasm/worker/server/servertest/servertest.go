//go:build !js

// Package servertest starts the calculator for tests and measurements from
// the outside: the native site in this process (Start), a free port
// (FreePort), and the Worker in workerd under `wrangler dev`
// (StartWrangler). The browser tests (wasm/worker/e2e), the benchmark (wasm/worker/bench)
// and the edge tests (wasm/worker) use it; nothing in the product does.
package servertest

import (
	"fmt"
	"net"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

// Server is the native site in this process: an httptest server over
// server.SiteDir, the handler (and settings) that `go run ./wasm/worker -dir
// dir` serves.
type Server struct {
	URL  string // http://127.0.0.1:port, without a trailing slash
	Port int
	ts   *httptest.Server
}

// Start serves dir on a free loopback port until Close.
func Start(dir string) (*Server, error) { return StartPort(dir, 0) }

// StartPort serves dir on port (0: a free one) until Close. A port that was
// just closed may linger for a moment: it is tried again for 5 s.
func StartPort(dir string, port int) (*Server, error) {
	h, err := server.SiteDir(dir)
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	ln, err := net.Listen("tcp", addr)
	for deadline := time.Now().Add(5 * time.Second); err != nil && port != 0 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		ln, err = net.Listen("tcp", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("servertest: listen on %s: %w", addr, err)
	}
	ts := httptest.NewUnstartedServer(h)
	ts.Listener.Close()
	ts.Listener = ln
	ts.Config = server.NewHTTPServer(h)
	ts.Start()
	return &Server{URL: ts.URL, Port: ln.Addr().(*net.TCPAddr).Port, ts: ts}, nil
}

// Close stops the server: its port refuses connections from then on. It may
// be called more than once.
func (s *Server) Close() {
	if s.ts != nil {
		s.ts.CloseClientConnections()
		s.ts.Close()
		s.ts = nil
	}
}

// FreePort returns a loopback port that was free a moment ago.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Root returns the module's root folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
}
