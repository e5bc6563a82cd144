package model

import "strconv"

// Limits of a sweep: the grid is n × n with n in [MinSweepN, MaxSweepN].
const (
	MinSweepN     = 2
	MaxSweepN     = 201
	DefaultSweepN = 51
)

// ErrKindSweep is the kind of a ParamError for a bad sweep axis (x, y).
const ErrKindSweep = "sweep"

// SweepCell is one point of a sweep: the two swept inputs' values and the
// assessment there.
type SweepCell struct {
	X, Y      float64
	Intensity float64
	Band      Band
	World     World
	Stable    bool
}

// Grid is the model's answer over a grid of two inputs, the others fixed.
type Grid struct {
	// X and Y are the swept inputs' keys ("tech", "dialogue", …).
	X, Y string
	// N is the number of points along each axis: i/(N−1) for i in [0, N).
	N int
	// Base holds the fixed inputs, the postures and the model version
	// (clamped, the version explicit); its X and Y fields are not used.
	Base Inputs
	// Cells holds the N·N points, y outer and x inner: cell j·N+i is at
	// x = i/(N−1), y = j/(N−1).
	Cells []SweepCell
}

// SweepPoint returns the i-th of n grid points, i/(n−1): exactly 0 and 1 at
// the ends.
func SweepPoint(i, n int) float64 { return float64(i) / float64(n-1) }

// ParseSweepN reads the value of n=: an integer in [MinSweepN, MaxSweepN]
// written plainly.
func ParseSweepN(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < MinSweepN || n > MaxSweepN || len(s) > 3 || s[0] == '+' {
		got := truncate(s)
		return 0, &ParamError{Param: "n", Kind: ErrKindRange, Got: got, Min: MinSweepN, Max: MaxSweepN,
			Message: "n must be an integer in [" + strconv.Itoa(MinSweepN) + ", " + strconv.Itoa(MaxSweepN) + "]; got " + strconv.Quote(got)}
	}
	return n, nil
}

// SweepAxes checks a sweep's two axes: each one of the numeric inputs'
// keys, and different. The error, a *ParamError, names x or y.
func SweepAxes(x, y string) error {
	for _, a := range [...][2]string{{"x", x}, {"y", y}} {
		if _, ok := ParamByKey(a[1]); !ok {
			got := truncate(a[1])
			return &ParamError{Param: a[0], Kind: ErrKindSweep, Got: got,
				Message: a[0] + " must be one of tech, discourse, attribution, dialogue; got " + strconv.Quote(got)}
		}
	}
	if x == y {
		return &ParamError{Param: "y", Kind: ErrKindSweep, Got: y,
			Message: "y must be an input other than x; both are " + strconv.Quote(y)}
	}
	return nil
}

// Sweep assesses base over an n × n grid of the inputs x and y, each from 0
// to 1 (SweepPoint), the other inputs, the postures and the model version
// as in base. Every cell is exactly Assess at that point. The error, a
// *ParamError naming x, y or n, reports a bad axis or an n outside
// [MinSweepN, MaxSweepN].
func Sweep(base Inputs, x, y string, n int) (Grid, error) {
	if err := SweepAxes(x, y); err != nil {
		return Grid{}, err
	}
	if n < MinSweepN || n > MaxSweepN {
		_, err := ParseSweepN(strconv.Itoa(n))
		return Grid{}, err
	}
	px, _ := ParamByKey(x)
	py, _ := ParamByKey(y)
	base = base.Clamp()
	g := Grid{X: x, Y: y, N: n, Base: base, Cells: make([]SweepCell, 0, n*n)}
	for j := range n {
		yv := SweepPoint(j, n)
		in := py.Set(base, yv)
		for i := range n {
			xv := SweepPoint(i, n)
			a := Assess(px.Set(in, xv))
			g.Cells = append(g.Cells, SweepCell{X: xv, Y: yv, Intensity: a.Intensity, Band: a.Band, World: a.World, Stable: a.Stable})
		}
	}
	return g, nil
}

// points returns the grid points as JSON numbers, formatted once rather
// than once per cell.
func (g Grid) points() [][]byte {
	pts := make([][]byte, g.N)
	for i := range pts {
		pts[i] = AppendJSONFloat(nil, SweepPoint(i, g.N))
	}
	return pts
}

// appendFixed appends the fixed inputs as JSON members (no braces).
func (g Grid) appendFixed(b []byte) []byte {
	first := true
	for _, p := range Params {
		if p.Key == g.X || p.Key == g.Y {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, p.Key...)
		b = append(b, `":`...)
		b = AppendJSONFloat(b, p.Value(g.Base))
	}
	b = append(b, `,"us":"`...)
	b = append(b, g.Base.US.String()...)
	b = append(b, `","china":"`...)
	b = append(b, g.Base.China.String()...)
	return append(b, '"')
}

// AppendJSON appends the grid as the JSON of /api/v1/sweep:
// {"model_version","x","y","n","fixed":{the other inputs},"rows":[{"x","y",
// "intensity","band","world","stable"},…]}, numbers as encoding/json
// writes them.
func (g Grid) AppendJSON(b []byte) []byte {
	b = append(b, `{"model_version":`...)
	b = strconv.AppendInt(b, int64(g.Base.Version), 10)
	b = append(b, `,"x":"`...)
	b = append(b, g.X...)
	b = append(b, `","y":"`...)
	b = append(b, g.Y...)
	b = append(b, `","n":`...)
	b = strconv.AppendInt(b, int64(g.N), 10)
	b = append(b, `,"fixed":{`...)
	b = g.appendFixed(b)
	b = append(b, `},"rows":[`...)
	pts := g.points()
	for k, c := range g.Cells {
		if k > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"x":`...)
		b = append(b, pts[k%g.N]...)
		b = append(b, `,"y":`...)
		b = append(b, pts[k/g.N]...)
		b = append(b, `,"intensity":`...)
		b = AppendJSONFloat(b, c.Intensity)
		b = append(b, `,"band":"`...)
		b = append(b, c.Band.String()...)
		b = append(b, `","world":"`...)
		b = append(b, c.World.String()...)
		b = append(b, `","stable":`...)
		b = strconv.AppendBool(b, c.Stable)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// AppendCSV appends the grid as CSV: a header line naming the swept inputs,
// "tech,dialogue,intensity,band,world,stable", then one line per cell in
// Cells order, numbers as in the JSON, lines ending in "\n".
func (g Grid) AppendCSV(b []byte) []byte {
	b = append(b, g.X...)
	b = append(b, ',')
	b = append(b, g.Y...)
	b = append(b, ",intensity,band,world,stable\n"...)
	pts := g.points()
	for k, c := range g.Cells {
		b = append(b, pts[k%g.N]...)
		b = append(b, ',')
		b = append(b, pts[k/g.N]...)
		b = append(b, ',')
		b = AppendJSONFloat(b, c.Intensity)
		b = append(b, ',')
		b = append(b, c.Band.String()...)
		b = append(b, ',')
		b = append(b, c.World.String()...)
		b = append(b, ',')
		b = strconv.AppendBool(b, c.Stable)
		b = append(b, '\n')
	}
	return b
}
