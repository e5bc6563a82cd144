//go:build !js

package servertest

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMakefileWranglerEnv holds the Makefile's WRANGLER_ENV (`make
// worker-dev`) equal to OfflineEnv (every Go start of wrangler).
func TestMakefileWranglerEnv(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(Root(), "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^WRANGLER_ENV\s*:=(.*)$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("the Makefile sets no WRANGLER_ENV")
	}
	if got := strings.Fields(string(m[1])); !slices.Equal(got, OfflineEnv) {
		t.Errorf("Makefile WRANGLER_ENV = %q, want servertest.OfflineEnv %q", got, OfflineEnv)
	}
}

// TestStartPort serves a folder, stops, and serves another on the same port.
func TestStartPort(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(a, "index.html"), []byte("<title>a</title>"), 0o644)
	os.WriteFile(filepath.Join(b, "index.html"), []byte("<title>b</title>"), 0o644)
	get := func(url string) string {
		t.Helper()
		r, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		body, _ := io.ReadAll(r.Body)
		return r.Status + " " + string(body)
	}
	s, err := Start(a)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if got := get(s.URL + "/"); got != "200 OK <title>a</title>" {
		t.Errorf("GET / = %q", got)
	}
	if got := get(s.URL + "/healthz"); !strings.Contains(got, `"ok"`) {
		t.Errorf("GET /healthz = %q", got)
	}
	s.Close()
	if _, err := http.Get(s.URL + "/"); err == nil {
		t.Errorf("closed server still answers")
	}
	s2, err := StartPort(b, s.Port)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.URL != s.URL {
		t.Errorf("restart on %s, want %s", s2.URL, s.URL)
	}
	if got := get(s2.URL + "/"); got != "200 OK <title>b</title>" {
		t.Errorf("GET / after restart = %q", got)
	}
	if _, err := Start(filepath.Join(a, "missing")); err == nil {
		t.Errorf("Start of a missing folder: no error")
	}
}
