//go:build !js

package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// uncertaintyInBrowser measures the Monte Carlo in the page: the time its
// slices take for 10,000 samples with four ranges, and the time from the
// last input (a key on a range control) to the drawn share of runaway
// races; medians of five runs.
func uncertaintyInBrowser(chromium, base string) {
	uncertaintyRun(chromium, base, false)
	uncertaintyRun(chromium, base, true)
}

// uncertaintyRun measures with the spiral's iframe on the page (the budget
// rows), or removed (noSpiral: the Monte Carlo's own cost, without Ebiten's
// software-rendered frames on the same thread).
func uncertaintyRun(chromium, base string, noSpiral bool) {
	b, err := startBrowser(chromium)
	if err != nil {
		add("Monte Carlo in the browser, 10,000 samples", "headless Chromium", 0, "", "could not start: "+err.Error(), "≤ 30 ms", pass(false), "")
		return
	}
	defer b.cancel()
	var compute, latency []float64
	for i := 0; i < 5; i++ {
		ctx, cancel, err := b.tab()
		if err != nil {
			continue
		}
		tctx, cancel2 := context.WithTimeout(ctx, 60*time.Second)
		frag := "#tech=0.80..0.90&discourse=0.65..0.85&attribution=0.10..0.30&dialogue=0.45..0.75&samples=10000&seed=" + strconv.Itoa(i+1)
		poll := func(expr string) error {
			_, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(5*time.Millisecond)))
			return err
		}
		_, err = chromedp.Run(tctx, chromedp.Navigate(base+"/"+frag))
		if err == nil && noSpiral {
			_, err = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`window.__noSpiral = true`))
		}
		if err == nil {
			err = poll(`document.documentElement.dataset.ready === "true" && (document.querySelector("#runaway")?.dataset.latencyMs || "") !== ""`)
		}
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Evaluate[chromedp.Void](`document.querySelector("#runaway").dataset.latencyMs = ""; document.querySelector("#ranges").open = true; if (window.__noSpiral) document.querySelector("#spiral")?.remove()`))
		}
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Focus("#dialogue-spread"))
		}
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.KeyEvent(kb.ArrowRight))
		}
		if err == nil {
			err = poll(`(document.querySelector("#runaway").dataset.latencyMs || "") !== ""`)
		}
		var c, l string
		if err == nil {
			c, err = chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector("#runaway").dataset.computeMs`))
		}
		if err == nil {
			l, err = chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector("#runaway").dataset.latencyMs`))
		}
		cancel2()
		cancel()
		if err != nil {
			add("Monte Carlo in the browser, 10,000 samples", "headless Chromium", 0, "", "failed: "+err.Error(), "≤ 30 ms", pass(false), "")
			return
		}
		cv, _ := strconv.ParseFloat(c, 64)
		lv, _ := strconv.ParseFloat(l, 64)
		compute, latency = append(compute, cv), append(latency, lv)
	}
	med := func(v []float64) float64 { sort.Float64s(v); return v[len(v)/2] }
	mc, ml := med(compute), med(latency)
	if noSpiral {
		add("Monte Carlo in the browser, spiral removed", "same, the spiral's iframe removed", mc, "ms",
			fmt.Sprintf("%.1f ms of computing; %.1f ms from the key to the drawn answer", mc, ml), "", nil, "")
		return
	}
	add("Monte Carlo in the browser, 10,000 samples", "headless Chromium, one task, median of 5", mc, "ms",
		fmt.Sprintf("%.1f ms of computing", mc), "≤ 30 ms", pass(mc <= 30), "")
	add("last input to the updated chance of a runaway", "same, a key on #dialogue-spread to #runaway drawn", ml, "ms",
		fmt.Sprintf("%.1f ms", ml), "≤ 100 ms", pass(ml <= 100), "")
}
