//go:build js && wasm

package main

import (
	"strconv"
	"sync"
	"syscall/js"
	"time"
)

// page is the spiral's side of the DOM: it receives states and the
// browser's preferences, wakes the parked game loop, and writes the
// canvas's text alternative and the test markers.
//
// States come from web/spiral.html's loader, which accepts the parent's
// postMessage {type: "dilemma:state", state: "tech=…"} from the same origin
// only, and this page's hashchange, and hands each state string to the
// function that the program passes to window.dilemmaSpiralConnect; that call
// returns the latest state that arrived before the program ran (or null),
// and the page's own fragment is used when there is none. Once listening,
// the program posts {type: "dilemma:ready"} to its parent frame, which
// answers with its state.
type page struct {
	mu          sync.Mutex
	state       string
	hasState    bool
	prefersDark bool
	reduced     bool
	// forced is forced-colors: active (Windows high contrast): the canvas
	// keeps its colours, and China's moves are drawn dashed.
	forced bool

	// wake is signalled, without blocking, on every event that may change
	// what is drawn; the game waits on it once the spiral has settled.
	wake chan struct{}

	doc, root js.Value
	canvas    js.Value
	label     string
	bodyBG    string
	look      string
	funcs     []js.Func // kept for the page's lifetime
}

func newPage() *page {
	p := &page{
		wake: make(chan struct{}, 1),
		doc:  js.Global().Get("document"),
	}
	p.root = p.doc.Get("documentElement")
	win := js.Global()
	disableGamepads(win.Get("navigator"))

	dark := p.media("(prefers-color-scheme: dark)", func(v bool) { p.prefersDark = v })
	reduced := p.media("(prefers-reduced-motion: reduce)", func(v bool) { p.reduced = v })
	p.prefersDark, p.reduced = dark, reduced
	p.forced = p.media("(forced-colors: active)", func(v bool) { p.forced = v })

	// A resize clears the canvas: Ebitengine redraws it only if the loop runs.
	win.Call("addEventListener", "resize", p.fn(func([]js.Value) { p.signal() }))

	deliver := p.fn(func(args []js.Value) {
		if len(args) > 0 && args[0].Type() == js.TypeString {
			p.setState(args[0].String())
		}
	})
	initial := win.Get("location").Get("hash").String()
	if connect := win.Get("dilemmaSpiralConnect"); connect.Type() == js.TypeFunction {
		if early := connect.Invoke(deliver); early.Type() == js.TypeString {
			initial = early.String()
		}
	}
	p.setState(initial)

	// In the calculator's iframe, ask the parent for its state now that the
	// program listens: the parent answers with its dilemma:state message.
	if parent := win.Get("parent"); parent.Truthy() && !parent.Equal(win.Get("window")) {
		msg := js.Global().Get("Object").New()
		msg.Set("type", "dilemma:ready")
		parent.Call("postMessage", msg, win.Get("location").Get("origin"))
	}
	return p
}

// disableGamepads makes navigator.getGamepads report no gamepads.
// Ebitengine calls it every frame; once a page has called it, Chromium polls
// the gamepad hardware in its browser process for as long as the page is
// open (measured: about 2.5 % of a core), even while the spiral's loop is
// parked. The spiral reads no gamepad. Array.of bound to Array returns a
// new empty array without eval, so a strict CSP allows it.
func disableGamepads(nav js.Value) {
	if !nav.Truthy() {
		return
	}
	array := js.Global().Get("Array")
	nav.Set("getGamepads", array.Get("of").Call("bind", array))
}

// fn wraps f as a JS callback that returns undefined and is kept alive.
// Callbacks must not block (syscall/js.FuncOf): f only records and signals.
func (p *page) fn(f func(args []js.Value)) js.Func {
	jf := js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args)
		return nil
	})
	p.funcs = append(p.funcs, jf)
	return jf
}

