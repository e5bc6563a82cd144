package figure

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"github.com/dilemma/cyberdilemma/model"
)

// spiralGlyphs is the file that lists the characters the spiral page draws
// in Chinese, from which wasm/spiral/fonts/subset.sh cuts the canvas's CJK font.
const spiralGlyphs = "../../wasm/spiral/fonts/spiral-cjk.txt"

// sceneRunes returns every character beyond ASCII that the spiral page
// draws (Title, TrendText, IntensityText, Legend and the " · " between
// them, and the phase plane's PlaneLabels) in zh-CN and zh-TW, in every world, trend and band, sorted.
func sceneRunes() string {
	seen := map[rune]bool{'·': true}
	add := func(s string) {
		for _, r := range s {
			if r > 0x7e {
				seen[r] = true
			}
		}
	}
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		for _, w := range model.Worlds {
			for _, tr := range []Trend{Converges, Diverges, Neutral} {
				for b := model.BandNone; b <= model.BandSevere; b++ {
					s := Scene{Lang: lang, Trend: tr, Assessment: model.Assessment{World: w, Band: b, Intensity: 0.5}}
					add(s.Title())
					add(s.TrendText())
					add(s.IntensityText())
					us, cn := s.Legend()
					add(us + cn)
					w := s.PlaneLabels()
					add(w.X + w.Y + w.US + w.China + w.Equilibrium + w.Wedge)
				}
			}
		}
	}
	rs := make([]rune, 0, len(seen))
	for r := range seen {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return string(rs)
}

// TestSpiralGlyphs holds wasm/spiral/fonts/spiral-cjk.txt equal to the
// characters the spiral draws; with -update it rewrites the file (then run
// wasm/spiral/fonts/subset.sh to cut the font again). The font's coverage of
// the list is tested by TestSpiralFont.
func TestSpiralGlyphs(t *testing.T) {
	want := sceneRunes() + "\n"
	if *update {
		if err := os.WriteFile(spiralGlyphs, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(spiralGlyphs)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != want {
		var missing []string
		for _, r := range want {
			if !strings.ContainsRune(got, r) {
				missing = append(missing, string(r))
			}
		}
		t.Errorf("%s is stale (missing %q): go test ./web/figure -run TestSpiralGlyphs -update, then wasm/spiral/fonts/subset.sh", spiralGlyphs, missing)
	}
}

var update = flag.Bool("update", false, "rewrite the generated files the tests compare with")

// TestSpiralFont parses the spiral's CJK font as wasm/spiral/text.go does
// (x/image's sfnt) and checks that it has a glyph for every character the
// spiral draws in Chinese.
func TestSpiralFont(t *testing.T) {
	b, err := os.ReadFile("../../wasm/spiral/fonts/NotoSansCJKsc-spiral.otf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range sceneRunes() + "0123456789.() World" {
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			t.Errorf("the font has no glyph for %q (run wasm/spiral/fonts/subset.sh)", r)
		}
	}
}
