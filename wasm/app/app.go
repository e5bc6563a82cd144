//go:build js && wasm

package main

import (
	"errors"
	"strconv"
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
	upgrade *dom.HTMLButtonElement
	share   *dom.HTMLInputElement
	iframe  *dom.HTMLIFrameElement
	drawing *canvasSpiral // the embed's spiral, drawn in the page
	notice  js.Value
	list    js.Value
	out     outputs
	ex      exporter
	xp      *explainer // explanation, levers, history, evidence, language

	// frame runs update in the next animation frame after a slider's
	// input, which itself writes the headline numbers only (dragged).
	frame        js.Func
	framePending bool

	fragment   *timer // writes the URL fragment
	announce   *timer // fills the live region
	copyDone   *timer // clears the copy confirmation
	lastFrag   time.Time
	lastSpoken time.Time
}

// The controls are dom/v2 types built directly around their js.Value:
// dom/v2's own lookup (GetElementByID and wrapElement) switches over every
// element type it knows, which keeps all of them in the binary, 75 KB of
// brotli'd app.wasm; the event wrappers are built the same way.

// element returns the element with the given id as dom/v2's
// BasicHTMLElement, or nil when it is missing or not an instance of the JS
// class; then it records an error unless err is nil (an optional element):
// the HTML and this program disagree.
func element(doc js.Value, id, class string, err *error) *dom.BasicHTMLElement {
	v := doc.Call("getElementById", id)
	if v.IsNull() || !v.InstanceOf(js.Global().Get(class)) {
		if err != nil && *err == nil {
			*err = errors.New("app: page element #" + id + " is missing or not an " + class)
		}
		return nil
	}
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// on adds fn as a listener for typ events on target. The listeners live as
// long as the page, so their js.Funcs are never released. (dom/v2's
// AddEventListener wraps each event in its own type, by a switch that keeps
// every event type in the binary.)
func on(target js.Value, typ string, fn func(ev js.Value)) {
	target.Call("addEventListener", typ, js.FuncOf(func(_ js.Value, args []js.Value) any {
		fn(args[0])
		return nil
	}))
}

// newApp finds the page's elements. Those of the calculator's own controls
// are required on the calculator page and optional in the embed.
func newApp() (*app, error) {
	doc := js.Global().Get("document")
	a := &app{loc: js.Global().Get("location"), doc: doc, state: view.Default()}
	a.mode = doc.Get("documentElement").Call("getAttribute", "data-mode").String()
	if a.mode != modeEmbed {
		a.mode = modePage
	}
	var err error
	core, page := &err, &err
	if a.mode == modeEmbed {
		page = nil
	}
	input := func(id string, e *error) *dom.HTMLInputElement {
		if el := element(doc, id, "HTMLInputElement", e); el != nil {
			return &dom.HTMLInputElement{BasicHTMLElement: el}
		}
		return nil
	}
	button := func(id string, e *error) *dom.HTMLButtonElement {
		if el := element(doc, id, "HTMLButtonElement", e); el != nil {
			return &dom.HTMLButtonElement{BasicHTMLElement: el}
		}
		return nil
	}
	for i, p := range model.Params {
		a.sliders[i] = input(p.Key, core)
	}
	for i, id := range [...]string{"us-offense", "us-defense", "china-offense", "china-defense"} {
		a.radios[i] = input(id, page)
	}
	if el := element(doc, "preset", "HTMLSelectElement", page); el != nil {
		a.preset = &dom.HTMLSelectElement{BasicHTMLElement: el}
	}
	a.reset = button("reset", page)
	a.copy = button("copy-link", page)
	a.dismiss = button("notice-dismiss", page)
	a.upgrade = button("use-newest", page)
	a.share = input("share-url", page)
	if a.mode == modeEmbed {
		if el := element(doc, "spiral-canvas", "HTMLCanvasElement", core); el != nil {
			a.drawing = newCanvasSpiral(el.Underlying())
		}
	} else if el := element(doc, "spiral", "HTMLIFrameElement", core); el != nil {
		a.iframe = &dom.HTMLIFrameElement{BasicHTMLElement: el}
	}
	a.notice = byID(doc, "notice", page)
	a.list = byID(doc, "notice-list", page)
	a.out = bindOutputs(doc, core, page)
	a.ex = bindExporter(doc, page)
	a.xp = bindExplainer(doc, page, &a.state)
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

// start reads the URL, renders, binds every control and marks the page
// ready.
func (a *app) start() {
	// The language: the fragment's lang=, else the reader's last pick
	// (the calculator only: the embed speaks the language its snippet
	// says), else English, which the served HTML is in (view.PickLang).
	if a.mode == modePage {
		a.state.Lang = view.PickLang("", storedLang())
	}
	if h := a.hash(); h != "" && h != "#" {
		a.load(h)
	}
	if a.state.Lang != i18n.Default {
		a.localize()
	}
	a.render()
	a.writeShare()

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
	for i, el := range a.radios {
		if el == nil {
			continue
		}
		offense, china := i%2 == 0, i >= 2
		on(el.Underlying(), "change", func(js.Value) {
			p := model.Defense
			if offense {
				p = model.Offense
			}
			if china {
				a.state.Inputs.China = p
			} else {
				a.state.Inputs.US = p
			}
			a.changed()
		})
	}
	if a.preset != nil {
		on(a.preset.Underlying(), "change", func(js.Value) {
			if p, ok := model.PresetByID(a.preset.Value()); ok {
				p.Inputs.Version = a.state.Inputs.Version // a preset keeps the link's model version
				a.state.Inputs, a.state.Preset = p.Inputs, p.ID
			} else {
				a.state.Preset = ""
			}
			a.update()
		})
	}
	if a.reset != nil {
		on(a.reset.Underlying(), "click", func(js.Value) {
			a.state.Inputs, a.state.Preset = model.Default(), ""
			a.showNotice(nil)
			a.update()
		})
	}
	if a.copy != nil {
		on(a.copy.Underlying(), "click", func(js.Value) { a.copyLink() })
	}
	if a.dismiss != nil {
		on(a.dismiss.Underlying(), "click", func(js.Value) {
			a.showNotice(nil)
		})
	}
	if a.upgrade != nil {
		// An old link's notice: move the link to the newest model version.
		on(a.upgrade.Underlying(), "click", func(js.Value) {
			a.state.Inputs.Version = model.Version
			a.update()
			if r := byID(a.doc, "results-heading", nil); r.Truthy() {
				r.Call("setAttribute", "tabindex", "-1")
				r.Call("focus") // the button hides itself; keep the keyboard's place
			}
		})
	}
	a.ex.bind(a)
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

	for _, el := range a.sliders {
		el.SetDisabled(false)
	}
	for _, el := range a.radios {
		if el != nil {
			el.SetDisabled(false)
		}
	}
	if a.preset != nil {
		a.preset.SetDisabled(false)
	}
	for _, b := range [...]*dom.HTMLButtonElement{a.reset, a.copy, a.upgrade} {
		if b != nil {
			b.SetDisabled(false)
		}
	}
	a.ex.enable()
	a.xp.bind(a)
	a.xp.enable()
	a.post()
	a.doc.Get("documentElement").Call("setAttribute", "data-ready", "true")
	a.loadSpiral()
}

// load applies a URL fragment on top of the current state and reports its
// problems; a fragment with problems is replaced by the state actually used.
func (a *app) load(fragment string) {
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

// speak fills the live region at once after a quiet spell, so that one key
// press is announced without delay, and otherwise once the changes pause.
func (a *app) speak() {
	if time.Since(a.lastSpoken) > announceAfter && !a.announce.pending() {
		a.sayNow()
		return
	}
	a.announce.after(announceAfter)
}

func (a *app) sayNow() {
	a.lastSpoken = time.Now()
	a.out.announce.set(view.New(a.state).Summary)
}

func (a *app) writeFragment() {
	a.lastFrag = time.Now()
	// dom/v2's Window.History is not implemented (it returns nil).
	js.Global().Get("history").Call("replaceState", nil, "", "#"+a.state.Fragment())
	a.writeShare()
}

// writeShare brings what shares the state up to date: the link field, the
// embed snippet, the link to the full calculator and the page's social
// metadata (for crawlers that run scripts, and for the browser's own share
// sheet).
func (a *app) writeShare() {
	link := a.link()
	if a.share != nil {
		a.share.SetValue(link)
	}
	origin := a.origin()
	v := view.New(a.state)
	sh := view.NewShare(v, origin)
	o := &a.out
	o.snippet.set(sh.Snippet)
	full := view.State{Inputs: a.state.Inputs, Preset: a.state.Preset, Lang: a.state.Lang}
	o.openFull.set(origin + "/#" + full.Fragment())
	o.ogTitle.set(sh.Title)
	o.ogDesc.set(sh.Description)
	o.ogImage.set(sh.Image)
	o.ogURL.set(link)
	o.twTitle.set(sh.Title)
	o.twDesc.set(sh.Description)
	o.twImage.set(sh.Image)
	o.oembed.set(view.OEmbedHref(link))
}

// link returns the page's URL for the current state.
func (a *app) link() string {
	return a.origin() + a.loc.Get("pathname").String() + a.loc.Get("search").String() + "#" + a.state.Fragment()
}

// hash and origin read window.location. (Through syscall/js: dom/v2's
// Window interface keeps the types of all its methods' signatures in the
// binary, and with them time.Time's formatting, 10 KB of brotli'd
// app.wasm.)
func (a *app) hash() string   { return a.loc.Get("hash").String() }
func (a *app) origin() string { return a.loc.Get("origin").String() }

// post sends the state to the spiral's page, same origin only, or draws it
// on the embed's canvas.
func (a *app) post() {
	if a.drawing != nil {
		a.drawing.show(a.state.Inputs, a.state.Theme)
		return
	}
	w := a.iframe.Underlying().Get("contentWindow")
	if w.IsNull() || w.IsUndefined() {
		return
	}
	msg := js.Global().Get("Object").New()
	msg.Set("type", "dilemma:state")
	msg.Set("state", a.state.SpiralState())
	w.Call("postMessage", msg, a.origin())
}

// showNotice lists problems in #notice, or hides it when there are none.
// A page without a notice (the embed) logs them as warnings.
func (a *app) showNotice(problems []string) {
	if !a.list.Truthy() {
		for _, p := range problems {
			js.Global().Get("console").Call("warn", "cyberdilemma: "+p)
		}
		return
	}
	a.list.Call("replaceChildren")
	for _, p := range problems {
		li := a.doc.Call("createElement", "li")
		li.Set("textContent", p)
		a.list.Call("append", li)
	}
	a.notice.Set("hidden", len(problems) == 0)
}

// copyLink puts the page's URL on the clipboard.
func (a *app) copyLink() {
	a.fragment.stop()
	a.writeFragment()
	a.copyText(a.link(), a.share.Underlying(), a.out.copyStatus, a.copyDone, "copy.done", "copy.manual")
}

// copyText puts s on the clipboard and says so in status, or selects the
// field that shows it for the user to copy where the Clipboard API is
// missing or refused; the status clears after a while (clear).
func (a *app) copyText(s string, field js.Value, status *text, clear *timer, doneKey, manualKey string) {
	lang := a.state.Lang
	done := func(key string) {
		status.set(i18n.T(lang, key))
		clear.after(copyStatusFor)
	}
	fallback := func() {
		field.Call("focus")
		field.Call("select")
		if a.doc.Call("execCommand", "copy").Truthy() {
			done(doneKey)
		} else {
			done(manualKey)
		}
	}
	clip := js.Global().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		fallback()
		return
	}
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		done(doneKey)
		return nil
	})
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		fallback()
		return nil
	})
	clip.Call("writeText", s).Call("then", ok, fail)
}

// loadSpiral starts the spiral's page once the calculator is ready, so that
// its 2 MB binary never competes with app.wasm for the network or the main
// thread, and only when the iframe comes near the viewport: on a phone,
// where it sits below the results, a reader who never scrolls there never
// pays for it.
func (a *app) loadSpiral() {
	if a.iframe == nil {
		return
	}
	el := a.iframe.Underlying()
	src := el.Call("getAttribute", "data-src")
	if src.IsNull() || el.Call("hasAttribute", "src").Bool() {
		return
	}
	start := func() { el.Set("src", src) }
	io := js.Global().Get("IntersectionObserver")
	if !io.Truthy() {
		start()
		return
	}
	var cb js.Func
	cb = js.FuncOf(func(_ js.Value, args []js.Value) any {
		entries := args[0]
		for i := range entries.Length() {
			if entries.Index(i).Get("isIntersecting").Bool() {
				args[1].Call("disconnect")
				start()
				cb.Release()
				return nil
			}
		}
		return nil
	})
	opts := js.Global().Get("Object").New()
	opts.Set("rootMargin", "300px 0px")
	io.New(cb, opts).Call("observe", el)
}
