//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// mcSlice is how many samples the page draws per task: the Monte Carlo runs
// off the input path, in a task of its own after the change, and in slices
// of this size when there are more samples, each leaving the browser free
// to paint and to take the next input. 10,000 samples (the default) take
// about 30 ms in headless Chromium on a loaded 2-core machine, under the
// 50 ms of a long task; cutting them finer let the browser's paints in
// between and delayed the answer by more than it saved (measured, without
// the spiral's iframe: 115 ms from the key to the drawn answer with slices
// of 4,000, 57 ms in one task).
const mcSlice = 10000

// uncertainty is the calculator's "How sure is the answer" section and the
// inputs' range controls. When some input is a range it runs the Monte
// Carlo after each change, in slices between tasks, and draws the result;
// on the embed, and for a state without ranges, it does nothing.
type uncertainty struct {
	doc     js.Value
	spreads [len(model.Params)]*dom.HTMLInputElement
	ranges  [len(model.Params)]*written[string]

	section               *written[bool]
	runaway, runawayValue *written[string]
	intensity             *written[string]
	worldShares           [len(model.Worlds)]*written[string]
	worldCells            [len(model.Worlds)]js.Value
	histogram, tornado    js.Value // canvases
	histAlt, tornAlt      *written[string]
	histBody, tornBody    js.Value // the tables' <tbody>
	samples               *dom.HTMLButtonElement
	samplesShown          *written[bool]
	canvas2D              canvas2D

	scratch  model.MCScratch
	run      *model.MCRun
	runFor   string // the key of the state the run is for
	result   model.Uncertainty
	resultOf string // the key of the state result is for; "" for none
	drawnFor string // the key and language last drawn
	next     js.Func
	port     js.Value // a MessageChannel's port that runs next: a task without setTimeout's 4 ms clamp
	state    *view.State
	theme    string

	// Timing for make bench, on #runaway: data-compute-ms is the time the
	// slices took, data-latency-ms the time from the change that started
	// the run to the drawn result.
	started, compute   float64
	computeMs, latency *written[string]
}

// bindUncertainty finds the section and the range controls (page: required
// on the calculator, optional in the embed).
func bindUncertainty(page lookup, state *view.State) *uncertainty {
	u := &uncertainty{doc: page.doc, state: state}
	for i, p := range model.Params {
		u.spreads[i] = page.input(p.Key + "-spread")
		u.ranges[i] = newText(page.byID(p.Key + "-range"))
	}
	sec := page.byID("uncertainty")
	u.section = newShown(sec)
	r := page.byID("runaway")
	u.runaway, u.runawayValue = newText(r), newAttr(r, "data-value")
	u.computeMs, u.latency = newAttr(r, "data-compute-ms"), newAttr(r, "data-latency-ms")
	u.intensity = newText(page.byID("uncertainty-intensity"))
	for i, w := range model.Worlds {
		u.worldCells[i] = page.byID("share-" + w.String())
		el := js.Null()
		if u.worldCells[i].Truthy() {
			el = u.worldCells[i].Call("querySelector", ".share-value")
		}
		u.worldShares[i] = newText(el)
	}
	u.histogram, u.tornado = page.byID("chart-histogram"), page.byID("chart-tornado")
	u.histAlt, u.tornAlt = newText(page.byID("histogram-alt")), newText(page.byID("tornado-alt"))
	u.histBody, u.tornBody = tbody(page.byID("histogram-table")), tbody(page.byID("tornado-table"))
	u.samples = page.button("download-samples")
	if u.samples != nil {
		u.samplesShown = newShown(u.samples.Underlying())
	} else {
		u.samplesShown = newShown(js.Null())
	}
	u.next = js.FuncOf(func(js.Value, []js.Value) any {
		u.step()
		return nil
	})
	if mc := js.Global().Get("MessageChannel"); mc.Truthy() {
		ch := mc.New()
		ch.Get("port1").Set("onmessage", u.next)
		u.port = ch.Get("port2")
	}
	return u
}

