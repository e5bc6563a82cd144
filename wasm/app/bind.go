//go:build js && wasm

package main

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// newApp finds the page's elements. Those of the calculator's own controls
// are required on the calculator page and optional in the embed.
func newApp() (*app, error) {
	doc := js.Global().Get("document")
	a := &app{loc: js.Global().Get("location"), doc: doc, state: view.Default()}
	a.mode = doc.Get("documentElement").Call("getAttribute", "data-mode").String()
	if a.mode != modeEmbed {
		a.mode = modePage
	}
	// The sliders, the results and the spiral are on every page (must);
	// the calculator's own controls are required on it and optional in the
	// embed (page).
	var err error
	must := lookup{doc: doc, strict: true, err: &err}
	page := lookup{doc: doc, strict: a.mode == modePage, err: &err}
	for i, p := range model.Params {
		a.sliders[i] = must.input(p.Key)
	}
	for i, id := range [...]string{"us-offense", "us-defense", "china-offense", "china-defense"} {
		a.radios[i] = page.input(id)
	}
	a.preset = page.selectEl("preset")
	a.reset = page.button("reset")
	a.copy = page.button("copy-link")
	a.dismiss = page.button("notice-dismiss")
	a.upgrade = page.button("use-newest")
	a.share = page.input("share-url")
	if a.mode == modeEmbed {
		if el := must.element("spiral-canvas", "HTMLCanvasElement"); el != nil {
			a.drawing = newCanvasSpiral(el.Underlying())
		}
	} else if el := must.element("spiral", "HTMLIFrameElement"); el != nil {
		a.iframe = &dom.HTMLIFrameElement{BasicHTMLElement: el}
	}
	a.notice = page.byID("notice")
	a.list = page.byID("notice-list")
	// The outputs in a task of their own (nothing is bound yet, so nothing
	// can run in between): finding the elements was one task of 40–75 ms
	// at 4× CPU slowdown.
	yieldTask()
	a.out = bindOutputs(must, page)
	// The panels are bound in a later step of the start (app.bindPanels);
	// until then they are absent, and every method on them does nothing.
	a.explainer = &explainer{step: -1}
	if err != nil {
		return nil, err
	}
	a.frame = js.FuncOf(func(js.Value, []js.Value) any {
		a.framePending = false
		a.update()
		return nil
	})
	a.fragment = newTimer(a.writeFragment)
	a.announce = newTimer(a.sayNow)
	a.copyDone = newTimer(func() { a.out.copyStatus.set("") })
	return a, nil
}

// bindPanels finds the elements of the downloads and the explanation,
// levers, history and evidence; it reports a missing one as newApp does.
func (a *app) bindPanels() error {
	var err error
	page := lookup{doc: a.doc, strict: a.mode == modePage, err: &err}
	a.exports = bindExporter(page)
	a.explainer = bindExplainer(page, &a.state)
	a.uncertainty = bindUncertainty(page, &a.state)
	// Half the panels in one task, half in the next: at 4× CPU slowdown the
	// whole took 50 ms, the limit of a task that does not block (make
	// bench's trace). A panel not yet bound is nil, and nil panels ignore a
	// render, as they do before this step.
	yieldTask()
	a.phaseMap = bindPhaseMap(page, &a.state)
	a.useAPI = bindUseAPI(page, a.state)
	a.compare = bindComparer(page)
	a.citer = bindCiter(page)
	a.tools = bindSpiralTools(page)
	if a.mode == modePage {
		a.scenarios = bindScenarios(page)
		a.keys = bindShortcuts(page)
		a.theme = &themePicker{sel: page.selectEl("theme")}
	}
	return err
}

// check is one of Posen's conditions in the list.
type check struct {
	met              *written[string]
	mark, state, txt *written[string]
}

// outputs are the elements a View is written into.
type outputs struct {
	values                          [len(model.Params)]*written[string]
	quote, source, note             *written[string]
	quoteShown, sourceShown, noteOn *written[bool]
	intensity                       *written[string]
	intensityValue, band, meter     *written[string]
	world, worldDesc                *written[string]
	worldValue                      *written[string]
	cells                           [len(model.Worlds)]js.Value
	cellWorld                       string
	markerX, markerY                *written[string]
	margin, stability               *written[string]
	marginValue, stabilityValue     *written[string]
	posen                           [3]check
	posenCount                      *written[string]
	power, offense, distinct        *written[string]
	spiral                          *written[string]
	announce, copyStatus            *written[string]
	barIntensity, barWorld          *written[string]
	version                         *written[string]
	versionValue                    *written[string]
	notice                          *written[string]
	noticeShown                     *written[bool]
	upgrade                         *written[string]

	// The display flags, on <html>: data-theme and data-controls.
	theme, controls *written[string]
	// Sharing, written with the URL fragment (app.writeShare).
	snippet                  *written[string]
	openFull                 *written[string]
	ogTitle, ogDesc, ogImage *written[string]
	ogURL                    *written[string]
	twTitle, twDesc, twImage *written[string]
	oembed                   *written[string]
}

// bindOutputs finds the elements of the outputs: the slider values and
// the headline results on every page (must), the others where the page has
// them (page: required on the calculator, optional in the embed).
func bindOutputs(must, page lookup) outputs {
	doc := page.doc
	el := page.byID
	var o outputs
	for i, p := range model.Params {
		o.values[i] = newText(must.byID(p.Key + "-value"))
	}
	o.quote, o.quoteShown = newText(el("preset-quote")), newShown(el("preset-quote"))
	o.source, o.sourceShown = newText(el("preset-source")), newShown(el("preset-source"))
	o.note, o.noteOn = newText(el("preset-note")), newShown(el("preset-note"))
	in := must.byID("intensity")
	o.intensity, o.intensityValue, o.band = newText(in), newAttr(in, "data-value"), newAttr(in, "data-band")
	o.meter = newAttr(el("intensity-meter"), "value")
	w := must.byID("world")
	o.world, o.worldValue = newText(w), newAttr(w, "data-value")
	o.worldDesc = newText(el("world-desc"))
	for i, wd := range model.Worlds {
		o.cells[i] = doc.Call("querySelector", ".cell-"+wd.String())
		if o.cells[i].IsNull() {
			page.fail("app: the Jervis grid's cell ." + wd.String() + " is missing")
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
			if li.Truthy() {
				page.fail("app: #posen-" + id + " needs three spans")
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
	mv := page.byID("model-version")
	o.version, o.versionValue = newText(mv), newAttr(mv, "data-value")
	o.notice, o.noticeShown = newText(el("version-notice-text")), newShown(el("version-notice"))
	o.upgrade = newText(el("use-newest"))

	root := doc.Get("documentElement")
	o.theme, o.controls = newAttr(root, "data-theme"), newAttr(root, "data-controls")
	o.snippet = newProp(el("embed-code"), "value")
	o.openFull = newAttr(doc.Call("getElementById", "open-full"), "href")
	meta := func(sel, name string) *written[string] { return newAttr(doc.Call("querySelector", sel), name) }
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
