//go:build !js

package e2e

import (
	"math"
	"strconv"
	"testing"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// wasmMemory sums the byte lengths of every WebAssembly.Memory in the tab
// (the calculator's; the embed has no other).
func (tb *tab) wasmMemory() float64 {
	tb.t.Helper()
	proto, err := chromedp.Run(tb.ctx, chromedp.Evaluate[*cdpruntime.RemoteObject](`WebAssembly.Memory.prototype`))
	if err != nil || proto == nil {
		tb.t.Fatalf("WebAssembly.Memory.prototype: %v", err)
	}
	objs, err := chromedp.Call(tb.ctx, cdpruntime.QueryObjects, cdpruntime.QueryObjectsParams{PrototypeObjectID: proto.ObjectID})
	if err != nil || objs.Objects == nil {
		tb.t.Fatalf("query WebAssembly.Memory objects: %v", err)
	}
	yes := true
	r, err := chromedp.Call(tb.ctx, cdpruntime.CallFunctionOn, cdpruntime.CallFunctionOnParams{
		FunctionDeclaration: `function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }`,
		ObjectID:            objs.Objects.ObjectID, ReturnByValue: &yes})
	if err != nil || r.Result == nil {
		tb.t.Fatalf("sum WebAssembly memory: %v", err)
	}
	v, err := strconv.ParseFloat(string(r.Result.Value), 64)
	if err != nil || v <= 0 {
		tb.t.Fatalf("WebAssembly memory %q: %v", r.Result.Value, err)
	}
	return v
}

// TestWasmMemoryFlat is the test-sized version of make bench's memory row
// (5 minutes): after a warm-up (1,500), 1,200 key presses on the sliders (A's and,
// with compare on, B's) must leave the calculator's WebAssembly memory
// within ±1 %. Go's memory never shrinks, so a leak shows as growth. (The
// embed, which has no Ebiten iframe, has one WebAssembly.Memory: the
// calculator's.)
func TestWasmMemoryFlat(t *testing.T) {
	tb := newTab(t)
	tb.open("/embed.html#compare=1")
	sliders := []string{"#tech", "#discourse", "#attribution", "#dialogue"}
	press := func(n int) {
		for i := 0; i < n; i++ {
			if i%50 == 0 {
				tb.do(chromedp.Focus(sliders[(i/50)%len(sliders)]))
			}
			key := kb.ArrowLeft
			if (i/25)%2 == 1 {
				key = kb.ArrowRight
			}
			tb.do(chromedp.KeyEvent(key))
		}
	}
	press(1500) // the heap grows to its working size within about 600–1,000 presses, then stays
	w0 := tb.wasmMemory()
	press(1200)
	w1 := tb.wasmMemory()
	t.Logf("WebAssembly memory %.0f → %.0f bytes over 1,200 key presses", w0, w1)
	if math.Abs(w1-w0) > 0.01*w0 {
		t.Errorf("WebAssembly memory grew %.0f → %.0f bytes (%.1f %%) over 1,200 key presses", w0, w1, 100*(w1-w0)/w0)
	}
}
