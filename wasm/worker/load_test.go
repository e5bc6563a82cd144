//go:build !js

package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoad runs a bounded load (LOAD_SECONDS, set by `make edge-test`) on
// loopback against the native site (in this process, so the memory watched
// is the test's own) and, with WRANGLER, against workerd: 8 clients, a mix
// of API calls, pages and files. It requires zero errors and a resident
// memory that stops growing, and logs requests/s and the latency
// percentiles.
func TestLoad(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("LOAD_SECONDS"))
	if secs <= 0 {
		t.Skip("LOAD_SECONDS unset: run `make edge-test`")
	}
	targets := []*target{nativeTarget(t)}
	if os.Getenv("WRANGLER") != "" {
		targets = append(targets, edgeTarget(t))
	}
	paths := []string{
		"/api/v1/assess?tech=0.85&discourse=0.75&attribution=0.2&dialogue=0.6",
		"/api/v1/assess?dialogue=0&us=offense&china=offense",
		"/api/v1/simulate?steps=120&dialogue=0.3",
		"/api/v1/assess?tech=2", // a 400 is an expected answer too
		"/api/v1/presets",
		"/healthz",
		"/",
		"/index.html",
	}
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			load(t, tg, paths, time.Duration(secs)*time.Second)
		})
	}
}

func load(t *testing.T, tg *target, paths []string, d time.Duration) {
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	get := func(p string) (time.Duration, error) {
		start := time.Now()
		r, err := client.Get(tg.base + p)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, r.Body)
		r.Body.Close()
		if err != nil {
			return 0, err
		}
		if r.StatusCode != 200 && !(r.StatusCode == 400 && p == "/api/v1/assess?tech=2") {
			return 0, fmt.Errorf("GET %s = %d", p, r.StatusCode)
		}
		return time.Since(start), nil
	}
	// Warm up: the first requests compile the worker.
	for range 20 {
		for _, p := range paths {
			if _, err := get(p); err != nil {
				t.Fatalf("warm-up: %v", err)
			}
		}
	}
	var (
		mu      sync.Mutex
		lat     []time.Duration
		errs    atomic.Int64
		lastErr atomic.Value
		wg      sync.WaitGroup
	)
	stop := time.Now().Add(d)
	var samples []int64
	done := make(chan struct{})
	go func() { // memory, every 250 ms
		defer close(done)
		for time.Now().Before(stop) {
			samples = append(samples, rss(tg.pids()))
			time.Sleep(250 * time.Millisecond)
		}
		samples = append(samples, rss(tg.pids()))
	}()
	for c := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for i := c; time.Now().Before(stop); i++ {
				dt, err := get(paths[i%len(paths)])
				if err != nil {
					errs.Add(1)
					lastErr.Store(err.Error())
					continue
				}
				mine = append(mine, dt)
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	<-done
	slices.Sort(lat)
	n := len(lat)
	if n == 0 {
		t.Fatalf("no request succeeded: %v", lastErr.Load())
	}
	t.Logf("%s: %d requests in %v (%.0f/s), p50 %v, p99 %v; %d errors; RSS %.1f MB after warm-up, %.1f MB peak, %.1f MB at the end",
		tg.name, n, d, float64(n)/d.Seconds(), lat[n/2], lat[n*99/100], errs.Load(),
		mb(samples[0]), mb(slices.Max(samples)), mb(samples[len(samples)-1]))
	if errs.Load() > 0 {
		t.Errorf("%s: %d errors under load, e.g. %v", tg.name, errs.Load(), lastErr.Load())
	}
	// Memory must level off: the second half may not grow much past the
	// first half's peak.
	half := len(samples) / 2
	first, second := slices.Max(samples[:half+1]), slices.Max(samples[half:])
	if second > first+first/4+16<<20 {
		t.Errorf("%s: memory keeps growing: %.1f MB in the first half, %.1f MB in the second", tg.name, mb(first), mb(second))
	}
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }
