//go:build js && wasm

package main

import (
	"syscall/js"
)

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
