//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// explainer is the calculator page's explanation, policy levers, history
// and evidence, and its language picker; on the embed every element is
// null and every method does nothing.
type explainer struct {
	doc js.Value

	// "Why this result", rewritten once the changes pause for whyAfter
	// (idle), so that a drag pays for the numbers only: the explanation
	// assesses the state some twenty times and writes a dozen sentences.
	summary, world, driver, flip, race *written[string]
	driverInput                        *written[string]
	quotes                             js.Value
	quotesKey                          string // the quotes shown, to skip rewriting them
	idle                               *timer
	whyFor                             view.State // the state the explanation was written for

	lang        *dom.HTMLSelectElement
	levers      []*dom.HTMLButtonElement
	leverStatus *written[string]
	lastLever   string       // the lever last applied, "" if none
	leverBefore model.Inputs // the state it was applied to

	prev, next          *dom.HTMLButtonElement
	steps               []*dom.HTMLButtonElement // the timeline's buttons, one per episode
	position            *written[string]
	episode             *written[bool]
	title, date         *written[string]
	titleEpisode        *written[string]
	judgments           js.Value
	quote, source, note *written[string]
	noteShown           *written[bool]
	step                int // the episode shown, −1 for none
	history             []view.Episode
}

// bindExplainer finds the elements (page: required on the calculator,
// optional in the embed) and makes the timer that writes the explanation
// of *state.
func bindExplainer(page lookup, state *view.State) *explainer {
	el := page.byID
	x := &explainer{doc: page.doc, step: -1}
	x.idle = newTimer(func() { x.writeWhy(*state) })
	x.summary, x.world, x.driver = newText(el("why-summary")), newText(el("why-world")), newText(el("why-driver"))
	x.driverInput = newAttr(el("why-driver"), "data-input")
	x.flip, x.race = newText(el("why-flip")), newText(el("why-race"))
	x.quotes = el("why-quotes")
	x.lang = page.selectEl("lang")
	x.leverStatus = newText(el("lever-status"))
	for _, lv := range view.Levers("") {
		x.levers = append(x.levers, page.button("lever-"+lv.ID))
	}
	x.prev, x.next = page.button("history-prev"), page.button("history-next")
	x.history = view.History("")
	for _, ep := range x.history {
		x.steps = append(x.steps, page.button("history-ep-"+ep.ID))
	}
	x.position = newText(el("history-position"))
	x.episode = newShown(el("history-episode"))
	x.title, x.titleEpisode = newText(el("history-title")), newAttr(el("history-title"), "data-episode")
	x.date = newText(el("history-date"))
	x.judgments = el("history-judgments")
	x.quote, x.source = newText(el("history-quote")), newText(el("history-source"))
	x.note, x.noteShown = newText(el("history-note")), newShown(el("history-note"))
	return x
}

// present reports whether the page has this section (the calculator does,
// the embed does not).
func (x *explainer) present() bool { return x.quotes.Truthy() }

// bind adds the listeners of the language picker, the levers and the
// timeline.
func (x *explainer) bind(a *app) {
	if !x.present() {
		return
	}
	on(x.lang.Underlying(), "change", func(js.Value) {
		lang := x.lang.Value()
		storeLang(lang)
		a.setLang(lang)
	})
	for i, b := range x.levers {
		id := view.Levers("")[i].ID
		onClick(b, func() { a.applyLever(id) })
	}
	onClick(x.prev, func() { a.showEpisode(x.step - 1) })
	onClick(x.next, func() { a.showEpisode(x.step + 1) })
	for i, b := range x.steps {
		onClick(b, func() { a.showEpisode(i) })
	}
}

// enable turns on the controls that the served HTML disables.
func (x *explainer) enable() {
	if !x.present() {
		return
	}
	x.lang.SetDisabled(false)
	enable(x.levers...)
	enable(x.steps...)
	x.writeNav()
}

// whyAfter is how long the changes must pause before the explanation is
// rewritten: shorter than a reader takes to look down from the slider.
const whyAfter = 120 * time.Millisecond

// later rewrites the explanation once the changes pause for whyAfter.
func (x *explainer) later() {
	if x.present() {
		x.idle.after(whyAfter)
	}
}

// writeWhy writes "why this result" for s, unless it shows s already.
func (x *explainer) writeWhy(s view.State) {
	if !x.present() || (s.Inputs == x.whyFor.Inputs && s.Lang == x.whyFor.Lang) {
		return
	}
	x.whyFor = s
	w := view.NewWhy(s.Lang, s.Inputs)
	x.summary.set(w.Summary)
	x.world.set(w.World)
	x.driver.set(w.Driver)
	x.driverInput.set(w.DriverInput)
	x.flip.set(w.Flip)
	x.race.set(w.Race)
	key := s.Lang
	for _, q := range w.Quotes {
		key += " " + q.ID
	}
	if key == x.quotesKey {
		return
	}
	x.quotesKey = key
	x.quotes.Call("replaceChildren")
	for _, q := range w.Quotes {
		li := x.doc.Call("createElement", "li")
		li.Call("setAttribute", "data-quote", q.ID)
		bq := x.doc.Call("createElement", "blockquote")
		bq.Set("textContent", q.Text)
		cite := x.doc.Call("createElement", "cite")
		cite.Set("textContent", q.Source)
		li.Call("append", bq, " ", cite)
		x.quotes.Call("append", li)
	}
}

