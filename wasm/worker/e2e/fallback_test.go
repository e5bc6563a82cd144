//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// The server-rendered fallback (web/page, server.Page): where WebAssembly
// does not run, the form's Compute button sends the state as a query and
// the server renders the page for it. Each way of turning WebAssembly off
// is tested with the service worker installed; the results must be
// /api/v1/assess's.

// fallbackState is the state the tests submit.
var fallbackState = url.Values{
	"tech": {"0.3"}, "discourse": {"0.55"}, "attribution": {"0.7"}, "dialogue": {"0.1"},
	"us": {"defense"}, "china": {"offense"},
}

// assessed returns /api/v1/assess's intensity (as the page writes it) and
// world for a state.
func assessed(t *testing.T, base string, q url.Values) (string, string) {
	t.Helper()
	r, err := http.Get(base + "/api/v1/assess?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	var a struct {
		Intensity float64 `json:"intensity"`
		World     string  `json:"world"`
	}
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		t.Fatal(err)
	}
	return strconv.FormatFloat(a.Intensity, 'g', -1, 64), a.World
}

// node returns the node that sel matches in the current document (0 if
// none), through the DOM domain: it works with script execution disabled.
func (tb *tab) node(sel string) cdp.NodeID {
	tb.t.Helper()
	doc, err := chromedp.Call(tb.ctx, dom.GetDocument, dom.GetDocumentParams{})
	if err != nil {
		return 0
	}
	n, err := chromedp.Call(tb.ctx, dom.QuerySelector, dom.QuerySelectorParams{NodeID: doc.Root.NodeID, Selector: sel})
	if err != nil {
		return 0
	}
	return n.NodeID
}

// attr returns an attribute of sel's node, through the DOM domain.
func (tb *tab) attr(sel, name string) (string, bool) {
	tb.t.Helper()
	n := tb.node(sel)
	if n == 0 {
		return "", false
	}
	res, err := chromedp.Call(tb.ctx, dom.GetAttributes, dom.GetAttributesParams{NodeID: n})
	if err != nil {
		return "", false
	}
	for i := 0; i+1 < len(res.Attributes); i += 2 {
		if res.Attributes[i] == name {
			return res.Attributes[i+1], true
		}
	}
	return "", false
}

// waitNode waits (30 s) until sel matches a node.
func (tb *tab) waitNode(sel string) {
	tb.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); tb.node(sel) == 0; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting for %s", sel)
		}
	}
}

// fillForm sets the form's inputs to q through the DOM domain (no script
// runs in the page): the sliders' value and the postures' checked
// attributes, which the form submits as long as the user has not touched
// them.
func (tb *tab) fillForm(q url.Values) {
	tb.t.Helper()
	set := func(sel, name, value string) {
		n := tb.node(sel)
		if n == 0 {
			tb.t.Fatalf("no %s", sel)
		}
		if _, err := chromedp.Call(tb.ctx, dom.SetAttributeValue, dom.SetAttributeValueParams{NodeID: n, Name: name, Value: value}); err != nil {
			tb.t.Fatal(err)
		}
	}
	for _, k := range []string{"tech", "discourse", "attribution", "dialogue"} {
		set("#"+k, "value", q.Get(k))
	}
	for _, side := range []string{"us", "china"} {
		for _, p := range []string{"offense", "defense"} {
			sel := "#" + side + "-" + p
			if q.Get(side) == p {
				set(sel, "checked", "")
			} else if _, err := chromedp.Call(tb.ctx, dom.RemoveAttribute, dom.RemoveAttributeParams{NodeID: tb.node(sel), Name: "checked"}); err != nil {
				tb.t.Fatal(err)
			}
		}
	}
}

// compute presses the Compute button sel from the keyboard: focus, Enter.
func (tb *tab) compute(sel string) {
	tb.t.Helper()
	n := tb.node(sel)
	if n == 0 {
		tb.t.Fatalf("no %s", sel)
	}
	if _, err := chromedp.Call(tb.ctx, dom.Focus, dom.FocusParams{NodeID: n}); err != nil {
		tb.t.Fatal(err)
	}
	tb.do(chromedp.KeyEvent("\r"))
}

