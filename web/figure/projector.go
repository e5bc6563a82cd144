package figure

import (
	"image/color"

	"github.com/dilemma/cyberdilemma/model"
)

// The projector theme (theme=projector): a light scheme for a beamer in a
// lit room, where pale colours wash out. Every colour that text or a line
// is drawn in reaches a contrast of at least 7:1 (WCAG AAA) on every
// background it is drawn on (projector_test.go computes them); the page
// sets larger text and thicker lines (style.css), the spiral thicker
// strokes (Theme.Bold).
var projector = map[string]color.RGBA{
	"bg":           rgb(0xffffff),
	"panel":        rgb(0xffffff),
	"text":         rgb(0x000000),
	"muted":        rgb(0x333333),
	"line":         rgb(0x333333),
	"accent":       rgb(0x0037a3),
	"accent-text":  rgb(0xffffff),
	"focus":        rgb(0x0037a3),
	"cell":         rgb(0xf2f2f2),
	"current":      rgb(0xdfe8ff),
	"current-line": rgb(0x000000),
	"dot":          rgb(0x8a0000),
	"dot-ring":     rgb(0xffffff),
	"ok":           rgb(0x074a18),
	"bad":          rgb(0x8a0000),
	"notice-bg":    rgb(0xfff4d6),
	"notice-line":  rgb(0x5c3a00),
	// The two sides: a deep blue and a deep vermilion-brown, apart in hue
	// (blue against orange, which colour-vision deficiencies keep).
	"us":    rgb(0x003f88),
	"china": rgb(0x7a2600),
	// The worlds keep the light tints, on which black text is above 15:1.
	"world-doubly-dangerous":    tints[model.DoublyDangerous][0],
	"world-compatible":          tints[model.Compatible][0],
	"world-aggression-possible": tints[model.AggressionPossible][0],
	"world-doubly-safe":         tints[model.DoublySafe][0],
}

// Dashed is Palette.ChinaDash where the sides must differ by more than
// colour: dashes three line widths long.
const Dashed = 3

// ProjectorVar returns the projector theme's value of the page's colour
// custom property name (a Var's Name), and whether it has one; style.css's
// :root[data-theme="projector"] block is held equal to it.
func ProjectorVar(name string) (color.RGBA, bool) {
	c, ok := projector[name]
	return c, ok
}

// ProjectorPalette returns the projector theme's colours for world w; an
// unknown world gets the page's background.
func ProjectorPalette(w model.World) Palette {
	p := Palette{
		Background: projector["bg"], Paper: projector["bg"], Text: projector["text"], Muted: projector["muted"],
		Guide: rgb(0x6b6b6b), US: projector["us"], China: projector["china"],
		ChinaDash: Dashed,
	}
	if w >= 0 && int(w) < len(tints) {
		p.Background = tints[w][0]
	}
	return p
}

// Palette returns the colours theme t draws world w in; prefersDark is
// the browser's preference, which ThemeAuto follows.
func (t Theme) Palette(w model.World, prefersDark bool) Palette {
	if t == ThemeProjector {
		return ProjectorPalette(w)
	}
	return PaletteFor(w, t.Dark(prefersDark))
}

// Bold returns l as theme t draws it: the projector's strokes are twice
// as thick, every other theme's unchanged.
func (t Theme) Bold(l Layout) Layout {
	if t == ThemeProjector {
		l.LineWidth *= 2
	}
	return l
}

// ThemeOf returns the theme a theme= value names: "light", "dark",
// "projector", and ThemeAuto for anything else ("auto", "").
func ThemeOf(name string) Theme {
	switch name {
	case "light":
		return ThemeLight
	case "dark":
		return ThemeDark
	case "projector":
		return ThemeProjector
	}
	return ThemeAuto
}
