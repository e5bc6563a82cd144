//go:build !js

package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// probe runs in every frame before the page's own scripts. It records, on
// the top window's clock (ms since navigation start), when the calculator
// became ready, when the spiral drew its first frame and settled, and when
// the spiral's .wasm finished downloading.
const probe = `(() => {
  let top0;
  try { top0 = window.top.performance.timeOrigin; } catch (e) { top0 = performance.timeOrigin; }
  const now = () => performance.timeOrigin + performance.now() - top0;
  const rec = (k, t) => { try { const w = window.top; w.__bench = w.__bench || {}; if (!(k in w.__bench)) w.__bench[k] = t === undefined ? now() : t; } catch (e) {} };
  const spiral = location.pathname.includes("spiral");
  new MutationObserver(() => {
    const d = document.documentElement && document.documentElement.dataset;
    if (!d) return;
    if (d.ready === "true") rec("ready");
    if (spiral && Number(d.frames || 0) > 0) rec("spiralFrame");
    if (spiral && d.settled === "true") rec("spiralSettled");
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready", "data-frames", "data-settled"]});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (/spiral[^/]*\.wasm/.test(e.name)) rec("spiralWasmEnd", performance.timeOrigin + e.responseEnd - top0);
      if (/app[^/]*\.wasm/.test(e.name)) rec("appWasmEnd", performance.timeOrigin + e.responseEnd - top0);
    }
  }).observe({type: "resource", buffered: true});

})();`

type browser struct {
	ctx      context.Context
	cancel   func()
	userData string
}

func startBrowser(chromium string) (*browser, error) {
	userData, _ := os.MkdirTemp("", "bench-chromium-")
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.UserDataDir(userData),
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.WindowSize(1280, 800))
	ctx, cancel := chromedp.NewContext(alloc)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		cancel()
		cancelAlloc()
		return nil, err
	}
	return &browser{ctx: ctx, userData: userData, cancel: func() { cancel(); cancelAlloc(); os.RemoveAll(userData) }}, nil
}

// tab opens a tab in a new browser context (its own cache, storage and
// service workers: a cold visit) with the probe installed.
func (b *browser) tab() (context.Context, func(), error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		cancel()
		return nil, nil, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
		cancel()
		return nil, nil, err
	}
	// The new browser context's cache is empty: a first visit. (The cache
	// is not also disabled: a first visit reuses within the load what it
	// has just fetched, such as boot.js for the worker that runs it.)
	return ctx, cancel, nil
}

func wait(ctx context.Context, expr string, d time.Duration) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(d), chromedp.WithPollingInterval(20*time.Millisecond)))
	return err
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

func browserFigures(chromium, base string, runs int, memFor time.Duration) {
	b, err := startBrowser(chromium)
	if err != nil {
		add("browser", "headless Chromium", 0, "", "could not start: "+err.Error(), "", pass(false), "")
		return
	}
	defer b.cancel()

	// Cold loads.
	var ready, frame, wasmEnd []float64
	readyFirst := 0
	for i := 0; i < runs; i++ {
		ctx, cancel, err := b.tab()
		if err != nil {
			continue
		}
		tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
		err = chromedp.Do(tctx, chromedp.Navigate(base+"/"))
		if err == nil {
			err = wait(tctx, `window.__bench && window.__bench.ready !== undefined && window.__bench.spiralFrame !== undefined && window.__bench.spiralWasmEnd !== undefined`, 50*time.Second)
		}
		if err == nil {
			m, _ := chromedp.Run(tctx, chromedp.Evaluate[map[string]float64](`window.__bench`))
			ready = append(ready, m["ready"])
			frame = append(frame, m["spiralFrame"])
			wasmEnd = append(wasmEnd, m["spiralWasmEnd"])
			if m["ready"] < m["spiralWasmEnd"] {
				readyFirst++
			}
		} else {
			fmt.Fprintln(os.Stderr, "bench: cold load:", err)
		}
		tcancel()
		cancel()
	}
	mr, mf, mw := median(ready), median(frame), median(wasmEnd)
	add("time to data-ready, cold cache", fmt.Sprintf("headless Chromium, median of %d", len(ready)), mr, "ms",
		fmt.Sprintf("%.0f ms (spiral .wasm loaded at %.0f ms; ready first in %d of %d)", mr, mw, readyFirst, len(ready)),
		"≤ 400 ms, before the spiral's .wasm", pass(len(ready) > 0 && mr <= 400 && readyFirst == len(ready)), "")
	add("time to the first spiral frame", fmt.Sprintf("same, median of %d", len(frame)), mf, "ms", fmt.Sprintf("%.0f ms", mf), "≤ 1,500 ms", pass(len(frame) > 0 && mf <= 1500), "")

	animationCPU(b, base, 3)

	// Interaction, idle and memory in one warm tab.
	ctx, cancel, err := b.tab()
	if err != nil {
		return
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		return
	}
	if err := wait(ctx, `window.__bench && window.__bench.ready !== undefined`, 60*time.Second); err != nil {
		add("slider input to #intensity", "", 0, "", "page not ready: "+err.Error(), "p95 ≤ 8 ms", pass(false), "")
		return
	}
	sliderLatency(ctx)
	idleCPU(ctx, b, base)
	memoryGrowth(ctx, memFor)
	cancel()

	// The same browser with a plain HTML page instead, for comparison.
	pctx, pcancel, err := b.tab()
	if err != nil {
		return
	}
	defer pcancel()
	if chromedp.Do(pctx, chromedp.Navigate("data:text/html,<!doctype html><title>plain</title><h1>A plain page</h1><p>Text.</p>")) == nil {
		time.Sleep(5 * time.Second)
		var ws []float64
		for i := 0; i < 5; i++ {
			ws = append(ws, cpuOver(b.userData, 2*time.Second))
		}
		plain := median(ws)
		add("idle CPU, a plain HTML page (reference)", "same measure, same browser", plain, "% of one core", fmt.Sprintf("median %.1f %% of one core", plain), "", nil, "")
	}
}

