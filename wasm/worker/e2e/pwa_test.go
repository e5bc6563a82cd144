//go:build !js

package e2e

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/wasm/worker/server/servertest"
)

// The PWA tests run servers of their own, one origin each, so that the
// service workers they install do not control the other tests' pages; a
// server restarts on its port (the same origin) with another build.

// repoRoot is the module's root folder.
func repoRoot() string { return servertest.Root() }

// siteServer is the site on a fixed port.
type siteServer struct {
	t    *testing.T
	port int
	url  string
	srv  *servertest.Server
}

// startSite serves dir on a new port until the test ends.
func startSite(t *testing.T, dir string) *siteServer {
	t.Helper()
	port, err := servertest.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	s := &siteServer{t: t, port: port, url: "http://127.0.0.1:" + strconv.Itoa(port)}
	s.start(dir)
	t.Cleanup(s.stop)
	return s
}

func (s *siteServer) start(dir string) {
	s.t.Helper()
	srv, err := servertest.StartPort(dir, s.port)
	if err != nil {
		s.t.Fatal(err)
	}
	s.srv = srv
}

func (s *siteServer) stop() {
	if s.srv != nil {
		s.srv.Close()
		s.srv = nil
	}
}

// restart serves dir on the same port.
func (s *siteServer) restart(dir string) {
	s.t.Helper()
	s.stop()
	s.start(dir)
}

func siteDir(t *testing.T) string {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	return os.Getenv("SITE_DIR")
}

// installed opens url, waits for the calculator and for the service worker
// to control the page (it claims the page once the precache is complete),
// and returns the page's build hash.
func (tb *tab) installed(url string) string {
	tb.t.Helper()
	tb.do(chromedp.Navigate(url))
	tb.poll(`document.documentElement.dataset.ready === "true"`)
	tb.poll(`navigator.serviceWorker.controller !== null && navigator.serviceWorker.controller.state === "activated"`)
	build := eval[string](tb, `document.documentElement.dataset.build`)
	if len(build) != 16 {
		tb.t.Fatalf("<html data-build> = %q, want the build's 16-digit hash", build)
	}
	if n := eval[int](tb, `caches.keys().then(k => k.length)`); n != 1 {
		tb.t.Errorf("%d caches, want 1", n)
	}
	return build
}

// spiralInView scrolls the spiral's frame into view, which starts it
// (it loads near the viewport), and waits for its first frame.
func (tb *tab) spiralInView() {
	tb.t.Helper()
	eval[chromedp.Void](tb, `document.querySelector("iframe#spiral").scrollIntoView()`)
	tb.spiralDrawn()
}

// spiralDrawn waits until the spiral's iframe has drawn a frame.
func (tb *tab) spiralDrawn() {
	tb.t.Helper()
	tb.poll(`(() => { const f = document.querySelector("#spiral"); const d = f && f.contentDocument && f.contentDocument.documentElement; return !!d && Number(d.dataset.frames) > 0; })()`)
}

