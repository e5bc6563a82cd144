// Package figure is the one picture every renderer draws: the palette
// (light, dark and the worlds' tints; web/style.css's colours are held
// equal to it), the projection from the model's unit coordinates to pixels
// (Layout.ToScreen), the layouts of the spiral page, the embed's plot and
// the 1200×630 card, the spiral's length limit (MaxMoves), the reveal
// schedule, the scene read from a state string, and a small drawing
// interface (Canvas) with a raster backend (Raster: og.png, the icons).
// The browser backends are thin: Ebitengine in wasm/spiral, Canvas 2D in
// wasm/app. It imports the model only, so it is tested natively.
package figure

import (
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
	// ThemeProjector forces the projector's light, high-contrast colours
	// and thick lines (projector.go).
	ThemeProjector
)

// Dark reports whether t draws dark colours, given whether the browser
// prefers a dark scheme (used for ThemeAuto only).
func (t Theme) Dark(prefersDark bool) bool {
	switch t {
	case ThemeLight, ThemeProjector:
		return false
	case ThemeDark:
		return true
	}
	return prefersDark
}

// Extra lists the keys besides the model's inputs that the page's state may
// carry: the calculator's language, theme and controls settings.
var Extra = []string{"lang", "theme", "controls", "view"}

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
	// View is what the canvas shows, by the state's view= key.
	View View
	// Plane is the phase plane, computed for ViewPlane only.
	Plane Plane
	// Lang is the page's language, "en" (or ""), "zh-CN" or "zh-TW": the
	// scene's words (Title, TrendText, IntensityText, Legend, AriaLabel)
	// are model/explain's texts in it.
	Lang string
}

// lang is the scene's language in model/explain's terms.
func (s *Scene) lang() explain.Lang { return explain.LangOf(s.Lang) }

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
	if q.Extra["view"] == "plane" {
		s.View = ViewPlane
		s.Plane = NewPlane(in, MaxMoves, nil)
	}
	s.Theme = ThemeOf(q.Extra["theme"])
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

// Legend labels in English.
//
// Deprecated: use Scene.Legend, which speaks the scene's language.
var (
	LegendUS    = explain.Text(explain.En, "figure.us")
	LegendChina = explain.Text(explain.En, "figure.china")
)

// Legend returns the legend's labels in the scene's language: "US move" and
// "China move", "美方行动" and "中方行动"; the card and the page say the same
// (model/explain's figure.us and figure.china).
func (s *Scene) Legend() (us, china string) {
	l := s.lang()
	return explain.Text(l, "figure.us"), explain.Text(l, "figure.china")
}

// Title returns the first line of text drawn: the world, e.g. "World:
// Aggression possible", named as everywhere else (explain.WorldName).
func (s *Scene) Title() string {
	l := s.lang()
	return explain.Text(l, "figure.title", "world", explain.WorldName(l, s.Assessment.World))
}

// TrendText returns a short sentence about the race, e.g. "Race converges".
func (s *Scene) TrendText() string {
	return explain.Text(s.lang(), "figure."+s.Trend.String())
}

// IntensityText returns the intensity and its band, e.g. "Intensity 0.21
// (low)" or "强度 0.21（低）".
func (s *Scene) IntensityText() string {
	l, a := s.lang(), s.Assessment
	return explain.Text(l, "figure.intensity", "value", explain.Number(l, a.Intensity, 2), "band", explain.BandName(l, a.Band))
}

// AriaLabel returns the canvas's text alternative, e.g. "Action–reaction
// spiral: the race converges on its equilibrium; world: aggression
// possible; intensity 0.21 (low). Blue segments are US moves, orange
// segments China moves."
//
// For the phase plane it adds what the plane shows (PlaneAltText).
func (s *Scene) AriaLabel() string {
	if s.View == ViewPlane {
		return s.spiralAlt() + " " + s.PlaneAltText()
	}
	return s.spiralAlt()
}

func (s *Scene) spiralAlt() string {
	l, a := s.lang(), s.Assessment
	return explain.Text(l, "figure.alt",
		"race", explain.Text(l, "figure.alt."+s.Trend.String()),
		"world", lowerFirst(explain.WorldName(l, a.World)), // mid-sentence in English; Chinese has no case
		"value", explain.Number(l, a.Intensity, 2),
		"band", explain.BandName(l, a.Band))
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