// sliderLatency times, in the page, from each input event on #tech to the
// mutation of #intensity's data-value, over 200 keyboard steps; then, with
// compare on (compare=1), from #b-tech to #intensity-b, which the page
// writes in the next animation frame with the rest of state B.
func sliderLatency(ctx context.Context) {
	timeSlider(ctx, "tech", "intensity", "slider input to #intensity updated")
	// The same document (a navigation to its own URL with a new fragment
	// would wait for a load that never comes): compare on by the fragment.
	_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`location.hash = "compare=1"`))
	if err == nil {
		err = wait(ctx, `!document.querySelector("#b-tech").disabled`, 60*time.Second)
	}
	if err != nil {
		add("slider input to #intensity-b updated, compare on", "", 0, "", "page not ready: "+err.Error(), "p95 ≤ 8 ms", pass(false), "")
		return
	}
	timeSlider(ctx, "b-tech", "intensity-b", "slider input to #intensity-b updated, compare on")
	chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`location.hash = "compare=0"`))
	wait(ctx, `document.querySelector("#b-tech").disabled`, 60*time.Second)
}

func timeSlider(ctx context.Context, slider, target, row string) {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`(() => {
  window.__lat = []; let t0 = 0;
  document.addEventListener("input", (e) => { if (e.target.id === "`+slider+`") t0 = performance.now(); }, true);
  new MutationObserver(() => { if (t0) { window.__lat.push(performance.now() - t0); t0 = 0; } })
    .observe(document.querySelector("#`+target+`"), {attributes: true, attributeFilter: ["data-value"]});
})()`))
	if err != nil {
		return
	}
	chromedp.Do(ctx, chromedp.Focus("#"+slider))
	for i := 0; i < 200; i++ {
		key := kb.ArrowLeft
		if i >= 100 {
			key = kb.ArrowRight
		}
		chromedp.Do(ctx, chromedp.KeyEvent(key))
	}
	lat, _ := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.__lat`))
	p50, p95 := percentile(lat, 50), percentile(lat, 95)
	add(row, fmt.Sprintf("%d keyboard steps, timed in the page", len(lat)), p95, "ms",
		fmt.Sprintf("p50 %.2f ms, p95 %.2f ms", p50, p95), "p95 ≤ 8 ms", pass(len(lat) >= 150 && p95 <= 8), "")
}

// chromiumTicks sums utime+stime of every process whose command line holds
// the browser's user-data-dir.
func chromiumTicks(userData string) (int64, int) {
	var total int64
	n := 0
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		cmd, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil || !strings.Contains(string(cmd), userData) {
			continue
		}
		stat, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue
		}
		s := string(stat)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		total += ut + st
		n++
	}
	return total, n
}

const clkTck = 100 // USER_HZ on Linux

func cpuOver(userData string, d time.Duration) float64 {
	t0, _ := chromiumTicks(userData)
	time.Sleep(d)
	t1, _ := chromiumTicks(userData)
	return float64(t1-t0) / clkTck / d.Seconds() * 100
}

func idleCPU(ctx context.Context, b *browser, base string) {
	settled := wait(ctx, `window.__bench && window.__bench.spiralSettled !== undefined`, 60*time.Second) == nil
	time.Sleep(5 * time.Second)
	// Five windows of 2 s: the median is the page's idle cost; the mean also
	// counts Chromium's own background bursts (wasm tier-up, code caching).
	var ws []float64
	for i := 0; i < 5; i++ {
		ws = append(ws, cpuOver(b.userData, 2*time.Second))
	}
	med := median(ws)
	mean := 0.0
	for _, w := range ws {
		mean += w / float64(len(ws))
	}
	note := ""
	if !settled {
		note = "spiral never reported settled"
	}
	add("idle CPU, 5 s after the spiral settled", "/proc ticks of all Chromium processes, five 2 s windows", med, "% of one core",
		fmt.Sprintf("median %.1f %%, mean %.1f %% of one core", med, mean), "≤ 3 %", pass(settled && med <= 3), note)
}

// memoryGrowth moves the sliders for d and compares the JS heap (after a
// forced GC) and the calculator's WebAssembly memory before and after.
func memoryGrowth(ctx context.Context, d time.Duration) {
	measure := func() (heap, wasm float64) {
		chromedp.Call(ctx, heapprofiler.CollectGarbage, struct{}{})
		if u, err := chromedp.Call(ctx, cdpruntime.GetHeapUsage, struct{}{}); err == nil {
			heap = u.UsedSize
		}
		proto, err := chromedp.Run(ctx, chromedp.Evaluate[*cdpruntime.RemoteObject](`WebAssembly.Memory.prototype`))
		if err != nil || proto == nil {
			return heap, math.NaN()
		}
		objs, err := chromedp.Call(ctx, cdpruntime.QueryObjects, cdpruntime.QueryObjectsParams{PrototypeObjectID: proto.ObjectID})
		if err != nil || objs.Objects == nil {
			return heap, math.NaN()
		}
		tr := true
		r, err := chromedp.Call(ctx, cdpruntime.CallFunctionOn, cdpruntime.CallFunctionOnParams{
			FunctionDeclaration: `function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }`,
			ObjectID:            objs.Objects.ObjectID, ReturnByValue: &tr})
		if err == nil && r.Result != nil {
			wasm, _ = strconv.ParseFloat(string(r.Result.Value), 64)
		}
		return heap, wasm
	}
	keys := []string{kb.ArrowLeft, kb.ArrowRight}
	sliders := []string{"#tech", "#discourse", "#attribution", "#dialogue"}
	i := 0
	use := func(d time.Duration) {
		for deadline := time.Now().Add(d); time.Now().Before(deadline); i++ {
			if i%50 == 0 {
				chromedp.Do(ctx, chromedp.Focus(sliders[(i/50)%4]))
			}
			chromedp.Do(ctx, chromedp.KeyEvent(keys[(i/25)%2]))
		}
	}
	// Warm up until the Go heap has reached its working size, then sample
	// four times over d of continuous use: a leak shows as a rise between
	// the samples; WebAssembly memory never shrinks, so it must stay flat.
	use(30 * time.Second)
	var hs, ws []float64
	for k := 0; k < 4; k++ {
		if k > 0 {
			use(d / 3)
		}
		h, w := measure()
		hs, ws = append(hs, h), append(ws, w)
	}
	h0, h1, w0, w1 := hs[0], hs[len(hs)-1], ws[0], ws[len(ws)-1]
	// Flat: the JS heap within 20 %, and the WebAssembly memory within
	// ±1 % from the first sample to the last.
	grew := h1 > h0*1.2+512<<10 || math.Abs(w1-w0) > w0*0.01
	series := func(xs []float64) string {
		var p []string
		for _, x := range xs {
			p = append(p, fmt.Sprintf("%.1f", x/1e6))
		}
		return strings.Join(p, " → ")
	}
	add("JS heap and wasm memory over slider use", fmt.Sprintf("CDP, after 30 s of warm-up, sampled over %v of keyboard input on the sliders", d), h1-h0, "B",
		fmt.Sprintf("JS heap %s MB; wasm %s MB (%+.2f %%; %d key presses)", series(hs), series(ws), (w1-w0)/w0*100, i), "wasm flat ±1 %, JS heap within 20 %", pass(!grew), "")
}

// animationCPU loads the page cold n times and measures the CPU of every
// Chromium process from 2 to 7 s after navigation, while the spiral draws
// itself (it plays for at most figure.MaxReveal, 4 s).
func animationCPU(b *browser, base string, n int) {
	var ws []float64
	for i := 0; i < n; i++ {
		ctx, cancel, err := b.tab()
		if err != nil {
			continue
		}
		t0 := time.Now()
		if chromedp.Do(ctx, chromedp.Navigate(base+"/")) == nil {
			time.Sleep(time.Until(t0.Add(2 * time.Second)))
			ws = append(ws, cpuOver(b.userData, 5*time.Second))
			if os.Getenv("BENCH_DEBUG") != "" {
				f, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const d = document.querySelector("#spiral").contentDocument; return d ? d.documentElement.dataset.frames + " frames, settled " + d.documentElement.dataset.settled : "no spiral"; })()`))
				fmt.Fprintln(os.Stderr, "bench: spiral at 7 s:", f)
			}
		}
		cancel()
	}
	med := median(ws)
	add("CPU from 2 to 7 s after load (the spiral animating)", fmt.Sprintf("/proc ticks of all Chromium processes, cold loads, median of %d", len(ws)), med, "% of one core",
		fmt.Sprintf("%.0f %% of one core", med), "≤ 60 %", pass(len(ws) > 0 && med <= 60), "")
}
