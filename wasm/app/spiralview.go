//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/web/figure"
)

// spiralTools are the controls beside the spiral: the view switch
// (select#spiral-view: the spiral or the phase plane, view= in the URL) and
// Listen (button#listen, listen.go). The embed has neither; every method
// of a nil or unbound spiralTools does nothing.
type spiralTools struct {
	view   js.Value // select#spiral-view, or null
	player *player
}

// bindSpiralTools finds the controls (required on the calculator).
func bindSpiralTools(page lookup) *spiralTools {
	t := &spiralTools{view: js.Null()}
	if el := page.selectEl("spiral-view"); el != nil {
		t.view = el.Underlying()
	}
	if b := page.button("listen"); b != nil {
		t.player = newPlayer(b.Underlying())
	}
	return t
}

// bind adds the listeners: a change of view redraws the spiral's canvas
// and writes the URL; Listen plays or stops the race's sound.
func (t *spiralTools) bind(a *app) {
	if t == nil {
		return
	}
	if t.view.Truthy() {
		on(t.view, "change", func(js.Value) {
			a.state.View = ""
			if v := t.view.Get("value").String(); v == figure.ViewPlane.String() {
				a.state.View = v
			}
			a.update()
		})
	}
	t.player.bind(a)
}

// enable turns the controls on.
func (t *spiralTools) enable() {
	if t == nil {
		return
	}
	if t.view.Truthy() {
		t.view.Set("disabled", false)
	}
	t.player.enable()
}

// sync shows the state's view in the switch (after a hashchange or a
// link's view=).
func (t *spiralTools) sync(view string) {
	if t == nil || !t.view.Truthy() {
		return
	}
	want := figure.ViewSpiral.String()
	if view == figure.ViewPlane.String() {
		want = view
	}
	if t.view.Get("value").String() != want {
		t.view.Set("value", want)
	}
}