// checkServerPage checks the page the server rendered for q: its URL, the
// server's notice and the results, equal to the API's.
func (tb *tab) checkServerPage(base string, q url.Values) {
	tb.t.Helper()
	tb.waitNode("#server-mode")
	for k := range q {
		if cur := tb.location(); !strings.Contains(cur, k+"="+q.Get(k)) {
			tb.t.Errorf("the form sent %s, lacking %s=%s", cur, k, q.Get(k))
		}
	}
	wantI, wantW := assessed(tb.t, base, q)
	gotI, _ := tb.attr("#intensity", "data-value")
	gotW, _ := tb.attr("#world", "data-value")
	if gotI != wantI || gotW != wantW {
		tb.t.Errorf("server page: intensity %q, world %q; /api/v1/assess: %q, %q", gotI, gotW, wantI, wantW)
	}
	if src, ok := tb.attr("#spiral-static", "src"); !ok || !strings.HasPrefix(src, "/og.png?") {
		tb.t.Errorf("the static spiral's src = %q", src)
	}
	if alt, _ := tb.attr("#spiral-static", "alt"); alt == "" {
		tb.t.Errorf("the static spiral has no text alternative")
	}
}

// waitURL waits (30 s) until the document's URL contains s.
func (tb *tab) waitURL(s string) {
	tb.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		doc, err := chromedp.Call(tb.ctx, dom.GetDocument, dom.GetDocumentParams{})
		if err == nil && strings.Contains(doc.Root.DocumentURL, s) && tb.node("#server-mode") != 0 {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting for a page at a URL with %s", s)
		}
	}
}

// location returns the current document's URL.
func (tb *tab) location() string {
	tb.t.Helper()
	doc, err := chromedp.Call(tb.ctx, dom.GetDocument, dom.GetDocumentParams{})
	if err != nil {
		tb.t.Fatal(err)
	}
	return doc.Root.DocumentURL
}

// With script execution disabled (as JavaScript turned off): the page shows
// Compute (<noscript>), and the server computes the submitted state.
func TestFallbackScriptDisabled(t *testing.T) {
	dir := siteDir(t)
	srv := startSite(t, dir)
	tb := newTab(t)
	tb.installed(srv.url + "/")
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(srv.url + "/"))
	tb.waitNode("#compute-noscript")
	if _, hidden := tb.attr("#compute", "hidden"); !hidden {
		t.Errorf("#compute is shown without a script to show it")
	}
	tb.fillForm(fallbackState)
	tb.compute("#compute-noscript")
	tb.waitURL("tech=0.3")
	tb.checkServerPage(srv.url, fallbackState)
	// Again from the server's page, keeping the language.
	tb.do(chromedp.Navigate(srv.url + "/?lang=zh-CN"))
	tb.waitNode(`input[type="hidden"][name="lang"][value="zh-CN"]`)
	next := url.Values{"tech": {"0.9"}, "discourse": {"0.2"}, "attribution": {"0.05"}, "dialogue": {"0.95"}, "us": {"offense"}, "china": {"offense"}}
	tb.fillForm(next)
	tb.compute("#compute-noscript")
	tb.waitURL("tech=0.9")
	tb.checkServerPage(srv.url, next)
	if lang, _ := tb.attr("html", "lang"); lang != "zh-CN" {
		t.Errorf("<html lang=%q>, want zh-CN", lang)
	}
	if !strings.Contains(tb.location(), "lang=zh-CN") {
		t.Errorf("the language was not kept: %s", tb.location())
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatal(err)
	}
}

// noWasmTab opens a tab in a Chromium of its own that has no WebAssembly
// object. --noexpose_wasm alone no longer removes it (Chromium 156 still
// has typeof WebAssembly "object"); V8 without its JIT (--jitless, what
// iOS Lockdown Mode does) has none, which the test checks.
func noWasmTab(t *testing.T) *tab {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	userData := t.TempDir()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(os.Getenv("CHROMIUM"), userData,
		chromedp.Flag("js-flags", "--jitless --noexpose_wasm"))...) // in this order: V8 stops at the flag it no longer knows
	// The boot script reports the missing WebAssembly on purpose.
	tb := &tab{t: t, allow: []string{"cyberdilemma: WebAssembly", "WebAssembly is not defined"}}
	bctx, cancelB := chromedp.NewContext(alloc, chromedp.WithListener(tb.listen))
	ctx, cancelT := context.WithTimeout(bctx, 120*time.Second)
	tb.ctx = ctx
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		cancelT()
		cancelB()
		cancelAlloc()
		t.Fatalf("start chromium without WebAssembly: %v", err)
	}
	t.Cleanup(func() {
		cancelT()
		cancelB()
		cancelAlloc()
		tb.reportConsole()
	})
	return tb
}

