package view

import (
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

func TestPickLang(t *testing.T) {
	tests := []struct {
		name, fragment, stored, want string
	}{
		{"nothing", "", "", "en"},
		{"storage", "", "zh-TW", "zh-TW"},
		{"fragment wins", "zh-CN", "zh-TW", "zh-CN"},
		{"fragment english wins", "en", "zh-TW", "en"},
		{"bad fragment falls to storage", "xx", "zh-CN", "zh-CN"},
		{"bad storage", "", "fr", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PickLang(tt.fragment, tt.stored); got != tt.want {
				t.Errorf("PickLang(%q, %q) = %q, want %q", tt.fragment, tt.stored, got, tt.want)
			}
		})
	}
}

func TestParseKeepsLanguage(t *testing.T) {
	cur := Default()
	cur.Lang = "zh-TW"
	next, problems := Parse("tech=0.5", cur)
	if next.Lang != "zh-TW" || len(problems) != 0 {
		t.Errorf("Parse without lang= in zh-TW: Lang %q, problems %v", next.Lang, problems)
	}
	next, _ = Parse("lang=en", cur)
	if next.Lang != "en" {
		t.Errorf("Parse(lang=en) = %q", next.Lang)
	}
	// Problems are in the page's language, with the model's message translated.
	_, problems = Parse("tech=abc", cur)
	if len(problems) != 1 || strings.Contains(problems[0], "must be") || !strings.Contains(problems[0], "tech") {
		t.Errorf("Parse(tech=abc) in zh-TW: %q", problems)
	}
}

// The page's tags are model/explain's: explain.LangOf maps each to its own
// language, as explain.ParseLang does.
func TestPageTagsAreExplainsTags(t *testing.T) {
	for _, tag := range append(i18n.Langs(), "", "xx") {
		want, _ := explain.ParseLang(tag)
		if got := explain.LangOf(tag); got != want {
			t.Errorf("explain.LangOf(%q) = %v, want %v", tag, got, want)
		}
		if l := explain.LangOf(tag); i18n.Supported(tag) && l.String() != tag {
			t.Errorf("page language %q is model/explain's %q", tag, l)
		}
	}
}

func TestNewWhy(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, p := range model.Presets() {
			w := NewWhy(lang, p.Inputs)
			e := explain.Explain(explain.LangOf(lang), p.Inputs)
			if w.Summary != e.Summary || w.DriverInput != e.Driver.Input || len(w.Quotes) != len(e.Quotes) {
				t.Errorf("NewWhy(%s, %s) = %+v, explain says %q, %q", lang, p.ID, w, e.Summary, e.Driver.Input)
			}
		}
	}
}

func TestApplyLever(t *testing.T) {
	for _, lv := range explain.Levers() {
		in, text, ok := ApplyLever("en", lv.ID, model.Default())
		if !ok || in != lv.Apply(model.Default()).Round2() || text != lv.Effect(explain.En, model.Default()).Text {
			t.Errorf("ApplyLever(%s) = %+v, %q, %v", lv.ID, in, text, ok)
		}
		if model.Assess(in).Intensity >= model.Assess(model.Default()).Intensity {
			t.Errorf("ApplyLever(%s) does not lower the baseline's intensity", lv.ID)
		}
	}
	if _, _, ok := ApplyLever("en", "nope", model.Default()); ok {
		t.Errorf("ApplyLever(nope) = ok")
	}
}

func TestHistoryAndEvidence(t *testing.T) {
	for _, lang := range i18n.Langs() {
		eps := History(lang)
		want := explain.History(explain.LangOf(lang))
		if len(eps) != len(want) {
			t.Fatalf("%s: %d episodes, want %d", lang, len(eps), len(want))
		}
		for i, ep := range eps {
			if ep.Inputs != want[i].Inputs || !strings.Contains(ep.Label, want[i].Title) || !strings.Contains(ep.Label, want[i].Date) {
				t.Errorf("%s: episode %d = %+v", lang, i, ep)
			}
		}
		n := 0
		for _, g := range Evidence(lang) {
			n += len(g.Figures)
			if g.Heading == "" {
				t.Errorf("%s: group %s has no heading", lang, g.Input)
			}
			for _, f := range g.Figures {
				if f.Values == "" || f.Quote.Text == "" || strings.Contains(f.Values, "{") {
					t.Errorf("%s: figure %+v", lang, f)
				}
			}
		}
		if n != len(model.EvidenceTable()) {
			t.Errorf("%s: %d figures shown, want %d", lang, n, len(model.EvidenceTable()))
		}
		if got := HistoryPosition(lang, 2, 9); !strings.Contains(got, "3") || !strings.Contains(got, "9") {
			t.Errorf("HistoryPosition(%s, 2, 9) = %q", lang, got)
		}
	}
}

func TestHeadlineMatchesView(t *testing.T) {
	for _, lang := range i18n.Langs() {
		for _, p := range model.Presets() {
			s := State{Inputs: p.Inputs, Lang: lang}
			h, v := NewHeadline(s), New(s)
			if h.IntensityText != v.IntensityText || h.IntensityValue != v.IntensityValue || h.Band != v.Band || h.IntensityShort != v.IntensityShort {
				t.Errorf("NewHeadline(%s, %s) = %+v, New says %q", lang, p.ID, h, v.IntensityText)
			}
			for i := range h.Values {
				if h.Values[i] != v.Sliders[i].Value {
					t.Errorf("NewHeadline(%s, %s).Values[%d] = %q, want %q", lang, p.ID, i, h.Values[i], v.Sliders[i].Value)
				}
			}
		}
	}
}

func TestPresetQuoteIsTranslated(t *testing.T) {
	v := New(State{Inputs: model.Default(), Preset: "baseline-2018", Lang: "zh-CN"})
	if v.PresetQuote == "" || strings.ContainsAny(v.PresetQuote, "abcdefghijklmnopqrstuvwxyz") {
		t.Errorf("zh-CN preset quote %q", v.PresetQuote)
	}
}
