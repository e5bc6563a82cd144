package export

import (
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
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
// (n ≥ 2), reusing g's storage.
func (g *Grid) Compute(in model.Inputs, x, y model.Param, n int) {
	n = max(n, 2)
	g.X, g.Y, g.N, g.In = x, y, n, in
	if cap(g.Cells) < n*n {
		g.Cells = make([]GridCell, n*n)
	}
	g.Cells = g.Cells[:n*n]
	for j := 0; j < n; j++ {
		row := y.Set(in, GridValue(j, n))
		for i := 0; i < n; i++ {
			a := model.Assess(x.Set(row, GridValue(i, n)))
			g.Cells[j*n+i] = GridCell{
				Intensity: a.Intensity, O: a.OffenseBalance, S: a.Distinguishability,
				Band: a.Band, World: a.World, Stable: a.Stable,
			}
		}
	}
}

// GridValue returns the value of grid point i of n: i/(n−1).
func GridValue(i, n int) float64 { return float64(i) / float64(n-1) }

// At returns grid point (i, j).
func (g *Grid) At(i, j int) GridCell { return g.Cells[j*g.N+i] }

// GridHeader is the first row of GridCSV.
var GridHeader = []string{"x", "y", "intensity", "band", "world", "stable"}

// GridCSV returns g as RFC 4180 CSV (CRLF line ends): GridHeader, then one
// row per grid point, x the outer loop and y the inner one (x = 0, y = 0;
// x = 0, y = 1/(n−1); …), numbers in Go's shortest round-trip formatting.
func GridCSV(g *Grid) []byte {
	b := make([]byte, 0, 64+len(g.Cells)*48)
	for k, h := range GridHeader {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, h...)
	}
	b = append(b, '\r', '\n')
	for i := 0; i < g.N; i++ {
		for j := 0; j < g.N; j++ {
			c := g.At(i, j)
			b = strconv.AppendFloat(b, GridValue(i, g.N), 'g', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, GridValue(j, g.N), 'g', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, c.Intensity, 'g', -1, 64)
			b = append(b, ',')
			b = append(b, c.Band.String()...)
			b = append(b, ',')
			b = append(b, c.World.String()...)
			b = append(b, ',')
			b = strconv.AppendBool(b, c.Stable)
			b = append(b, '\r', '\n')
		}
	}
	return b
}

// Citation is the line the grid's metadata asks its users to cite.
const Citation = "Cyber security dilemma calculator (model version {v}), after Li Senlin, \"The Origin of Security Dilemma between China and US in Cyber Space\"."

// GridMeta returns the sidecar JSON of GridCSV: the model version, the
// axes, n, the fixed inputs (the postures and the two inputs that are not
// axes), the CSV's columns and the citation line, e.g.
// {"model_version":2,"x":"tech","y":"dialogue","n":101,"fixed":{"discourse":0.75,"attribution":0.2,"us":"offense","china":"defense"},"columns":[…],"citation":"…"}.
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
	b = append(b, `},"columns":[`...)
	for k, h := range GridHeader {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, h...)
		b = append(b, '"')
	}
	b = append(b, ']')
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

// Size returns n, the points a side (figure.PhaseGrid).
func (g *Grid) Size() int { return g.N }

// Point returns grid point (i, j)'s band, offense balance, distinguishability
// and intensity (figure.PhaseGrid).
func (g *Grid) Point(i, j int) (model.Band, float64, float64, float64) {
	c := &g.Cells[j*g.N+i]
	return c.Band, c.O, c.S, c.Intensity
}
