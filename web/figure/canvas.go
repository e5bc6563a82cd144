package figure

import (
	"image/color"
	"math"
)

// Canvas is what the figures draw on. Every length is in device pixels with
// y down. The backends are thin: Raster (image.RGBA: og.png, the icons),
// a Canvas 2D context (wasm/app) and Ebitengine (wasm/spiral).
type Canvas interface {
	// Fill paints the rectangle r.
	Fill(r Rect, c color.RGBA)
	// Stroke strokes every subpath of p with round caps and joins.
	Stroke(p *Path, width float64, c color.RGBA)
	// Disc paints the filled circle of radius r around (x, y).
	Disc(x, y, r float64, c color.RGBA)
	// Text draws s with its baseline's left end at (x, y).
	Text(x, y float64, f Font, c color.RGBA, s string)
	// Measure returns the advance of s in f.
	Measure(f Font, s string) float64
}

// Font is a text style: a size in pixels (the em) and a weight.
type Font struct {
	Size float64
	Bold bool
}

// Rect is a rectangle from (X0, Y0) to (X1, Y1), exclusive.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Path is a set of subpaths: polylines (MoveTo, LineTo) and circles.
// Reset keeps its storage.
type Path struct{ ops []PathOp }

// PathOp is one step of a path.
type PathOp struct {
	Kind OpKind
	// X, Y is the point moved or drawn to, or a circle's centre, whose
	// radius is R.
	X, Y, R float64
}

// OpKind says what a PathOp does.
type OpKind uint8

const (
	// MoveTo starts a subpath at X, Y.
	MoveTo OpKind = iota
	// LineTo draws a line from the last point to X, Y.
	LineTo
	// Circle is a closed subpath: the circle of radius R around X, Y.
	Circle
)

// MoveTo starts a new subpath at (x, y).
func (p *Path) MoveTo(x, y float64) { p.ops = append(p.ops, PathOp{MoveTo, x, y, 0}) }

// LineTo draws a line from the last point to (x, y).
func (p *Path) LineTo(x, y float64) { p.ops = append(p.ops, PathOp{LineTo, x, y, 0}) }

// Circle adds the circle of radius r around (x, y).
func (p *Path) Circle(x, y, r float64) { p.ops = append(p.ops, PathOp{Circle, x, y, r}) }

// Ops returns the path's steps.
func (p *Path) Ops() []PathOp { return p.ops }

// Reset empties the path.
func (p *Path) Reset() { p.ops = p.ops[:0] }

// Segments calls fn for every straight piece of p, circles approximated by
// n-gons whose sides are at most about 4 px long.
func (p *Path) Segments(fn func(x0, y0, x1, y1 float64)) {
	var x, y float64
	for _, op := range p.ops {
		switch op.Kind {
		case MoveTo:
			x, y = op.X, op.Y
		case LineTo:
			fn(x, y, op.X, op.Y)
			x, y = op.X, op.Y
		case Circle:
			n := max(12, min(360, int(2*math.Pi*op.R/4)))
			for i := 0; i < n; i++ {
				a0, a1 := 2*math.Pi*float64(i)/float64(n), 2*math.Pi*float64(i+1)/float64(n)
				fn(op.X+op.R*math.Cos(a0), op.Y+op.R*math.Sin(a0), op.X+op.R*math.Cos(a1), op.Y+op.R*math.Sin(a1))
			}
		}
	}
}
