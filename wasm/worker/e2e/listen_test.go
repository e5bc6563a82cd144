//go:build !js

package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/web/i18n"
)

const listenState = `(b => b.getAttribute("aria-pressed") + " " + b.dataset.playing)(document.getElementById("listen"))`

// TestListenEscape: Escape stops the sound only when nothing else took
// it: not when a handler already did (defaultPrevented), nor while a
// dialog is open (it closes the dialog), nor in a text field (the rename
// field's Escape cancels the rename); then Escape on the page stops it.
func TestListenEscape(t *testing.T) {
	tb := newTab(t)
	tb.open("/#preset=us-superiority-no-consensus")
	tb.click("#listen")
	tb.poll(listenState + ` === "true true"`)
	// Taken by another handler, and typed in a text field: both synthetic,
	// at once, within the score's 5 seconds.
	got := eval[string](tb, `(() => {
		const e = new KeyboardEvent("keydown", {key: "Escape", bubbles: true, cancelable: true});
		e.preventDefault();
		document.body.dispatchEvent(e);
		const r = [`+listenState+`];
		document.getElementById("scenario-name").dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true, cancelable: true}));
		r.push(`+listenState+`);
		return r.join(", ");
	})()`)
	if got != "true true, true true" {
		t.Errorf("after a handled Escape and an Escape in a text field: %q, want the sound playing", got)
	}
	// An open dialog: Escape closes it and the sound plays on.
	blur(tb)
	tb.key("?", 0)
	tb.poll(`document.querySelector("dialog[open]") !== null`)
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.poll(`document.querySelector("dialog[open]") === null`)
	if s := eval[string](tb, listenState); s != "true true" {
		t.Errorf("Escape closing the shortcuts dialog stopped the sound: %q", s)
	}
	// On the page, Escape stops it.
	blur(tb)
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.poll(listenState + ` === "false false"`)
}

// TestListenFails: an AudioContext that throws (as a browser without an
// audio device can) neither plays nor stops the app: the live region says
// so in the page's language, the button is not pressed, and the page still
// answers.
func TestListenFails(t *testing.T) {
	tb := newTab(t)
	tb.open("/#lang=zh-TW")
	eval[chromedp.Void](tb, `window.AudioContext = function() { throw new DOMException("no audio device", "NotSupportedError"); }; window.webkitAudioContext = undefined;`)
	tb.click("#listen")
	tb.poll(`document.getElementById("announce").textContent === ` + strconv.Quote(i18n.T("zh-TW", "listen.failed")))
	if s := eval[string](tb, listenState); s != "false false" {
		t.Errorf("after a failed start: %q, want not playing", s)
	}
	// app.wasm still runs: a slider still moves the result.
	eval[bool](tb, `(() => { const s = document.querySelector("#dialogue"); s.value = "0.9"; s.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	tb.poll(`location.hash.includes("dialogue=0.90")`)
	eval[chromedp.Void](tb, `document.getElementById("announce").textContent = ""`)
	tb.click("#listen")
	tb.poll(`document.getElementById("announce").textContent === ` + strconv.Quote(i18n.T("zh-TW", "listen.failed")) + ` && ` + listenState + ` === "false false"`)
	// A third press that fails as the second did, the region untouched in
	// between: the same text is written again as new content, which a
	// screen reader announces (the app's writers otherwise skip a value
	// equal to the one they last wrote).
	eval[chromedp.Void](tb, `window.__announced = 0; new MutationObserver(ms => { window.__announced += ms.length; }).observe(document.getElementById("announce"), {childList: true, characterData: true, subtree: true})`)
	tb.click("#listen")
	tb.poll(`window.__announced > 0 && document.getElementById("announce").textContent === ` + strconv.Quote(i18n.T("zh-TW", "listen.failed")))
}
