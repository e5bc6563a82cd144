//go:build !js

package e2e

import (
	"encoding/json"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// noWorkerScripts replace window.Worker before the page's scripts run, each
// in a way boot.js's compiling in a worker can fail, with what the console
// then shows on purpose.
var noWorkerScripts = []struct {
	name, src string
	allow     []string
}{
	{"no workers", `window.Worker = undefined;`, nil},
	{"a worker refused", `window.Worker = function () { throw new Error("workers refused here"); };`, nil},
	// A worker whose run of the program never ends: boot.js gives up 10 s
	// after the worker said it had compiled (warmFor).
	{"a worker that never answers", `{ const W = window.Worker; window.Worker = class extends W { set onmessage(f) { super.onmessage = (e) => { if (!(e.data && e.data.module)) f(e); }; } }; }`, nil},
	// A worker whose script fails to load: its error event.
	{"a worker that fails", `{ const W = window.Worker; window.Worker = class extends W { constructor() { super("/no-such-worker.js"); } }; }`,
		[]string{"no-such-worker.js", "404"}},
}

// TestCompiledInAWorker: the calculator's page compiles app.wasm in a worker
// (boot.js) and works; where no worker can, it compiles in the page and works
// the same.
func TestCompiledInAWorker(t *testing.T) {
	t.Run("worker", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		if got := eval[string](tb, `document.documentElement.dataset.compiled || ""`); got != "worker" {
			t.Errorf("data-compiled = %q, want worker", got)
		}
		// The worker fetched the binary and reported its bytes: the
		// progress bar is full.
		if got := eval[string](tb, `(() => { const p = document.querySelector("#load-progress"); return p.value + " of " + p.dataset.total; })()`); !strings.HasPrefix(got, "0 ") && !strings.HasSuffix(got, " of 0") {
			if v, total, _ := strings.Cut(got, " of "); v != total {
				t.Errorf("the progress bar shows %s", got)
			}
		} else {
			t.Errorf("the progress bar shows %s", got)
		}
		keyMovesTech(tb)
	})
	for _, c := range noWorkerScripts {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			tb.allow = c.allow
			if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: c.src}); err != nil {
				t.Fatal(err)
			}
			tb.open("/")
			if got := eval[string](tb, `document.documentElement.dataset.compiled || ""`); got != "page" {
				t.Errorf("data-compiled = %q, want page", got)
			}
			if p := eval[float64](tb, `document.querySelector("#load-progress") ? document.querySelector("#load-progress").value : -1`); p <= 0 {
				t.Errorf("the progress bar shows %v after compiling in the page", p)
			}
			keyMovesTech(tb)
		})
	}
}

// keyMovesTech presses → on #tech and checks the page's intensity against
// the API's for the new state.
func keyMovesTech(tb *tab) {
	tb.t.Helper()
	tb.do(chromedp.Focus("#tech"), chromedp.KeyEvent(kb.ArrowRight))
	tb.poll(`location.hash.includes("tech=0.86")`)
	if got, want := tb.intensity(), apiIntensity(tb.t, "tech=0.86"); math.Abs(got-want) > 1e-9 {
		tb.t.Errorf("after → on #tech: intensity %v, want the API's %v", got, want)
	}
}

// TestWarmedInTheWorker: the worker runs the program's start once before it
// posts the module back, so the page's own start compiles far fewer functions
// on its main thread (Chromium compiles a WebAssembly function on its first
// call, into the module the worker shares with the page). It counts V8's
// lazy compilations on the page's main thread from the navigation to
// data-ready, with the worker and without one.
func TestWarmedInTheWorker(t *testing.T) {
	withWorker := lazyCompiles(t, "")
	without := lazyCompiles(t, noWorkerScripts[0].src)
	t.Logf("functions compiled on the page's main thread during the start: %d with the worker, %d without", withWorker, without)
	if without < 200 {
		t.Fatalf("without a worker the start compiled only %d functions on the main thread: the count is broken", without)
	}
	// Measured: 126 with the worker, 682 without; 250 when the worker only
	// starts the runtime (main.go's warm not called).
	if withWorker*4 > without {
		t.Errorf("with the worker the start compiled %d functions on the main thread, without %d: want under a quarter", withWorker, without)
	}
}

// lazyCompiles loads the calculator in a new tab (after script, if any)
// with a trace of V8's WebAssembly compiling and the page's marks, and
// counts wasm.CompileLazy events on the thread of the page's cd:ready mark
// before that mark.
func lazyCompiles(t *testing.T, script string) int {
	t.Helper()
	tb := newTab(t)
	if script != "" {
		if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
			t.Fatal(err)
		}
	}
	type event struct {
		Name string  `json:"name"`
		Pid  int     `json:"pid"`
		Tid  int     `json:"tid"`
		Ts   float64 `json:"ts"`
	}
	var (
		mu   sync.Mutex
		evs  []event
		done = make(chan struct{})
	)
	err := chromedp.Listen(tb.ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, raw := range e.Value {
				var v event
				if json.Unmarshal(raw, &v) == nil {
					evs = append(evs, v)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{"v8.wasm", "blink.user_timing"}}}); err != nil {
		t.Fatal(err)
	}
	tb.open("/")
	if _, err := chromedp.Call(tb.ctx, tracing.End, struct{}{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("no end of the trace")
	}
	mu.Lock()
	defer mu.Unlock()
	var ready *event
	for i := range evs {
		if evs[i].Name == "cd:ready" {
			ready = &evs[i]
		}
	}
	if ready == nil {
		t.Fatal("the trace has no cd:ready mark")
	}
	n := 0
	for _, e := range evs {
		if e.Name == "wasm.CompileLazy" && e.Pid == ready.Pid && e.Tid == ready.Tid && e.Ts <= ready.Ts {
			n++
		}
	}
	return n
}
