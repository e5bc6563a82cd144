//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// player plays the race as sound (view.NewScore) with the Web Audio API:
// one oscillator per note, each side's voice (wave form and pan) from
// view.Voices, synthesized, so nothing is fetched and it works offline.
// It never starts by itself: only a press of button#listen starts it, and
// another press, Escape or the score's end stops it. The button says
// whether it plays by aria-pressed and data-playing, and data-audio holds
// the AudioContext's state ("running", "closed"), which the browser test
// reads.
type player struct {
	btn     js.Value
	ctx     js.Value // the AudioContext while playing, else undefined
	done    *timer   // stops the sound once the score has played
	onState js.Func  // the context's statechange listener
}

func newPlayer(btn js.Value) *player {
	p := &player{btn: btn, ctx: js.Undefined()}
	p.onState = js.FuncOf(func(this js.Value, _ []js.Value) any {
		if p.playing() && !this.Equal(p.ctx) {
			return nil // a stopped context closing after a new one started
		}
		p.btn.Get("dataset").Set("audio", this.Get("state"))
		return nil
	})
	return p
}

func (p *player) bind(a *app) {
	if p == nil {
		return
	}
	p.done = newTimer(func() { p.stop() })
	on(p.btn, "click", func(js.Value) {
		if p.playing() {
			p.stop()
			a.say(i18n.T(a.state.Lang, "listen.stopped"))
			return
		}
		p.play(a)
	})
	on(a.doc, "keydown", func(ev js.Value) {
		if p.playing() && ev.Get("key").String() == "Escape" && !escapeTaken(ev) {
			p.stop()
			a.say(i18n.T(a.state.Lang, "listen.stopped"))
		}
	})
}

// escapeTaken reports whether an Escape belongs to something else than the
// sound: a handler already took it (defaultPrevented), a modal <dialog> is
// open (Escape closes it), or it was typed in a text field (the scenario's
// rename field, whose Escape cancels the rename).
func escapeTaken(ev js.Value) bool {
	if ev.Get("defaultPrevented").Truthy() {
		return true
	}
	if d := js.Global().Get("document").Call("querySelector", "dialog[open]"); d.Truthy() {
		return true
	}
	t := ev.Get("target")
	if !t.Truthy() || t.Get("tagName").IsUndefined() {
		return false
	}
	switch t.Get("tagName").String() {
	case "TEXTAREA", "SELECT":
		return true
	case "INPUT":
		switch t.Get("type").String() {
		case "range", "checkbox", "radio", "button", "submit", "reset", "file", "color":
			return false
		}
		return true
	}
	return t.Get("isContentEditable").Truthy()
}

func (p *player) enable() {
	if p != nil {
		p.btn.Set("disabled", false)
	}
}

func (p *player) playing() bool { return !p.ctx.IsUndefined() }

// play schedules every note of the state's score on a new AudioContext
// and says what is heard in the live region.
func (p *player) play(a *app) {
	ctor := js.Global().Get("AudioContext")
	if !ctor.Truthy() {
		ctor = js.Global().Get("webkitAudioContext")
	}
	if !ctor.Truthy() {
		a.say(i18n.T(a.state.Lang, "listen.unsupported"))
		return
	}
	sc := view.NewScore(a.state)
	// Creating the context or a node throws in JavaScript (too many
	// contexts, a blocked or missing audio device, an old browser's
	// missing node), which would panic and stop app.wasm: recover, release
	// what was made and say so.
	defer func() {
		if r := recover(); r != nil {
			p.fail(a)
		}
	}()
	ctx := ctor.New()
	p.ctx = ctx
	ctx.Call("addEventListener", "statechange", p.onState)
	master := ctx.Call("createGain")
	master.Get("gain").Set("value", 0.2)
	master.Call("connect", ctx.Get("destination"))
	t0 := ctx.Get("currentTime").Float() + 0.05
	for _, n := range sc.Notes {
		v := view.Voices[n.Side]
		start, end := t0+n.Start, t0+n.Start+n.Length
		osc := ctx.Call("createOscillator")
		osc.Set("type", v.Wave)
		osc.Get("frequency").Set("value", n.Hz)
		env := ctx.Call("createGain")
		g := env.Get("gain")
		g.Call("setValueAtTime", 0.0001, start)
		g.Call("exponentialRampToValueAtTime", 1, start+0.012)
		g.Call("exponentialRampToValueAtTime", 0.0001, end)
		osc.Call("connect", env)
		out := env
		if ctx.Get("createStereoPanner").Truthy() {
			pan := ctx.Call("createStereoPanner")
			pan.Get("pan").Set("value", v.Pan)
			env.Call("connect", pan)
			out = pan
		}
		out.Call("connect", master)
		osc.Call("start", start)
		osc.Call("stop", end+0.02)
	}
	ctx.Call("resume")
	p.btn.Call("setAttribute", "aria-pressed", "true")
	p.btn.Get("dataset").Set("playing", "true")
	p.btn.Get("dataset").Set("audio", ctx.Get("state"))
	a.say(sc.Text)
	p.done.after(time.Duration((sc.Seconds + 0.3) * float64(time.Second)))
}

// fail ends a play that JavaScript refused: the context, if one was made,
// is closed, the button says it is not playing, and the live region says
// why there is no sound.
func (p *player) fail(a *app) {
	if p.playing() {
		ctx := p.ctx
		p.ctx = js.Undefined()
		p.done.stop()
		func() {
			defer func() { recover() }()
			ctx.Call("close")
		}()
	}
	p.btn.Call("setAttribute", "aria-pressed", "false")
	p.btn.Get("dataset").Set("playing", "false")
	p.btn.Get("dataset").Set("audio", "failed")
	a.say(i18n.T(a.state.Lang, "listen.failed"))
}

// stop silences the sound at once and releases the context.
func (p *player) stop() {
	if !p.playing() {
		return
	}
	p.done.stop()
	ctx := p.ctx
	p.ctx = js.Undefined()
	func() {
		defer func() { recover() }() // a context the browser already closed
		ctx.Call("close")
	}()
	p.btn.Call("setAttribute", "aria-pressed", "false")
	p.btn.Get("dataset").Set("playing", "false")
}

// say fills the live region at once with s alone, again if it already
// holds s (a second press that fails as the first did).
func (a *app) say(s string) {
	a.announce.stop()
	a.lastSpoken = time.Now()
	a.out.announce.put(s)
}
