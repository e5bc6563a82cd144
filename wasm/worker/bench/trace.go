//go:build !js

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceEvent is one event of a Chromium trace (the JSON trace format).
type traceEvent struct {
	Name string  `json:"name"`
	Cat  string  `json:"cat"`
	Ph   string  `json:"ph"`
	Ts   float64 `json:"ts"`  // µs
	Dur  float64 `json:"dur"` // µs, for complete events (ph X)
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Args struct {
		Name string `json:"name"`
		Data struct {
			URL               string `json:"url"`
			DocumentLoaderURL string `json:"documentLoaderURL"`
			IsMainFrame       bool   `json:"isMainFrame"`
		} `json:"data"`
	} `json:"args"`
}

// startTrace is one traced cold load on a phone's screen: the steps between
// the page's User Timing marks (cd:*, set by web/boot.js and wasm/app), and,
// on the renderer's main thread, its tasks and the time spent in style and
// layout, from the navigation to 5 s after data-ready (the start); then the
// same for the spiral, which a phone's reader reaches by scrolling (the
// bench scrolls it into view, mark cd:scroll), to 1 s after its first frame.
type startTrace struct {
	Marks     map[string]float64 // ms since navigation start
	Tasks     []span             // main-thread tasks of 5 ms or more in the start
	Longest   float64            // the longest main-thread task of the start, ms
	Steps     []step
	Style     float64 // UpdateLayoutTree, ms, in the start
	Layout    float64 // Layout, ms
	Paint     float64 // Paint and compositing on the main thread, ms
	Compile   float64 // wasm compilation on any thread, ms, in the start
	Lazy      int     // wasm functions compiled lazily on the main thread in the start
	TBT       float64 // the sum over the start's tasks of what exceeds 50 ms
	LongTasks []span  // the start's tasks over 50 ms, each with its largest parts
	DataReady float64 // ms

	// The spiral, once scrolled into view: its longest task, blocking
	// time and tasks over 50 ms.
	SpiralLongest, SpiralTBT float64
	SpiralLong               []span
}

type span struct {
	Start, Dur float64
	What       string // for a long task: what it spent its time in
}

// step is the time between two marks and the style and layout inside it.
type step struct {
	Name                      string
	From, To                  float64
	Style, Layout, LongestTsk float64
}

// markOrder is the order of the start's marks; a step is named after the
// mark that ends it. Marks missing from a build are skipped.
var markOrder = []struct{ mark, label string }{
	{"boot", "HTML parsed, boot.js runs"},
	{"compiled", "app.wasm fetched and compiled in a worker, which also runs the start once (warm.go)"},
	{"instantiated", "app.wasm instantiated"},
	{"main", "Go runtime's start and package initialization"},
	{"found", "find the elements"},
	{"render", "render the state (skipped when the HTML shows it)"},
	{"headline", "sliders bound and enabled"},
	{"bound", "panels bound (and the texts localized if not English)"},
	{"share", "share link, snippet and metadata"},
	{"listen", "the other listeners and controls, the spiral's state"},
	{"ready", "data-ready"},
	{"scroll", "5 s later, the bench scrolls the spiral into view"},
	// The spiral's frame (same origin: the same main thread), once the
	// calculator has set its src near the viewport.
	{"spiral-compiled", "spiral.wasm fetched and compiled (in the iframe)"},
	{"spiral-instantiated", "spiral.wasm instantiated (in the iframe)"},
	{"spiral-main", "the spiral's Go runtime start and package initialization (Ebitengine compiles its built-in shaders here)"},
	{"spiral-game", "the spiral's set-up (page, fonts)"},
	{"spiral-frame", "Ebitengine's start and the spiral's first frame"},
}

// phone is the screen Lighthouse's mobile run emulates (a Moto G Power):
// 412 × 823 CSS pixels at 1.75 device pixels each. On it the spiral is below
// the results, so the calculator starts without it (wasm/app's loadSpiral).
var phone = emulation.SetDeviceMetricsOverrideParams{Width: 412, Height: 823, DeviceScaleFactor: 1.75, Mobile: true}

// quiet is how long the trace of the start runs on after data-ready:
// Lighthouse's Time to Interactive waits for 5 s without a long task.
const quiet = 5 * time.Second

