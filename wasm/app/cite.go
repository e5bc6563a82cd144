//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/cite"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// citer is the "Cite this" disclosure (#cite), the references of the
// current state in four formats (web/cite) with their copy buttons, and
// what only the printed page shows: the state (#print-state-text), a still
// of the spiral (canvas#print-spiral: the Ebiten iframe does not print
// reliably) and the APA reference (#print-apa). The four texts are written
// only while the disclosure is open (or when it opens); the still only for
// printing (beforeprint, or the print media query turning on).
type citer struct {
	panel   js.Value // <details id="cite">
	texts   [len(cite.Formats)]js.Value
	buttons [len(cite.Formats)]*dom.HTMLButtonElement
	status  *written[string]
	done    *timer
	api     *written[string] // the href of "The same from the API" (#cite-api)

	printState           *written[string]
	printAPA, printPaper *written[string] // the APA reference, before its link and the paper's
	printLink, printHref *written[string] // the permalink, as a link
	still                js.Value         // canvas#print-spiral
	stillOf              model.Inputs     // the inputs the still shows
	stillDrawn           bool

	shown string // the permalink and date the texts were written for
}

// bindCiter finds the disclosure and the print-only parts: strictly on the
// calculator's page; the embed has none, and nothing is written.
func bindCiter(page lookup) *citer {
	c := &citer{
		panel:      page.byID("cite"),
		status:     newText(page.byID("cite-status")),
		api:        newAttr(page.byID("cite-api"), "href"),
		printState: newText(page.byID("print-state-text")),
		printAPA:   newText(page.byID("print-apa-calculator")),
		printPaper: newText(page.byID("print-apa-paper")),
		printLink:  newText(page.byID("print-apa-link")),
		printHref:  newAttr(page.byID("print-apa-link"), "href"),
		still:      page.byID("print-spiral"),
	}
	for i, f := range cite.Formats {
		c.texts[i] = page.byID("cite-" + f.String())
		c.buttons[i] = page.button("copy-cite-" + f.String())
	}
	c.done = newTimer(func() { c.status.set("") })
	return c
}

// bind adds the listeners: the copy buttons, the disclosure's opening, and
// printing.
func (c *citer) bind(a *app) {
	if c == nil || !c.panel.Truthy() {
		return
	}
	for i := range cite.Formats {
		field := c.texts[i]
		onClick(c.buttons[i], func() {
			c.write(a, true)
			a.copyText(field.Get("value").String(), field, c.status, c.done, "cite.copied", "cite.manual")
		})
	}
	on(c.panel, "toggle", func(js.Value) { c.write(a, false) })
	// The first render ran before the panel was bound.
	c.update(a, view.New(a.state))
	// The still is drawn for printing only; Chromium fires beforeprint for
	// the print dialog and for printing to PDF, and the media query covers
	// print previews that do not.
	on(js.Global(), "beforeprint", func(js.Value) { c.prepare(a) })
	if mm := js.Global().Get("matchMedia"); mm.Truthy() {
		q := mm.Invoke("print")
		on(q, "change", func(ev js.Value) {
			if ev.Get("matches").Truthy() {
				c.prepare(a)
			}
		})
	}
}

// enable turns the copy buttons on.
func (c *citer) enable() {
	if c != nil {
		enable(c.buttons[:]...)
	}
}

// calculator returns the cited calculator of a's state: its permalink at
// the page's origin (the page's whole fragment, as "Copy link" gives it:
// ranges, lang=, compare=1 and B's keys, view=, theme=), its inputs and
// today's date. /api/v1/cite?<the same fragment> gives the same link.
func (c *citer) calculator(a *app) cite.Calculator {
	s := a.state
	d := js.Global().Get("Date").New()
	return cite.Calculator{
		URL:      cite.Permalink(a.origin(), s.Fragment()),
		Inputs:   s.Inputs,
		Accessed: cite.Date{Year: d.Call("getFullYear").Int(), Month: d.Call("getMonth").Int() + 1, Day: d.Call("getDate").Int()},
	}
}

// update writes what follows the state: the printed state and APA
// reference always (one short text each), the four texts when the
// disclosure is open, and the still when it was drawn for another state
// (it is drawn again on printing).
func (c *citer) update(a *app, v view.View) {
	if c == nil || !c.panel.Truthy() {
		return
	}
	cal := c.calculator(a)
	card := view.NewCard(v, cal.URL)
	c.printState.set(strings.Join(card.Inputs[:], " · ") + " · " + card.Postures)
	calc, paper, _ := strings.Cut(cite.Text(cite.APA, cal), cal.URL)
	c.printAPA.set(calc)
	c.printLink.set(cal.URL)
	c.printHref.set(cal.URL)
	c.printPaper.set(strings.TrimSpace(paper))
	// The API's link gives this state's APA text: the same keys.
	c.api.set("/api/v1/cite?" + a.state.Fragment() + "&format=apa")
	c.write(a, false)
	if c.stillDrawn && c.stillOf != a.state.Inputs {
		c.stillDrawn = false
	}
}

// write writes the four texts if the disclosure is open (or force), and
// if the state, its link or the date changed since they were written.
func (c *citer) write(a *app, force bool) {
	if !force && !c.panel.Get("open").Truthy() {
		return
	}
	cal := c.calculator(a)
	key := cal.URL + " " + cal.Accessed.String()
	if key == c.shown {
		return
	}
	c.shown = key
	for i, f := range cite.Formats {
		c.texts[i].Set("value", cite.Text(f, cal))
	}
}

// prepare makes the page ready to print: the still of the spiral, and
// "why this result", which the page otherwise writes when the reader
// pauses, for the current state.
func (c *citer) prepare(a *app) {
	c.drawStill(a.state.Inputs)
	a.explainer.writeWhy(a.state)
}

// drawStill draws the fully wound spiral of in on the print canvas, in the
// light palette (paper is white), at once: printing lays the page out
// right after beforeprint.
func (c *citer) drawStill(in model.Inputs) {
	if !c.still.Truthy() || (c.stillDrawn && c.stillOf == in) {
		return
	}
	ctx := c.still.Call("getContext", "2d")
	if !ctx.Truthy() {
		return
	}
	w, h := c.still.Get("width").Float(), c.still.Get("height").Float()
	pts := model.Spiral(nil, in, figure.MaxMoves)
	l := figure.NewPlotLayout(w, h, 2)
	pal := figure.PaletteFor(model.Assess(in).World, false)
	cv := &canvas2D{ctx: ctx}
	cv.Fill(figure.Rect{X0: 0, Y0: 0, X1: w, Y1: h}, pal.Background)
	var path figure.Path
	figure.DrawPlot(cv, &path, &l, pts, pal)
	c.stillOf, c.stillDrawn = in, true
	c.still.Get("dataset").Set("state", in.Encode())
}
