// Package view computes what the calculator page shows for one state: every
// text, number and position, from model.Assess and the i18n catalog. The site
// generator renders a View into the HTML served before any WebAssembly runs,
// and the wasm app writes the same View into the DOM on every change, so the
// first paint and the live page cannot disagree.
//
// The package knows no DOM; it is tested natively.
package view

import (
	"math"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Slider is one numeric input as the page shows it.
type Slider struct {
	Key   string // element id and URL key, e.g. "tech"
	Label string
	Help  string
	Value string // two decimals, e.g. "0.85": the input's value and its <output>
	// Spread is the half-width of the input's range, "0.00" for a point
	// (the value of #<key>-spread); RangeLabel labels that control, and
	// RangeText says the range ("0.80–0.90", or "a point: 0.85").
	Spread, RangeLabel, RangeText string
}

// Cell is one of Jervis's four worlds in the 2×2 grid.
type Cell struct {
	World   string // world id, e.g. "doubly-dangerous"
	Name    string
	Current bool
}

// Check is one of Posen's conditions.
type Check struct {
	ID    string // "intentions", "hegemony" or "ideology"
	Met   bool
	Mark  string // "✓" or "✗"
	State string // "Met:" or "Not met:", for screen readers
	Text  string
}

// Option is one entry of the preset picker.
type Option struct {
	ID       string // preset id, "" for custom
	Name     string
	Selected bool
}

// View is the page for one State.
type View struct {
	Lang       string
	State      State
	Assessment model.Assessment

	Sliders [len(model.Params)]Slider
	// USOffense and ChinaOffense give the posture radios.
	USOffense, ChinaOffense bool

	// Preset is the preset the picker shows: State.Preset, or else the
	// first preset whose inputs equal the current ones, or "" (custom).
	Preset       string
	Options      []Option
	PresetQuote  string // the paper's sentence; "" when custom
	PresetSource string // "Li Senlin, section 3"; "" when custom
	PresetNote   string

	// IntensityValue is the intensity in Go's shortest formatting
	// (strconv 'g', -1): the data-value a test compares with the API.
	IntensityValue string
	IntensityShort string // two decimals, e.g. "0.21"
	IntensityText  string // e.g. "0.21 · low"
	Band           string // band id
	BandName       string

	World     string // world id
	WorldName string
	WorldDesc string
	Cells     [len(model.Worlds)]Cell

	// MarkerX and MarkerY place the grid's dot, in percent of the grid's
	// width and height, e.g. "18.5".
	MarkerX, MarkerY string

	Stable        bool
	MarginValue   string // shortest formatting, for data-value
	MarginText    string // two decimals
	StabilityText string

	Power, Offense, Distinct string // P, O and S, two decimals

	Posen      [3]Check
	PosenCount string

	// ModelVersion is the version that computed the result ("2"), and
	// VersionText says so.
	ModelVersion, VersionText string
	// Outdated is true when the state names an older model version than
	// the newest (an old link): VersionNotice then gives the newest
	// version's result beside it, and UpgradeLabel names the button that
	// moves the link to the newest version.
	Outdated                    bool
	VersionNotice, UpgradeLabel string

	// Uncertain is true when some input is a range: the page then shows
	// the Monte Carlo (Uncertainty).
	Uncertain bool

	// Summary is the sentence the live region announces.
	Summary string
	// SpiralText describes the spiral for the current state.
	SpiralText string
}

// New returns the view of s. s is not validated: its inputs are clamped as
// model.Assess does.
func New(s State) View {
	lang := s.Lang
	if !i18n.Supported(lang) {
		lang = i18n.Default
	}
	a := model.Assess(s.Inputs)
	in := a.Inputs
	v := View{
		Lang:         lang,
		State:        s,
		Assessment:   a,
		USOffense:    in.US == model.Offense,
		ChinaOffense: in.China == model.Offense,
	}
	rg := s.Ranges()
	for i, p := range model.Params {
		label := i18n.T(lang, "input."+p.Key+".label")
		v.Sliders[i] = Slider{
			Key:        p.Key,
			Label:      label,
			Help:       i18n.T(lang, "input."+p.Key+".help"),
			Value:      i18n.Number(lang, p.Value(in), 2),
			Spread:     strconv.FormatFloat(s.Spread[i], 'f', 2, 64),
			RangeLabel: i18n.F(lang, "ranges.label", "input", label),
			RangeText:  RangeText(lang, rg[i]),
		}
	}
	v.Uncertain = s.Uncertain()

	v.Preset = displayPreset(s)
	v.Options = append(v.Options, Option{Name: i18n.T(lang, "preset.custom"), Selected: v.Preset == ""})
	for _, p := range model.Presets() {
		v.Options = append(v.Options, Option{ID: p.ID, Name: i18n.T(lang, "preset."+p.ID), Selected: p.ID == v.Preset})
	}
	if v.Preset != "" {
		// The paper's sentence in the page's language: explain.Presets
		// translates every preset, so only when one is shown.
		for _, p := range explain.Presets(explain.LangOf(lang)) {
			if p.ID == v.Preset {
				v.PresetQuote = p.Quote.Text
				v.PresetSource = i18n.F(lang, "preset.source", "section", p.Quote.Section)
			}
		}
	}
	if v.Preset == "" {
		v.PresetNote = i18n.T(lang, "preset.custom.note")
	}

	v.IntensityValue = strconv.FormatFloat(a.Intensity, 'g', -1, 64)
	v.IntensityShort = i18n.Number(lang, a.Intensity, 2)
	v.Band = a.Band.String()
	v.BandName = i18n.T(lang, "band."+v.Band)
	v.IntensityText = i18n.F(lang, "result.intensity.text", "value", v.IntensityShort, "band", v.BandName)

	v.World = a.World.String()
	v.WorldName = i18n.T(lang, "world."+v.World)
	v.WorldDesc = i18n.T(lang, "world."+v.World+".desc")
	for i, w := range model.Worlds {
		v.Cells[i] = Cell{World: w.String(), Name: i18n.T(lang, "world."+w.String()), Current: w == a.World}
	}
	v.MarkerX, v.MarkerY = marker(a.OffenseBalance, a.Distinguishability)

	v.Stable = a.Stable
	v.MarginValue = strconv.FormatFloat(a.StabilityMargin, 'g', -1, 64)
	v.MarginText = i18n.Number(lang, a.StabilityMargin, 2)
	if a.Stable {
		v.StabilityText = i18n.T(lang, "result.stable")
	} else {
		v.StabilityText = i18n.T(lang, "result.unstable")
	}
	v.Power = i18n.Number(lang, a.PowerShare, 2)
	v.Offense = i18n.Number(lang, a.OffenseBalance, 2)
	v.Distinct = i18n.Number(lang, a.Distinguishability, 2)

	for i, c := range [...]struct {
		id  string
		met bool
	}{
		{"intentions", a.Posen.IntentionsUnassessable},
		{"hegemony", a.Posen.HegemonyProjected},
		{"ideology", a.Posen.IdeologyAsTool},
	} {
		ch := Check{ID: c.id, Met: c.met, Mark: "✗", State: i18n.T(lang, "posen.unmet"), Text: i18n.T(lang, "posen."+c.id+".text")}
		if c.met {
			ch.Mark, ch.State = "✓", i18n.T(lang, "posen.met")
		}
		v.Posen[i] = ch
	}
	v.PosenCount = i18n.F(lang, "posen.count", "met", strconv.Itoa(a.Posen.Met))

	v.ModelVersion = strconv.Itoa(a.ModelVersion)
	v.VersionText = i18n.F(lang, "version.label", "v", v.ModelVersion)
	newest := strconv.Itoa(model.Version)
	v.UpgradeLabel = i18n.F(lang, "version.upgrade", "newest", newest)
	if a.ModelVersion < model.Version {
		v.Outdated = true
		in := a.Inputs
		in.Version = model.Version
		b := model.Assess(in)
		v.VersionNotice = i18n.F(lang, "version.old", "v", v.ModelVersion, "newest", newest,
			"value", i18n.Number(lang, b.Intensity, 2), "band", i18n.T(lang, "band."+b.Band.String()),
			"world", i18n.T(lang, "world."+b.World.String()))
	}

	v.Summary = i18n.F(lang, "live.summary", "value", v.IntensityShort, "band", v.BandName, "world", v.WorldName)
	key := "spiral.diverges"
	if a.Stable {
		key = "spiral.converges"
	}
	v.SpiralText = i18n.F(lang, key, "world", v.WorldName, "value", v.IntensityShort, "band", v.BandName)
	if s.View == figure.ViewPlane.String() {
		sc := figure.NewScene(s.SpiralState(), nil)
		v.SpiralText += " " + sc.PlaneAltText()
	}
	return v
}

// StabilityValue is the race's data-value: "stable" or "diverging".
func (v View) StabilityValue() string {
	if v.Stable {
		return "stable"
	}
	return "diverging"
}

// marker maps the offense–defense balance O ∈ [−1, 1] and the
// distinguishability S ∈ [0, 1] onto the grid, in percent. Jervis's table puts
// offense advantage in the left column (O > 0) and indistinguishable postures
// in the top row (S < 0.5), so x runs from O = 1 at the left to O = −1 at the
// right, and y from S = 0 at the top to S = 1 at the bottom. The dot is kept
// a little inside the edges so that it is always seen whole.
func marker(o, s float64) (x, y string) {
	const edge = 4
	pos := func(f float64) string {
		p := math.Max(edge, math.Min(100-edge, 100*f))
		return strconv.FormatFloat(math.Round(p*10)/10, 'f', -1, 64)
	}
	return pos((1 - o) / 2), pos(s)
}

// displayPreset returns s.Preset if its inputs are still s's, else the first
// preset whose inputs are s's, else "". A preset is the same state in every
// model version.
func displayPreset(s State) string {
	in, rg := s.Inputs.Clamp().Round2(), s.Ranges()
	if p, ok := model.PresetByID(s.Preset); ok && SamePreset(p, in, rg) {
		return p.ID
	}
	for _, p := range model.Presets() {
		if SamePreset(p, in, rg) {
			return p.ID
		}
	}
	return ""
}

// SamePreset reports whether in (clamped and rounded) with ranges rg is
// preset p's state, read by whichever model version in names: its inputs,
// and its ranges if it has any, else no range at all.
func SamePreset(p model.Preset, in model.Inputs, rg model.Ranges) bool {
	pi := p.Inputs.Round2()
	pi.Version = in.Version
	if p.Ranges != nil {
		return rg == *p.Ranges && pi.US == in.US && pi.China == in.China
	}
	return pi == in && !rg.Any()
}

// Headline is the part of a View that a slider's input event writes at
// once: the sliders' values and the intensity. It is cheap: one
// model.Assess and a few strings.
type Headline struct {
	Values         [len(model.Params)]string
	IntensityValue string
	IntensityShort string
	IntensityText  string
	Band           string
}

// NewHeadline returns the headline of s, as New gives it.
func NewHeadline(s State) Headline {
	lang := s.Lang
	if !i18n.Supported(lang) {
		lang = i18n.Default
	}
	a := model.Assess(s.Inputs)
	var h Headline
	for i, p := range model.Params {
		h.Values[i] = i18n.Number(lang, p.Value(a.Inputs), 2)
	}
	h.IntensityValue = strconv.FormatFloat(a.Intensity, 'g', -1, 64)
	h.IntensityShort = i18n.Number(lang, a.Intensity, 2)
	h.Band = a.Band.String()
	h.IntensityText = i18n.F(lang, "result.intensity.text", "value", h.IntensityShort, "band", i18n.T(lang, "band."+h.Band))
	return h
}