func tbody(table js.Value) js.Value {
	if !table.Truthy() {
		return js.Null()
	}
	return table.Call("querySelector", "tbody")
}

// present reports whether the page has the section (the calculator does,
// once its panels are bound; before that u is nil).
func (u *uncertainty) present() bool { return u != nil && u.histogram.Truthy() }

// bind adds the range controls' listeners and the samples' download, and
// starts the Monte Carlo of a link that came with ranges.
func (u *uncertainty) bind(a *app) {
	if !u.present() {
		return
	}
	defer u.update(a.state, view.New(a.state))
	for i, el := range u.spreads {
		if el == nil {
			continue
		}
		on(el.Underlying(), "input", func(js.Value) {
			v, err := strconv.ParseFloat(el.Value(), 64)
			if err != nil {
				return
			}
			a.state.Spread[i] = math.Round(v*100) / 100
			a.changed()
		})
	}
	onClick(u.samples, func() {
		if u.resultOf == "" || u.resultOf != u.key(a.state) {
			return
		}
		b := export.SamplesCSV(u.result, &u.scratch)
		a.exports.saveBytes(a, b, nil, "text/csv", view.FileName(a.state, "samples.csv"))
	})
	if darkQuery.Truthy() {
		on(darkQuery, "change", func(js.Value) { u.drawnFor = ""; u.draw(a.state) })
	}
}

// enable turns the range controls on.
func (u *uncertainty) enable() {
	if !u.present() {
		return
	}
	for _, el := range u.spreads {
		if el != nil {
			el.SetDisabled(false)
		}
	}
	enable(u.samples)
}

// key identifies what the Monte Carlo depends on: the inputs, their ranges,
// the postures, the model version, the samples and the seed.
func (u *uncertainty) key(s view.State) string {
	b := model.AppendEncodeRanges(nil, s.Inputs, s.Ranges())
	b = strconv.AppendInt(append(b, '/'), int64(s.MCSamples()), 10)
	b = strconv.AppendUint(append(b, '/'), s.MCSeed(), 10)
	return string(b)
}

// update writes the range controls for v and, when some input is a range,
// starts the Monte Carlo for the state (unless its result is shown or
// running already); without ranges it hides the section.
func (u *uncertainty) update(s view.State, v view.View) {
	if !u.present() {
		return
	}
	for i, sl := range v.Sliders {
		u.ranges[i].set(sl.RangeText)
		if el := u.spreads[i]; el != nil {
			if got, err := strconv.ParseFloat(el.Value(), 64); err != nil || math.Abs(got-s.Spread[i]) > 1e-9 {
				el.SetValue(sl.Spread)
			}
		}
	}
	u.theme = s.Theme
	if !s.Uncertain() {
		u.run, u.runFor = nil, ""
		u.section.set(false)
		u.samplesShown.set(false)
		return
	}
	u.section.set(true)
	u.samplesShown.set(true)
	k := u.key(s)
	if k == u.resultOf {
		u.draw(s) // the language or the theme may have changed
		return
	}
	if k == u.runFor {
		return // running
	}
	u.run = model.NewMCRun(s.Inputs, s.Ranges(), s.MCSamples(), s.MCSeed(), &u.scratch)
	u.runFor = k
	u.started, u.compute = now(), 0
	u.runaway.set(i18n.T(s.Lang, "uncertainty.pending"))
	u.schedule()
}

// schedule runs step in a task of its own, after the browser has handled
// what is waiting (input, paint).
func (u *uncertainty) schedule() {
	if u.port.Truthy() {
		u.port.Call("postMessage", 0)
		return
	}
	js.Global().Call("setTimeout", u.next, 0)
}

// step draws one slice of samples, then schedules the next or shows the
// result.
func (u *uncertainty) step() {
	if u.run == nil {
		return
	}
	t0 := now()
	if !u.run.Step(mcSlice) {
		u.compute += now() - t0
		u.schedule()
		return
	}
	u.result = u.run.Result()
	u.compute += now() - t0
	u.resultOf, u.run, u.runFor = u.runFor, nil, ""
	u.draw(*u.state)
	u.computeMs.set(strconv.FormatFloat(u.compute, 'f', 1, 64))
	u.latency.set(strconv.FormatFloat(now()-u.started, 'f', 1, 64))
}

