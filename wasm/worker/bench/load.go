//go:build !js

package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
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

// workerdLoad starts the built Worker in workerd directly (no wrangler, no
// proxy: servertest.StartWorkerd) and measures its latency on
// /api/v1/assess one request at a time and under 4 connections, the CPU time
// per request of every endpoint (workerd's process CPU over n requests), and
// /og.png for a new state and a cached one. It needs `make edge` to have
// built the Worker (`make bench` does).
func workerdLoad(root string) {
	w, err := servertest.StartWorkerd(root)
	if err != nil {
		msg, _, _ := strings.Cut(err.Error(), "\n") // the table gets the first line, not workerd's log
		add("Worker in workerd: latency", "workerd", 0, "", "could not start: "+msg, "p50 ≤ 5 ms", pass(false), "")
		return
	}
	defer w.Close()
	base := w.URL
	load(base, 1, 2*time.Second) // warm up: the first requests compile the worker
	rps, lat, errs := load(base, 1, 5*time.Second)
	p50, p99 := percentile(lat, 50), percentile(lat, 99)
	add("Worker in workerd: /api/v1/assess, one at a time", "workerd directly (no wrangler proxy), 1 connection for 5 s, random states", p50, "ms",
		fmt.Sprintf("p50 %.2f ms, p99 %.2f ms, %.0f req/s, %d errors", p50, p99, rps, errs), "p50 ≤ 5 ms", pass(p50 <= 5 && errs == 0), "")
	rps, lat, errs = load(base, 4, 5*time.Second)
	p50, p99 = percentile(lat, 50), percentile(lat, 99)
	add("Worker in workerd: /api/v1/assess, 4 connections", "same, 4 connections for 5 s (one isolate serves one request at a time)", p50, "ms",
		fmt.Sprintf("p50 %.2f ms, p99 %.2f ms, %.0f req/s, %d errors", p50, p99, rps, errs), "", nil, "")

	// CPU per request, endpoint by endpoint, one request at a time.
	r := rand.New(rand.NewPCG(11, 12))
	state := func() string {
		return fmt.Sprintf("tech=%.2f&discourse=%.2f&attribution=%.2f&dialogue=%.2f", r.Float64(), r.Float64(), r.Float64(), r.Float64())
	}
	type endpoint struct {
		label string
		n     int
		path  func(i int) string
	}
	var cpuText []string
	for _, e := range []endpoint{
		{"/healthz", 300, func(int) string { return "/healthz" }},
		{"/api/v1/assess", 300, func(int) string { return "/api/v1/assess?" + state() }},
		{"/api/v1/presets", 200, func(int) string { return "/api/v1/presets" }},
		{"/api/v1/evidence", 200, func(int) string { return "/api/v1/evidence" }},
		{"/api/v1/simulate (500 rounds)", 200, func(int) string { return "/api/v1/simulate?steps=500&" + state() }},
		{"/oembed", 200, func(int) string { return "/oembed?url=" + url.QueryEscape("http://127.0.0.1/?"+state()) }},
		{"/api/v1/uncertainty (10,000 samples)", 40, func(int) string { return "/api/v1/uncertainty?samples=10000&seed=" + fmt.Sprint(r.IntN(1000)) }},
		{"/api/v1/uncertainty (100,000 samples)", 8, func(int) string { return "/api/v1/uncertainty?samples=100000&seed=" + fmt.Sprint(r.IntN(1000)) }},
		{"/og.png, a new state", 60, func(int) string { return "/og.png?" + state() }},
		{"/og.png, cached at the edge", 300, func(int) string { return "/og.png?tech=0.42&discourse=0.42&attribution=0.42&dialogue=0.42" }},
	} {
		cpu, lat, errs := cpuPerRequest(w, e.n, e.path)
		p50, p99 := percentile(lat, 50), percentile(lat, 99)
		cpuText = append(cpuText, fmt.Sprintf("%s %.1f ms", e.label, cpu))
		switch e.label {
		case "/og.png, a new state":
			add("Worker in workerd: /og.png, a new state", fmt.Sprintf("workerd directly, %d states never drawn before, one at a time", e.n), p50, "ms",
				fmt.Sprintf("p50 %.1f ms, p99 %.1f ms, CPU %.1f ms/request, %d errors", p50, p99, cpu, errs), "≤ 15 ms", pass(p50 <= 15 && errs == 0), "")
		case "/og.png, cached at the edge":
			add("Worker in workerd: /og.png, cached", fmt.Sprintf("same state %d times (caches.default: an in-memory cache service)", e.n), p50, "ms",
				fmt.Sprintf("p50 %.1f ms, p99 %.1f ms, CPU %.1f ms/request, %d errors", p50, p99, cpu, errs), "≤ 5 ms", pass(p50 <= 5 && errs == 0), "")
		case "/api/v1/uncertainty (10,000 samples)", "/api/v1/uncertainty (100,000 samples)":
			add("Worker in workerd: "+e.label, fmt.Sprintf("workerd's CPU time over %d requests", e.n), cpu, "ms",
				fmt.Sprintf("CPU %.0f ms/request, wall p50 %.0f ms, %d errors", cpu, p50, errs), "", nil, plan(cpu))
		}
	}
	add("Worker in workerd: CPU per request", "workerd's process CPU time (user+system, /proc) over n requests, one at a time", 0, "ms",
		strings.Join(cpuText, "; "), "", nil, "")
}

// plan names the cheapest Cloudflare plan whose CPU limit a request of cpu
// ms fits: the free plan's 10 ms, else the paid plan (30 s by default).
func plan(cpu float64) string {
	if cpu <= 10 {
		return "fits the free plan"
	}
	return "needs the paid plan"
}

// cpuPerRequest sends n GET requests to w, one at a time, and returns
// workerd's CPU time per request (ms), the latencies (ms) and the errors.
func cpuPerRequest(w *servertest.Workerd, n int, path func(int) string) (float64, []float64, int) {
	client := &http.Client{Timeout: 30 * time.Second}
	get := func(i int) (float64, bool) {
		t0 := time.Now()
		resp, err := client.Get(w.URL + path(i))
		if err != nil {
			return 0, false
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return float64(time.Since(t0).Microseconds()) / 1000, resp.StatusCode == 200
	}
	get(-1) // the first of a kind warms up
	var lat []float64
	errs := 0
	before, _ := w.CPU()
	for i := range n {
		ms, ok := get(i)
		if !ok {
			errs++
		}
		lat = append(lat, ms)
	}
	after, _ := w.CPU()
	return float64((after - before).Microseconds()) / 1000 / float64(n), lat, errs
}