// traceStart loads base cold on a phone's screen at slowdown× CPU
// throttling with a trace running, breaks the start down, then scrolls the
// spiral into view and breaks its start down too.
func traceStart(b *browser, base string, slowdown float64) (*startTrace, error) {
	ctx, cancel, err := b.tab()
	if err != nil {
		return nil, err
	}
	defer cancel()
	tctx, tcancel := context.WithTimeout(ctx, 90*time.Second)
	defer tcancel()
	if _, err := chromedp.Call(tctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: slowdown}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(tctx, emulation.SetDeviceMetricsOverride, phone); err != nil {
		return nil, err
	}
	var mu sync.Mutex
	var raw [][]byte
	done := make(chan struct{})
	err = chromedp.Listen(tctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				raw = append(raw, append([]byte(nil), v...))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	if err != nil {
		return nil, err
	}
	cats := []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8", "v8.wasm", "disabled-by-default-v8.wasm", "blink.user_timing", "loading", "__metadata"}
	if _, err := chromedp.Call(tctx, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: cats}}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(tctx, chromedp.Navigate(base+"/")); err != nil {
		return nil, err
	}
	if err := wait(tctx, `window.__bench && window.__bench.ready !== undefined`, 80*time.Second); err != nil {
		return nil, err
	}
	// The deferred steps, and Lighthouse's quiet window.
	time.Sleep(quiet)
	// A reader scrolls down to the spiral.
	if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](`performance.mark("cd:scroll"); document.querySelector("iframe#spiral").scrollIntoView()`)); err != nil {
		return nil, err
	}
	if err := wait(tctx, `(() => { const f = document.querySelector("iframe#spiral"); const d = f && f.contentDocument && f.contentDocument.documentElement; return !!d && Number(d.dataset.frames || 0) > 0; })()`, 60*time.Second); err != nil {
		return nil, fmt.Errorf("the spiral's first frame: %v", err)
	}
	time.Sleep(time.Second)
	if _, err := chromedp.Call(tctx, tracing.End, struct{}{}); err != nil {
		return nil, err
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		return nil, fmt.Errorf("trace: no tracingComplete")
	}
	mu.Lock()
	defer mu.Unlock()
	if out := os.Getenv("BENCH_TRACE"); out != "" {
		// The raw trace, for DevTools' Performance panel or Perfetto.
		f, err := os.Create(out)
		if err == nil {
			f.WriteString("[")
			for i, r := range raw {
				if i > 0 {
					f.WriteString(",\n")
				}
				f.Write(r)
			}
			f.WriteString("]")
			f.Close()
		}
	}
	evs := make([]traceEvent, 0, len(raw))
	for _, r := range raw {
		var e traceEvent
		if json.Unmarshal(r, &e) == nil {
			evs = append(evs, e)
		}
	}
	return analyse(evs, base)
}

