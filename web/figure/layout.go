package figure

import (
	"image/color"

	"github.com/dilemma/cyberdilemma/model"
)

// Layout places the parts of a frame on a canvas. Every length is in device
// pixels, with y down.
//
// A square or tall canvas (the calculator's 300×300 iframe) stacks two lines
// of text at the top, the plot in the middle and the legend in one row at
// the bottom. A wide one (600×400) puts three lines of text and a stacked
// legend in a column at the left and the plot, as large as the height
// allows, at the right.
type Layout struct {
	// Scale is the device pixels per CSS pixel.
	Scale float64
	// FontSize is the text's size and LineHeight the distance between
	// baselines of consecutive lines.
	FontSize, LineHeight float64
	// LineWidth is the spiral's stroke width.
	LineWidth float64
	// CX, CY is the equilibrium's position; R is the length of the unit
	// radius, so that the spiral (radius < 1) stays inside the plot.
	CX, CY, R float64
	// TextX, TextY is the top-left corner of the first line of text.
	TextX, TextY float64
	// Wide reports the column layout: three lines of text and a stacked
	// legend. Otherwise there are two lines and a legend in one row.
	Wide bool
	// LegendX, LegendY is the top-left corner of the legend's first entry.
	LegendX, LegendY float64
	// Swatch is the length of a legend entry's line sample, and Gap the
	// space between the sample and its label, and between entries in a row.
	Swatch, Gap float64
}

// NewLayout returns the layout for a canvas of w×h device pixels at scale
// device pixels per CSS pixel (window.devicePixelRatio). It never returns a
// negative length, however small the canvas.
func NewLayout(w, h, scale float64) Layout {
	if scale <= 0 {
		scale = 1
	}
	w, h = max(w, 0), max(h, 0)
	cw, ch := w/scale, h/scale // CSS pixels
	short := min(cw, ch)

	l := Layout{Scale: scale}
	l.FontSize = clamp(short/22, 11, 15) * scale
	l.LineHeight = l.FontSize * 1.3
	l.LineWidth = clamp(short/150, 1.5, 3) * scale
	pad := clamp(short/32, 6, 14) * scale
	l.Swatch = 1.6 * l.FontSize
	l.Gap = 0.5 * l.FontSize
	l.TextX, l.TextY = pad, pad

	if cw >= 1.4*ch && cw-ch >= 160 {
		l.Wide = true
		l.LegendX = pad
		l.LegendY = pad + 3*l.LineHeight + 0.8*l.LineHeight
		l.CX, l.CY = w-h/2, h/2
		l.R = max(h/2-pad-l.LineWidth, 0)
		return l
	}
	l.LegendX = pad
	l.LegendY = max(h-pad-l.LineHeight, 0)
	top := pad + 2*l.LineHeight + pad/2
	bottom := l.LegendY - pad/2
	left, right := pad, w-pad
	l.CX, l.CY = (left+right)/2, (top+bottom)/2
	l.R = max(min(right-left, bottom-top)/2-l.LineWidth, 0)
	return l
}

// ToScreen maps a point in unit coordinates (centre 0, y up) to the canvas
// (y down).
func (l *Layout) ToScreen(p model.SpiralPoint) (x, y float64) {
	return l.CX + l.R*p.X, l.CY - l.R*p.Y
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

// NewPlotLayout returns the layout of a canvas that shows the plot alone,
// without text or legend (the embed's): the largest circle that fits with
// a small margin, centred.
func NewPlotLayout(w, h, scale float64) Layout {
	l := NewLayout(w, h, scale)
	l.Wide = false
	w, h = max(w, 0), max(h, 0)
	l.CX, l.CY = w/2, h/2
	l.R = max(min(w, h)/2-8*l.Scale-l.LineWidth/2, 0)
	return l
}

// DrawPlot draws the plot of l: the rim (the unit circle), the
// equilibrium's cross, the moves pts (a prefix of the spiral, revealed so
// far) and a dot on the last move's end. path is scratch space.
func DrawPlot(cv Canvas, path *Path, l *Layout, pts []model.SpiralPoint, pal Palette) {
	path.Reset()
	path.Circle(l.CX, l.CY, l.R)
	cv.Stroke(path, l.Scale, pal.Guide)
	arm := 4 * l.Scale
	path.Reset()
	path.MoveTo(l.CX-arm, l.CY)
	path.LineTo(l.CX+arm, l.CY)
	path.MoveTo(l.CX, l.CY-arm)
	path.LineTo(l.CX, l.CY+arm)
	cv.Stroke(path, l.Scale, pal.Muted)
	StrokeMoves(cv, path, l, pts, pal)
	if n := len(pts); n > 0 {
		last := pts[n-1]
		x, y := l.ToScreen(last)
		c := pal.US
		if last.Side == model.SideChina && n > 1 {
			c = pal.China
		}
		cv.Disc(x, y, 1.6*l.LineWidth, c)
	}
}

// DrawLegend draws the legend of l: a line sample in each side's colour and
// its label, in a row or (wide) a column. label text is drawn in f.
func DrawLegend(cv Canvas, path *Path, l *Layout, f Font, pal Palette, us, china string) {
	x, y := l.LegendX, l.LegendY
	for _, e := range [...]struct {
		label string
		c     color.RGBA
		dash  float64
	}{{us, pal.US, 0}, {china, pal.China, pal.ChinaDash * l.LineWidth}} {
		mid := y + 0.55*l.FontSize
		path.Reset()
		dashTo(path, x, mid, x+l.Swatch, mid, e.dash)
		cv.Stroke(path, l.LineWidth*1.5, e.c)
		cv.Text(x+l.Swatch+l.Gap, y+l.Ascent(), f, pal.Text, e.label)
		if l.Wide {
			y += l.LineHeight
		} else {
			x += l.Swatch + l.Gap + cv.Measure(f, e.label) + 2*l.Gap
		}
	}
}

// Ascent is the distance from the top of a line of text to its baseline.
func (l *Layout) Ascent() float64 { return 0.93 * l.FontSize }
