//go:build js && wasm

package main

import (
	"syscall/js"
)

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
