// Package draw holds the spiral page's pure logic: the scene read from a
// state string, the colours per world and theme, the layout that maps the
// model's unit coordinates to canvas pixels, the reveal schedule and the
// words of the canvas's text alternative. It imports the model only, so it
// is tested natively; the js/wasm Ebiten game in the parent package draws
// what it computes.
package figure

import (
	"fmt"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

// MaxMoves caps the spiral's length in half-moves. A race settles well
// before it at the inputs' extremes; the cap bounds the work of a frame
// should a near-neutral race circle for long.
const MaxMoves = 400

// Theme is the colour scheme asked for by the state's theme= key.
type Theme int

const (
	// ThemeAuto follows the browser's prefers-color-scheme.
	ThemeAuto Theme = iota
	// ThemeLight forces light colours.
	ThemeLight
	// ThemeDark forces dark colours.
	ThemeDark
)

// Dark reports whether t draws dark colours, given whether the browser
// prefers a dark scheme (used for ThemeAuto only).
func (t Theme) Dark(prefersDark bool) bool {
	switch t {
	case ThemeLight:
		return false
	case ThemeDark:
		return true
	}
	return prefersDark
}

// Extra lists the keys besides the model's inputs that the page's state may
// carry: the calculator's language, theme and controls settings.
var Extra = []string{"lang", "theme", "controls"}

// Trend is the race's long-run behaviour.
type Trend int

const (
	// Converges: the race settles on its equilibrium (a·b < m·n).
	Converges Trend = iota
	// Diverges: the race escalates without bound (a·b > m·n).
	Diverges
	// Neutral: a·b = m·n; the race circles at a constant distance.
	Neutral
)

// String returns "converges", "diverges" or "neutral".
func (t Trend) String() string {
	switch t {
	case Diverges:
		return "diverges"
	case Neutral:
		return "neutral"
	}
	return "converges"
}

// Scene is everything one state of the page shows.
type Scene struct {
	// Inputs are the decoded inputs.
	Inputs model.Inputs
	// State is the canonical encoding of Inputs (model.Inputs.Encode).
	State string
	// Assessment is the model's reading of Inputs.
	Assessment model.Assessment
	// Trend is the race's long-run behaviour.
	Trend Trend
	// Points is the spiral polyline from the start until it settles, at
	// most MaxMoves half-moves long, in unit coordinates.
	Points []model.SpiralPoint
	// Theme is the theme the state asks for.
	Theme Theme
	// Lang is the page's language: "en" (or "") draws the labels on the
	// canvas; "zh-CN" and "zh-TW" draw none (the font has no Chinese) and
	// translate the text alternative.
	Lang string
}

// Text reports whether the labels are drawn on the canvas.
func (s *Scene) Text() bool { return s.Lang == "" || s.Lang == "en" }

// NewScene decodes a state string (a URL fragment or query, with or without
// its leading "#" or "?") leniently with model.Decode from the model's
// defaults, and computes what to show. Problems in the state are ignored:
// the calculator that sends it validates it, and a bad value keeps its
// default. dst, if it has capacity, is reused for the points.
func NewScene(state string, dst []model.SpiralPoint) Scene {
	q, _ := model.Decode(state, model.Default(), model.Options{Extra: Extra})
	in := q.Inputs.Clamp()
	a := model.Assess(in)
	s := Scene{
		Inputs:     in,
		State:      in.Encode(),
		Assessment: a,
		Trend:      trendOf(a.StabilityMargin),
		Points:     model.Spiral(dst, in, MaxMoves),
	}
	if l := q.Extra["lang"]; l == "zh-CN" || l == "zh-TW" {
		s.Lang = l
	}
	switch q.Extra["theme"] {
	case "light":
		s.Theme = ThemeLight
	case "dark":
		s.Theme = ThemeDark
	}
	return s
}

// trendOf reads the trend from the stability margin m·n − a·b, with the
// same tolerance as model.Race for a neutral race.
func trendOf(margin float64) Trend {
	switch {
	case margin == 0: // model.StabilityMargin is exactly 0 on the boundary
		return Neutral
	case margin > 0:
		return Converges
	}
	return Diverges
}

// WorldLabel returns a reader's name for a Jervis world, e.g. "Doubly
// dangerous".
func WorldLabel(w model.World) string {
	switch w {
	case model.DoublyDangerous:
		return "Doubly dangerous"
	case model.Compatible:
		return "Compatible"
	case model.AggressionPossible:
		return "Aggression possible"
	case model.DoublySafe:
		return "Doubly safe"
	}
	return "Unknown world"
}

// Legend labels.
const (
	LegendUS    = "US move"
	LegendChina = "China move"
)

// Title returns the first line of text drawn: the world.
func (s *Scene) Title() string {
	return "World: " + WorldLabel(s.Assessment.World)
}

// TrendText returns a short sentence about the race, e.g. "Race converges".
func (s *Scene) TrendText() string {
	switch s.Trend {
	case Diverges:
		return "Race diverges"
	case Neutral:
		return "Race circles"
	}
	return "Race converges"
}

// IntensityText returns the intensity and its band, e.g. "Intensity 0.21 (low)".
func (s *Scene) IntensityText() string {
	return fmt.Sprintf("Intensity %.2f (%s)", s.Assessment.Intensity, s.Assessment.Band)
}

// AriaLabel returns the canvas's text alternative, e.g. "Action–reaction
// spiral: the race converges on its equilibrium; world: aggression
// possible; intensity 0.21 (low)."
func (s *Scene) AriaLabel() string {
	if l, ok := explain.ParseLang(s.Lang); ok && l != explain.En {
		return s.ariaLabelZh(l)
	}
	var race string
	switch s.Trend {
	case Diverges:
		race = "the race diverges, winding outward away from its equilibrium"
	case Neutral:
		race = "the race circles its equilibrium without settling"
	default:
		race = "the race converges on its equilibrium"
	}
	return fmt.Sprintf("Action–reaction spiral: %s; world: %s; intensity %.2f (%s). Blue segments are US moves, orange segments China moves.",
		race, lowerFirst(WorldLabel(s.Assessment.World)), s.Assessment.Intensity, s.Assessment.Band)
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// ariaLabelZh is AriaLabel in Chinese, with the model's own names of the
// world and the band (model/explain).
func (s *Scene) ariaLabelZh(l explain.Lang) string {
	tw := l == explain.ZhTW
	var race string
	switch s.Trend {
	case Diverges:
		race = pick(tw, "竞赛发散，远离均衡向外盘旋", "競賽發散，遠離均衡向外盤旋")
	case Neutral:
		race = pick(tw, "竞赛围绕均衡循环，不会趋稳", "競賽圍繞均衡循環，不會趨穩")
	default:
		race = pick(tw, "竞赛收敛于均衡", "競賽收斂於均衡")
	}
	a := s.Assessment
	return pick(tw, "作用-反作用螺旋：", "作用-反作用螺旋：") + race +
		pick(tw, "；世界：", "；世界：") + explain.WorldName(l, a.World) +
		pick(tw, "；强度 ", "；強度 ") + explain.Number(l, a.Intensity, 2) + "（" + explain.BandName(l, a.Band) + "）。" +
		pick(tw, "蓝色线段为美方行动，橙色线段为中方行动。", "藍色線段為美方行動，橙色線段為中方行動。")
}

func pick(tw bool, cn, twText string) string {
	if tw {
		return twText
	}
	return cn
}
