package figure

import (
	"image/color"
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// PhaseGrid is what the phase map draws: an n×n grid of the model's answer
// over two inputs, point (i, j) at x = i/(n−1), y = j/(n−1) (web/export's
// Grid).
type PhaseGrid interface {
	Size() int
	// Point returns grid point (i, j)'s band, offense balance O,
	// distinguishability S and intensity I.
	Point(i, j int) (b model.Band, o, s, intensity float64)
}

// PhaseMapText holds the phase map's words in the page's language.
type PhaseMapText struct {
	X, Y      string // the axes' names
	Bands     [len(model.BandLower)]string
	Worlds    string // the world boundaries' legend entry
	Stability string // the stability boundary's
	Number    func(v float64) string
}

// The phase map's sizes, in CSS pixels (multiplied by the scale).
const (
	phasePad    = 8
	phaseMax    = 420 // the plot's largest side
	phaseRow    = 18  // a legend row
	phaseSwatch = 12
)

// stabilityLine is the colour of the stability boundary: the page's accent
// (--accent), apart from the bands' green-to-red scale.
var stabilityLine = [2]color.RGBA{rgb(0x0b57d0), rgb(0x8ab4f8)}

// StabilityLineColour returns the colour of the phase map's stability
// boundary.
func StabilityLineColour(dark bool) color.RGBA {
	if dark {
		return stabilityLine[1]
	}
	return stabilityLine[0]
}

// PhaseMapLayout returns the plot's rectangle (whole device pixels) of a
// phase map on a w×h canvas at scale: a square as large as the canvas
// leaves after the axes' labels and the legend, so that the page can give
// the canvas its size before anything is drawn (no layout shift).
func PhaseMapLayout(c Canvas, w, h, scale float64, t PhaseMapText) Rect {
	f := Font{Size: chartTick * scale}
	tick := math.Max(c.Measure(f, t.Number(0)), c.Measure(f, t.Number(1)))
	pad := phasePad * scale
	left := math.Round(pad + tick + 6*scale)
	top := math.Round(pad + (chartTick+6)*scale)
	below := (4+chartTick+4+chartTick+8)*scale + float64(len(legendRows(c, w, scale, t)))*phaseRow*scale + pad
	side := math.Floor(math.Max(40*scale, math.Min(math.Min(w-left-pad, h-top-below), phaseMax*scale)))
	return Rect{left, top, left + side, top + side}
}

// legendItem is one entry of the phase map's legend: a band's swatch
// (band ≥ 0) or a line's sample (band −1 the world boundaries, −2 the
// stability boundary).
type legendItem struct {
	band  int
	label string
	x     float64
}

// legendRows flows the legend's entries into rows that fit w.
func legendRows(c Canvas, w, scale float64, t PhaseMapText) [][]legendItem {
	f := Font{Size: chartTick * scale}
	pad, gap := phasePad*scale, 10*scale
	var rows [][]legendItem
	var row []legendItem
	x := pad
	add := func(band int, label string, sample float64) {
		iw := sample + 4*scale + c.Measure(f, label)
		if len(row) > 0 && x+iw > w-pad {
			rows = append(rows, row)
			row, x = nil, pad
		}
		row = append(row, legendItem{band, label, x})
		x += iw + gap
	}
	for b, name := range t.Bands {
		add(b, name, phaseSwatch*scale)
	}
	add(-1, t.Worlds, 2*phaseSwatch*scale)
	add(-2, t.Stability, 2*phaseSwatch*scale)
	return append(rows, row)
}

// DrawPhaseMap draws the phase map of g on a w×h canvas at scale
// (PhaseMapLayout places it): each grid point a cell in its band's colour, the world
// boundaries (O = 0, S = 0.5) and the stability boundary (I = 0.5) as
// contours, the axes with ticks at 0, 0.5 and 1, and the legend. It returns
// the plot's rectangle; the state and the cursor are drawn over it by
// DrawPhaseMarker.
func DrawPhaseMap(c Canvas, w, h, scale float64, g PhaseGrid, dark bool, t PhaseMapText) Rect {
	pal := PaletteFor(-1, dark)
	c.Fill(Rect{0, 0, w, h}, pal.Paper)
	plot := PhaseMapLayout(c, w, h, scale, t)
	n := g.Size()
	if n < 2 {
		return plot
	}
	cw, ch := (plot.X1-plot.X0)/float64(n-1), (plot.Y1-plot.Y0)/float64(n-1)
	// Cell k's edges, whole pixels within the plot: cell k spans
	// k−½ … k+½ grid steps.
	xEdge := func(k int) float64 {
		return math.Round(math.Min(math.Max(plot.X0+(float64(k)-0.5)*cw, plot.X0), plot.X1))
	}
	yEdge := func(k int) float64 {
		return math.Round(math.Min(math.Max(plot.Y1-(float64(k)-0.5)*ch, plot.Y0), plot.Y1))
	}
	for j := 0; j < n; j++ {
		y0, y1 := yEdge(j+1), yEdge(j)
		if y1 <= y0 {
			continue
		}
		// Runs of one band are one rectangle: a few per row.
		start := 0
		band, _, _, _ := g.Point(0, j)
		for i := 1; i <= n; i++ {
			var b model.Band
			if i < n {
				b, _, _, _ = g.Point(i, j)
				if b == band {
					continue
				}
			}
			c.Fill(Rect{xEdge(start), y0, xEdge(i), y1}, BandColour(band, dark))
			start, band = i, b
		}
	}

	px := func(i float64) float64 { return plot.X0 + i*cw }
	py := func(j float64) float64 { return plot.Y1 - j*ch }
	var worlds, stability Path
	contour(&worlds, g, px, py, func(_ model.Band, o, _, _ float64) float64 { return o })
	contour(&worlds, g, px, py, func(_ model.Band, _, s, _ float64) float64 { return s - 0.5 })
	contour(&stability, g, px, py, func(_ model.Band, _, _, i float64) float64 { return i - 0.5 })
	c.Stroke(&worlds, 4*scale, pal.Paper)
	c.Stroke(&stability, 5*scale, pal.Paper)
	c.Stroke(&worlds, 2*scale, pal.Text)
	c.Stroke(&stability, 2.5*scale, StabilityLineColour(dark))

	// The frame, the ticks and the axes' names.
	var p Path
	p.MoveTo(plot.X0, plot.Y0)
	p.LineTo(plot.X1, plot.Y0)
	p.LineTo(plot.X1, plot.Y1)
	p.LineTo(plot.X0, plot.Y1)
	p.LineTo(plot.X0, plot.Y0)
	c.Stroke(&p, scale, pal.Muted)
	f := Font{Size: chartTick * scale}
	for _, v := range [...]float64{0, 0.5, 1} {
		x, y := plot.X0+v*(plot.X1-plot.X0), plot.Y1-v*(plot.Y1-plot.Y0)
		p.Reset()
		p.MoveTo(x, plot.Y1)
		p.LineTo(x, plot.Y1+4*scale)
		p.MoveTo(plot.X0, y)
		p.LineTo(plot.X0-4*scale, y)
		c.Stroke(&p, scale, pal.Muted)
		label := t.Number(v)
		lw := c.Measure(f, label)
		c.Text(math.Min(math.Max(x-lw/2, 0), w-lw), plot.Y1+(4+chartTick)*scale, f, pal.Muted, label)
		c.Text(math.Max(plot.X0-6*scale-lw, 0), y+f.Size*0.35, f, pal.Muted, label)
	}
	bold := Font{Size: chartTick * scale, Bold: true}
	xw := c.Measure(bold, t.X)
	c.Text(math.Max(plot.X0, (plot.X0+plot.X1-xw)/2), plot.Y1+(4+chartTick+4+chartTick)*scale, bold, pal.Text, t.X)
	c.Text(math.Max(plot.X0-6*scale-c.Measure(f, t.Number(1)), 0), plot.Y0-6*scale, bold, pal.Text, "↑ "+t.Y)

	// The legend.
	y := plot.Y1 + (4+chartTick+4+chartTick+8)*scale
	for _, row := range legendRows(c, w, scale, t) {
		mid := y + phaseRow*scale/2
		for _, it := range row {
			sample := phaseSwatch * scale
			switch it.band {
			case -1, -2:
				sample *= 2
				p.Reset()
				p.MoveTo(it.x+scale, mid)
				p.LineTo(it.x+sample-scale, mid)
				if it.band == -1 {
					c.Stroke(&p, 2*scale, pal.Text)
				} else {
					c.Stroke(&p, 2.5*scale, StabilityLineColour(dark))
				}
			default:
				c.Fill(Rect{it.x, mid - sample/2, it.x + sample, mid + sample/2}, BandColour(model.Band(it.band), dark))
			}
			c.Text(it.x+sample+4*scale, mid+f.Size*0.35, f, pal.Text, it.label)
		}
		y += phaseRow * scale
	}
	return plot
}

// contour adds to p the line where field is 0 over g (marching squares,
// the crossing on each edge linearly interpolated), one segment per grid
// square that it crosses.
func contour(p *Path, g PhaseGrid, px, py func(float64) float64, field func(b model.Band, o, s, i float64) float64) {
	n := g.Size()
	prev := make([]float64, n)
	cur := make([]float64, n)
	for i := 0; i < n; i++ {
		prev[i] = field(g.Point(i, 0))
	}
	var pts [4][2]float64
	for j := 1; j < n; j++ {
		for i := 0; i < n; i++ {
			cur[i] = field(g.Point(i, j))
		}
		for i := 0; i+1 < n; i++ {
			// The square's corners counter-clockwise from (i, j−1).
			v := [4]float64{prev[i], prev[i+1], cur[i+1], cur[i]}
			at := [4][2]float64{{float64(i), float64(j - 1)}, {float64(i + 1), float64(j - 1)}, {float64(i + 1), float64(j)}, {float64(i), float64(j)}}
			k := 0
			for e := 0; e < 4; e++ {
				a, b := v[e], v[(e+1)%4]
				if (a > 0) == (b > 0) {
					continue
				}
				t := a / (a - b)
				pa, pb := at[e], at[(e+1)%4]
				pts[k] = [2]float64{pa[0] + t*(pb[0]-pa[0]), pa[1] + t*(pb[1]-pa[1])}
				k++
			}
			for m := 0; m+1 < k; m += 2 {
				p.MoveTo(px(pts[m][0]), py(pts[m][1]))
				p.LineTo(px(pts[m+1][0]), py(pts[m+1][1]))
			}
		}
		prev, cur = cur, prev
	}
}

// DrawPhaseMarker draws over a phase map's plot the state at (x, y) in
// [0, 1]² (a ringed dot) and, if cursor, the cursor's cell around (cx, cy)
// of an n-point grid (a square outline). It fills nothing else: it draws
// on the map itself or on a transparent canvas over it.
func DrawPhaseMarker(c Canvas, plot Rect, scale float64, n int, x, y float64, cursor bool, cx, cy float64, dark bool) {
	pal := PaletteFor(-1, dark)
	at := func(u, v float64) (float64, float64) {
		return plot.X0 + u*(plot.X1-plot.X0), plot.Y1 - v*(plot.Y1-plot.Y0)
	}
	if cursor && n > 1 {
		px, py := at(cx, cy)
		half := math.Max((plot.X1-plot.X0)/float64(n-1)/2, 5*scale)
		var p Path
		p.MoveTo(px-half, py-half)
		p.LineTo(px+half, py-half)
		p.LineTo(px+half, py+half)
		p.LineTo(px-half, py+half)
		p.LineTo(px-half, py-half)
		c.Stroke(&p, 4*scale, pal.Paper)
		c.Stroke(&p, 2*scale, pal.Text)
	}
	px, py := at(x, y)
	c.Disc(px, py, 7*scale, pal.Paper)
	c.Disc(px, py, 5*scale, pal.Text)
	c.Disc(px, py, 2*scale, pal.Paper)
}
