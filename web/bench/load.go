//go:build !js

package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dilemma/cyberdilemma/wasm/worker/server/servertest"
)

// load sends GET requests for random valid states from conc goroutines for
// d, and returns requests per second, latencies (ms) and the error count.
func load(base string, conc int, d time.Duration) (rps float64, lat []float64, errs int) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc}, Timeout: 10 * time.Second}
	var mu sync.Mutex
	var wg sync.WaitGroup
	deadline := time.Now().Add(d)
	start := time.Now()
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 7))
			var local []float64
			bad := 0
			for time.Now().Before(deadline) {
				q := fmt.Sprintf("tech=%.2f&discourse=%.2f&attribution=%.2f&dialogue=%.2f", r.Float64(), r.Float64(), r.Float64(), r.Float64())
				t0 := time.Now()
				resp, err := client.Get(base + "/api/v1/assess?" + q)
				if err != nil {
					bad++
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					bad++
				}
				local = append(local, float64(time.Since(t0).Microseconds())/1000)
			}
			mu.Lock()
			lat = append(lat, local...)
			errs += bad
			mu.Unlock()
		}(uint64(w))
	}
	wg.Wait()
	return float64(len(lat)) / time.Since(start).Seconds(), lat, errs
}

func nativeLoad(base string) {
	rps, lat, errs := load(base, 8, 5*time.Second)
	p50, p99 := percentile(lat, 50), percentile(lat, 99)
	add("native API: requests/s and latency", "8 connections for 5 s on loopback (the server in the same process), /api/v1/assess of random states", rps, "req/s",
		fmt.Sprintf("%.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors", rps, p50, p99, errs), "≥ 10,000 req/s, p99 ≤ 5 ms",
		pass(rps >= 10000 && p99 <= 5 && errs == 0), "")
}

// workerdLoad starts the Worker in workerd (wrangler dev, offline:
// servertest.StartWrangler) and measures its latency. It needs `make edge`
// to have built the Worker (`make bench` does).
func workerdLoad(root string) {
	w, err := servertest.StartWrangler(filepath.Join(root, "node_modules", ".bin", "wrangler"), root)
	if err != nil {
		msg, _, _ := strings.Cut(err.Error(), "\n") // the table gets the first line, not wrangler's log
		add("Worker in workerd: latency", "wrangler dev", 0, "", "could not start: "+msg, "p50 ≤ 5 ms", pass(false), "")
		return
	}
	defer w.Close()
	base := w.URL
	load(base, 4, 2*time.Second) // warm up
	rps, lat, errs := load(base, 4, 5*time.Second)
	p50, p99 := percentile(lat, 50), percentile(lat, 99)
	add("Worker in workerd: latency", "wrangler dev (workerd), 4 connections for 5 s", p50, "ms",
		fmt.Sprintf("p50 %.2f ms, p99 %.2f ms, %.0f req/s, %d errors", p50, p99, rps, errs), "p50 ≤ 5 ms", pass(p50 <= 5 && errs == 0), "")
}