func TestServiceWorkerOffline(t *testing.T) {
	dir := siteDir(t)
	srv := startSite(t, dir)
	tb := newTab(t)
	build := tb.installed(srv.url + "/#tech=0.40&dialogue=0.10")
	// Everything the pages need is in the cache, by the names the pages use.
	precached := eval[[]string](tb, `caches.open("dilemma-`+build+`").then(c => c.keys()).then(k => k.map(r => new URL(r.url).pathname))`)
	for _, want := range []string{"/index.html", "/embed.html", "/spiral.html", "/manifest.webmanifest", "/assets/icon-192.png"} {
		if !contains(precached, want) {
			t.Errorf("precache lacks %s: %v", want, precached)
		}
	}
	for _, sub := range []string{"/app.", "/spiral.", "/wasm_exec.", "/boot.", "/style."} {
		if !hasHashed(precached, sub) {
			t.Errorf("precache lacks a content-hashed %s… file: %v", sub, precached)
		}
	}

	// The network goes: the server stops, and the page is told it is offline.
	srv.stop()
	if _, err := http.Get(srv.url + "/"); err == nil {
		t.Fatalf("server still answers")
	}
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	tb.poll(`!navigator.onLine && !document.querySelector("#offline").hidden`)
	tb.do(chromedp.Reload())
	tb.poll(`document.documentElement.dataset.ready === "true"`)
	if got := eval[string](tb, `document.documentElement.dataset.build`); got != build {
		t.Errorf("offline reload: build %q, want %q", got, build)
	}
	if w := eval[string](tb, `document.querySelector("#world").dataset.value`); w == "" {
		t.Errorf("offline: no world")
	}
	tb.spiralDrawn()
	tb.poll(`!document.querySelector("#offline").hidden`)
	// Still a calculator: a key moves the numbers.
	before := eval[string](tb, `document.querySelector("#intensity").dataset.value`)
	eval[chromedp.Void](tb, `(() => { const s = document.querySelector("#tech"); s.value = "0.9"; s.dispatchEvent(new Event("input", {bubbles: true})); })()`)
	tb.poll(`document.querySelector("#intensity").dataset.value !== "` + before + `"`)
	// The embed works offline too (it is precached).
	tb.do(chromedp.Navigate(srv.url + "/embed.html#controls=0"))
	tb.poll(`document.documentElement.dataset.ready === "true"`)
	tb.poll(`Number(document.querySelector("#spiral-canvas").dataset.frames) > 0`)

	// Back online.
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: false, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
}

func TestUpdateOfferRunsTheNewBuildWhole(t *testing.T) {
	dir := siteDir(t)
	srv := startSite(t, dir)
	tb := newTab(t)
	old := tb.installed(srv.url + "/#dialogue=0.30")
	tb.spiralDrawn()

	// A second build: the same site with a changed stylesheet, made by the
	// generator, served on the same origin.
	next := newBuild(t, dir)
	srv.restart(next)
	// The browser checks sw.js on navigation: the old build answers the
	// reload from its cache and offers the update once the new worker waits.
	tb.do(chromedp.Reload())
	tb.poll(`document.documentElement.dataset.ready === "true"`)
	if got := eval[string](tb, `document.documentElement.dataset.build`); got != old {
		t.Fatalf("before the update: build %q, want the old %q", got, old)
	}
	tb.poll(`!document.querySelector("#update").hidden`)
	if eval[string](tb, `document.querySelector("#update-reload").textContent`) != "Reload to update" {
		t.Errorf("update button text")
	}
	// The offer waits for the user: no reload on its own.
	eval[chromedp.Void](tb, `window.__before = true`)
	// The button reloads the page: pressed from a task of the page's own, so
	// that the CDP call that presses it returns before the navigation
	// (chromedp.Click's mouse events waited on the navigating renderer
	// until the test's deadline).
	eval[chromedp.Void](tb, `setTimeout(() => document.querySelector("#update-reload").click(), 0)`)
	tb.pollThroughNavigation(`window.__before === undefined && document.documentElement.dataset.ready === "true"`)
	nb := eval[string](tb, `document.documentElement.dataset.build`)
	if nb == old {
		t.Fatalf("after the update: still build %q", nb)
	}
	tb.spiralDrawn()
	// Every part is the new build: the page, its script, the spiral's
	// page, and the one cache.
	if v := eval[string](tb, `document.documentElement.dataset.buildMarker || ""`); v != "2" {
		t.Errorf("new build's script not run: data-build-marker = %q", v)
	}
	if got := eval[string](tb, `document.querySelector("#spiral").contentDocument.documentElement.dataset.build`); got != nb {
		t.Errorf("spiral page build %q, page build %q", got, nb)
	}
	if keys := eval[[]string](tb, `caches.keys()`); len(keys) != 1 || keys[0] != "dilemma-"+nb {
		t.Errorf("caches %v, want only dilemma-%s", keys, nb)
	}
	// Every resource the page loaded is named in the new build's service worker.
	sw := readFile(t, filepath.Join(next, "sw.js"))
	loaded := eval[[]string](tb, `performance.getEntriesByType("resource").map(e => new URL(e.name)).filter(u => u.origin === location.origin).map(u => u.pathname.slice(1))`)
	for _, p := range loaded {
		if !strings.Contains(sw, `"`+p+`"`) {
			t.Errorf("the new page loaded %s, which the new build does not list", p)
		}
	}
	if !strings.Contains(sw, nb) {
		t.Errorf("the new build's sw.js lacks the build hash %s", nb)
	}
	// The state survived the reload, and the page did not reload again.
	if !strings.Contains(eval[string](tb, `location.hash`), "dialogue=0.30") {
		t.Errorf("state lost over the update")
	}
	// (A reload loop would have reloaded at once, on controllerchange; give
	// it a second to show.)
	eval[chromedp.Void](tb, `window.__after = true`)
	if !eval[bool](tb, `new Promise(r => setTimeout(() => r(window.__after === true && document.querySelector("#update").hidden), 1000))`) {
		t.Errorf("the page reloaded again or still offers an update")
	}
}

