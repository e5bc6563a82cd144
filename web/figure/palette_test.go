package figure

import (
	"image/color"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// TestPaletteContrast checks WCAG 2 contrast on every background: 4.5:1
// for text, 3:1 for the moves' lines (non-text graphics, WCAG 1.4.11).
func TestPaletteContrast(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for _, w := range model.Worlds {
			p := PaletteFor(w, dark)
			checks := []struct {
				name string
				c    color.RGBA
				min  float64
			}{
				{"Text", p.Text, 4.5}, {"Muted", p.Muted, 4.5},
				{"US", p.US, 3}, {"China", p.China, 3},
			}
			for _, c := range checks {
				if got := Contrast(c.c, p.Background); got < c.min {
					t.Errorf("PaletteFor(%v, dark=%v): %s contrast %.2f, want ≥ %v", w, dark, c.name, got, c.min)
				}
			}
			if got := Contrast(p.US, p.China); got < 1.3 {
				t.Errorf("PaletteFor(%v, dark=%v): US/China contrast %.2f, want them apart in lightness too", w, dark, got)
			}
		}
	}
}

func TestPaletteTint(t *testing.T) {
	for _, dark := range []bool{false, true} {
		seen := map[color.RGBA]model.World{}
		for _, w := range model.Worlds {
			bg := PaletteFor(w, dark).Background
			if prev, ok := seen[bg]; ok {
				t.Errorf("PaletteFor(%v, %v) and (%v) share background %v", w, dark, prev, bg)
			}
			seen[bg] = w
		}
	}
}

func TestCSS(t *testing.T) {
	if got, want := CSS(color.RGBA{0x0a, 0xbc, 0xff, 0xff}), "#0abcff"; got != want {
		t.Errorf("CSS() = %q, want %q", got, want)
	}
}

func TestContrast(t *testing.T) {
	black, white := color.RGBA{0, 0, 0, 0xff}, color.RGBA{0xff, 0xff, 0xff, 0xff}
	if got := Contrast(black, white); got < 20.99 || got > 21.01 {
		t.Errorf("Contrast(black, white) = %v, want 21", got)
	}
	if got := Contrast(white, white); got != 1 {
		t.Errorf("Contrast(white, white) = %v, want 1", got)
	}
}