// analyse breaks a trace of a load of base down.
func analyse(evs []traceEvent, base string) (*startTrace, error) {
	// The renderer's main thread: where the page's marks are.
	type thread struct{ pid, tid int }
	var main thread
	var nav float64 = -1
	for _, e := range evs {
		if e.Cat == "blink.user_timing" && e.Name == "cd:boot" {
			main = thread{e.Pid, e.Tid}
		}
	}
	if main.pid == 0 {
		return nil, fmt.Errorf("trace: no cd:boot mark")
	}
	for _, e := range evs {
		if e.Name == "navigationStart" && e.Pid == main.pid && e.Tid == main.tid && strings.HasPrefix(e.Args.Data.DocumentLoaderURL, base) && e.Args.Data.IsMainFrame {
			nav = e.Ts
		}
	}
	if nav < 0 {
		// The earliest event of the document's load.
		for _, e := range evs {
			if e.Name == "ResourceSendRequest" && e.Pid == main.pid && (nav < 0 || e.Ts < nav) {
				nav = e.Ts
			}
		}
	}
	ms := func(ts float64) float64 { return (ts - nav) / 1000 }
	t := &startTrace{Marks: map[string]float64{}}
	for _, e := range evs {
		if e.Cat == "blink.user_timing" && strings.HasPrefix(e.Name, "cd:") && e.Pid == main.pid {
			name := strings.TrimPrefix(e.Name, "cd:")
			if _, seen := t.Marks[name]; !seen {
				t.Marks[name] = ms(e.Ts)
			}
		}
	}
	ready, ok := t.Marks["ready"]
	if !ok {
		return nil, fmt.Errorf("trace: no cd:ready mark")
	}
	t.DataReady = ready
	end, ok := t.Marks["scroll"]
	if !ok {
		return nil, fmt.Errorf("trace: no cd:scroll mark")
	}
	var tasks, later []span
	var style, layout []span
	var parts []traceEvent // main-thread events other than tasks, in the window
	for _, e := range evs {
		if e.Ph != "X" {
			continue
		}
		start := ms(e.Ts)
		s := span{Start: start, Dur: e.Dur / 1000}
		if strings.Contains(e.Cat, "wasm") && strings.Contains(strings.ToLower(e.Name), "compile") && start >= 0 && start < end {
			t.Compile += s.Dur
		}
		if e.Pid != main.pid || e.Tid != main.tid || start < 0 {
			continue
		}
		if start >= end { // the spiral's part
			if e.Name == "RunTask" || e.Name == "ThreadControllerImpl::RunTask" {
				later = append(later, s)
			} else if e.Dur >= 1000 {
				parts = append(parts, e)
			}
			continue
		}
		if e.Name == "wasm.CompileLazy" {
			t.Lazy++
		}
		if e.Name != "RunTask" && e.Name != "ThreadControllerImpl::RunTask" && e.Dur >= 1000 {
			parts = append(parts, e)
		}
		switch e.Name {
		case "RunTask", "ThreadControllerImpl::RunTask":
			tasks = append(tasks, s)
		case "UpdateLayoutTree":
			style = append(style, s)
			t.Style += s.Dur
		case "Layout":
			layout = append(layout, s)
			t.Layout += s.Dur
		case "Paint", "PrePaint", "Layerize", "UpdateLayer", "Commit":
			t.Paint += s.Dur
		}
	}
	top, spiral := outermost(tasks), outermost(later)
	for _, s := range spiral {
		t.SpiralLongest = max(t.SpiralLongest, s.Dur)
		if s.Dur > 50 {
			t.SpiralTBT += s.Dur - 50
			s.What = taskParts(parts, s, ms)
			t.SpiralLong = append(t.SpiralLong, s)
		}
	}
	for _, s := range top {
		t.Longest = max(t.Longest, s.Dur)
		if s.Dur > 50 {
			t.TBT += s.Dur - 50
		}
		if s.Dur >= 5 {
			t.Tasks = append(t.Tasks, s)
		}
		if s.Dur > 50 {
			s.What = taskParts(parts, s, ms)
			t.LongTasks = append(t.LongTasks, s)
		}
	}
	within := func(xs []span, from, to float64) float64 {
		sum := 0.0
		for _, x := range xs {
			if x.Start >= from && x.Start < to {
				sum += x.Dur
			}
		}
		return sum
	}
	prev, prevAt := "", 0.0
	for _, m := range markOrder {
		at, ok := t.Marks[m.mark]
		if !ok {
			continue
		}
		st := step{Name: m.mark, From: prevAt, To: at, Style: within(style, prevAt, at), Layout: within(layout, prevAt, at)}
		for _, s := range append(top[:len(top):len(top)], spiral...) {
			if s.Start < at && s.Start+s.Dur > prevAt {
				st.LongestTsk = max(st.LongestTsk, s.Dur)
			}
		}
		t.Steps = append(t.Steps, st)
		prev, prevAt = m.mark, at
	}
	_ = prev
	return t, nil
}

// outermost sorts tasks by start and drops those nested in another.
func outermost(tasks []span) []span {
	sort.Slice(tasks, func(i, j int) bool {
		return tasks[i].Start < tasks[j].Start || tasks[i].Start == tasks[j].Start && tasks[i].Dur > tasks[j].Dur
	})
	var top []span
	for _, s := range tasks {
		if n := len(top); n > 0 && s.Start < top[n-1].Start+top[n-1].Dur {
			continue
		}
		top = append(top, s)
	}
	return top
}

// taskParts names what a task spent its time in: its outermost events of 1
// ms or more (a script's FunctionCall, ParseHTML, Layout, a wasm
// compilation...), summed by name, the largest first, with the script or
// document they ran for.
func taskParts(evs []traceEvent, task span, ms func(float64) float64) string {
	type part struct {
		name string
		dur  float64
	}
	var in []traceEvent
	for _, e := range evs {
		if st := ms(e.Ts); st >= task.Start && st+e.Dur/1000 <= task.Start+task.Dur+0.001 {
			in = append(in, e)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Ts < in[j].Ts || in[i].Ts == in[j].Ts && in[i].Dur > in[j].Dur })
	sum := map[string]float64{}
	end := -1.0
	for _, e := range in {
		if e.Ts < end { // inside the previous outermost event
			continue
		}
		end = e.Ts + e.Dur
		name := e.Name
		if u := e.Args.Data.URL; u != "" {
			name += " " + path.Base(u)
		}
		sum[name] += e.Dur / 1000
	}
	var ps []part
	for n, d := range sum {
		ps = append(ps, part{n, d})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].dur > ps[j].dur })
	var b []string
	for i, p := range ps {
		if i == 3 {
			break
		}
		b = append(b, fmt.Sprintf("%s %.0f", p.name, p.dur))
	}
	return strings.Join(b, ", ")
}

