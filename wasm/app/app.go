//go:build js && wasm

package main

import (
	"errors"
	"strconv"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/wasm/app/view"
	"github.com/dilemma/cyberdilemma/web/i18n"
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

// app is the bound page.
type app struct {
	win   dom.Window
	doc   js.Value // document
	state view.State

	sliders [len(model.Params)]*dom.HTMLInputElement
	radios  [4]*dom.HTMLInputElement // us-offense, us-defense, china-offense, china-defense
	preset  *dom.HTMLSelectElement
	reset   *dom.HTMLButtonElement
	copy    *dom.HTMLButtonElement
	dismiss *dom.HTMLButtonElement
	share   *dom.HTMLInputElement
	iframe  *dom.HTMLIFrameElement
	notice  js.Value
	list    js.Value
	out     outputs

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
// BasicHTMLElement, or records an error when it is missing or not an
// instance of the JS class: the HTML and this program disagree.
func element(doc js.Value, id, class string, err *error) *dom.BasicHTMLElement {
	v := doc.Call("getElementById", id)
	if v.IsNull() || !v.InstanceOf(js.Global().Get(class)) {
		if *err == nil {
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

// newApp finds the page's elements.
func newApp(win dom.Window) (*app, error) {
	doc := js.Global().Get("document")
	a := &app{win: win, doc: doc, state: view.Default()}
	var err error
	input := func(id string) *dom.HTMLInputElement {
		return &dom.HTMLInputElement{BasicHTMLElement: element(doc, id, "HTMLInputElement", &err)}
	}
	button := func(id string) *dom.HTMLButtonElement {
		return &dom.HTMLButtonElement{BasicHTMLElement: element(doc, id, "HTMLButtonElement", &err)}
	}
	for i, p := range model.Params {
		a.sliders[i] = input(p.Key)
	}
	for i, id := range [...]string{"us-offense", "us-defense", "china-offense", "china-defense"} {
		a.radios[i] = input(id)
	}
	a.preset = &dom.HTMLSelectElement{BasicHTMLElement: element(doc, "preset", "HTMLSelectElement", &err)}
	a.reset = button("reset")
	a.copy = button("copy-link")
	a.dismiss = button("notice-dismiss")
	a.share = input("share-url")
	a.iframe = &dom.HTMLIFrameElement{BasicHTMLElement: element(doc, "spiral", "HTMLIFrameElement", &err)}
	a.notice = byID(doc, "notice", &err)
	a.list = byID(doc, "notice-list", &err)
	a.out = bindOutputs(doc, &err)
	if err != nil {
		return nil, err
	}
	a.fragment = newTimer(a.writeFragment)
	a.announce = newTimer(a.sayNow)
	a.copyDone = newTimer(func() { a.out.copyStatus.set("") })
	return a, nil
}

// start reads the URL, renders, binds every control and marks the page
// ready.
func (a *app) start() {
	if h := a.win.Location().Hash(); h != "" && h != "#" {
		a.load(h)
	}
	a.render()
	a.share.SetValue(a.link())

	for i, el := range a.sliders {
		p, el := model.Params[i], el
		on(el.Underlying(), "input", func(js.Value) {
			v, err := strconv.ParseFloat(el.Value(), 64)
			if err != nil {
				return
			}
			a.state.Inputs = p.Set(a.state.Inputs, v).Round2()
			a.changed()
		})
	}
	for i, el := range a.radios {
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
	on(a.preset.Underlying(), "change", func(js.Value) {
		if p, ok := model.PresetByID(a.preset.Value()); ok {
			a.state.Inputs, a.state.Preset = p.Inputs, p.ID
		} else {
			a.state.Preset = ""
		}
		a.update()
	})
	on(a.reset.Underlying(), "click", func(js.Value) {
		a.state.Inputs, a.state.Preset = model.Default(), ""
		a.showNotice(nil)
		a.update()
	})
	on(a.copy.Underlying(), "click", func(js.Value) { a.copyLink() })
	on(a.dismiss.Underlying(), "click", func(js.Value) {
		a.showNotice(nil)
	})
	on(js.Global(), "hashchange", func(js.Value) {
		a.load(a.win.Location().Hash())
		a.render()
		a.post()
		a.speak()
	})
	on(a.iframe.Underlying(), "load", func(js.Value) { a.post() })
	// The spiral may also ask for the state once its own program runs.
	on(js.Global(), "message", func(m js.Value) {
		if m.Get("origin").String() != a.win.Location().Origin() ||
			!m.Get("source").Equal(a.iframe.Underlying().Get("contentWindow")) {
			return
		}
		if d := m.Get("data"); d.Type() == js.TypeObject && d.Get("type").Equal(js.ValueOf("dilemma:ready")) {
			a.post()
		}
	})

	for _, el := range a.sliders {
		el.SetDisabled(false)
	}
	for _, el := range a.radios {
		el.SetDisabled(false)
	}
	a.preset.SetDisabled(false)
	a.reset.SetDisabled(false)
	a.copy.SetDisabled(false)
	a.post()
	a.doc.Get("documentElement").Call("setAttribute", "data-ready", "true")
}

// load applies a URL fragment on top of the current state and reports its
// problems; a fragment with problems is replaced by the state actually used.
func (a *app) load(fragment string) {
	next, problems := view.Parse(fragment, a.state)
	if next.Lang != a.state.Lang {
		localize(a.doc, next.Lang)
	}
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
	a.share.SetValue(a.link())
}

// link returns the page's URL for the current state.
func (a *app) link() string {
	loc := a.win.Location()
	return loc.Origin() + loc.Pathname() + loc.Search() + "#" + a.state.Fragment()
}

// post sends the state to the spiral's page, same origin only.
func (a *app) post() {
	w := a.iframe.Underlying().Get("contentWindow")
	if w.IsNull() || w.IsUndefined() {
		return
	}
	msg := js.Global().Get("Object").New()
	msg.Set("type", "dilemma:state")
	msg.Set("state", a.state.Inputs.Encode())
	w.Call("postMessage", msg, a.win.Location().Origin())
}

// showNotice lists problems in #notice, or hides it when there are none.
func (a *app) showNotice(problems []string) {
	a.list.Call("replaceChildren")
	for _, p := range problems {
		li := a.doc.Call("createElement", "li")
		li.Set("textContent", p)
		a.list.Call("append", li)
	}
	a.notice.Set("hidden", len(problems) == 0)
}

// copyLink puts the page's URL on the clipboard, or selects it for the user
// to copy where the Clipboard API is missing or refused.
func (a *app) copyLink() {
	a.fragment.stop()
	a.writeFragment()
	url := a.link()
	lang := a.state.Lang
	done := func(key string) {
		a.out.copyStatus.set(i18n.T(lang, key))
		a.copyDone.after(copyStatusFor)
	}
	fallback := func() {
		a.share.Focus()
		a.share.Select()
		if a.doc.Call("execCommand", "copy").Truthy() {
			done("copy.done")
		} else {
			done("copy.manual")
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
		done("copy.done")
		return nil
	})
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		fallback()
		return nil
	})
	clip.Call("writeText", url).Call("then", ok, fail)
}
