//go:build js && wasm

package main

import (
	"syscall/js"
)

// post sends the state to the spiral's page, same origin only, or draws it
// on the embed's canvas.
func (a *app) post() {
	a.tools.sync(a.state.View)
	if a.drawing != nil {
		a.drawing.setView(a.state.View, a.state.Lang)
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
