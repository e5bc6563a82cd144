//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// lookup finds the page's elements by id. A strict lookup records the first
// missing element as an error (the HTML and this program disagree); a
// lenient one returns null for it, and whatever is bound to a null element
// does nothing. The calculator page looks up its own controls strictly; the
// embed, which has the sliders and the results only, leniently.
type lookup struct {
	doc    js.Value
	strict bool
	err    *error // the first error, shared by every lookup of one page
}

// byID returns the element with the given id, or null.
func (l lookup) byID(id string) js.Value {
	el := l.doc.Call("getElementById", id)
	if el.IsNull() {
		l.fail("app: page element #" + id + " is missing")
	}
	return el
}

func (l lookup) fail(msg string) {
	if l.strict && *l.err == nil {
		*l.err = errors.New(msg)
	}
}

// The controls are dom/v2 types built directly around their js.Value:
// dom/v2's own lookup (GetElementByID and wrapElement) switches over every
// element type it knows, which keeps all of them in the binary, 75 KB of
// brotli'd app.wasm; the event wrappers are built the same way.

// element returns the element with the given id as dom/v2's
// BasicHTMLElement, or nil when it is missing or not an instance of the JS
// class.
func (l lookup) element(id, class string) *dom.BasicHTMLElement {
	v := l.doc.Call("getElementById", id)
	if v.IsNull() || !v.InstanceOf(js.Global().Get(class)) {
		l.fail("app: page element #" + id + " is missing or not an " + class)
		return nil
	}
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// input, button and selectEl return the control with the given id as its
// dom/v2 type, or nil.
func (l lookup) input(id string) *dom.HTMLInputElement {
	if el := l.element(id, "HTMLInputElement"); el != nil {
		return &dom.HTMLInputElement{BasicHTMLElement: el}
	}
	return nil
}

func (l lookup) button(id string) *dom.HTMLButtonElement {
	if el := l.element(id, "HTMLButtonElement"); el != nil {
		return &dom.HTMLButtonElement{BasicHTMLElement: el}
	}
	return nil
}

func (l lookup) selectEl(id string) *dom.HTMLSelectElement {
	if el := l.element(id, "HTMLSelectElement"); el != nil {
		return &dom.HTMLSelectElement{BasicHTMLElement: el}
	}
	return nil
}

// enable turns controls on (nil ones are skipped): the served HTML disables
// every control until this program can answer it.
func enable(buttons ...*dom.HTMLButtonElement) {
	for _, b := range buttons {
		if b != nil {
			b.SetDisabled(false)
		}
	}
}

// onClick adds fn as the click listener of b, if b is on the page.
func onClick(b *dom.HTMLButtonElement, fn func()) {
	if b != nil {
		on(b.Underlying(), "click", func(js.Value) { fn() })
	}
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

// The outputs are written through syscall/js rather than dom/v2's Element
// interface: every method called through that interface keeps a wrapper for
// each of dom/v2's ~70 element types in the binary, which costs more than
// this whole package (DESIGN.md's size budget for app.wasm).

// written is one value that the app writes into the page (an element's
// text, an attribute, a property, or whether the element is shown). It
// remembers what it wrote and writes only when the value changes, so that a
// render that changes nothing touches no DOM; one bound to a missing
// element does nothing.
type written[T comparable] struct {
	cur   T
	write func(T) // nil when the element is missing
	// replace, when set, writes v as a new node even when it equals what
	// the element holds (put); write may be skipped by the browser then.
	replace func(T)
}

func (w *written[T]) set(v T) {
	if w.write != nil && v != w.cur {
		w.write(v)
		w.cur = v
	}
}

// put writes v even when it is the value last written: a live region's
// message the reader asked for again (a repeated action's result) is
// announced again only if the region's content changes. A text is written
// as a new text node, a change in any browser (setting textContent to the
// text an element holds is one in Chromium 156, measured, but an engine may
// skip it as a no-op).
func (w *written[T]) put(v T) {
	switch {
	case w.replace != nil:
		w.replace(v)
	case w.write != nil:
		w.write(v)
	default:
		return
	}
	w.cur = v
}

// newText is el's text content.
func newText(el js.Value) *written[string] {
	if !el.Truthy() {
		return &written[string]{}
	}
	return &written[string]{
		cur:   el.Get("textContent").String(),
		write: func(s string) { el.Set("textContent", s) },
		replace: func(s string) {
			el.Call("replaceChildren", el.Get("ownerDocument").Call("createTextNode", s))
		},
	}
}

// newAttr is el's attribute name.
func newAttr(el js.Value, name string) *written[string] {
	if !el.Truthy() {
		return &written[string]{}
	}
	return &written[string]{cur: el.Call("getAttribute", name).String(), write: func(s string) { el.Call("setAttribute", name, s) }}
}

// newProp is el's property name, such as a textarea's value.
func newProp(el js.Value, name string) *written[string] {
	if !el.Truthy() {
		return &written[string]{}
	}
	return &written[string]{write: func(s string) { el.Set(name, s) }}
}

// newShown is whether el is shown, by its hidden property.
func newShown(el js.Value) *written[bool] {
	if !el.Truthy() {
		return &written[bool]{}
	}
	return &written[bool]{cur: !el.Get("hidden").Bool(), write: func(v bool) { el.Set("hidden", !v) }}
}

// darkQuery is matchMedia("(prefers-color-scheme: dark)"), or undefined
// where the browser has none; the canvases listen to its changes.
var darkQuery = func() js.Value {
	if mm := js.Global().Get("matchMedia"); mm.Truthy() {
		return mm.Invoke("(prefers-color-scheme: dark)")
	}
	return js.Undefined()
}()

// isDark reports whether a canvas draws in the dark scheme: theme= forces
// it ("dark"; "light" and the light-based "projector" not); otherwise ("")
// the system's preference decides.
func isDark(theme string) bool {
	switch theme {
	case "dark":
		return true
	case "light", "projector":
		return false
	}
	return darkQuery.Truthy() && darkQuery.Get("matches").Bool()
}

// forcedColors reports whether the browser forces its colours (Windows high
// contrast): the embed's spiral then draws China's moves dashed.
func forcedColors() bool {
	mm := js.Global().Get("matchMedia")
	return mm.Truthy() && mm.Invoke("(forced-colors: active)").Get("matches").Bool()
}
