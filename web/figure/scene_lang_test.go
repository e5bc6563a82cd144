package figure

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dilemma/cyberdilemma/model/explain"
)

func TestSceneLanguage(t *testing.T) {
	en := NewScene("tech=0.85", nil)
	if !strings.Contains(en.AriaLabel(), "Aggression possible") && !strings.Contains(en.AriaLabel(), "aggression possible") {
		t.Errorf("English scene: label %q", en.AriaLabel())
	}
	for lang, want := range map[string]string{"zh-CN": "可能发生侵略", "zh-TW": "可能發生侵略"} {
		s := NewScene("tech=0.85&lang="+lang, nil)
		if l := s.AriaLabel(); !strings.Contains(l, want) || strings.Contains(l, "World") {
			t.Errorf("%s: label %q", lang, l)
		}
	}
}

// Every word the scene shows (the lines drawn on the canvas, the legend and
// the text alternative) is model/explain's text in the scene's language: in
// Chinese nothing but numbers stays in Latin letters, in every trend.
func TestSceneWordsInEveryLanguage(t *testing.T) {
	states := []string{"", "preset=us-superiority-no-consensus", "preset=both-defensive"}
	for _, l := range explain.Langs {
		for _, st := range states {
			s := NewScene(st+"&lang="+l.String(), nil)
			us, china := s.Legend()
			words := []string{s.Title(), s.TrendText(), s.IntensityText(), us, china, s.AriaLabel()}
			for i, w := range words {
				if w == "" || strings.ContainsAny(w, "⟦{}") {
					t.Errorf("%v %q: word %d = %q is missing or unfilled", l, st, i, w)
				}
				if l != explain.En && strings.IndexFunc(w, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) >= 0 {
					t.Errorf("%v %q: word %d = %q holds Latin letters", l, st, i, w)
				}
			}
		}
	}
	s := NewScene("lang=zh-TW", nil)
	if us, china := s.Legend(); us != "美方行動" || china != "中方行動" {
		t.Errorf("zh-TW legend = %q, %q", us, china)
	}
	if cn := NewScene("lang=zh-CN", nil); cn.Title() != "世界：可能发生侵略" {
		t.Errorf("zh-CN Title() = %q", cn.Title())
	}
	en := NewScene("", nil)
	if us, china := en.Legend(); us != LegendUS || china != LegendChina {
		t.Errorf("English legend %q, %q; LegendUS, LegendChina %q, %q", us, china, LegendUS, LegendChina)
	}
}

// A neutral race (a·b = m·n) has its own words.
func TestTrendWords(t *testing.T) {
	for _, tr := range []Trend{Converges, Diverges, Neutral} {
		for _, l := range explain.Langs {
			s := Scene{Trend: tr, Lang: l.String()}
			if w := s.TrendText(); w == "" || strings.Contains(w, "⟦") {
				t.Errorf("%v %v: TrendText() = %q", l, tr, w)
			}
		}
	}
	if got := (&Scene{Trend: Neutral}).TrendText(); got != "Race circles" {
		t.Errorf("neutral TrendText() = %q", got)
	}
}