// Without a WebAssembly object: boot.js shows Compute; the server computes
// the submitted state; bad values get the page with the notice; offline, a
// query gets the saved page with the notice that this mode needs the server.
func TestFallbackNoWebAssembly(t *testing.T) {
	dir := siteDir(t)
	srv := startSite(t, dir)
	tb := noWasmTab(t)
	tb.do(chromedp.Navigate(srv.url + "/"))
	if eval[string](tb, `typeof WebAssembly`) != "undefined" {
		t.Fatal("this Chromium has WebAssembly")
	}
	tb.poll(`navigator.serviceWorker.controller !== null && navigator.serviceWorker.controller.state === "activated"`)
	tb.poll(`!document.querySelector("#compute").hidden && !document.querySelector("#load-error").hidden`)
	tb.fillForm(fallbackState)
	tb.compute("#compute")
	tb.waitURL("tech=0.3")
	tb.checkServerPage(srv.url, fallbackState)
	tb.poll(`document.querySelector("#spiral-static").complete && document.querySelector("#spiral-static").naturalWidth === 1200`)
	if eval[bool](tb, `!document.querySelector("#load-error").hidden`) {
		t.Errorf("the server's page shows the load error")
	}
	if !eval[bool](tb, `!!navigator.serviceWorker.controller`) {
		t.Errorf("the server's page is not controlled by the service worker")
	}

	// Bad values: the page, 200, with the notice.
	bad := srv.url + "/?tech=abc&china=maybe&dialogue=0.2"
	if r, err := http.Get(bad); err != nil || r.StatusCode != 200 {
		t.Fatalf("GET %s: %v %v", bad, err, r)
	}
	tb.do(chromedp.Navigate(bad))
	tb.poll(`!!document.querySelector("#server-mode") && !document.querySelector("#notice").hidden`)
	if n := eval[int](tb, `document.querySelectorAll("#notice-list li").length`); n != 2 {
		t.Errorf("%d problems listed, want 2", n)
	}
	if v := eval[string](tb, `document.querySelector("#dialogue").value`); v != "0.2" {
		t.Errorf("dialogue slider %q, want 0.2", v)
	}

	// Offline: the saved page and its notice.
	srv.stop()
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(srv.url + "/?tech=0.5"))
	tb.poll(`!!document.querySelector("#server-offline") && !document.querySelector("#server-offline").hidden`)
	if eval[bool](tb, `!!document.querySelector("#server-mode")`) {
		t.Errorf("offline: the saved page claims the server computed it")
	}
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: false, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
}

// With WebAssembly a query's state is honoured by the app (the fragment
// wins when both are given), and the fallback's parts give way.
func TestFallbackQueryWithWebAssembly(t *testing.T) {
	tb := newTab(t)
	q := fallbackState
	tb.open("/?" + q.Encode())
	wantI, wantW := assessed(t, baseURL, q)
	if got := eval[string](tb, `document.querySelector("#intensity").dataset.value`); got != wantI {
		t.Errorf("intensity %q, want %q", got, wantI)
	}
	if got := eval[string](tb, `document.querySelector("#world").dataset.value`); got != wantW {
		t.Errorf("world %q, want %q", got, wantW)
	}
	for _, sel := range []string{"#server-mode", "#spiral-static", "#compute"} {
		if eval[bool](tb, `(() => { const e = document.querySelector("`+sel+`"); return !!e && getComputedStyle(e).display !== "none"; })()`) {
			t.Errorf("%s is shown while the app runs", sel)
		}
	}
	tb.open("/?tech=0.30#tech=0.90")
	if v := eval[string](tb, `document.querySelector("#tech").value`); v != "0.9" {
		t.Errorf("/?tech=0.30#tech=0.90: tech %q, want the fragment's 0.9", v)
	}
}
