package figure

import (
	"image/color"
	"math"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// testGrid is the model over tech × dialogue, the other inputs the
// baseline's.
type testGrid struct {
	n   int
	pts []model.Assessment
}

func newTestGrid(in model.Inputs, x, y model.Param, n int) *testGrid {
	g := &testGrid{n: n}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			g.pts = append(g.pts, model.Assess(y.Set(x.Set(in, float64(i)/float64(n-1)), float64(j)/float64(n-1))))
		}
	}
	return g
}

func (g *testGrid) Size() int { return g.n }
func (g *testGrid) Point(i, j int) (model.Band, float64, float64, float64) {
	a := g.pts[j*g.n+i]
	return a.Band, a.OffenseBalance, a.Distinguishability, a.Intensity
}

var phaseText = PhaseMapText{X: "Technology share (US)", Y: "Dialogue",
	Bands:  [5]string{"none", "low", "moderate", "high", "severe"},
	Worlds: "World boundaries", Stability: "Stability boundary",
	Number: func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }}

// The phase map of the baseline over tech × dialogue: its cells take their
// bands' colours where the model puts them; the world boundaries lie where
// O = 0 (tech 0.375) and S = 0.5 (dialogue 0.375); the stability boundary
// is drawn in its colour; the marker sits on the state.
func TestPhaseMap(t *testing.T) {
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	const n = 101
	g := newTestGrid(model.Default(), tech, dia, n)
	for _, dark := range []bool{false, true} {
		const w = 480.0
		const h = 560.0
		r := NewRaster(int(w), int(h))
		plot := DrawPhaseMap(r, w, h, 1, g, dark, phaseText)
		if plot.X1-plot.X0 != plot.Y1-plot.Y0 || plot.X1 > w || plot.Y1 > h || plot.X1-plot.X0 < 350 {
			t.Fatalf("plot %v on %v×%v", plot, w, h)
		}
		at := func(u, v float64) (int, int) {
			return int(plot.X0 + u*(plot.X1-plot.X0)), int(plot.Y1 - v*(plot.Y1-plot.Y0))
		}
		// Every band the grid holds is drawn, in its colour, at a cell of
		// that band away from the lines.
		seen := map[model.Band]bool{}
		for j := 3; j < n; j += 10 {
			for i := 3; i < n; i += 10 {
				b, _, _, _ := g.Point(i, j)
				x, y := at(float64(i)/(n-1), float64(j)/(n-1))
				if got := r.Img.RGBAAt(x, y); got != BandColour(b, dark) && nearLine(float64(i)/(n-1), float64(j)/(n-1), g) == false {
					t.Errorf("dark %v: cell (%d, %d) of band %v is %v", dark, i, j, b, got)
				}
				seen[b] = true
			}
		}
		if len(seen) < 3 {
			t.Errorf("the baseline's map holds only bands %v", seen)
		}
		for b := range seen {
			if countNear(r, BandColour(b, dark)) < 100 {
				t.Errorf("band %v: too few pixels", b)
			}
		}
		pal := PaletteFor(-1, dark)
		// The world boundary O = 0 at tech 0.375: a vertical line of
		// text colour, at every height away from the other lines.
		for _, v := range []float64{0.1, 0.2, 0.6, 0.7} {
			x, y := at(0.375, v)
			if !hasNear(r, x, y, 1, 0, pal.Text) {
				t.Errorf("dark %v: no world boundary at tech 0.375, dialogue %v", dark, v)
			}
			x, y = at(v, 0.375)
			if v > 0.5 && !hasNear(r, x, y, 0, 1, pal.Text) {
				t.Errorf("dark %v: no world boundary at dialogue 0.375, tech %v", dark, v)
			}
		}
		// The stability boundary: a line of its own colour, crossing the
		// map where the intensity passes 0.5.
		if n := countNear(r, StabilityLineColour(dark)); n < 200 {
			t.Errorf("dark %v: stability boundary has %d pixels", dark, n)
		}
		// The marker: the baseline's state (0.85, 0.60) as a ringed dot,
		// and the cursor's square.
		DrawPhaseMarker(r, plot, 1, n, 0.85, 0.6, true, 0.3, 0.1, dark)
		x, y := at(0.85, 0.6)
		if got := r.Img.RGBAAt(x, y); got != pal.Paper {
			t.Errorf("dark %v: marker's centre %v", dark, got)
		}
		if !hasNear(r, x+4, y, 1, 0, pal.Text) || !hasNear(r, x, y-4, 0, 1, pal.Text) {
			t.Errorf("dark %v: no marker ring at the state", dark)
		}
		cx, cy := at(0.3, 0.1)
		half := int(math.Max((plot.X1-plot.X0)/(n-1)/2, 5))
		if !hasNear(r, cx+half, cy, 1, 0, pal.Text) || !hasNear(r, cx, cy-half, 0, 1, pal.Text) {
			t.Errorf("dark %v: no cursor square around (0.3, 0.1)", dark)
		}
	}
}

// nearLine reports whether (u, v) is within a few pixels' worth of a
// boundary, where a cell's colour may be covered by a line.
func nearLine(u, v float64, g *testGrid) bool {
	const d = 0.02
	_, o0, s0, i0 := pointAt(g, u, v)
	for _, du := range []float64{-d, 0, d} {
		for _, dv := range []float64{-d, 0, d} {
			_, o, s, i := pointAt(g, math.Min(math.Max(u+du, 0), 1), math.Min(math.Max(v+dv, 0), 1))
			if (o > 0) != (o0 > 0) || (s > 0.5) != (s0 > 0.5) || (i > 0.5) != (i0 > 0.5) {
				return true
			}
		}
	}
	return false
}

func pointAt(g *testGrid, u, v float64) (model.Band, float64, float64, float64) {
	return g.Point(int(math.Round(u*float64(g.n-1))), int(math.Round(v*float64(g.n-1))))
}

// hasNear reports whether a pixel within ±2 of (x, y) along (dx, dy) (or
// (x, y) itself for 0, 0) has colour c.
func hasNear(r *Raster, x, y, dx, dy int, c color.RGBA) bool {
	for k := -2; k <= 2; k++ {
		if r.Img.RGBAAt(x+k*dx, y+k*dy) == c {
			return true
		}
	}
	return false
}

// BenchmarkDrawPhaseMap computes nothing: it draws a 101×101 map on a raster.
func BenchmarkDrawPhaseMap(b *testing.B) {
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	g := newTestGrid(model.Default(), tech, dia, 101)
	const h = 560.0
	r := NewRaster(480, int(h))
	for b.Loop() {
		DrawPhaseMap(r, 480, h, 1, g, false, phaseText)
	}
}
