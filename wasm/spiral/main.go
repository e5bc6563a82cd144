//go:build js && wasm

// Command spiral is the calculator's animated action–reaction spiral: an
// Ebitengine game compiled to WebAssembly and shown by web/spiral.html,
// inside the calculator's iframe#spiral or on its own. It takes its state
// from the parent's postMessage or from its own URL fragment, and parks its
// game loop once the spiral has settled, so that an idle page costs no CPU.
package main

import (
	"log"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	mark("spiral-main")
	calm()
	// The runtime's start (Ebitengine's packages' initialization) was one
	// task; the game's set-up is the next, and Ebitengine's first frame
	// (which compiles its shaders) the one after: the calculator in the
	// parent page shares this thread, and its sliders must answer between.
	yieldTask()
	g, err := newGame(newPage())
	if err != nil {
		log.Fatal(err)
	}
	mark("spiral-game")
	ebiten.SetWindowTitle("Action–reaction spiral")
	// One Update per frame: the animation is timed by the clock, not by ticks.
	ebiten.SetTPS(ebiten.SyncWithFPS)
	// Draw copies to the screen only what changed since the last frame.
	ebiten.SetScreenClearedEveryFrame(false)
	yieldTask()
	if err := ebiten.RunGame(g); err != nil {
		log.Fatal(err)
	}
}

// calm undoes at once, before the first return to the browser, what
// Ebitengine's package initialization did to the page that an
// accessibility check would catch until the first frame (page.adoptCanvas,
// page.setBackground): its canvas's tabindex of 1 (out of the tab order, as
// adoptCanvas has it) and the black it paints <body>, behind the dark
// "Loading" text (back to spiral.css's background).
func calm() {
	doc := js.Global().Get("document")
	if c := doc.Call("querySelector", "body > canvas"); c.Truthy() {
		c.Call("setAttribute", "tabindex", "-1")
	}
	if body := doc.Get("body"); body.Truthy() {
		body.Get("style").Set("backgroundColor", "")
	}
}

// mark records a User Timing mark for make bench's trace of the start.
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", "cd:"+name)
	}
}

// yieldTask returns to the browser and comes back in a new task (a message
// on a MessageChannel, which a tab in the background does not throttle as
// it does a setTimeout). (A time.Sleep does not return to the browser:
// Ebitengine's goroutines keep the Go scheduler busy.)
func yieldTask() {
	done := make(chan struct{})
	var fn js.Func
	fn = js.FuncOf(func(js.Value, []js.Value) any {
		fn.Release()
		close(done)
		return nil
	})
	if mc := js.Global().Get("MessageChannel"); mc.Truthy() {
		ch := mc.New()
		ch.Get("port1").Set("onmessage", fn)
		ch.Get("port2").Call("postMessage", nil)
	} else {
		js.Global().Call("setTimeout", fn, 0)
	}
	<-done
}
