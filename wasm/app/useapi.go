//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/web/view"
)

// useAPI is the "Use the API" disclosure (#use-api): the current state as a
// request in curl, Python, R and JavaScript (view.NewUseAPI), rewritten on
// each change of the state.
type useAPI struct {
	loc                js.Value
	curl, python, r, j *written[string]
}

// bindUseAPI finds the disclosure's text areas: strictly on the
// calculator's page; in the embed, which has none, nothing is written.
// It writes s's snippets at once: the first render ran before the panels
// were bound.
func bindUseAPI(page lookup, s view.State) *useAPI {
	el := page.byID
	u := &useAPI{
		loc:    js.Global().Get("location"),
		curl:   newProp(el("use-api-curl"), "value"),
		python: newProp(el("use-api-python"), "value"),
		r:      newProp(el("use-api-r"), "value"),
		j:      newProp(el("use-api-js"), "value"),
	}
	u.update(s)
	return u
}

// update writes the snippets of state s.
func (u *useAPI) update(s view.State) {
	if u == nil || u.curl.write == nil {
		return
	}
	sn := view.NewUseAPI(s, u.loc.Get("origin").String())
	u.curl.set(sn.Curl)
	u.python.set(sn.Python)
	u.r.set(sn.R)
	u.j.set(sn.JS)
}
