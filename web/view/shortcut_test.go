package view

import "testing"

func TestShortcutOf(t *testing.T) {
	tests := []struct {
		name string
		in   Key
		want Shortcut
	}{
		{"1 on the page", Key{Key: "1", Tag: "BODY"}, FocusTech},
		{"4 on a button", Key{Key: "4", Tag: "BUTTON"}, FocusDialogue},
		{"2 on a slider", Key{Key: "2", Tag: "INPUT", Type: "range"}, FocusDiscourse},
		{"3 on a radio", Key{Key: "3", Tag: "INPUT", Type: "radio"}, FocusAttribution},
		{"r", Key{Key: "r", Tag: "BODY"}, Reset},
		{"R with Shift", Key{Key: "R", Tag: "BODY"}, Reset},
		{"c", Key{Key: "c", Tag: "BODY"}, CopyLink},
		{"L", Key{Key: "L", Tag: "A"}, FocusLang},
		{"?", Key{Key: "?", Tag: "BODY"}, Help},
		{"5", Key{Key: "5", Tag: "BODY"}, NoShortcut},
		{"Enter", Key{Key: "Enter", Tag: "BODY"}, NoShortcut},
		{"Ctrl+C", Key{Key: "c", Ctrl: true, Tag: "BODY"}, NoShortcut},
		{"Alt+1", Key{Key: "1", Alt: true, Tag: "BODY"}, NoShortcut},
		{"Meta+R", Key{Key: "r", Meta: true, Tag: "BODY"}, NoShortcut},
		{"typing in a text field", Key{Key: "r", Tag: "INPUT", Type: "text"}, NoShortcut},
		{"typing in an input without a type", Key{Key: "1", Tag: "INPUT"}, NoShortcut},
		{"typing in a search field", Key{Key: "c", Tag: "INPUT", Type: "search"}, NoShortcut},
		{"typing in a textarea", Key{Key: "1", Tag: "TEXTAREA"}, NoShortcut},
		{"in a select", Key{Key: "l", Tag: "SELECT"}, NoShortcut},
		{"in contenteditable", Key{Key: "?", Tag: "DIV", Editable: true}, NoShortcut},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShortcutOf(tt.in); got != tt.want {
				t.Errorf("ShortcutOf(%+v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
