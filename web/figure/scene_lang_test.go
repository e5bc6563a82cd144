package figure

import (
	"strings"
	"testing"
)

func TestSceneLanguage(t *testing.T) {
	en := NewScene("tech=0.85", nil)
	if !en.Text() || !strings.Contains(en.AriaLabel(), "Aggression possible") && !strings.Contains(en.AriaLabel(), "aggression possible") {
		t.Errorf("English scene: text %v, label %q", en.Text(), en.AriaLabel())
	}
	for lang, want := range map[string]string{"zh-CN": "可能发生侵略", "zh-TW": "可能發生侵略"} {
		s := NewScene("tech=0.85&lang="+lang, nil)
		if s.Text() {
			t.Errorf("%s: labels drawn on the canvas, whose font has no Chinese", lang)
		}
		if l := s.AriaLabel(); !strings.Contains(l, want) || strings.Contains(l, "World") {
			t.Errorf("%s: label %q", lang, l)
		}
	}
}
