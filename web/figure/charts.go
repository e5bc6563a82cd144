package figure

import (
	"image/color"

	"github.com/dilemma/cyberdilemma/model"
)

// The bands' colours, none to severe, light and dark: a green-to-red scale
// whose neighbours differ in lightness as well as hue, each at least 3:1
// against the page's background (WCAG 1.4.11 for graphics).
var bandColours = [...][2]color.RGBA{
	model.BandNone:     {rgb(0x2b8a3e), rgb(0x69db7c)},
	model.BandLow:      {rgb(0x5c7f12), rgb(0xa9e34b)},
	model.BandModerate: {rgb(0xa16300), rgb(0xffd43b)},
	model.BandHigh:     {rgb(0xc2410c), rgb(0xff922b)},
	model.BandSevere:   {rgb(0x9b1c1c), rgb(0xff6b6b)},
}

// BandColour returns the colour of band b.
func BandColour(b model.Band, dark bool) color.RGBA {
	i := 0
	if dark {
		i = 1
	}
	if b < 0 || int(b) >= len(bandColours) {
		b = model.BandNone
	}
	return bandColours[b][i]
}

// ChartText holds a chart's words in the page's language.
type ChartText struct {
	// Axis labels the x axis ("Intensity"); Names the tornado's rows.
	Axis  string
	Names [len(model.Params)]string
	// Numbers formats a number for a tick label.
	Number func(v float64) string
}

// chart margins and type, in CSS pixels (multiplied by the scale).
const (
	chartPad  = 8
	chartTick = 12 // tick label size
	chartAxis = 26 // height of the x axis and its labels
)

// DrawHistogram draws the intensity's histogram (model.Uncertainty's
// Histogram: shares of HistogramBins equal bins of [0, 1]) on a w×h
// canvas at scale (device pixels per CSS pixel): a bar per bin coloured by
// its band, the stability boundary I = 0.5 as a line, ticks at the bands'
// edges. It returns the plot's rectangle.
func DrawHistogram(c Canvas, w, h, scale float64, hist [model.HistogramBins]float64, dark bool, t ChartText) Rect {
	pal := PaletteFor(-1, dark)
	c.Fill(Rect{0, 0, w, h}, pal.Paper)
	pad, axis := chartPad*scale, chartAxis*scale
	plot := Rect{pad, pad, w - pad, h - axis - pad}
	top := 0.0
	for _, s := range hist {
		top = max(top, s)
	}
	if top == 0 {
		top = 1
	}
	bw := (plot.X1 - plot.X0) / model.HistogramBins
	for i, s := range hist {
		x0 := plot.X0 + float64(i)*bw
		y0 := plot.Y1 - s/top*(plot.Y1-plot.Y0)
		band := model.BandOf(float64(i) / model.HistogramBins)
		if s > 0 {
			c.Fill(Rect{x0 + scale, min(y0, plot.Y1-scale), x0 + bw - scale, plot.Y1}, BandColour(band, dark))
		}
	}
	drawIntensityAxis(c, plot, scale, pal, t)
	return plot
}

// drawIntensityAxis draws the x axis of intensity [0, 1] under plot: the
// baseline, ticks at the bands' edges, the stability boundary at 0.5.
func drawIntensityAxis(c Canvas, plot Rect, scale float64, pal Palette, t ChartText) {
	var p Path
	p.MoveTo(plot.X0, plot.Y1)
	p.LineTo(plot.X1, plot.Y1)
	c.Stroke(&p, scale, pal.Muted)
	x := func(v float64) float64 { return plot.X0 + v*(plot.X1-plot.X0) }
	f := Font{Size: chartTick * scale}
	for _, v := range [...]float64{0, model.BandLower[model.BandLow], model.BandLower[model.BandModerate], 0.5, model.BandLower[model.BandSevere], 1} {
		p.Reset()
		p.MoveTo(x(v), plot.Y1)
		p.LineTo(x(v), plot.Y1+4*scale)
		c.Stroke(&p, scale, pal.Muted)
		label := t.Number(v)
		lw := c.Measure(f, label)
		c.Text(min(max(x(v)-lw/2, 0), plot.X1-lw), plot.Y1+(4+chartTick)*scale, f, pal.Muted, label)
	}
	// The stability boundary: to its right the race runs away.
	p.Reset()
	p.MoveTo(x(0.5), plot.Y0)
	p.LineTo(x(0.5), plot.Y1)
	c.Stroke(&p, 1.5*scale, pal.Text)
}

// TornadoBar is one input's bar: the intensity at its 5th and 95th
// percentiles, the others at their medians.
type TornadoBar struct{ Low, High float64 }

// DrawTornado draws the tornado chart on a w×h canvas: one row per input
// (names on the left), a bar from Low to High on the intensity axis [0, 1],
// coloured by the band of its right end, and the stability boundary. It
// returns the plot's rectangle.
func DrawTornado(c Canvas, w, h, scale float64, bars [len(model.Params)]TornadoBar, dark bool, t ChartText) Rect {
	pal := PaletteFor(-1, dark)
	c.Fill(Rect{0, 0, w, h}, pal.Paper)
	f := Font{Size: chartTick * scale}
	label := 0.0
	for _, n := range t.Names {
		label = max(label, c.Measure(f, n))
	}
	pad, axis := chartPad*scale, chartAxis*scale
	plot := Rect{pad + label + pad, pad, w - pad, h - axis - pad}
	if plot.X1-plot.X0 < w/3 { // a narrow canvas: names above the bars instead
		plot.X0 = pad
	}
	rowH := (plot.Y1 - plot.Y0) / float64(len(bars))
	x := func(v float64) float64 { return plot.X0 + v*(plot.X1-plot.X0) }
	for i, b := range bars {
		y0 := plot.Y0 + float64(i)*rowH
		lo, hi := min(b.Low, b.High), max(b.Low, b.High)
		bar := Rect{x(lo), y0 + rowH*0.25, max(x(hi), x(lo)+2*scale), y0 + rowH*0.75}
		c.Fill(bar, BandColour(model.BandOf(hi), dark))
		ny := y0 + rowH/2 + f.Size*0.35
		if plot.X0 > pad {
			c.Text(pad, ny, f, pal.Text, t.Names[i])
		} else {
			c.Text(plot.X0, y0+f.Size, f, pal.Text, t.Names[i])
		}
	}
	drawIntensityAxis(c, plot, scale, pal, t)
	return plot
}
