//go:build js && wasm

package main

import (
	"math"
	"strconv"

	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// render writes the view of the current state into the page.
func (a *app) render() {
	v := view.New(a.state)
	o := &a.out
	for i, s := range v.Sliders {
		// The browser writes a range's value its own way ("1", not
		// "1.00"), so compare numbers.
		want := model.Params[i].Value(v.Assessment.Inputs)
		if got, err := strconv.ParseFloat(a.sliders[i].Value(), 64); err != nil || math.Abs(got-want) > 1e-9 {
			a.sliders[i].SetValue(s.Value)
		}
		o.values[i].set(s.Value)
	}
	for i, on := range [...]bool{v.USOffense, !v.USOffense, v.ChinaOffense, !v.ChinaOffense} {
		if r := a.radios[i]; r != nil && r.Checked() != on {
			r.SetChecked(on)
		}
	}
	if a.preset != nil && a.preset.Value() != v.Preset {
		a.preset.SetValue(v.Preset)
	}
	o.quote.set(v.PresetQuote)
	o.quoteShown.set(v.PresetQuote != "")
	o.source.set(v.PresetSource)
	o.sourceShown.set(v.PresetSource != "")
	o.note.set(v.PresetNote)
	o.noteOn.set(v.PresetNote != "")

	o.intensity.set(v.IntensityText)
	o.intensityValue.set(v.IntensityValue)
	o.band.set(v.Band)
	o.meter.set(v.IntensityShort)
	o.world.set(v.WorldName)
	o.worldValue.set(v.World)
	o.worldDesc.set(v.WorldDesc)
	if o.cellWorld != v.World {
		for i, c := range v.Cells {
			if !o.cells[i].Truthy() {
				continue
			}
			o.cells[i].Get("classList").Call("toggle", "current", c.Current)
			if c.Current {
				o.cells[i].Call("setAttribute", "aria-current", "true")
			} else {
				o.cells[i].Call("removeAttribute", "aria-current")
			}
		}
		o.cellWorld = v.World
	}
	o.markerX.set(v.MarkerX + "%")
	o.markerY.set(v.MarkerY + "%")

	o.margin.set(v.MarginText)
	o.marginValue.set(v.MarginValue)
	o.stability.set(v.StabilityText)
	o.stabilityValue.set(v.StabilityValue())
	for i, c := range v.Posen {
		p := o.posen[i]
		if c.Met {
			p.met.set("true")
		} else {
			p.met.set("false")
		}
		p.mark.set(c.Mark)
		p.state.set(c.State)
		p.txt.set(c.Text)
	}
	o.posenCount.set(v.PosenCount)
	o.power.set(v.Power)
	o.offense.set(v.Offense)
	o.distinct.set(v.Distinct)
	o.spiral.set(v.SpiralText)
	o.barIntensity.set(v.IntensityText)
	o.barWorld.set(v.WorldName)
	o.version.set(v.VersionText)
	o.versionValue.set(v.ModelVersion)
	o.notice.set(v.VersionNotice)
	o.noticeShown.set(v.Outdated)
	o.upgrade.set(v.UpgradeLabel)
	o.theme.set(a.state.Theme)
	a.theme.show(a.state.Theme)
	if a.state.NoControls {
		o.controls.set("0")
	} else {
		o.controls.set("1")
	}
	a.uncertainty.update(a.state, v)
	a.useAPI.update(a.state)
	a.citer.update(a, v)
	a.phaseMap.update(a.state)
	a.compare.update(a.state, v)
	a.explainer.later()
}

// localize rewrites every catalog text of the page in lang: the text of
// the elements marked data-i18n, the aria-label and title of those marked
// data-i18n-aria-label and data-i18n-title, the document's title and
// description, and <html lang>.
func localize(doc js.Value, lang string) {
	if doc.Get("documentElement").Call("getAttribute", "lang").String() != lang {
		doc.Get("documentElement").Call("setAttribute", "lang", lang)
	}
	for _, m := range [...]struct{ sel, attr string }{
		{"data-i18n", ""},
		{"data-i18n-aria-label", "aria-label"},
		{"data-i18n-title", "title"},
	} {
		els := doc.Call("querySelectorAll", "["+m.sel+"]")
		for i := range els.Length() {
			el := els.Index(i)
			s := i18n.T(lang, el.Call("getAttribute", m.sel).String())
			// Text that is already right is left alone: rewriting it would
			// repaint it, and the browser would count the repaint as the
			// page's largest contentful paint, late, after the wasm started.
			if m.attr == "" {
				if el.Get("textContent").String() != s {
					el.Set("textContent", s)
				}
			} else if el.Call("getAttribute", m.attr).String() != s {
				el.Call("setAttribute", m.attr, s)
			}
		}
	}
	if t := i18n.T(lang, "site.title"); doc.Get("title").String() != t {
		doc.Set("title", t)
	}
	if d := doc.Call("querySelector", `meta[name="description"]`); d.Truthy() {
		d.Call("setAttribute", "content", i18n.T(lang, "site.description"))
	}
}
