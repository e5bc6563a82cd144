package i18n

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
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

// Number is explain.Number for the page's tags.
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
	for _, lang := range append(Langs(), "xx") {
		l := explain.LangOf(lang)
		for _, tt := range tests {
			if got := Number(lang, tt.v, tt.dec); got != tt.want || got != explain.Number(l, tt.v, tt.dec) {
				t.Errorf("Number(%s, %v, %d) = %q, want %q", lang, tt.v, tt.dec, got, tt.want)
			}
		}
	}
}

func TestLangs(t *testing.T) {
	l := Langs()
	if len(l) == 0 || l[0] != Default || !Supported(Default) || Supported("xx") {
		t.Errorf("Langs() = %v, Supported(%q) = %v", l, Default, Supported(Default))
	}
}

// The page's texts are filled by the one filler, explain.Fill.
func TestFUsesTheOneFiller(t *testing.T) {
	for _, lang := range Langs() {
		args := []string{"value", "0.21", "band", "low", "world", "Aggression possible"}
		if got, want := F(lang, "live.summary", args...), explain.Fill(T(lang, "live.summary"), args...); got != want {
			t.Errorf("%s: F(live.summary) = %q, explain.Fill gives %q", lang, got, want)
		}
	}
}

// The page's catalog holds its own labels only: every text that model/explain
// holds (the names of the worlds, bands, postures and Posen's conditions, the
// spiral's words) is looked up there, never copied here.
func TestNoKeyOfExplain(t *testing.T) {
	for lang, c := range catalogs {
		for k := range c {
			if s, ok := explain.Lookup(explain.En, k); ok {
				t.Errorf("%s: %q is model/explain's key (%q); use it from there", lang, k, s)
			}
		}
	}
}

// T finds model/explain's texts in the page's language.
func TestTFallsBackToExplain(t *testing.T) {
	for _, lang := range Langs() {
		l := explain.LangOf(lang)
		for _, k := range []string{"band.low", "world.compatible", "world.compatible.desc", "posture.offense", "figure.us", "figure.china"} {
			want, _ := explain.Lookup(l, k)
			if got := T(lang, k); got != want || got == "" {
				t.Errorf("T(%s, %s) = %q, want model/explain's %q", lang, k, got, want)
			}
		}
	}
	if !Has("band.low") || !Has("site.title") || Has("no.such.key") {
		t.Errorf("Has: band.low %v, site.title %v, no.such.key %v", Has("band.low"), Has("site.title"), Has("no.such.key"))
	}
}
