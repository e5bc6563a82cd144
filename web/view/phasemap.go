package view

import (
	"math"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// DefaultPhaseAxes are the phase map's axes when the page opens:
// technology across, dialogue up.
var DefaultPhaseAxes = [2]string{"tech", "dialogue"}

// PhaseAxes returns the two parameters of the axes x and y (keys of
// model.Params). A key that is unknown, or equal to the other, falls back
// to the defaults: the result always has two different axes.
func PhaseAxes(x, y string) (model.Param, model.Param) {
	px, okx := model.ParamByKey(x)
	py, oky := model.ParamByKey(y)
	if !okx || !oky || px == py {
		px, _ = model.ParamByKey(DefaultPhaseAxes[0])
		py, _ = model.ParamByKey(DefaultPhaseAxes[1])
	}
	return px, py
}

// PhaseKey identifies what a phase map's grid depends on: the axes, the
// inputs that are not axes, the postures and the model version; moving
// the state along the axes leaves it alone.
func PhaseKey(in model.Inputs, x, y model.Param) string {
	in = in.Clamp()
	in = y.Set(x.Set(in, 0), 0)
	return x.Key + "×" + y.Key + "/" + in.Encode()
}

// PhaseMapText returns the map's words in lang for figure.DrawPhaseMap.
func PhaseMapText(lang string, x, y model.Param) figure.PhaseMapText {
	t := figure.PhaseMapText{
		X: i18n.T(lang, "input."+x.Key+".label"), Y: i18n.T(lang, "input."+y.Key+".label"),
		Worlds: i18n.T(lang, "phase.legend.worlds"), Stability: i18n.T(lang, "phase.legend.stability"),
		Number: func(v float64) string { return i18n.Number(lang, v, 1) },
	}
	for b := range t.Bands {
		t.Bands[b] = i18n.T(lang, "band."+model.Band(b).String())
	}
	return t
}

// PhaseCell reads a grid point in lang: x and y at xv and yv, where the
// model answers intensity, band and world, e.g. "Technology share (US)
// 0.30, Dialogue 0.10: intensity 0.42, moderate, Security requirements
// compatible". (The grid itself is web/export's, which this package, shared
// with the Worker, does not import.)
func PhaseCell(lang string, x, y model.Param, xv, yv, intensity float64, band model.Band, world model.World) string {
	return i18n.F(lang, "phase.cell",
		"x", i18n.T(lang, "input."+x.Key+".label"), "xv", i18n.Number(lang, xv, 2),
		"y", i18n.T(lang, "input."+y.Key+".label"), "yv", i18n.Number(lang, yv, 2),
		"intensity", i18n.Number(lang, intensity, 2),
		"band", i18n.T(lang, "band."+band.String()), "world", i18n.T(lang, "world."+world.String()))
}

// PhaseCellOf returns the grid point nearest to the state in: its column
// and row.
func PhaseCellOf(in model.Inputs, x, y model.Param, n int) (int, int) {
	in = in.Clamp()
	return int(math.Round(x.Value(in) * float64(n-1))), int(math.Round(y.Value(in) * float64(n-1)))
}

// PhaseCounts are how many points of a phase map's grid fall in each band
// and world, how many of them run away, out of how many.
type PhaseCounts struct {
	Bands          [len(model.BandLower)]int
	Worlds         [len(model.Worlds)]int
	Runaway, Total int
}

// PhaseRegions says which share of the map over x and y each band and each
// world takes and in how much of it the race runs away: the first half of
// the text alternative, which changes with the grid.
func PhaseRegions(lang string, x, y model.Param, n PhaseCounts) string {
	bands, worlds, runaway := n.Bands, n.Worlds, n.Runaway
	total := float64(max(n.Total, 1))
	pct := func(k int) string { return i18n.Number(lang, float64(k)/total*100, 0) + " %" }
	sep := ", "
	if explain.LangOf(lang) != explain.En {
		sep = "、"
	}
	var bs, ws []string
	for b, k := range bands {
		if k > 0 {
			bs = append(bs, i18n.F(lang, "phase.share", "name", i18n.T(lang, "band."+model.Band(b).String()), "share", pct(k)))
		}
	}
	for w, k := range worlds {
		if k > 0 {
			ws = append(ws, i18n.F(lang, "phase.share", "name", i18n.T(lang, "world."+model.World(w).String()), "share", pct(k)))
		}
	}
	return i18n.F(lang, "phase.regions",
		"x", i18n.T(lang, "input."+x.Key+".label"), "y", i18n.T(lang, "input."+y.Key+".label"),
		"bands", strings.Join(bs, sep), "worlds", strings.Join(ws, sep), "runaway", pct(runaway))
}

// PhaseState says where the state in sits on the map: the second half of
// the text alternative, which follows the sliders.
func PhaseState(lang string, in model.Inputs, x, y model.Param) string {
	a := model.Assess(in)
	return i18n.F(lang, "phase.state",
		"x", i18n.T(lang, "input."+x.Key+".label"), "xv", i18n.Number(lang, x.Value(a.Inputs), 2),
		"y", i18n.T(lang, "input."+y.Key+".label"), "yv", i18n.Number(lang, y.Value(a.Inputs), 2),
		"intensity", i18n.Number(lang, a.Intensity, 2),
		"band", i18n.T(lang, "band."+a.Band.String()), "world", i18n.T(lang, "world."+a.World.String()))
}
