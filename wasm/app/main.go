//go:build js && wasm

// Command app is the calculator page's WebAssembly entry: it binds the page
// that web/gen rendered (sliders, posture radios, preset picker, buttons),
// recomputes model.Assess on every input and writes the result back, keeps
// the state in the URL fragment and passes it to the spiral's iframe. It sets
// <html data-ready="true"> once everything is bound.
//
// One job a file: app.go holds the state and what a change sets off;
// bind.go finds the elements, dom.go the helpers for finding, enabling and
// writing them (one "write only when changed" type), events.go the
// listeners; render.go writes a view.View into the page; explain.go the
// explanation, levers, history and evidence; exports.go the downloads and
// the embed snippet, download.go the PNG card, canvasspiral.go the embed's
// spiral; share.go the URL fragment, the link and the social metadata;
// message.go talks to the spiral's iframe, lazyframe.go loads it near the
// viewport; notice.go, clipboard.go, announce.go (the live region),
// lang.go (the remembered language) and timer.go do what they say;
// scenarios.go the scenario files and My scenarios, shortcuts.go the
// keyboard shortcuts and their dialog, theme.go the theme picker.
package main

import (
	"runtime/debug"
	"syscall/js"
)

func main() {
	if !inPage() {
		warm() // in boot.js's compiling worker
		return
	}
	mark("main") // the Go runtime has started: its packages are initialized
	// The browser runs Go's garbage collector on the page's one thread,
	// inside whatever event handler allocates when it is due: a slider's
	// input then waits for it. The live heap is a few megabytes, so
	// collecting four times less often costs little memory and keeps
	// most drags free of a pause.
	debug.SetGCPercent(400)
	// WebAssembly memory never shrinks: whatever the heap once reached stays
	// allocated. A soft limit makes the collector run before the heap
	// outgrows it, so a minute of dragging keeps the page's memory flat
	// (measured by make bench) instead of growing toward 5× the live heap.
	debug.SetMemoryLimit(10 << 20)
	// The runtime's start (every package's initialization) was one task:
	// finding the elements and binding the sliders is the next one.
	yieldTask()
	a, err := newApp()
	mark("found")
	if err != nil {
		js.Global().Get("console").Call("error", "cyberdilemma: "+err.Error())
		return
	}
	a.start()
	select {} // keep the callbacks alive
}
