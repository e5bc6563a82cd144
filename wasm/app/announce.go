//go:build js && wasm

package main

import (
	"time"

	"github.com/dilemma/cyberdilemma/web/view"
)

// speak fills the live region at once after a quiet spell, so that one key
// press is announced without delay, and otherwise once the changes pause.
func (a *app) speak() {
	if time.Since(a.lastSpoken) > announceAfter && !a.announce.pending() {
		a.sayNow()
		return
	}
	a.announce.after(announceAfter)
}

func (a *app) sayNow() {
	a.lastSpoken = time.Now()
	a.out.announce.set(a.summary())
}

// summary is the live region's text for the state: A's summary, and B's
// sentence when comparing (after render, which computes it).
func (a *app) summary() string {
	s := view.New(a.state).Summary
	if a.compare != nil && a.compare.live != "" {
		s += " " + a.compare.live
	}
	return s
}

// sayText fills the live region at once with s and the result, for a
// change the reader asked for by a button.
func (a *app) sayText(s string) {
	a.announce.stop()
	a.lastSpoken = time.Now()
	a.out.announce.put(s + " " + a.summary())
}