// newBuild generates a second build of the site into a temporary folder:
// the sources (web/, or $SITE_SRC where SITE_DIR was built from others)
// with one line added to its script (the stylesheet is inlined, allowed by
// the hash of web/style.css, which the server holds), and the same .wasm.
func newBuild(t *testing.T, dist string) string {
	t.Helper()
	root := repoRoot()
	web := os.Getenv("SITE_SRC")
	if web == "" {
		web = filepath.Join(root, "web")
	}
	src, out := t.TempDir(), t.TempDir()
	entries, err := os.ReadDir(web)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() {
			b := readFile(t, filepath.Join(web, e.Name()))
			if e.Name() == "boot.js" {
				b += "\ndocument.documentElement.dataset.buildMarker = '2';\n"
			}
			writeFile(t, filepath.Join(src, e.Name()), b)
		}
	}
	for _, n := range []string{"app.wasm", "spiral.wasm"} {
		writeFile(t, filepath.Join(out, n), readFile(t, filepath.Join(dist, n)))
	}
	cmd := exec.Command("go", "run", "./web/gen", "-src", src, "-out", out, "-assets", filepath.Join(root, "assets"))
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	return out
}

func TestInstallable(t *testing.T) {
	dir := siteDir(t)
	srv := startSite(t, dir)
	tb := newTab(t)
	tb.installed(srv.url + "/")
	res, err := chromedp.Call(tb.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("installability error: %s %v", e.ErrorID, args)
	}
	m := eval[map[string]any](tb, `fetch(document.querySelector('link[rel="manifest"]').href).then(r => r.json())`)
	if m["display"] != "standalone" || m["start_url"] == nil || m["short_name"] == "" || m["theme_color"] == nil {
		t.Errorf("manifest %v", m)
	}
	purposes := map[string]bool{}
	for _, ic := range m["icons"].([]any) {
		ic := ic.(map[string]any)
		purposes[ic["purpose"].(string)+" "+ic["sizes"].(string)] = true
	}
	for _, want := range []string{"any 192x192", "any 512x512", "maskable 512x512"} {
		if !purposes[want] {
			t.Errorf("manifest lacks the %s icon: %v", want, purposes)
		}
	}
}

// pollThroughNavigation waits until a JavaScript expression is true, across
// a navigation that may interrupt an evaluation (at most 30 s).
func (tb *tab) pollThroughNavigation(expr string) {
	tb.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting for %s: %v", expr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasHashed reports whether list has prefix + <10 hex> + ext.
func hasHashed(list []string, prefix string) bool {
	for _, x := range list {
		if rest, ok := strings.CutPrefix(x, prefix); ok {
			if h, _, ok := strings.Cut(rest, "."); ok && len(h) == 10 {
				return true
			}
		}
	}
	return false
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, name, s string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
