//go:build !js

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// key presses a printable key with the given modifiers.
func (tb *tab) key(k string, modifiers int64) {
	tb.t.Helper()
	code, vk := "", int64(0)
	switch {
	case k >= "0" && k <= "9":
		code, vk = "Digit"+k, int64(k[0])
	case k == "?":
		code, vk = "Slash", 191
	default:
		code, vk = "Key"+strings.ToUpper(k), int64(strings.ToUpper(k)[0])
	}
	text := k
	if modifiers&(modCtrl|modAlt|modMeta) != 0 {
		text = ""
	}
	tb.press(k, code, vk, text, modifiers)
}

func active(tb *tab) string {
	tb.t.Helper()
	return eval[string](tb, `document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ""`)
}

// blur leaves the focus on the page itself.
func blur(tb *tab) {
	eval[chromedp.Void](tb, `document.activeElement && document.activeElement.blur()`)
}

const away = "/#tech=0.40&discourse=0.30&attribution=0.70&dialogue=0.10&us=offense&china=defense&v=2"

// TestShortcuts presses each shortcut on the page.
func TestShortcuts(t *testing.T) {
	tb := newTab(t)
	tb.open(away)
	for _, c := range []struct{ key, want string }{{"2", "discourse"}, {"4", "dialogue"}, {"1", "tech"}, {"3", "attribution"}} {
		blur(tb)
		tb.key(c.key, 0)
		if got := active(tb); got != c.want {
			t.Errorf("key %s: focus on %q, want #%s", c.key, got, c.want)
		}
	}
	// From a slider, the next digit still moves (a slider takes no text).
	tb.key("2", 0)
	if got := active(tb); got != "discourse" {
		t.Errorf("key 2 on a slider: focus on %q, want #discourse", got)
	}
	blur(tb)
	tb.key("l", 0)
	if got := active(tb); got != "lang" {
		t.Errorf("key L: focus on %q, want #lang", got)
	}
	blur(tb)
	tb.key("c", 0)
	tb.poll(`document.getElementById("copy-status").textContent !== ""`)
	// R, with Shift too (capital R).
	tb.key("R", modShift)
	tb.poll(`document.getElementById("tech").value === "0.85" && location.hash.includes("tech=0.85")`)
	if got := eval[string](tb, `document.getElementById("dialogue").value`); got != "0.6" {
		t.Errorf("after R, dialogue = %s, want the baseline's 0.6", got)
	}
}

// TestShortcutsNotWhileTyping: no shortcut fires in a text field, a
// textarea or a select, nor with Ctrl, Alt or Meta held.
func TestShortcutsNotWhileTyping(t *testing.T) {
	tb := newTab(t)
	tb.open(away)
	before := eval[string](tb, `location.hash`)
	for _, id := range []string{"scenario-name", "scenario-note"} {
		tb.do(chromedp.Focus("#" + id))
		for _, k := range []string{"1", "r", "c", "l", "?"} {
			tb.key(k, 0)
		}
		if got := active(tb); got != id {
			t.Errorf("typing in #%s: the focus moved to %q", id, got)
		}
		if got := eval[string](tb, `document.getElementById("`+id+`").value`); got != "1rcl?" {
			t.Errorf("typing in #%s: value %q, want the keys typed", id, got)
		}
	}
	tb.do(chromedp.Focus("#preset"))
	tb.key("1", 0)
	if got := active(tb); got != "preset" {
		t.Errorf("a key in the preset picker moved the focus to %q", got)
	}
	blur(tb)
	for _, m := range []struct {
		name string
		mod  int64
	}{{"Ctrl", modCtrl}, {"Alt", modAlt}, {"Meta", modMeta}} {
		// (Not Ctrl+R or Ctrl+L, which are the browser's own: reload, the
		// address bar.)
		tb.key("1", m.mod)
		tb.key("4", m.mod)
		tb.key("c", m.mod)
		tb.key("?", m.mod|modShift)
		if m.mod == modAlt {
			tb.key("r", m.mod)
			tb.key("l", m.mod)
		}
		if got := active(tb); got != "BODY" {
			t.Errorf("%s held: the focus moved to %q", m.name, got)
		}
	}
	if eval[bool](tb, `document.getElementById("shortcuts").open`) {
		t.Error("a key with a modifier opened the shortcuts' dialog")
	}
	if got := eval[string](tb, `location.hash`); got != before {
		t.Errorf("the state changed: %s, want %s", got, before)
	}
	if got := eval[string](tb, `document.getElementById("copy-status").textContent`); got != "" {
		t.Errorf("a key in a field or with a modifier copied the link: %q", got)
	}
}

