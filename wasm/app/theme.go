//go:build js && wasm

package main

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// themePicker is the header's theme picker: auto (""), light, dark or
// projector, as theme= carries it in the link. The page's colours follow
// <html data-theme> (render), the spiral's frame the state it is posted.
type themePicker struct{ sel *dom.HTMLSelectElement }

// bind listens to the picker.
func (t *themePicker) bind(a *app) {
	if t == nil || t.sel == nil {
		return
	}
	on(t.sel.Underlying(), "change", func(js.Value) {
		a.state.Theme = t.sel.Value()
		a.update()
	})
	t.show(a.state.Theme)
	t.sel.SetDisabled(false)
}

// show puts the picker on the state's theme.
func (t *themePicker) show(theme string) {
	if t != nil && t.sel != nil && t.sel.Value() != theme {
		t.sel.SetValue(theme)
	}
}
