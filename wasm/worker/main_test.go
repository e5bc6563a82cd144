//go:build !js

package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNativeServerOverTCP builds the real server, starts it on a free port
// and queries it over TCP.
func TestNativeServerOverTCP(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "worker")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	site := filepath.Join(dir, "site")
	os.Mkdir(site, 0o755)
	os.WriteFile(filepath.Join(site, "index.html"), []byte("<!doctype html><title>t</title>"), 0o644)

	cmd := exec.Command(bin, "-port", "0", "-dir", site)
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lines <- line
		io.Copy(io.Discard, stdout)
	}()
	var base string
	select {
	case line := <-lines:
		base = strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(line, "serving ")), "/")
	case <-time.After(20 * time.Second):
		t.Fatal("server did not start")
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("server printed %q", base)
	}

	resp, err := http.Get(base + "/api/v1/assess?tech=0.85&discourse=0.75&attribution=0.2&dialogue=0.6")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Band   string `json:"band"`
		Stable bool   `json:"stable"`
	}
	json.NewDecoder(resp.Body).Decode(&a)
	resp.Body.Close()
	if resp.StatusCode != 200 || a.Band != "low" || !a.Stable {
		t.Errorf("assess over TCP = %d band %q stable %v, want 200 low true", resp.StatusCode, a.Band, a.Stable)
	}
	resp, err = http.Get(base + "/api/v1/assess?tech=7")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 400 || !strings.Contains(string(body), `"param":"tech"`) {
		t.Errorf("bad assess over TCP = %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<title>t</title>") {
		t.Errorf("GET / over TCP = %d %q", resp.StatusCode, body)
	}
}