// now returns performance.now(), in milliseconds.
func now() float64 { return js.Global().Get("performance").Call("now").Float() }

// draw writes the result into the section in the state's language.
func (u *uncertainty) draw(s view.State) {
	if u.resultOf == "" || u.resultOf != u.key(s) {
		return
	}
	dark := isDark(u.theme)
	drawKey := u.resultOf + "/" + s.Lang + "/" + strconv.FormatBool(dark)
	if drawKey == u.drawnFor {
		return
	}
	u.drawnFor = drawKey
	v := view.NewUncertainty(s.Lang, u.result)
	u.runaway.set(v.Runaway)
	u.runawayValue.set(v.RunawayValue)
	u.intensity.set(v.Intensity)
	for i, w := range v.Worlds {
		u.worldShares[i].set(w.Share)
		if c := u.worldCells[i]; c.Truthy() {
			c.Get("style").Call("setProperty", "--share", strconv.FormatFloat(w.Value, 'f', 3, 64))
		}
	}
	u.histAlt.set(v.HistogramAlt)
	u.tornAlt.set(v.TornadoAlt)
	rows := make([][]string, len(v.Histogram))
	for i, h := range v.Histogram {
		rows[i] = []string{h.From, h.To, h.Share}
	}
	u.fillTable(u.histBody, rows)
	rows = make([][]string, len(v.Tornado))
	var bars [len(model.Params)]figure.TornadoBar
	text := figure.ChartText{Axis: i18n.T(s.Lang, "result.intensity"), Number: func(x float64) string { return i18n.Number(s.Lang, x, 2) }}
	for i, t := range v.Tornado {
		rows[i] = []string{t.Name, t.Low, t.High, t.R2}
		bars[i] = figure.TornadoBar{Low: t.LowValue, High: t.HighValue}
		text.Names[i] = t.Name
	}
	u.fillTable(u.tornBody, rows)
	u.paint(u.histogram, 180, func(c figure.Canvas, w, h, scale float64) {
		figure.DrawHistogram(c, w, h, scale, u.result.Histogram, dark, text)
	})
	u.paint(u.tornado, 170, func(c figure.Canvas, w, h, scale float64) {
		figure.DrawTornado(c, w, h, scale, bars, dark, text)
	})
}

// fillTable replaces the rows of body by rows (the first cell a row
// header).
func (u *uncertainty) fillTable(body js.Value, rows [][]string) {
	if !body.Truthy() {
		return
	}
	body.Call("replaceChildren")
	for _, r := range rows {
		tr := u.doc.Call("createElement", "tr")
		for j, cell := range r {
			tag := "td"
			if j == 0 {
				tag = "th"
			}
			c := u.doc.Call("createElement", tag)
			if j == 0 {
				c.Call("setAttribute", "scope", "row")
			}
			c.Set("textContent", cell)
			tr.Call("append", c)
		}
		body.Call("append", tr)
	}
}

// paint sizes canvas to its CSS width × cssHeight at the device's pixel
// ratio and draws on it through figure's Canvas.
func (u *uncertainty) paint(canvas js.Value, cssHeight float64, draw func(c figure.Canvas, w, h, scale float64)) {
	if !canvas.Truthy() {
		return
	}
	scale := js.Global().Get("devicePixelRatio").Float()
	if scale <= 0 {
		scale = 1
	}
	cssW := canvas.Get("clientWidth").Float()
	if cssW <= 0 {
		cssW = 320
	}
	w, h := math.Round(cssW*scale), math.Round(cssHeight*scale)
	canvas.Set("width", w)
	canvas.Set("height", h)
	u.canvas2D = canvas2D{ctx: canvas.Call("getContext", "2d")}
	if !u.canvas2D.ctx.Truthy() {
		return
	}
	draw(&u.canvas2D, w, h, scale)
}
