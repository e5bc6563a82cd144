//go:build !js

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNativeServerOverTCP runs the command (run, as main does) with -port 0
// and queries it over TCP.
func TestNativeServerOverTCP(t *testing.T) {
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "index.html"), []byte("<!doctype html><title>t</title>"), 0o644)

	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-port", "0", "-dir", site}, pw); pw.Close() }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(pr).ReadString('\n')
		lines <- line
		io.Copy(io.Discard, pr)
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
