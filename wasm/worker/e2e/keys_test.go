//go:build !js

package e2e

import (
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Modifier bits of a key press (input.DispatchKeyEventParams.Modifiers).
const (
	modAlt   = 1
	modCtrl  = 2
	modMeta  = 4
	modShift = 8
)

// press presses a key as a keyboard does: one keyDown that carries the
// key's text, so that a keydown handler's preventDefault also cancels its
// keypress, then the keyUp. (chromedp.KeyEvent sends the keypress as an
// event of its own, which reaches whatever the keydown moved the focus
// to.) key and code are the DOM's KeyboardEvent.key and .code, vk the
// Windows virtual key code, text what the key types ("" for none).
func (tb *tab) press(key, code string, vk int64, text string, modifiers int64) {
	tb.t.Helper()
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: key, Code: code,
		WindowsVirtualKeyCode: vk, NativeVirtualKeyCode: vk, Modifiers: modifiers, Text: text, UnmodifiedText: text}
	if text == "" {
		down.Type = input.DispatchKeyEventTypeRawKeyDown
	}
	up := down
	up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
	for _, p := range []input.DispatchKeyEventParams{down, up} {
		if _, err := chromedp.Call(tb.ctx, input.DispatchKeyEvent, p); err != nil {
			tb.t.Fatalf("press %s: %v", key, err)
		}
	}
}

// enter presses Enter.
func (tb *tab) enter() { tb.press("Enter", "Enter", 13, "\r", 0) }
