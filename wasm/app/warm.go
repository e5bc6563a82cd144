//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/web/cite"
	"github.com/dilemma/cyberdilemma/web/scenario"
	"github.com/dilemma/cyberdilemma/web/view"
)

// inPage reports whether the program runs in a page. Elsewhere it runs in
// the worker that boot.js compiles the module in, to warm it (warm).
func inPage() bool { return js.Global().Get("document").Truthy() }

// warm runs, once and without a page, the work of the page's start that
// needs no document: for the served state and for a state from a link (in
// Chinese), the view, the share texts, the explanation, the levers and the
// history, the card and the four citations; the reading of a fragment, the
// phase map's axes, the scenario list's reader, and the writers and
// syscall/js calls the page's writes go through (on a plain object).
// Chromium compiles a WebAssembly function on its first call, and the code
// belongs to the module that boot.js posts from this worker to the page, so
// the page's start then runs mostly compiled code instead of compiling it on
// its main thread. Its results are dropped.
func warm() {
	const origin = "http://localhost"
	base := view.Default()
	for _, s := range []view.State{base, warmState(base)} {
		v := view.New(s)
		view.NewShare(v, origin)
		view.NewHeadline(s)
		view.NewWhy(s.Lang, s.Inputs)
		view.NewUseAPI(s, origin)
		view.Levers(s.Lang)
		view.History(s.Lang)
		link := cite.Permalink(origin, s.Fragment())
		view.NewCard(v, link)
		cal := cite.Calculator{URL: link, Inputs: s.Inputs, Accessed: cite.Date{Year: 2026, Month: 1, Day: 1}}
		for _, f := range cite.Formats {
			cite.Text(f, cal)
		}
	}
	view.PhaseAxes(view.DefaultPhaseAxes[0], view.DefaultPhaseAxes[1])
	scenario.DecodeList("[]")
	o := js.Global().Get("Object").New()
	o.Set("textContent", "")
	o.Set("hidden", false)
	text, shown, prop := newText(o), newShown(o), newProp(o, "value")
	text.set("warm")
	shown.set(false)
	prop.set("warm")
}

// warmState is a state read from a link, in the other language: the part
// of the start a shared link or a Chinese reader runs.
func warmState(base view.State) view.State {
	s, _ := view.Parse("#tech=0.3&discourse=0.6&attribution=0.4&dialogue=0.2&lang=zh", base)
	return s
}
