//go:build js && wasm

package main

import (
	"syscall/js"
	"time"
)

// timer runs fn once after a delay, restartable. Its one js.Func lives as
// long as the page, so that restarting or stopping it leaks nothing (dom/v2's
// SetTimeout cannot release a callback that ClearTimeout cancels).
type timer struct {
	fn js.Func
	id js.Value // the pending timeout's id, or undefined
}

func newTimer(fn func()) *timer {
	t := &timer{id: js.Undefined()}
	t.fn = js.FuncOf(func(js.Value, []js.Value) any {
		t.id = js.Undefined()
		fn()
		return nil
	})
	return t
}

// after (re)starts t to fire after d.
func (t *timer) after(d time.Duration) {
	t.stop()
	t.id = js.Global().Call("setTimeout", t.fn, d.Milliseconds())
}

// stop cancels a pending run.
func (t *timer) stop() {
	if t.pending() {
		js.Global().Call("clearTimeout", t.id)
		t.id = js.Undefined()
	}
}

func (t *timer) pending() bool { return !t.id.IsUndefined() }