// relabel rewrites the levers, the timeline and the evidence in lang.
func (x *explainer) relabel(lang string) {
	if !x.present() {
		return
	}
	set := func(id, s string) {
		if el := x.doc.Call("getElementById", id); el.Truthy() {
			el.Set("textContent", s)
		}
	}
	x.lang.SetValue(lang)
	for i, lv := range view.Levers(lang) {
		x.levers[i].Underlying().Set("textContent", lv.Name)
		set("lever-"+lv.ID+"-how", lv.How)
		for j, q := range lv.Quotes {
			n := strconv.Itoa(j)
			set("lever-"+lv.ID+"-quote-"+n, q.Text)
			set("lever-"+lv.ID+"-source-"+n, q.Source)
		}
	}
	x.history = view.History(lang)
	for i, ep := range x.history {
		x.steps[i].Underlying().Set("textContent", ep.Label)
	}
	for _, g := range view.Evidence(lang) {
		set("evidence-"+g.Input+"-heading", g.Heading)
		for _, f := range g.Figures {
			set("figure-"+f.ID+"-label", f.Label)
			set("figure-"+f.ID+"-values", f.Values)
			set("figure-"+f.ID+"-quote", f.Quote.Text)
			set("figure-"+f.ID+"-source", f.Quote.Source)
		}
		if g.Method != "" {
			set("derivation-"+g.Input+"-method", g.Method)
			set("derivation-"+g.Input+"-spread", g.Spread)
			set("derivation-"+g.Input+"-quote", g.Quote.Text)
			set("derivation-"+g.Input+"-source", g.Quote.Source)
		}
	}
	if x.lastLever != "" {
		_, s, _ := view.ApplyLever(lang, x.lastLever, x.leverBefore)
		x.leverStatus.set(s)
	}
	x.writeEpisode(lang)
}

// writeNav brings the timeline's buttons and position up to date.
func (x *explainer) writeNav() {
	x.prev.SetDisabled(x.step <= 0)
	x.next.SetDisabled(x.step >= len(x.history)-1)
	for i, b := range x.steps {
		if i == x.step {
			b.Underlying().Call("setAttribute", "aria-current", "step")
		} else {
			b.Underlying().Call("removeAttribute", "aria-current")
		}
	}
}

// writeEpisode shows the current episode in lang.
func (x *explainer) writeEpisode(lang string) {
	x.position.set(view.HistoryPosition(lang, x.step, len(x.history)))
	x.writeNav()
	if x.step < 0 {
		x.episode.set(false)
		return
	}
	ep := x.history[x.step]
	x.title.set(ep.Title)
	x.titleEpisode.set(ep.ID)
	x.date.set(ep.Date)
	x.judgments.Call("replaceChildren")
	for _, j := range ep.Judgments {
		li := x.doc.Call("createElement", "li")
		li.Call("setAttribute", "data-input", j.Input)
		b := x.doc.Call("createElement", "strong")
		b.Set("textContent", j.Name)
		li.Call("append", b, " ", j.Text)
		x.judgments.Call("append", li)
	}
	x.quote.set(ep.Quote.Text)
	x.source.set(ep.Quote.Source)
	x.note.set(ep.Note)
	x.noteShown.set(ep.Note != "")
	x.episode.set(true)
}

// applyLever applies one of the paper's suggestions to the current state
// and says what it changed.
func (a *app) applyLever(id string) {
	x := a.explainer
	if !x.present() {
		return
	}
	in, s, ok := view.ApplyLever(a.state.Lang, id, a.state.Inputs)
	if !ok {
		return
	}
	x.lastLever, x.leverBefore = id, a.state.Inputs
	a.state.Inputs = in
	x.leverStatus.set(s)
	a.changed()
	a.sayText(s)
}

// showEpisode steps the timeline to episode i (clamped) and sets the
// inputs to the episode's.
func (a *app) showEpisode(i int) {
	x := a.explainer
	i = max(0, min(i, len(x.history)-1))
	x.step = i
	in := x.history[i].Inputs
	in.Version = a.state.Inputs.Version // the timeline keeps the link's model version
	a.state.Inputs = in
	x.writeEpisode(a.state.Lang)
	a.changed()
	a.sayText(x.history[i].Label)
}

// setLang switches the page to lang at run time.
func (a *app) setLang(lang string) {
	if lang == a.state.Lang {
		return
	}
	a.state.Lang = lang
	a.localize()
	a.update()
	// The live region may hold the last announcement in the old language:
	// say the state in the new one at once (the reader asked for it), not
	// after speak's quiet spell.
	a.announce.stop()
	a.sayNow()
}

// localize rewrites every text of the page in the state's language: the
// catalog's texts, the explanation, the levers, the timeline and the
// evidence, and the results.
func (a *app) localize() {
	localize(a.doc, a.state.Lang)
	a.explainer.relabel(a.state.Lang)
	a.explainer.writeWhy(a.state)
}
