//go:build js && wasm

package main

import (
	"errors"
	"math"
	"strconv"

	"syscall/js"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// The outputs are written through syscall/js rather than dom/v2's Element
// interface: every method called through that interface keeps a wrapper for
// each of dom/v2's ~70 element types in the binary, which costs more than
// this whole package (DESIGN.md's size budget for app.wasm).

// byID returns the element with the given id, or null and records an error
// when it is missing, unless err is nil (an optional element).
func byID(doc js.Value, id string, err *error) js.Value {
	el := doc.Call("getElementById", id)
	if el.IsNull() && err != nil && *err == nil {
		*err = errors.New("app: page element #" + id + " is missing")
	}
	return el
}

// text is an element's text content, written only when it changes.
type text struct {
	el  js.Value
	cur string
}

func newText(el js.Value) *text {
	if !el.Truthy() {
		return &text{el: el}
	}
	return &text{el: el, cur: el.Get("textContent").String()}
}

func (t *text) set(s string) {
	if t.el.Truthy() && s != t.cur {
		t.el.Set("textContent", s)
		t.cur = s
	}
}

// attr is one attribute of an element, written only when it changes.
type attr struct {
	el   js.Value
	name string
	cur  string
}

func newAttr(el js.Value, name string) *attr {
	if !el.Truthy() {
		return &attr{el: el}
	}
	return &attr{el: el, name: name, cur: el.Call("getAttribute", name).String()}
}

func (a *attr) set(s string) {
	if a.el.Truthy() && s != a.cur {
		a.el.Call("setAttribute", a.name, s)
		a.cur = s
	}
}

// prop is a property of an element, such as a textarea's value, written
// only when it changes.
type prop struct {
	el   js.Value
	name string
	cur  string
}

func (p *prop) set(s string) {
	if p.el.Truthy() && s != p.cur {
		p.el.Set(p.name, s)
		p.cur = s
	}
}

// shown is an element's visibility, by its hidden property.
type shown struct {
	el  js.Value
	cur bool
}

func newShown(el js.Value) *shown {
	if !el.Truthy() {
		return &shown{el: el}
	}
	return &shown{el: el, cur: !el.Get("hidden").Bool()}
}

func (s *shown) set(v bool) {
	if s.el.Truthy() && v != s.cur {
		s.el.Set("hidden", !v)
		s.cur = v
	}
}

// check is one of Posen's conditions in the list.
type check struct {
	met              *attr
	mark, state, txt *text
}

// outputs are the elements a View is written into.
type outputs struct {
	values                          [len(model.Params)]*text
	quote, source, note             *text
	quoteShown, sourceShown, noteOn *shown
	intensity                       *text
	intensityValue, band, meter     *attr
	world, worldDesc                *text
	worldValue                      *attr
	cells                           [len(model.Worlds)]js.Value
	cellWorld                       string
	markerX, markerY                *attr
	margin, stability               *text
	marginValue, stabilityValue     *attr
	posen                           [3]check
	posenCount                      *text
	power, offense, distinct        *text
	spiral                          *text
	announce, copyStatus            *text
	barIntensity, barWorld          *text
	version                         *text
	versionValue                    *attr
	notice                          *text
	noticeShown                     *shown
	upgrade                         *text

	// The display flags, on <html>: data-theme and data-controls.
	theme, controls *attr
	// Sharing, written with the URL fragment (app.writeShare).
	snippet                  *prop
	openFull                 *attr
	ogTitle, ogDesc, ogImage *attr
	ogURL                    *attr
	twTitle, twDesc, twImage *attr
	oembed                   *attr
}

// bindOutputs finds the elements of the outputs: the slider values and
// the headline results are required (core); the others are required on the
// calculator page (page), which is nil for the embed, where they are
// optional.
func bindOutputs(doc js.Value, core, page *error) outputs {
	err := page
	el := func(id string) js.Value { return byID(doc, id, err) }
	var o outputs
	for i, p := range model.Params {
		o.values[i] = newText(byID(doc, p.Key+"-value", core))
	}
	o.quote, o.quoteShown = newText(el("preset-quote")), newShown(el("preset-quote"))
	o.source, o.sourceShown = newText(el("preset-source")), newShown(el("preset-source"))
	o.note, o.noteOn = newText(el("preset-note")), newShown(el("preset-note"))
	in := byID(doc, "intensity", core)
	o.intensity, o.intensityValue, o.band = newText(in), newAttr(in, "data-value"), newAttr(in, "data-band")
	o.meter = newAttr(el("intensity-meter"), "value")
	w := byID(doc, "world", core)
	o.world, o.worldValue = newText(w), newAttr(w, "data-value")
	o.worldDesc = newText(el("world-desc"))
	for i, wd := range model.Worlds {
		o.cells[i] = doc.Call("querySelector", ".cell-"+wd.String())
		if o.cells[i].IsNull() && err != nil && *err == nil {
			*err = errMissingCell
		}
	}
	m := el("marker")
	o.markerX, o.markerY = newAttr(m, "cx"), newAttr(m, "cy")
	o.margin, o.marginValue = newText(el("margin")), newAttr(el("margin"), "data-value")
	o.stability, o.stabilityValue = newText(el("stability")), newAttr(el("stability"), "data-value")
	for i, id := range [...]string{"intentions", "hegemony", "ideology"} {
		li := el("posen-" + id)
		c := check{met: newAttr(li, "data-met")}
		spans := js.Null()
		if li.Truthy() {
			spans = li.Call("querySelectorAll", "span")
		}
		if spans.Truthy() && spans.Length() == 3 {
			c.mark, c.state, c.txt = newText(spans.Index(0)), newText(spans.Index(1)), newText(spans.Index(2))
		} else {
			if err != nil && *err == nil && li.Truthy() {
				*err = errors.New("app: #posen-" + id + " needs three spans")
			}
			c.mark, c.state, c.txt = newText(js.Null()), newText(js.Null()), newText(js.Null())
		}
		o.posen[i] = c
	}
	o.posenCount = newText(el("posen-count"))
	o.power, o.offense, o.distinct = newText(el("metric-power")), newText(el("metric-offense")), newText(el("metric-distinct"))
	o.spiral = newText(el("spiral-desc"))
	o.announce = newText(el("announce"))
	o.copyStatus = newText(el("copy-status"))
	o.barIntensity, o.barWorld = newText(el("bar-intensity")), newText(el("bar-world"))
	// The model version: shown in the embed too (optional there).
	mv := byID(doc, "model-version", page)
	o.version, o.versionValue = newText(mv), newAttr(mv, "data-value")
	o.notice, o.noticeShown = newText(el("version-notice-text")), newShown(el("version-notice"))
	o.upgrade = newText(el("use-newest"))

	root := doc.Get("documentElement")
	o.theme, o.controls = newAttr(root, "data-theme"), newAttr(root, "data-controls")
	o.snippet = &prop{el: el("embed-code"), name: "value"}
	o.openFull = newAttr(byID(doc, "open-full", nil), "href")
	meta := func(sel, name string) *attr { return newAttr(doc.Call("querySelector", sel), name) }
	o.ogTitle = meta(`meta[property="og:title"]`, "content")
	o.ogDesc = meta(`meta[property="og:description"]`, "content")
	o.ogImage = meta(`meta[property="og:image"]`, "content")
	o.ogURL = meta(`meta[property="og:url"]`, "content")
	o.twTitle = meta(`meta[name="twitter:title"]`, "content")
	o.twDesc = meta(`meta[name="twitter:description"]`, "content")
	o.twImage = meta(`meta[name="twitter:image"]`, "content")
	o.oembed = meta(`link[type="application/json+oembed"]`, "href")
	return o
}

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
	if v.Stable {
		o.stabilityValue.set("stable")
	} else {
		o.stabilityValue.set("diverging")
	}
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
	if a.state.NoControls {
		o.controls.set("0")
	} else {
		o.controls.set("1")
	}
	a.xp.later()
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

var errMissingCell = errors.New("app: a cell of the Jervis grid is missing")
