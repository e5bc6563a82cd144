//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"github.com/dilemma/cyberdilemma/web/view"
)

// writeFragment writes the state into the URL fragment and brings what
// shares it up to date.
func (a *app) writeFragment() {
	// A fragment the reader set since the page last read or wrote one
	// (typed, or a link followed) is waiting for its hashchange, which
	// loads it: writing the state now would replace it unread.
	if h := a.hash(); a.seenHash != "" && h != a.seenHash {
		return
	}
	a.lastFrag = time.Now()
	// dom/v2's Window.History is not implemented (it returns nil).
	js.Global().Get("history").Call("replaceState", nil, "", "#"+a.state.Fragment())
	a.seenHash = a.hash()
	a.writeShare()
}

// writeShare brings what shares the state up to date: the link field, the
// embed snippet, the link to the full calculator and the page's social
// metadata (for crawlers that run scripts, and for the browser's own share
// sheet).
func (a *app) writeShare() {
	link := a.link()
	if a.share != nil {
		a.share.SetValue(link)
	}
	origin := a.origin()
	v := view.New(a.state)
	sh := view.NewShare(v, origin)
	o := &a.out
	o.snippet.set(sh.Snippet)
	full := view.State{Inputs: a.state.Inputs, Preset: a.state.Preset, Lang: a.state.Lang}
	o.openFull.set(origin + "/#" + full.Fragment())
	o.ogTitle.set(sh.Title)
	o.ogDesc.set(sh.Description)
	o.ogImage.set(sh.Image)
	o.ogURL.set(link)
	o.twTitle.set(sh.Title)
	o.twDesc.set(sh.Description)
	o.twImage.set(sh.Image)
	o.oembed.set(view.OEmbedHref(link))
}

// link returns the page's URL for the current state.
func (a *app) link() string {
	return a.origin() + a.loc.Get("pathname").String() + a.loc.Get("search").String() + "#" + a.state.Fragment()
}

// hash and origin read window.location. (Through syscall/js: dom/v2's
// Window interface keeps the types of all its methods' signatures in the
// binary, and with them time.Time's formatting, 10 KB of brotli'd
// app.wasm.)
func (a *app) hash() string   { return a.loc.Get("hash").String() }
func (a *app) origin() string { return a.loc.Get("origin").String() }
