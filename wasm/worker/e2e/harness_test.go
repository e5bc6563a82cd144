//go:build !js

// Package e2e holds the browser tests: the site's real handler (what `go run
// ./wasm/worker` serves), started in this process by servertest, serves the
// built site (web/dist) and Debian's headless Chromium, driven by chromedp,
// loads it. `make e2e` (part of `make test`) sets CHROMIUM and SITE_DIR;
// without them the tests are skipped, so that `go test ./...` stays native.
package e2e

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/wasm/worker/server/servertest"
)

var (
	baseURL    string          // the site's server, e.g. http://127.0.0.1:41234
	browserCtx context.Context // a started browser; tabs are its children
	skipReason string
)

func TestMain(m *testing.M) {
	chromium, site := os.Getenv("CHROMIUM"), os.Getenv("SITE_DIR")
	if chromium == "" || site == "" {
		skipReason = "CHROMIUM and SITE_DIR unset: run `make e2e`"
		os.Exit(m.Run())
	}
	srv, err := servertest.Start(site)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	baseURL = srv.URL
	userData, _ := os.MkdirTemp("", "e2e-chromium-")
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(chromium, userData)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: start chromium:", err)
		os.Exit(1)
	}
	browserCtx = ctx
	code := m.Run()
	cancel()
	cancelAlloc()
	srv.Close()
	os.RemoveAll(userData)
	os.Exit(code)
}

// tab is one browser tab whose console errors and uncaught exceptions fail
// the test when it ends.
type tab struct {
	t   *testing.T
	ctx context.Context
	mu  sync.Mutex
	bad []string
	// allow lists substrings of console errors that a test provokes on purpose.
	allow []string
}

// newTab opens a tab with a 90 s budget for the whole test.
// chromiumOptions are how every test starts Debian's Chromium: headless,
// without a sandbox (containers), GPU, QUIC or background traffic, in its
// own profile userData, at 1280 × 800; extra options come last.
func chromiumOptions(chromium, userData string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	return append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.UserDataDir(userData),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 800),
	}, extra...)
}

func newTab(t *testing.T) *tab {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	tb := &tab{t: t}
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithListener(tb.listen))
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	tb.ctx = ctx
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	t.Cleanup(func() {
		cancelT()
		cancel()
		tb.reportConsole()
	})
	return tb
}

// reportConsole fails the test with each error the page logged or threw.
func (tb *tab) reportConsole() {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, b := range tb.bad {
		tb.t.Errorf("browser console: %s", b)
	}
}

func (tb *tab) listen(ev any) {
	var msg string
	switch e := ev.(type) {
	case *cdpruntime.EventExceptionThrown:
		msg = "uncaught exception: " + e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
	case *cdpruntime.EventConsoleAPICalled:
		if e.Type == cdpruntime.ConsoleAPICalledTypeError || e.Type == cdpruntime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				if a.Value != nil {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			msg = "console." + string(e.Type) + ": " + strings.Join(parts, " ")
		}
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError {
			msg = "log error: " + e.Entry.Text + " " + e.Entry.URL
		}
	}
	if msg == "" {
		return
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, a := range tb.allow {
		if strings.Contains(msg, a) {
			return
		}
	}
	tb.bad = append(tb.bad, msg)
}

// do runs actions and fails the test on error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("chromedp: %v", err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// poll waits until a JavaScript expression is truthy (at most 30 s). A poll
// that a navigation interrupts ("Cannot find context", "Execution context
// was destroyed") starts again in the new document.
func (tb *tab) poll(expr string) {
	tb.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		msg := err.Error()
		if time.Now().Before(deadline) && (strings.Contains(msg, "Cannot find context") || strings.Contains(msg, "context was destroyed")) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		tb.t.Fatalf("waiting for %s: %v", expr, err)
	}
}

// open navigates to path on the server and waits for the calculator to be ready.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(baseURL + path))
	tb.poll(`document.documentElement.dataset.ready === "true"`)
}

// emulateMedia sets CSS media features, e.g. prefers-color-scheme: dark.
func (tb *tab) emulateMedia(features ...string) {
	tb.t.Helper()
	var fs []*emulation.MediaFeature
	for i := 0; i+1 < len(features); i += 2 {
		fs = append(fs, &emulation.MediaFeature{Name: features[i], Value: features[i+1]})
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: fs}); err != nil {
		tb.t.Fatalf("emulate media: %v", err)
	}
}

func emulateDark(tb *tab) { tb.emulateMedia("prefers-color-scheme", "dark") }

// click clicks the element sel with the mouse, as a reader would, once it
// is in the middle of the viewport and has stopped moving: a click whose
// position was read before the layout moved (a panel opening above it, a
// notice shown) lands on whatever is there now. It fails, naming what is
// on top, if another element covers sel's centre.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	// ByQuery: the default search also matches text, such as an id named
	// in the inlined stylesheet, and would wait on the <style>.
	tb.do(chromedp.WaitVisible(chromedp.CSS(sel)))
	q := `document.querySelector(` + strconv.Quote(sel) + `)`
	// Scrolled to the middle, the same box over two frames: still.
	still := `new Promise(done => {
		const el = ` + q + `;
		el.scrollIntoView({block: "center", inline: "center"});
		const at = () => { const r = el.getBoundingClientRect(); return r.x + "," + r.y + "," + r.width + "," + r.height; };
		const before = at();
		requestAnimationFrame(() => requestAnimationFrame(() => done(at() === before)));
	})`
	for i := 0; !eval[bool](tb, still); i++ {
		if i == 50 {
			tb.t.Fatalf("click %s: it kept moving", sel)
		}
	}
	hit := eval[string](tb, `(() => {
		const el = `+q+`, r = el.getBoundingClientRect();
		const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		return !top || el.contains(top) ? "" : (top.id ? "#" + top.id : top.tagName.toLowerCase() + "." + top.className);
	})()`)
	if hit != "" {
		tb.t.Fatalf("click %s: its centre is covered by %s", sel, hit)
	}
	tb.do(chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
}
