//go:build !js

package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// phaseMapInBrowser measures the phase map in the page: the time to
// compute its 101 × 101 grid and draw it after a change of an input that
// is not an axis (a key on #discourse), as the page reports them on
// #phase-canvas (data-compute-ms, data-draw-ms); the median of five
// changes, after the first drawing. Then the same natively (go test
// -bench: export.Grid's Compute and figure.DrawPhaseMap on a Raster).
func phaseMapInBrowser(chromium, base string) {
	const name, budget = "phase map in the browser, 101 × 101 grid computed and drawn", "≤ 20 ms"
	defer phaseMapNative()
	b, err := startBrowser(chromium)
	if err != nil {
		add(name, "headless Chromium", 0, "", "could not start: "+err.Error(), budget, pass(false), "")
		return
	}
	defer b.cancel()
	ctx, cancel, err := b.tab()
	if err != nil {
		add(name, "headless Chromium", 0, "", "could not open a tab: "+err.Error(), budget, pass(false), "")
		return
	}
	defer cancel()
	tctx, cancel2 := context.WithTimeout(ctx, 120*time.Second)
	defer cancel2()
	poll := func(expr string) error {
		_, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(5*time.Millisecond)))
		return err
	}
	draws := func() (int, error) {
		return chromedp.Run(tctx, chromedp.Evaluate[int](`+(document.querySelector("#phase-canvas").dataset.draws || 0)`))
	}
	_, err = chromedp.Run(tctx, chromedp.Navigate(base+"/"))
	if err == nil {
		err = poll(`document.documentElement.dataset.ready === "true"`)
	}
	if err == nil {
		_, err = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#phase-map").scrollIntoView({block: "center"})`))
	}
	if err == nil {
		err = poll(`+(document.querySelector("#phase-canvas").dataset.draws || 0) >= 1`)
	}
	var compute, draw, total []float64
	for i := 0; i < 5 && err == nil; i++ {
		var n int
		if n, err = draws(); err != nil {
			break
		}
		if _, err = chromedp.Run(tctx, chromedp.Focus("#discourse")); err != nil {
			break
		}
		if _, err = chromedp.Run(tctx, chromedp.KeyEvent(kb.ArrowLeft)); err != nil {
			break
		}
		if err = poll(`+document.querySelector("#phase-canvas").dataset.draws > ` + strconv.Itoa(n)); err != nil {
			break
		}
		var s string
		s, err = chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector("#phase-canvas").dataset.computeMs + " " + document.querySelector("#phase-canvas").dataset.drawMs`))
		if err != nil {
			break
		}
		f := strings.Fields(s)
		if len(f) != 2 {
			err = fmt.Errorf("timings %q", s)
			break
		}
		c, _ := strconv.ParseFloat(f[0], 64)
		d, _ := strconv.ParseFloat(f[1], 64)
		compute, draw, total = append(compute, c), append(draw, d), append(total, c+d)
	}
	if err != nil {
		add(name, "headless Chromium", 0, "", "failed: "+err.Error(), budget, pass(false), "")
		return
	}
	med := func(v []float64) float64 { sort.Float64s(v); return v[len(v)/2] }
	mt := med(total)
	add(name, "headless Chromium, a key on #discourse, median of 5", mt, "ms",
		fmt.Sprintf("%.1f ms (compute %.1f, draw %.1f)", mt, med(compute), med(draw)), budget, pass(mt <= 20), "")
}

// phaseMapNative runs the phase map's Go benchmarks.
func phaseMapNative() {
	for _, bm := range []struct{ name, pkg, label string }{
		{"BenchmarkGrid", "./web/export", "phase map's 101 × 101 grid (export.Grid.Compute, natively)"},
		{"BenchmarkDrawPhaseMap", "./web/figure", "phase map drawn on a Raster, 480 px (natively)"},
	} {
		cmd := exec.Command("go", "test", "-run", "^$", "-bench", "^"+bm.name+"$", "-benchmem", "-benchtime", "50x", "-count", "1", bm.pkg)
		if mod, err := exec.Command("go", "env", "GOMOD").Output(); err == nil && len(bytes.TrimSpace(mod)) > 0 {
			cmd.Dir = filepath.Dir(string(bytes.TrimSpace(mod))) // the module's root, wherever bench runs
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			add(bm.label, "go test -bench", 0, "", "failed: "+err.Error(), "", pass(false), "")
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) < 4 || !strings.HasPrefix(f[0], bm.name) {
				continue
			}
			ns, _ := strconv.ParseFloat(f[2], 64)
			var within *bool
			budget := ""
			if bm.name == "BenchmarkGrid" {
				budget, within = "≤ 5 ms", pass(ns <= 5e6)
			}
			add(bm.label, "go test -bench", ns/1e6, "ms", fmt.Sprintf("%.2f ms/op", ns/1e6), budget, within, "")
		}
	}
}