// media returns whether the media query matches now and calls set (under
// p.mu) and wakes the loop whenever that changes.
func (p *page) media(query string, set func(bool)) bool {
	mm := js.Global().Get("window").Get("matchMedia")
	if mm.Type() != js.TypeFunction {
		return false
	}
	mql := mm.Invoke(query)
	if mql.Get("addEventListener").Type() == js.TypeFunction {
		mql.Call("addEventListener", "change", p.fn(func(args []js.Value) {
			p.mu.Lock()
			set(len(args) > 0 && args[0].Get("matches").Truthy())
			p.mu.Unlock()
			p.signal()
		}))
	}
	return mql.Get("matches").Truthy()
}

func (p *page) setState(s string) {
	p.mu.Lock()
	p.state, p.hasState = s, true
	p.mu.Unlock()
	p.signal()
}

func (p *page) signal() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// takeState returns the state received since the last call, if any.
func (p *page) takeState() (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.state, p.hasState
	p.state, p.hasState = "", false
	return s, ok
}

// forcedColors reports whether the browser forces its colours.
func (p *page) forcedColors() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.forced
}

// prefs returns the browser's colour-scheme and motion preferences.
func (p *page) prefs() (dark, reduced bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.prefersDark, p.reduced
}

// wait parks the calling goroutine until the next signal. Called from the
// game's Update, it stops Ebitengine's requestAnimationFrame loop: in
// js/wasm a blocked goroutine hands control back to the browser, which then
// idles until an event callback signals.
func (p *page) wait() { <-p.wake }

// waitFor blocks like wait, for d at most.
func (p *page) waitFor(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-p.wake:
	case <-t.C:
	}
}

// adoptCanvas fixes up the canvas Ebitengine appended to <body>, once it
// exists: out of the tab order (it is an image, not a control), role="img"
// with the label, and moved into the page's <main> landmark.
func (p *page) adoptCanvas() {
	if p.canvas.Truthy() {
		return
	}
	c := p.doc.Call("querySelector", "body > canvas")
	if !c.Truthy() {
		return
	}
	c.Call("setAttribute", "tabindex", "-1")
	c.Call("setAttribute", "role", "img")
	c.Call("setAttribute", "aria-label", p.label)
	if main := p.doc.Call("querySelector", "main"); main.Truthy() {
		main.Call("appendChild", c)
	}
	if loading := p.doc.Call("getElementById", "loading"); loading.Truthy() {
		loading.Call("remove")
	}
	p.canvas = c
}

// setLabel sets the canvas's text alternative.
func (p *page) setLabel(label string) {
	p.label = label
	if p.canvas.Truthy() {
		p.canvas.Call("setAttribute", "aria-label", label)
	}
}

// setBackground paints the page behind the canvas, overriding the black
// that Ebitengine gives <body>.
func (p *page) setBackground(css string) {
	if css == p.bodyBG {
		return
	}
	p.bodyBG = css
	p.root.Get("style").Set("backgroundColor", css)
	p.doc.Get("body").Get("style").Set("backgroundColor", css)
}

// setLook writes <html data-look>, what the frame is drawn as: "light",
// "dark" or "projector", then "-dashed" when China's moves are dashed.
func (p *page) setLook(look string) {
	if look != p.look {
		p.look = look
		p.root.Call("setAttribute", "data-look", look)
	}
}

// report writes the markers that tests wait for, once a frame is drawn:
// data-frames (frames drawn), data-settled, data-state (the canonical
// state drawn), data-view (spiral or plane), and data-whole-copies and
// data-sizes (frames that copied the whole kept image, screen sizes drawn
// at).
func (p *page) report(frames, wholeCopies, sizes int, settled bool, state, view string) {
	ds := p.root.Get("dataset")
	ds.Set("wholeCopies", strconv.Itoa(wholeCopies))
	ds.Set("sizes", strconv.Itoa(sizes))
	ds.Set("state", state)
	ds.Set("view", view)
	ds.Set("settled", strconv.FormatBool(settled))
	ds.Set("frames", strconv.Itoa(frames))
}
