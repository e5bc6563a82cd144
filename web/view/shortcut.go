package view

// Shortcut is what a key pressed on the calculator page does.
type Shortcut int

const (
	// NoShortcut: the key is left to the browser.
	NoShortcut Shortcut = iota
	// FocusTech … FocusDialogue move the focus to a slider (keys 1–4, in
	// model.Params order).
	FocusTech
	FocusDiscourse
	FocusAttribution
	FocusDialogue
	// Reset resets to the 2018 baseline (R).
	Reset
	// CopyLink copies the page's link (C).
	CopyLink
	// FocusLang moves the focus to the language picker (L).
	FocusLang
	// Help opens the list of shortcuts (?).
	Help
)

// Key describes a keydown: the KeyboardEvent's key, whether Ctrl, Alt or
// Meta is held (Shift is not a modifier here: "?" needs it), and the
// focused element: its tag name, an input's type and whether it is
// content-editable.
type Key struct {
	Key             string
	Ctrl, Alt, Meta bool
	Tag, Type       string
	Editable        bool
}

// ShortcutOf returns what k does: nothing with Ctrl, Alt or Meta held, and
// nothing while the reader types in a field (Typing); otherwise 1–4, R, C,
// L (either case) and ? are shortcuts.
func ShortcutOf(k Key) Shortcut {
	if k.Ctrl || k.Alt || k.Meta || Typing(k.Tag, k.Type, k.Editable) {
		return NoShortcut
	}
	switch k.Key {
	case "1":
		return FocusTech
	case "2":
		return FocusDiscourse
	case "3":
		return FocusAttribution
	case "4":
		return FocusDialogue
	case "r", "R":
		return Reset
	case "c", "C":
		return CopyLink
	case "l", "L":
		return FocusLang
	case "?":
		return Help
	}
	return NoShortcut
}

// Typing reports whether an element takes typed text, so that a key
// pressed in it is the reader's text, not a shortcut: a textarea, a select
// (which picks an option by its first letters), anything content-editable,
// and an input other than a slider, a check box, a radio button, a button
// or a file picker, which take no text.
//
// tag is an element's tagName (upper case in an HTML document, as the DOM
// gives it), typ an input's type property (lower case).
func Typing(tag, typ string, editable bool) bool {
	if editable {
		return true
	}
	switch tag {
	case "TEXTAREA", "SELECT":
		return true
	case "INPUT":
		switch typ {
		case "range", "checkbox", "radio", "button", "submit", "reset", "image", "file", "color":
			return false
		}
		return true
	}
	return false
}
