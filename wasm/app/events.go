//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
)

// listenSliders adds the sliders' listeners: the first step of the start.
func (a *app) listenSliders() {
	for i, el := range a.sliders {
		p, el := model.Params[i], el
		on(el.Underlying(), "input", func(js.Value) {
			v, err := strconv.ParseFloat(el.Value(), 64)
			if err != nil {
				return
			}
			a.state.Inputs = p.Set(a.state.Inputs, v).Round2()
			a.state.Preset = ""
			a.dragged()
		})
	}
}

// listen adds the listeners of every other control: the posture radios,
// the preset picker, the buttons, the URL's hashchange, and the spiral's
// iframe asking for the state.
func (a *app) listen() {
	for i, el := range a.radios {
		if el == nil {
			continue
		}
		on(el.Underlying(), "change", func(js.Value) {
			a.state.Inputs = setPosture(a.state.Inputs, i)
			a.changed()
		})
	}
	if a.preset != nil {
		on(a.preset.Underlying(), "change", func(js.Value) {
			if p, ok := model.PresetByID(a.preset.Value()); ok {
				a.state.ApplyPreset(p) // keeps the link's model version
			} else {
				a.state.Preset = ""
			}
			a.update()
		})
	}
	onClick(a.reset, a.resetToBaseline)
	onClick(a.copy, a.copyLink)
	onClick(a.dismiss, func() { a.showNotice(nil) })
	// An old link's notice: move the link to the newest model version.
	onClick(a.upgrade, func() {
		a.state.Inputs.Version = model.Version
		a.update()
		if r := a.doc.Call("getElementById", "results-heading"); r.Truthy() {
			r.Call("setAttribute", "tabindex", "-1")
			r.Call("focus") // the button hides itself; keep the keyboard's place
		}
	})
	a.exports.bind(a)
	on(js.Global(), "hashchange", func(js.Value) {
		lang := a.state.Lang
		a.load(a.hash())
		if a.state.Lang != lang {
			a.localize()
		}
		a.render()
		a.writeShare()
		a.post()
		a.speak()
	})
	if a.iframe != nil {
		on(a.iframe.Underlying(), "load", func(js.Value) { a.post() })
		// The spiral may also ask for the state once its own program runs.
		on(js.Global(), "message", func(m js.Value) {
			if m.Get("origin").String() != a.origin() ||
				!m.Get("source").Equal(a.iframe.Underlying().Get("contentWindow")) {
				return
			}
			if d := m.Get("data"); d.Type() == js.TypeObject && d.Get("type").Equal(js.ValueOf("dilemma:ready")) {
				a.post()
			}
		})
	}

}

// setPosture returns in with the posture of radio i of a posture group
// (us-offense, us-defense, china-offense, china-defense) chosen.
func setPosture(in model.Inputs, i int) model.Inputs {
	p := model.Defense
	if i%2 == 0 {
		p = model.Offense
	}
	if i >= 2 {
		in.China = p
	} else {
		in.US = p
	}
	return in
}

// enableSliders turns the sliders on: the served HTML disables them until
// this program can answer them.
func (a *app) enableSliders() {
	for _, el := range a.sliders {
		el.SetDisabled(false)
	}
}

// enableControls turns on the controls that the served HTML disables until
// this program can answer them.
func (a *app) enableControls() {
	for _, el := range a.radios {
		if el != nil {
			el.SetDisabled(false)
		}
	}
	if a.preset != nil {
		a.preset.SetDisabled(false)
	}
	enable(a.reset, a.copy, a.upgrade)
	a.exports.enable()
	a.explainer.bind(a)
	a.explainer.enable()
	a.uncertainty.bind(a)
	a.uncertainty.enable()
	a.phaseMap.bind(a)
	a.phaseMap.enable()
	a.compare.bind(a)
	a.citer.bind(a)
	a.citer.enable()
	a.tools.bind(a)
	a.tools.enable()
	a.scenarios.bind(a)
	a.keys.bind(a)
	a.theme.bind(a)
}

// resetToBaseline puts the inputs back to the paper's 2018 baseline (the
// Reset button and the R key).
func (a *app) resetToBaseline() {
	a.state.Inputs, a.state.Preset = model.Default(), ""
	a.showNotice(nil)
	a.update()
}
