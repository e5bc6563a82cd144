package export

import (
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// Grid is the model's answer over an n×n grid of two inputs, X and Y, the
// others fixed at In's values: grid point (i, j) has X = i/(n−1) and
// Y = j/(n−1), and is Assess of In with those two values. It is what the
// page's phase map draws and what its "Download the grid (CSV)" writes
// (GridCSV), the same rows as GET /api/v1/sweep?…&format=csv.
type Grid struct {
	X, Y model.Param
	N    int
	// In holds the fixed inputs, the postures and the model version; its
	// values of X and Y are those of the state the grid was made for.
	In model.Inputs
	// Cells holds the grid points, row by row from y = 0: point (i, j) is
	// Cells[j*N+i].
	Cells []GridCell
}

// GridCell is one grid point's answer. O and S, the offense balance and
// the distinguishability, are kept for drawing the world boundaries
// (O = 0, S = 0.5) as contours.
type GridCell struct {
	Intensity, O, S float64
	Band            model.Band
	World           model.World
	Stable          bool
}

// GridN is the phase map's grid size.
const GridN = 101

// Compute fills g with the grid of in over x and y, n points a side
// (n ≥ 2), reusing g's storage. Each point is model.Assess's answer there
// (a test holds every point of every posture and version to it), computed
// from the model's own functions without the parts of Assess that the grid
// does not show (Posen's conditions, the equilibrium): about four times as
// fast, which keeps the page's 101 × 101 grid well within a frame.
func (g *Grid) Compute(in model.Inputs, x, y model.Param, n int) {
	n = max(n, 2)
	in = in.Clamp()
	g.X, g.Y, g.N, g.In = x, y, n, in
	if cap(g.Cells) < n*n {
		g.Cells = make([]GridCell, n*n)
	}
	g.Cells = g.Cells[:n*n]
	for j := 0; j < n; j++ {
		row := y.Set(in, GridValue(j, n))
		for i := 0; i < n; i++ {
			g.Cells[j*n+i] = point(x.Set(row, GridValue(i, n)))
		}
	}
}

// point is model.Assess(in)'s intensity, band, world, stability, offense
// balance and distinguishability, for clamped inputs.
func point(in model.Inputs) GridCell {
	o := model.OffenseBalance(in)
	s := model.Distinguishability(in)
	theta, mu := model.Reaction(in), model.Restraint(in)
	margin := model.StabilityMargin(theta, mu)
	r := theta * theta / (mu * mu)
	intensity := r / (1 + r)
	if margin == 0 {
		intensity = 0.5
	}
	w := model.DoublySafe
	switch {
	case o > 0 && s < 0.5:
		w = model.DoublyDangerous
	case o <= 0 && s < 0.5:
		w = model.Compatible
	case o > 0:
		w = model.AggressionPossible
	}
	return GridCell{Intensity: intensity, O: o, S: s, Band: model.BandOf(intensity), World: w, Stable: margin > 0}
}

// GridValue returns the value of grid point i of n: i/(n−1).
func GridValue(i, n int) float64 { return float64(i) / float64(n-1) }

// At returns grid point (i, j).
func (g *Grid) At(i, j int) GridCell { return g.Cells[j*g.N+i] }

// Model returns g as model.Sweep's grid (the same points and answers,
// without computing them again).
func (g *Grid) Model() model.Grid {
	mg := model.Grid{X: g.X.Key, Y: g.Y.Key, N: g.N, Base: g.In.Clamp(), Cells: make([]model.SweepCell, len(g.Cells))}
	for k, c := range g.Cells {
		mg.Cells[k] = model.SweepCell{X: GridValue(k%g.N, g.N), Y: GridValue(k/g.N, g.N),
			Intensity: c.Intensity, Band: c.Band, World: c.World, Stable: c.Stable}
	}
	return mg
}

// GridCSV returns g as GET /api/v1/sweep?…&format=csv answers it for the
// same state, axes and n, byte for byte: model.Grid's AppendCSV, a header
// line naming the axes ("tech,dialogue,intensity,band,world,stable"), then
// a line per grid point, y the outer loop and x the inner one.
func GridCSV(g *Grid) []byte {
	return g.Model().AppendCSV(make([]byte, 0, 64+len(g.Cells)*48))
}

// Citation is the line the grid's metadata asks its users to cite.
const Citation = "Cyber security dilemma calculator (model version {v}), after Li Senlin, \"The Origin of Security Dilemma between China and US in Cyber Space\"."

// GridMeta returns the sidecar JSON of GridCSV: the model version, the
// axes, n and the fixed inputs (the two inputs that are not axes and the
// postures) as /api/v1/sweep's JSON gives them, how the points are placed,
// the CSV's columns and the citation line, e.g.
// {"model_version":2,"x":"tech","y":"dialogue","n":101,"grid":"…","fixed":{"discourse":0.75,"attribution":0.2,"us":"offense","china":"defense"},"columns":[…],"citation":"…"}.
func GridMeta(g *Grid) []byte {
	in := g.In.Clamp()
	v := in.Version
	if !model.ValidVersion(v) {
		v = model.Version
	}
	b := make([]byte, 0, 512)
	b = append(b, `{"model_version":`...)
	b = strconv.AppendInt(b, int64(v), 10)
	b = appendStr(b, "x", g.X.Key)
	b = appendStr(b, "y", g.Y.Key)
	b = append(b, `,"n":`...)
	b = strconv.AppendInt(b, int64(g.N), 10)
	b = append(b, `,"grid":"x = i/(n-1), y = j/(n-1), i and j from 0 to n-1","fixed":{`...)
	first := true
	for _, p := range model.Params {
		if p == g.X || p == g.Y {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, p.Key...)
		b = append(b, '"', ':')
		b = appendFloat(b, p.Value(in))
	}
	b = appendStr(b, "us", in.US.String())
	b = appendStr(b, "china", in.China.String())
	b = append(b, `},"columns":["`...)
	b = append(b, g.X.Key...)
	b = append(b, `","`...)
	b = append(b, g.Y.Key...)
	b = append(b, `","intensity","band","world","stable"]`...)
	b = appendKey(b, "citation")
	b = strconv.AppendQuote(b, citation(v))
	return append(b, "}\n"...)
}

func citation(v int) string {
	s := Citation
	for k := 0; k+3 <= len(s); k++ {
		if s[k:k+3] == "{v}" {
			return s[:k] + strconv.Itoa(v) + s[k+3:]
		}
	}
	return s
}

// Counts returns how many points fall in each band and world and how many
// run away (the phase map's text alternative, view.PhaseRegions).
func (g *Grid) Counts() view.PhaseCounts {
	n := view.PhaseCounts{Total: len(g.Cells)}
	for _, c := range g.Cells {
		n.Bands[c.Band]++
		n.Worlds[c.World]++
		if !c.Stable {
			n.Runaway++
		}
	}
	return n
}

// Cell reads point (i, j) in lang (view.PhaseCell).
func (g *Grid) Cell(lang string, i, j int) string {
	c := g.At(i, j)
	return view.PhaseCell(lang, g.X, g.Y, GridValue(i, g.N), GridValue(j, g.N), c.Intensity, c.Band, c.World)
}

// Size returns n, the points a side (figure.PhaseGrid).
func (g *Grid) Size() int { return g.N }

// Point returns grid point (i, j)'s band, offense balance, distinguishability
// and intensity (figure.PhaseGrid).
func (g *Grid) Point(i, j int) (model.Band, float64, float64, float64) {
	c := &g.Cells[j*g.N+i]
	return c.Band, c.O, c.S, c.Intensity
}
