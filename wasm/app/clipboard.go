//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/dilemma/cyberdilemma/web/i18n"
)

// copyLink puts the page's URL on the clipboard.
func (a *app) copyLink() {
	a.fragment.stop()
	a.writeFragment()
	a.copyText(a.link(), a.share.Underlying(), a.out.copyStatus, a.copyDone, "copy.done", "copy.manual")
}

// copyText puts s on the clipboard and says so in status, or selects the
// field that shows it for the user to copy where the Clipboard API is
// missing or refused; the status clears after a while (clear).
func (a *app) copyText(s string, field js.Value, status *written[string], clear *timer, doneKey, manualKey string) {
	lang := a.state.Lang
	done := func(key string) {
		status.set(i18n.T(lang, key))
		clear.after(copyStatusFor)
	}
	fallback := func() {
		field.Call("focus")
		field.Call("select")
		if a.doc.Call("execCommand", "copy").Truthy() {
			done(doneKey)
		} else {
			done(manualKey)
		}
	}
	clip := js.Global().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		fallback()
		return
	}
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		done(doneKey)
		return nil
	})
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		release()
		fallback()
		return nil
	})
	clip.Call("writeText", s).Call("then", ok, fail)
}
