//go:build js && wasm

// Command spiral is the calculator's animated action–reaction spiral: an
// Ebitengine game compiled to WebAssembly and shown by web/spiral.html,
// inside the calculator's iframe#spiral or on its own. It takes its state
// from the parent's postMessage or from its own URL fragment, and parks its
// game loop once the spiral has settled, so that an idle page costs no CPU.
package main

import (
	"log"

	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	g, err := newGame(newPage())
	if err != nil {
		log.Fatal(err)
	}
	ebiten.SetWindowTitle("Action–reaction spiral")
	// One Update per frame: the animation is timed by the clock, not by ticks.
	ebiten.SetTPS(ebiten.SyncWithFPS)
	if err := ebiten.RunGame(g); err != nil {
		log.Fatal(err)
	}
}
