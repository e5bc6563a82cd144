package figure

import (
	"image/color"
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// Palette holds the colours of one frame.
type Palette struct {
	// Background fills the plot: the world's tint, so that the world reads
	// at a glance.
	Background color.RGBA
	// Paper is the page's own background (style.css's --bg), around a plot.
	Paper color.RGBA
	// Text is the colour of titles and labels.
	Text color.RGBA
	// Muted draws secondary text and the equilibrium's mark.
	Muted color.RGBA
	// Guide draws the faint rim circles.
	Guide color.RGBA
	// US and China draw each side's moves. They are the Okabe–Ito blue and
	// vermilion (light) or a light sky blue and orange (dark), which stay apart for
	// readers with a colour-vision deficiency.
	US, China color.RGBA
	// ChinaDash, when above 0, draws China's moves (and its legend sample)
	// dashed, dashes and gaps ChinaDash line widths long, so that the two
	// sides differ by more than colour: the projector theme and forced
	// colours (Windows high contrast) set it; 0 draws them solid.
	ChinaDash float64
}

// A Var is one of the page's CSS colour custom properties (web/style.css),
// in the light and the dark scheme. A test holds style.css equal to Vars.
type Var struct {
	Name        string // without the leading "--"
	Light, Dark color.RGBA
}

func rgb(v uint32) color.RGBA { return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff} }

// The colours that the page and the pictures share.
var (
	paper = [2]color.RGBA{rgb(0xfbfbfa), rgb(0x121418)}
	ink   = [2]color.RGBA{rgb(0x1b1d21), rgb(0xe9ebef)}
	muted = [2]color.RGBA{rgb(0x4a505a), rgb(0xb6bcc6)}
	guide = [2]color.RGBA{rgb(0xb8bbc0), rgb(0x5a5e64)}
	us    = [2]color.RGBA{rgb(0x005ab5), rgb(0x8fcdf7)}
	china = [2]color.RGBA{rgb(0xc04d00), rgb(0xe8860c)}
	// tints are the worlds' backgrounds, light and dark: red, blue, amber
	// and green, by model.World.
	tints = [...][2]color.RGBA{
		model.DoublyDangerous:    {rgb(0xfbe9e7), rgb(0x2b1514)},
		model.Compatible:         {rgb(0xe9f0fa), rgb(0x131c2b)},
		model.AggressionPossible: {rgb(0xfdf3e1), rgb(0x2a200f)},
		model.DoublySafe:         {rgb(0xe8f5ec), rgb(0x112419)},
	}
)

// Vars are the page's colour custom properties, in style.css's order: the
// page's own colours, then the spiral's and the worlds' (--world-<id>).
var Vars = func() []Var {
	v := func(name string, light, dark uint32) Var { return Var{name, rgb(light), rgb(dark)} }
	p := func(name string, c [2]color.RGBA) Var { return Var{name, c[0], c[1]} }
	vars := []Var{
		p("bg", paper),
		v("panel", 0xffffff, 0x1b1e24),
		p("text", ink),
		p("muted", muted),
		v("line", 0xc9ced6, 0x4a515c),
		v("accent", 0x0b57d0, 0x8ab4f8),
		v("accent-text", 0xffffff, 0x0d1b33),
		v("focus", 0x0b57d0, 0x8ab4f8),
		v("cell", 0xf1f3f6, 0x242830),
		v("current", 0xdce8fc, 0x1f3357),
		v("current-line", 0x0b57d0, 0x8ab4f8),
		v("dot", 0xb3261e, 0xff8a80),
		v("dot-ring", 0xffffff, 0x121418),
		v("ok", 0x146c2e, 0x7fd49a),
		v("bad", 0xb3261e, 0xff9a90),
		v("notice-bg", 0xfff4d6, 0x3a2e10),
		v("notice-line", 0xa86b00, 0xf0b847),
		p("us", us),
		p("china", china),
	}
	for _, w := range model.Worlds {
		vars = append(vars, p("world-"+w.String(), tints[w]))
	}
	return vars
}()

// PaletteFor returns the colours for world w in the dark or light scheme.
// An unknown world gets the page's background.
func PaletteFor(w model.World, dark bool) Palette {
	i := 0
	if dark {
		i = 1
	}
	p := Palette{
		Background: paper[i], Paper: paper[i], Text: ink[i], Muted: muted[i],
		Guide: guide[i], US: us[i], China: china[i],
	}
	if w >= 0 && int(w) < len(tints) {
		p.Background = tints[w][i]
	}
	return p
}

// Colours returns every colour the pictures are drawn with, in both
// schemes, once each: the flat colours a paletted image keeps exactly.
func Colours() []color.RGBA {
	var out []color.RGBA
	seen := map[color.RGBA]bool{}
	for _, dark := range []bool{false, true} {
		for _, w := range model.Worlds {
			p := PaletteFor(w, dark)
			for _, c := range []color.RGBA{p.Background, p.Paper, p.Text, p.Muted, p.Guide, p.US, p.China} {
				if !seen[c] {
					seen[c] = true
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// CSS returns c as a CSS colour, "#rrggbb".
func CSS(c color.RGBA) string {
	const hex = "0123456789abcdef"
	b := []byte{'#', hex[c.R>>4], hex[c.R&15], hex[c.G>>4], hex[c.G&15], hex[c.B>>4], hex[c.B&15]}
	return string(b)
}

// Contrast returns the WCAG 2 contrast ratio of two opaque colours, in [1, 21].
func Contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.RGBA) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}
