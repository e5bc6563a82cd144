//go:build js && wasm

package main

import (
	"sync"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// Timing of the side effects of a change. The numbers are recomputed at
// once; the URL is written at most every fragmentEvery, because browsers
// throttle history.replaceState (Chromium: 200 calls in 10 s), and the live
// region speaks once a drag has paused, so that a screen reader is not
// flooded.
const (
	fragmentEvery = 100 * time.Millisecond
	announceAfter = 400 * time.Millisecond
	copyStatusFor = 5 * time.Second
)

// Modes of the page, by <html data-mode>: the calculator (index.html) or
// the compact embed (embed.html), which has the sliders and the results
// only.
const (
	modePage  = ""
	modeEmbed = "embed"
)

// app is the bound page.
type app struct {
	loc   js.Value // window.location
	doc   js.Value // document
	mode  string
	state view.State

	// The sliders, the results and the spiral are on every page; the
	// other controls are nil (and their elements null) where the page has
	// none (the embed).
	sliders [len(model.Params)]*dom.HTMLInputElement
	radios  [4]*dom.HTMLInputElement // us-offense, us-defense, china-offense, china-defense
	preset  *dom.HTMLSelectElement
	reset   *dom.HTMLButtonElement
	copy    *dom.HTMLButtonElement
	dismiss *dom.HTMLButtonElement
	// upgrade moves an old link to the newest model version.
	upgrade   *dom.HTMLButtonElement
	share     *dom.HTMLInputElement
	iframe    *dom.HTMLIFrameElement
	drawing   *canvasSpiral // the embed's spiral, drawn in the page
	notice    js.Value
	list      js.Value
	out       outputs
	exports   exporter   // the downloads and the embed snippet's copy button
	explainer *explainer // explanation, levers, history, evidence, language
	// uncertainty is the inputs' ranges and the Monte Carlo's section.
	uncertainty *uncertainty
	phaseMap    *phaseMap    // the phase map over two inputs
	useAPI      *useAPI      // the state as an API request (#use-api)
	tools       *spiralTools // the spiral's view switch and Listen
	compare     *comparer    // state B beside A (compare=1)
	citer       *citer       // the references of the state (#cite) and the printed page
	// The scenario files, the keyboard shortcuts and the theme picker
	// (scenarios.go, shortcuts.go, theme.go); nil in the embed.
	scenarios *scenarios
	keys      *shortcuts
	theme     *themePicker

	// frame runs update in the next animation frame after a slider's
	// input, which itself writes the headline numbers only (dragged).
	frame        js.Func
	framePending bool

	// The side effects of a change, scheduled (timer.go).
	fragment *timer // writes the URL fragment
	announce *timer // fills the live region
	copyDone *timer // clears the copy confirmation
	lastFrag time.Time
	// seenHash is the URL's fragment as the page last read or wrote it
	// (location.hash); another one is the reader's, not yet loaded.
	seenHash   string
	lastSpoken time.Time
}

// start reads the URL, renders what the served HTML does not already show,
// binds every control and marks the page ready, in steps that each return
// to the browser (yieldTask), so that no one task blocks the page for long:
//
//  1. the sliders, the posture, the preset and the headline: bound, written
//     if the state is not the baseline, and enabled;
//  2. the panels (downloads, explanation, levers, history, evidence) bound,
//     and the page's texts rewritten if the language is not English;
//  3. the share link, the embed snippet and the social metadata;
//  4. the other listeners and controls, the spiral's state, data-ready.
//
// The explanation of a state other than the baseline is written when the
// browser is idle (explainer.later).
func (a *app) start() {
	// The language: the fragment's lang=, else the reader's last pick
	// (the calculator only: the embed speaks the language its snippet
	// says), else English, which the served HTML is in (view.PickLang).
	if a.mode == modePage {
		a.state.Lang = view.PickLang("", storedLang())
	}
	if h := a.hash(); h != "" && h != "#" {
		a.load(h)
	} else if q := a.loc.Get("search").String(); len(q) > 1 { // a query's state (the server-rendered page's); the fragment wins
		a.load(q)
	}
	// The served HTML shows the baseline in English: rendering it again
	// would write nothing, but would cost the start a full view.
	if a.state != view.Default() {
		a.render()
		mark("render")
	}
	a.listenSliders()
	a.enableSliders()
	mark("headline")

	yieldTask()
	if err := a.bindPanels(); err != nil {
		js.Global().Get("console").Call("error", "cyberdilemma: "+err.Error())
		return
	}
	if a.state.Lang != i18n.Default {
		a.localize()
	}
	a.explainer.later() // the explanation of a state that is not the baseline
	if a.state.Compare {
		a.compare.update(a.state, view.New(a.state)) // a link with state B
	}
	mark("bound")

	yieldTask()
	a.writeShare()
	mark("share")

	yieldTask()
	a.listen()
	yieldTask() // listening and enabling: 55–60 ms at 4× CPU slowdown in one task
	a.enableControls()
	a.post()
	mark("listen")
	a.doc.Get("documentElement").Call("setAttribute", "data-ready", "true")
	a.loadSpiral()
	mark("ready")
}

// yieldTask returns to the browser and comes back in a new task (a
// message on a MessageChannel: unlike a setTimeout, which Chrome delays to
// about a second in a tab in the background, it is not throttled), so that
// the browser can paint and answer input between the steps of the start.
func yieldTask() {
	yieldOnce.Do(func() {
		yieldFn = js.FuncOf(func(js.Value, []js.Value) any {
			yielded <- struct{}{}
			return nil
		})
		if mc := js.Global().Get("MessageChannel"); mc.Truthy() {
			ch := mc.New()
			ch.Get("port1").Set("onmessage", yieldFn)
			yieldPort = ch.Get("port2")
		}
	})
	if yieldPort.Truthy() {
		yieldPort.Call("postMessage", nil)
	} else {
		js.Global().Call("setTimeout", yieldFn, 0)
	}
	<-yielded
}

var (
	yieldOnce sync.Once
	yieldFn   js.Func
	yieldPort js.Value // a MessageChannel's port2, whose port1 calls yieldFn
	yielded   = make(chan struct{}, 1)
)

// load applies a URL fragment on top of the current state and reports its
// problems; a fragment with problems is replaced by the state actually used.
func (a *app) load(fragment string) {
	a.seenHash = a.hash()
	next, problems := view.Parse(fragment, a.state)
	a.state = next
	a.showNotice(problems)
	if len(problems) > 0 {
		a.writeFragment()
	}
}

// changed handles an input that moves the state away from any picked
// preset.
func (a *app) changed() {
	a.state.Preset = ""
	a.update()
}

// dragged handles a slider's input: a drag fires one per step, faster
// than the screen repaints, so the handler writes the slider's value and
// the intensity at once (view.Headline: Assess and a few strings) and
// leaves the rest of the page, the spiral, the URL and the live region to
// the next animation frame, once for however many inputs come before it.
func (a *app) dragged() {
	h := view.NewHeadline(a.state)
	for i, s := range h.Values {
		a.out.values[i].set(s)
	}
	o := &a.out
	o.intensity.set(h.IntensityText)
	o.intensityValue.set(h.IntensityValue)
	o.band.set(h.Band)
	o.meter.set(h.IntensityShort)
	if !a.framePending {
		a.framePending = true
		js.Global().Call("requestAnimationFrame", a.frame)
	}
}

// update renders the state and schedules its side effects.
func (a *app) update() {
	a.render()
	a.post()
	if wait := fragmentEvery - time.Since(a.lastFrag); wait <= 0 {
		a.fragment.stop()
		a.writeFragment()
	} else if !a.fragment.pending() {
		a.fragment.after(wait)
	}
	a.speak()
}
