package figure_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// measure stands for a browser's text measuring: a CJK character (or a
// full-width form) is one em wide, any other rune 0.6 em.
func measure(f figure.Font, s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x2E80 {
			w += f.Size
		} else {
			w += 0.6 * f.Size
		}
	}
	return w
}

func cardText(lang string, in model.Inputs) figure.CardText {
	c := view.NewCard(view.New(view.State{Inputs: in, Lang: lang}), "https://calc.example/#"+in.Encode())
	return figure.CardText{Title: c.Title, Subtitle: c.Subtitle, WorldLabel: c.WorldLabel, World: c.World,
		IntensityLabel: c.IntensityLabel, Intensity: c.Intensity, Race: c.Race, Inputs: c.Inputs[:],
		Postures: c.Postures, LegendUS: c.LegendUS, LegendChina: c.LegendCN, Link: c.Link}
}

// TestLayoutCard: in every language and world the card's text wraps inside
// its column, lines do not start with closing punctuation, and the column
// ends above the legend.
func TestLayoutCard(t *testing.T) {
	for _, lang := range []string{"en", "zh-CN", "zh-TW"} {
		for _, p := range model.Presets() {
			lines := figure.LayoutCard(cardText(lang, p.Inputs), measure)
			if len(lines) == 0 {
				t.Fatalf("%s %s: no text", lang, p.ID)
			}
			last := 0.0
			for _, l := range lines {
				if w := measure(l.Font, l.Text); l.X+w > figure.CardPanel.X0-20 {
					t.Errorf("%s %s: %q reaches x=%.0f, into the panel at %.0f", lang, p.ID, l.Text, l.X+w, figure.CardPanel.X0)
				}
				if r, _ := utf8.DecodeRuneInString(l.Text); strings.ContainsRune("，。、；：）」", r) {
					t.Errorf("%s %s: line %q starts with closing punctuation", lang, p.ID, l.Text)
				}
				if l.Y <= last {
					t.Errorf("%s %s: line %q at y=%.0f is not below the one before (%.0f)", lang, p.ID, l.Text, l.Y, last)
				}
				last = l.Y
			}
			if last > 540 {
				t.Errorf("%s %s: text ends at y=%.0f, on the legend", lang, p.ID, last)
			}
		}
	}
}

func TestWrapChinese(t *testing.T) {
	f := figure.Font{Size: 10}
	m := func(s string) float64 { return measure(f, s) }
	s := "依据Li Senlin的分析；杰维斯（1978）、理查森（1960）"
	lines := figure.Wrap(s, 80, m)
	if len(lines) < 3 {
		t.Fatalf("Wrap(%q, 80) = %q, want it broken between CJK characters", s, lines)
	}
	if got := strings.Join(lines, ""); got != strings.ReplaceAll(s, " ", "") && got != s {
		// Only the breaking spaces may go.
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Errorf("Wrap lost text: %q", lines)
		}
	}
	for _, l := range lines {
		if m(l) > 80 && utf8.RuneCountInString(l) > 1 && strings.ContainsFunc(l, func(r rune) bool { return r >= 0x2E80 }) {
			t.Errorf("line %q is %.0f wide, want ≤ 80", l, m(l))
		}
		if r, _ := utf8.DecodeRuneInString(l); strings.ContainsRune("，。、；：）", r) {
			t.Errorf("line %q starts with closing punctuation (%q)", l, lines)
		}
		if r, _ := utf8.DecodeLastRuneInString(l); r == '（' {
			t.Errorf("line %q ends with opening punctuation (%q)", l, lines)
		}
	}
	// English still breaks at spaces only; a long word stays whole.
	if got := figure.Wrap("aaaa bbbbbbbbbbbbbbbbbbbb cc", 30, m); len(got) != 3 || got[1] != "bbbbbbbbbbbbbbbbbbbb" {
		t.Errorf("Wrap English = %q", got)
	}
	if got := figure.Wrap("short", 80, m); len(got) != 1 || got[0] != "short" {
		t.Errorf("Wrap(short) = %q", got)
	}
}

// TestRasterCard reads the raster card's pixels: the palette's US and China
// colours on the world's tint, and the page's ink.
func TestRasterCard(t *testing.T) {
	in := model.Default()
	w := model.Assess(in).World
	r := figure.NewRaster(figure.CardW, figure.CardH)
	figure.DrawCard(r, cardText("en", in), model.Spiral(nil, in, figure.MaxMoves), w, false)
	pal := figure.PaletteFor(w, false)
	counts := map[[3]uint8]int{}
	for i := 0; i < len(r.Img.Pix); i += 4 {
		counts[[3]uint8{r.Img.Pix[i], r.Img.Pix[i+1], r.Img.Pix[i+2]}]++
	}
	for name, c := range map[string][3]uint8{
		"US": {pal.US.R, pal.US.G, pal.US.B}, "China": {pal.China.R, pal.China.G, pal.China.B},
		"Text": {pal.Text.R, pal.Text.G, pal.Text.B}, "tint": {pal.Background.R, pal.Background.G, pal.Background.B},
		"Paper": {pal.Paper.R, pal.Paper.G, pal.Paper.B},
	} {
		if counts[c] < 300 {
			t.Errorf("card: %d pixels of the palette's %s colour %v", counts[c], name, c)
		}
	}
}
