package figure

import (
	"image/color"
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// Palette holds the colours of one frame.
type Palette struct {
	// Background fills the canvas and the page's body; it is tinted by the
	// world so that the world reads at a glance.
	Background color.RGBA
	// Text is the colour of the title and the legend's labels.
	Text color.RGBA
	// Muted draws secondary text, the rim and the equilibrium's cross.
	Muted color.RGBA
	// Guide draws the faint rim circle.
	Guide color.RGBA
	// US and China draw each side's moves. They are the Okabe–Ito blue and
	// vermilion (light) or a light sky blue and orange (dark), which stay apart for
	// readers with a colour-vision deficiency.
	US, China color.RGBA
}

var (
	lightBackgrounds = [...]color.RGBA{
		model.DoublyDangerous:    {0xfb, 0xe9, 0xe7, 0xff}, // red tint
		model.Compatible:         {0xe9, 0xf0, 0xfa, 0xff}, // blue tint
		model.AggressionPossible: {0xfd, 0xf3, 0xe1, 0xff}, // amber tint
		model.DoublySafe:         {0xe8, 0xf5, 0xec, 0xff}, // green tint
	}
	darkBackgrounds = [...]color.RGBA{
		model.DoublyDangerous:    {0x2b, 0x15, 0x14, 0xff},
		model.Compatible:         {0x13, 0x1c, 0x2b, 0xff},
		model.AggressionPossible: {0x2a, 0x20, 0x0f, 0xff},
		model.DoublySafe:         {0x11, 0x24, 0x19, 0xff},
	}
	lightPalette = Palette{
		Text:  color.RGBA{0x1a, 0x1a, 0x1a, 0xff},
		Muted: color.RGBA{0x55, 0x58, 0x5d, 0xff},
		Guide: color.RGBA{0xb8, 0xbb, 0xc0, 0xff},
		US:    color.RGBA{0x00, 0x5a, 0xb5, 0xff},
		China: color.RGBA{0xc0, 0x4d, 0x00, 0xff},
	}
	darkPalette = Palette{
		Text:  color.RGBA{0xf2, 0xf2, 0xf2, 0xff},
		Muted: color.RGBA{0xb0, 0xb4, 0xb9, 0xff},
		Guide: color.RGBA{0x5a, 0x5e, 0x64, 0xff},
		US:    color.RGBA{0x8f, 0xcd, 0xf7, 0xff},
		China: color.RGBA{0xe8, 0x86, 0x0c, 0xff},
	}
)

// PaletteFor returns the colours for world w in the dark or light scheme.
// An unknown world gets a neutral background.
func PaletteFor(w model.World, dark bool) Palette {
	p, bgs := lightPalette, lightBackgrounds[:]
	p.Background = color.RGBA{0xff, 0xff, 0xff, 0xff}
	if dark {
		p, bgs = darkPalette, darkBackgrounds[:]
		p.Background = color.RGBA{0x12, 0x12, 0x12, 0xff}
	}
	if w >= 0 && int(w) < len(bgs) {
		p.Background = bgs[w]
	}
	return p
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
