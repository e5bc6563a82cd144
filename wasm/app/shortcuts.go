//go:build js && wasm

package main

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/web/view"
)

// shortcuts are the page's keyboard shortcuts (view.ShortcutOf decides
// what a key does) and their help dialog, a modal <dialog>: the focus
// moves into it and, when it closes (Escape, its button), back to where
// it was.
type shortcuts struct {
	dialog      js.Value
	open, close *dom.HTMLButtonElement
	lang        js.Value // the language picker
	back        js.Value // the element focused before the dialog opened
	toggle      js.Value // input#shortcuts-on: the single-key shortcuts on or off
	off         bool     // the reader turned them off (WCAG 2.1.4)
}

// shortcutsKey is the localStorage key that remembers that the reader
// turned the single-key shortcuts off ("off"; on is the default).
const shortcutsKey = "dilemma.shortcuts"

// bindShortcuts finds the dialog and its buttons (page: required on the
// calculator, absent from the embed).
func bindShortcuts(page lookup) *shortcuts {
	return &shortcuts{
		dialog: page.byID("shortcuts"), open: page.button("shortcuts-open"), close: page.button("shortcuts-close"),
		lang: page.byID("lang"), back: js.Null(), toggle: page.byID("shortcuts-on"),
	}
}

// storedShortcutsOff reads whether the reader turned the shortcuts off;
// storage may be refused, and then they are on.
func storedShortcutsOff() (off bool) {
	defer func() {
		if recover() != nil {
			off = false
		}
	}()
	ls := js.Global().Get("localStorage")
	return ls.Truthy() && str(ls.Call("getItem", shortcutsKey)) == "off"
}

// storeShortcuts remembers the reader's choice; see storedShortcutsOff.
func storeShortcuts(off bool) {
	defer func() { _ = recover() }()
	ls := js.Global().Get("localStorage")
	if !ls.Truthy() {
		return
	}
	if off {
		ls.Call("setItem", shortcutsKey, "off")
	} else {
		ls.Call("removeItem", shortcutsKey)
	}
}

// bind listens to the page's keys and the dialog's buttons.
func (s *shortcuts) bind(a *app) {
	if s == nil || !s.dialog.Truthy() {
		return
	}
	onClick(s.open, s.show)
	onClick(s.close, func() { s.dialog.Call("close") })
	on(s.dialog, "close", func(js.Value) {
		if b := s.back; b.Truthy() && b.Get("isConnected").Truthy() {
			b.Call("focus")
		}
		s.back = js.Null()
	})
	// Single-key shortcuts can be turned off (WCAG 2.1.4 Character Key
	// Shortcuts: speech input types letters), and the choice is kept.
	s.off = storedShortcutsOff()
	if s.toggle.Truthy() {
		s.toggle.Set("checked", !s.off)
		on(s.toggle, "change", func(js.Value) {
			s.off = !s.toggle.Get("checked").Truthy()
			storeShortcuts(s.off)
		})
	}
	on(a.doc, "keydown", func(ev js.Value) { s.key(a, ev) })
	enable(s.open)
}

// show opens the dialog, remembering where the focus was.
func (s *shortcuts) show() {
	if s.dialog.Get("open").Truthy() {
		return
	}
	s.back = js.Global().Get("document").Get("activeElement")
	s.dialog.Call("showModal")
}

// key does what a keydown's shortcut says, if it has one.
func (s *shortcuts) key(a *app, ev js.Value) {
	if s.off || ev.Get("defaultPrevented").Truthy() || ev.Get("isComposing").Truthy() || ev.Get("repeat").Truthy() ||
		s.dialog.Get("open").Truthy() { // the modal dialog has the page's keys
		return
	}
	target := ev.Get("target")
	k := view.Key{
		Key:  str(ev.Get("key")),
		Ctrl: ev.Get("ctrlKey").Truthy(), Alt: ev.Get("altKey").Truthy(), Meta: ev.Get("metaKey").Truthy(),
		Tag: str(target.Get("tagName")), Editable: target.Get("isContentEditable").Truthy(),
	}
	if k.Tag == "INPUT" {
		k.Type = str(target.Get("type"))
	}
	switch sc := view.ShortcutOf(k); sc {
	case view.NoShortcut:
		return
	case view.FocusTech, view.FocusDiscourse, view.FocusAttribution, view.FocusDialogue:
		a.sliders[sc-view.FocusTech].Underlying().Call("focus")
	case view.Reset:
		a.resetToBaseline()
	case view.CopyLink:
		a.copyLink()
	case view.FocusLang:
		if s.lang.Truthy() {
			s.lang.Call("focus")
		}
	case view.Help:
		s.show()
	}
	ev.Call("preventDefault")
}

// str is v's string, or "" if v is not a string.
func str(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}
