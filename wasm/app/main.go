//go:build js && wasm

// Command app is the calculator page's WebAssembly entry: it binds the page
// that web/gen rendered (sliders, posture radios, preset picker, buttons),
// recomputes model.Assess on every input and writes the result back, keeps
// the state in the URL fragment and passes it to the spiral's iframe. It sets
// <html data-ready="true"> once everything is bound.
package main

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

func main() {
	a, err := newApp(dom.GetWindow())
	if err != nil {
		js.Global().Get("console").Call("error", "cyberdilemma: "+err.Error())
		return
	}
	a.start()
	select {} // keep the callbacks alive
}
