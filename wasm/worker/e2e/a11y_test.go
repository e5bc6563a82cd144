//go:build !js

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// axeSource returns axe-core 4.14.1 (installed by `make e2e` from the pinned
// package-lock.json).
func axeSource(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(file), "..", "..", "..", "node_modules", "axe-core", "axe.min.js")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("axe-core: %v (run `npm ci`)", err)
	}
	return string(b)
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// runAxe runs axe-core (WCAG 2.1 A and AA and best practices) on the
// current page and, at once, in every frame inside it, and returns its
// violations: axe must be in every frame already (injectAxe).
func runAxe(tb *tab) []axeViolation {
	tb.t.Helper()
	raw := eval[string](tb, `axe.run(document, {iframes: true, resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		tb.t.Fatalf("axe result: %v", err)
	}
	return vs
}

// axeClean runs axe (runAxe) and fails the test with each violation, its
// rule, impact, help and the elements it found, after what (a word on the
// page's state, or "").
func (tb *tab) axeClean(what string) {
	tb.t.Helper()
	if what != "" {
		what = " " + what
	}
	for _, v := range runAxe(tb) {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, n.HTML)
		}
		tb.t.Errorf("axe%s: %s (%s): %s at %s", what, v.ID, v.Impact, v.Help, strings.Join(where, " | "))
	}
}

// injectAxe makes axe-core run in every document of the tab, frames
// included, before the page's own scripts, past the page's CSP (axe is the
// test's, not the page's), so that one axe.run checks the calculator with
// the spiral's iframe inside it as a screen reader meets them.
func injectAxe(tb *tab, src string) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		tb.t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		tb.t.Fatal(err)
	}
}

func TestAxe(t *testing.T) {
	if skipReason != "" {
		t.Skip(skipReason)
	}
	src := axeSource(t)
	pages := []struct {
		path, ready string
	}{
		{"/", `document.documentElement.dataset.ready === "true"`},
		{"/#lang=zh-CN", `document.documentElement.dataset.ready === "true" && document.documentElement.lang === "zh-CN"`},
		{"/#compare=1&b.dialogue=0&b.china=offense", `document.documentElement.dataset.ready === "true" && !document.querySelector("#compare-results").hidden`},
		{"/spiral.html", `Number(document.documentElement.dataset.frames || 0) > 0`},
		{"/embed.html", `document.documentElement.dataset.ready === "true"`},
		{"/embed.html#controls=0&theme=dark", `document.documentElement.dataset.ready === "true"`},
		{"/embed.html#compare=1&b.tech=0.3", `document.documentElement.dataset.ready === "true" && !document.querySelector("#compare-results").hidden`},
	}
	for _, dark := range []bool{false, true} {
		for _, p := range pages {
			name := p.path
			if dark {
				name += " dark"
			}
			t.Run(name, func(t *testing.T) {
				tb := newTab(t)
				injectAxe(tb, src)
				if dark {
					emulateDark(tb)
				}
				tb.do(chromedp.Navigate(baseURL + p.path))
				tb.poll(p.ready)
				if eval[bool](tb, `!!document.querySelector("iframe#spiral")`) {
					tb.spiralInView()
				}
				tb.axeClean("")
			})
		}
	}
}
