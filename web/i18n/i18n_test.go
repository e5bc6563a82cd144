package i18n

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func TestEveryModelNameHasText(t *testing.T) {
	var keys []string
	for _, w := range model.Worlds {
		keys = append(keys, "world."+w.String(), "world."+w.String()+".desc")
	}
	for b := model.BandNone; b <= model.BandSevere; b++ {
		keys = append(keys, "band."+b.String())
	}
	for _, p := range model.Params {
		keys = append(keys, "input."+p.Key+".label", "input."+p.Key+".help")
	}
	for _, id := range model.PresetIDs() {
		keys = append(keys, "preset."+id)
	}
	for _, k := range keys {
		if !Has(k) {
			t.Errorf("English has no %q", k)
		}
	}
}

func TestCatalogsTranslateEveryKey(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[a-z]+\}`)
	for lang, c := range catalogs {
		for k, en := range English {
			s, ok := c[k]
			if !ok {
				t.Errorf("%s: missing %q", lang, k)
				continue
			}
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: %q is empty", lang, k)
			}
			if got, want := placeholder.FindAllString(s, -1), placeholder.FindAllString(en, -1); len(got) != len(want) {
				t.Errorf("%s: %q has placeholders %v, English %v", lang, k, got, want)
			}
		}
	}
}

func TestT(t *testing.T) {
	tests := []struct {
		name, lang, key, want string
	}{
		{"english", "en", "band.low", "low"},
		{"unknown language falls back", "xx", "band.low", "low"},
		{"unknown key is marked", "en", "no.such.key", "⟦no.such.key⟧"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := T(tt.lang, tt.key); got != tt.want {
				t.Errorf("T(%q, %q) = %q, want %q", tt.lang, tt.key, got, tt.want)
			}
		})
	}
}

func TestF(t *testing.T) {
	got := F("en", "live.summary", "value", "0.21", "band", "low", "world", "Aggression possible")
	if want := "Intensity 0.21, low. World: Aggression possible."; got != want {
		t.Errorf("F(live.summary) = %q, want %q", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("F with an odd number of args did not panic")
		}
	}()
	F("en", "live.summary", "value")
}

func TestNumber(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		want string
	}{
		{0.21456537887969807, 2, "0.21"},
		{0.855, 2, "0.85"}, // float64 below the half
		{1, 2, "1.00"},
		{-1.2199, 2, "−1.22"},
		{-0.001, 2, "0.00"},
		{0, 0, "0"},
	}
	for _, tt := range tests {
		if got := Number("en", tt.v, tt.dec); got != tt.want {
			t.Errorf("Number(en, %v, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}

func TestLangs(t *testing.T) {
	l := Langs()
	if len(l) == 0 || l[0] != Default || !Supported(Default) || Supported("xx") {
		t.Errorf("Langs() = %v, Supported(%q) = %v", l, Default, Supported(Default))
	}
}

func TestFill(t *testing.T) {
	tests := []struct {
		name, s string
		args    []string
		want    string
	}{
		{"two", "{a} and {b}", []string{"a", "1", "b", "2"}, "1 and 2"},
		{"repeated", "{a}{a}", []string{"a", "x"}, "xx"},
		{"unknown stays", "{a} {c}", []string{"a", "1"}, "1 {c}"},
		{"values are not expanded", "{a}", []string{"a", "{b}", "b", "no"}, "{b}"},
		{"unclosed", "{a} {", []string{"a", "1"}, "1 {"},
		{"no args", "{a}", nil, "{a}"},
		{"multibyte", "强度{value}（{band}）", []string{"value", "0.21", "band", "低"}, "强度0.21（低）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fill(tt.s, tt.args); got != tt.want {
				t.Errorf("fill(%q, %q) = %q, want %q", tt.s, tt.args, got, tt.want)
			}
		})
	}
}