// String prints the breakdown as a Markdown table.
func (t *startTrace) String() string {
	var b strings.Builder
	label := map[string]string{}
	for _, m := range markOrder {
		label[m.mark] = m.label
	}
	b.WriteString("| step (to the mark cd:…) | from, ms | to, ms | took, ms | style, ms | layout, ms | longest task overlapping, ms |\n|---|---|---|---|---|---|---|\n")
	for _, s := range t.Steps {
		fmt.Fprintf(&b, "| %s: %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f |\n", s.Name, label[s.Name], s.From, s.To, s.To-s.From, s.Style, s.Layout, s.LongestTsk)
	}
	var long []string
	for _, s := range t.Tasks {
		long = append(long, fmt.Sprintf("%.0f@%.0f", s.Dur, s.Start))
	}
	fmt.Fprintf(&b, "\nMain-thread tasks ≥ 5 ms in the start (duration@start, ms): %s\n", strings.Join(long, ", "))
	b.WriteString("\nThe start's tasks over 50 ms and their largest parts (ms):\n\n")
	for _, s := range t.LongTasks {
		fmt.Fprintf(&b, "- %.0f ms at %.0f ms: %s\n", s.Dur, s.Start, s.What)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "The start: longest task %.0f ms; blocking time (sum over 50 ms) %.0f ms; style %.1f ms, layout %.1f ms, paint %.1f ms on the main thread; wasm compilation %.0f ms (all threads), %d functions compiled lazily on the main thread; data-ready at %.0f ms.\n",
		t.Longest, t.TBT, t.Style, t.Layout, t.Paint, t.Compile, t.Lazy, t.DataReady)
	b.WriteString("\nThe spiral scrolled into view: its tasks over 50 ms and their largest parts (ms):\n\n")
	for _, s := range t.SpiralLong {
		fmt.Fprintf(&b, "- %.0f ms at %.0f ms: %s\n", s.Dur, s.Start, s.What)
	}
	fmt.Fprintf(&b, "\nThe spiral: longest task %.0f ms; blocking time %.0f ms.\n", t.SpiralLongest, t.SpiralTBT)
	return b.String()
}

// startFigures traces runs cold loads at 4× slowdown, prints the breakdown
// of the median run to stderr and reports the longest task.
func startFigures(chromium, base string, runs int) {
	b, err := startBrowser(chromium)
	if err != nil {
		add("longest main-thread task during start, 4× slowdown", "", 0, "", "could not start Chromium: "+err.Error(), "≤ 50 ms", pass(false), "")
		return
	}
	defer b.cancel()
	var traces []*startTrace
	var longest, tbt, lazy, spiral, spiralTBT []float64
	for i := 0; i < runs; i++ {
		t, err := traceStart(b, base, 4)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: trace:", err)
			continue
		}
		traces = append(traces, t)
		longest = append(longest, t.Longest)
		tbt = append(tbt, t.TBT)
		lazy = append(lazy, float64(t.Lazy))
		spiral = append(spiral, t.SpiralLongest)
		spiralTBT = append(spiralTBT, t.SpiralTBT)
	}
	if len(traces) == 0 {
		add("longest main-thread task during start, 4× slowdown", "", 0, "", "no trace", "≤ 50 ms", pass(false), "")
		return
	}
	med := median(longest)
	// The run whose longest task is the median's, for the breakdown.
	pick := traces[0]
	for _, t := range traces {
		if abs(t.Longest-med) < abs(pick.Longest-med) {
			pick = t
		}
	}
	fmt.Fprintf(os.Stderr, "\nbench: the start at 4× CPU slowdown, cold (the median run of %d):\n%s\n", len(traces), pick)
	traceReport = pick.String()
	add("longest main-thread task during start, 4× slowdown", fmt.Sprintf("Chromium trace, cold, a phone's screen (412 × 823), to 5 s after data-ready, median of %d", len(longest)), med, "ms",
		fmt.Sprintf("%.0f ms (blocking time %.0f ms; %.0f functions compiled lazily on the main thread)", med, median(tbt), median(lazy)), "≤ 50 ms", pass(med <= 50), "")
	add("longest main-thread task as the spiral starts, 4× slowdown", "same runs: the spiral scrolled into view, to 1 s after its first frame", median(spiral), "ms",
		fmt.Sprintf("%.0f ms (blocking time %.0f ms)", median(spiral), median(spiralTBT)), "", nil, "")
}

// traceReport is the breakdown printed under the table.
var traceReport string

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