// TestShortcutsDialog: ? opens the list as a modal dialog, the focus moves
// in and comes back where it was; Escape and the Close button close it;
// axe finds nothing with it open; it speaks the page's language.
func TestShortcutsDialog(t *testing.T) {
	tb := newTab(t)
	injectAxe(tb, axeSource(t))
	tb.open("/")
	tb.do(chromedp.Focus("#copy-link"))
	tb.key("?", modShift)
	tb.poll(`document.getElementById("shortcuts").open`)
	if !eval[bool](tb, `document.getElementById("shortcuts").matches(":modal") && !!document.activeElement.closest("#shortcuts")`) {
		t.Errorf("the dialog is not modal or the focus (%s) is not in it", active(tb))
	}
	text := eval[string](tb, `document.getElementById("shortcuts").textContent`)
	for _, w := range []string{"1", "4", "R", "C", "L", "?", "Esc", "Reset to the 2018 baseline", "Copy the link", "language picker"} {
		if !strings.Contains(text, w) {
			t.Errorf("the dialog does not list %q", w)
		}
	}
	// Keys do nothing behind the modal dialog.
	tb.key("1", 0)
	if got := active(tb); got == "tech" {
		t.Error("key 1 reached the page behind the dialog")
	}
	tb.spiralInView()
	tb.axeClean("with the dialog open")
	tb.press("Escape", "Escape", 27, "", 0)
	tb.poll(`!document.getElementById("shortcuts").open`)
	if got := active(tb); got != "copy-link" {
		t.Errorf("after Escape the focus is on %q, want #copy-link, where it was", got)
	}
	// The header's button opens it too; Close brings the focus back to it.
	tb.click("#shortcuts-open")
	tb.poll(`document.getElementById("shortcuts").open`)
	tb.click("#shortcuts-close")
	tb.poll(`!document.getElementById("shortcuts").open`)
	if got := active(tb); got != "shortcuts-open" {
		t.Errorf("after Close the focus is on %q, want #shortcuts-open", got)
	}

	for lang, want := range map[string]string{"zh-CN": "键盘快捷键", "zh-TW": "鍵盤快速鍵"} {
		tb.open("/#lang=" + lang)
		blur(tb)
		tb.key("?", modShift)
		tb.poll(`document.getElementById("shortcuts").open`)
		if got := eval[string](tb, `document.getElementById("shortcuts-heading").textContent`); got != want {
			t.Errorf("%s: the dialog's heading is %q, want %q", lang, got, want)
		}
		if got := eval[string](tb, `document.querySelector("#shortcuts [data-i18n='shortcuts.reset']").textContent`); strings.Contains(got, "Reset") {
			t.Errorf("%s: the dialog is in English: %q", lang, got)
		}
	}
}

// TestShortcutsOff: the dialog's switch turns the single-key shortcuts off
// (WCAG 2.1.4): then R does not reset nor ? open the list, and the choice
// outlives a reload; turned on again, R resets.
func TestShortcutsOff(t *testing.T) {
	tb := newTab(t)
	tb.open(away)
	eval[chromedp.Void](tb, `localStorage.removeItem("dilemma.shortcuts")`)
	tb.reload()
	tb.click("#shortcuts-open")
	tb.poll(`document.getElementById("shortcuts").open`)
	if !eval[bool](tb, `document.getElementById("shortcuts-on").checked`) {
		t.Fatal("the shortcuts are off by default")
	}
	tb.click("#shortcuts-on")
	tb.click("#shortcuts-close")
	tb.poll(`!document.getElementById("shortcuts").open`)
	if got := eval[string](tb, `localStorage.getItem("dilemma.shortcuts") || ""`); got != "off" {
		t.Errorf("localStorage dilemma.shortcuts = %q, want off", got)
	}
	before := eval[string](tb, `location.hash`)
	check := func(when string) {
		t.Helper()
		blur(tb)
		tb.key("r", 0)
		tb.key("?", modShift)
		tb.key("1", 0)
		eval[chromedp.Void](tb, `new Promise(r => setTimeout(r, 300))`)
		if got := eval[string](tb, `location.hash`); got != before {
			t.Errorf("%s: R with the shortcuts off changed the state to %s", when, got)
		}
		if eval[bool](tb, `document.getElementById("shortcuts").open`) || active(tb) == "tech" {
			t.Errorf("%s: ? or 1 worked with the shortcuts off", when)
		}
	}
	check("turned off")
	tb.reload()
	check("after a reload")
	tb.click("#shortcuts-open")
	tb.poll(`document.getElementById("shortcuts").open`)
	if eval[bool](tb, `document.getElementById("shortcuts-on").checked`) {
		t.Error("after a reload the switch says on")
	}
	tb.click("#shortcuts-on")
	tb.click("#shortcuts-close")
	blur(tb)
	tb.key("r", 0)
	tb.poll(`location.hash.includes("tech=0.85")`)
}

// reload reloads the page (a navigation to the same address with a
// fragment would not) and waits for the calculator to be ready.
func (tb *tab) reload() {
	tb.t.Helper()
	eval[chromedp.Void](tb, `document.documentElement.dataset.ready = "reloading"`)
	tb.do(chromedp.Reload())
	tb.poll(`document.documentElement.dataset.ready === "true"`)
}
