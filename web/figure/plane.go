package figure

import (
	"image/color"
	"math"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

// View is what the spiral's canvas shows: the spiral or the phase plane.
type View int

const (
	// ViewSpiral is the action–reaction spiral (view=spiral, or no key).
	ViewSpiral View = iota
	// ViewPlane is Richardson's phase plane (view=plane).
	ViewPlane
)

// String returns "spiral" or "plane", the values of the state's view= key.
func (v View) String() string {
	if v == ViewPlane {
		return "plane"
	}
	return "spiral"
}

// Views lists the allowed values of view=, the default first.
var Views = []string{"spiral", "plane"}

// PlaneDivergeMoves is how many half-moves of a race that does not settle
// the phase plane's axes are scaled to show before the path leaves them:
// enough to see the steps climb between the lines, few enough that the
// first steps are not crushed into the origin by the race's exponential
// growth.
const PlaneDivergeMoves = 24

// Plane is Richardson's phase plane for one state (Richardson, Arms and
// Insecurity, 1960; the form taught since, e.g. Intriligator, "Research on
// Conflict Theory", Journal of Conflict Resolution 26(2), 1982): the US
// capability level x across, China's y up, the two reaction lines and the
// race's path, move by move. The race is the model's (model.Race):
//
//	x' = x + Δ·(a·y − m·x + g)    (the US moves)
//	y' = y + Δ·(b·x' − n·y + h)   (China answers)
//
// so the US level stops changing where a·y − m·x + g = 0 (the US reaction
// line, USLine) and China's where b·x − n·y + h = 0 (ChinaLine); the lines
// cross at the equilibrium x* = (a·h + n·g)/(m·n − a·b),
// y* = (b·g + m·h)/(m·n − a·b) (model.Assess's Equilibrium). Each US move
// is a step across and each Chinese move a step up, so the path is a
// staircase. When a·b < m·n the US line is the steeper (slope m/a against
// b/n) and overtakes China's, which starts higher (h/n > 0 > −g/a): they
// cross in the positive quadrant and the staircase climbs onto the
// crossing. When a·b > m·n China's line is the steeper: the lines open
// into a wedge and cross only at negative levels, and the staircase climbs
// up the wedge without end.
type Plane struct {
	// A and B are the reactions a, b; M and N the restraints m, n; G and H
	// the grievances g, h (model.Reaction, model.Restraint,
	// model.GrievanceUS, model.GrievanceChina).
	A, B, M, N, G, H float64
	// Trend is the race's long-run behaviour.
	Trend Trend
	// Extent is where both axes end, in capability levels (> 0): a round
	// number above the equilibrium, or above the level a race that does not
	// settle reaches in PlaneDivergeMoves half-moves.
	Extent float64
	// Path is the race from its start (0, 0), one point per half-move,
	// until it settles or leaves the axes; a point that leaves them is cut
	// at their edge and ends the path.
	Path []PlanePoint
}

// PlanePoint is the race after a half-move, in capability levels.
type PlanePoint struct {
	X, Y float64
	// Side made the move (SideUS for the start).
	Side model.Side
}

// Line is the straight line A·x + B·y + C = 0 in capability levels.
type Line struct{ A, B, C float64 }

// NewPlane returns the phase plane of in, its path at most moves half-moves
// long (figure.MaxMoves for the spiral's length). dst, if it has capacity,
// is reused for the path.
func NewPlane(in model.Inputs, moves int, dst []PlanePoint) Plane {
	in = in.Clamp()
	theta, mu := model.Reaction(in), model.Restraint(in)
	p := Plane{A: theta, B: theta, M: mu, N: mu, G: model.GrievanceUS, H: model.GrievanceChina,
		Trend: trendOf(model.StabilityMargin(theta, mu))}
	r := model.NewRace(in)
	if x, y, ok := p.Crossing(); ok && p.Trend == Converges {
		p.Extent = niceCeil(1.25 * max(x, y))
	} else {
		top := 0.0
		for r.Moves() < PlaneDivergeMoves {
			r.Step()
			top = max(top, r.US(), r.China())
		}
		p.Extent = niceCeil(top)
		r.Reset(in)
	}
	p.Path = append(dst[:0], PlanePoint{})
	for r.Moves() < moves && !r.Settled() {
		r.Step()
		pt := PlanePoint{X: r.US(), Y: r.China(), Side: r.Last()}
		if pt.X > p.Extent || pt.Y > p.Extent {
			pt.X, pt.Y = min(pt.X, p.Extent), min(pt.Y, p.Extent)
			p.Path = append(p.Path, pt)
			break
		}
		p.Path = append(p.Path, pt)
	}
	return p
}

// USLine returns the US reaction line a·y − m·x + g = 0: the levels at
// which a US move changes nothing.
func (p *Plane) USLine() Line { return Line{A: -p.M, B: p.A, C: p.G} }

// ChinaLine returns China's reaction line b·x − n·y + h = 0: the levels at
// which a Chinese move changes nothing.
func (p *Plane) ChinaLine() Line { return Line{A: p.B, B: -p.N, C: p.H} }

// Crossing returns where the reaction lines cross, anywhere in the plane
// (at negative levels for a diverging race); ok is false when they are
// parallel (a·b = m·n, a neutral race).
func (p *Plane) Crossing() (x, y float64, ok bool) {
	det := model.StabilityMargin(p.A, p.M) // m·n − a·b with a = b, m = n
	if det == 0 {
		return 0, 0, false
	}
	return (p.A*p.H + p.N*p.G) / det, (p.B*p.G + p.M*p.H) / det, true
}

// Meets reports whether the reaction lines cross in the positive quadrant:
// exactly when the race converges.
func (p *Plane) Meets() bool {
	x, y, ok := p.Crossing()
	return ok && x >= 0 && y >= 0
}

// Clip returns the piece of l inside the square [0, e]², from its end
// nearer the origin to the farther one; ok is false when l misses it.
func (l Line) Clip(e float64) (x0, y0, x1, y1 float64, ok bool) {
	var xs, ys [4]float64
	n := 0
	add := func(x, y float64) {
		const eps = 1e-12
		if x >= -eps && x <= e+eps && y >= -eps && y <= e+eps && n < 4 {
			xs[n], ys[n] = min(max(x, 0), e), min(max(y, 0), e)
			n++
		}
	}
	if l.B != 0 {
		for _, x := range [2]float64{0, e} {
			add(x, -(l.A*x+l.C)/l.B)
		}
	}
	if l.A != 0 {
		for _, y := range [2]float64{0, e} {
			add(-(l.B*y+l.C)/l.A, y)
		}
	}
	// The two points farthest apart (a corner is found twice).
	best := -1.0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if d := math.Hypot(xs[i]-xs[j], ys[i]-ys[j]); d > best {
				best = d
				x0, y0, x1, y1 = xs[i], ys[i], xs[j], ys[j]
			}
		}
	}
	if best <= 0 {
		return 0, 0, 0, 0, false
	}
	if x0+y0 > x1+y1 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	return x0, y0, x1, y1, true
}

// niceCeil returns the least of 1, 2, 2.5 and 5 times a power of ten that
// is at least v (v > 0), so that the axes end on a round level.
func niceCeil(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range [...]float64{1, 2, 2.5, 5, 10} {
		if m*p >= v*(1-1e-12) {
			return m * p
		}
	}
	return 10 * p
}

// PlaneLayout places the phase plane in a Layout's plot: a square box with
// room at the left and below for the axes' labels.
type PlaneLayout struct {
	// X0, Y0 is the box's top-left corner and X1, Y1 its bottom-right,
	// in device pixels; the origin (0, 0) is at X0, Y1.
	X0, Y0, X1, Y1 float64
	// Extent is the level at the axes' ends (Plane.Extent).
	Extent float64
	// FontSize is the size of the labels inside and around the box.
	FontSize float64
}

// NewPlaneLayout returns the plane's box in l's plot (the square around
// the spiral's rim), for axes that end at extent, leaving left room for
// tick labels as wide as tickW device pixels.
func NewPlaneLayout(l *Layout, extent, tickW float64) PlaneLayout {
	fs := 0.85 * l.FontSize
	left := l.CX - l.R + tickW + 0.4*fs
	bottom := l.CY + l.R - 1.3*fs
	top, right := l.CY-l.R+0.3*fs, l.CX+l.R
	side := max(min(right-left, bottom-top), 0)
	return PlaneLayout{X0: left, Y0: bottom - side, X1: left + side, Y1: bottom, Extent: max(extent, 1e-9), FontSize: fs}
}

// ToScreen maps capability levels to the canvas (y down).
func (pl *PlaneLayout) ToScreen(x, y float64) (sx, sy float64) {
	return pl.X0 + (pl.X1-pl.X0)*x/pl.Extent, pl.Y1 - (pl.Y1-pl.Y0)*y/pl.Extent
}

// PlaneLabels are the words the phase plane draws, in one language.
type PlaneLabels struct {
	// X and Y name the axes; US and China the reaction lines; Equilibrium
	// marks their crossing and Wedge says that they do not meet.
	X, Y, US, China, Equilibrium, Wedge string
}

// PlaneLabels returns the plane's words in the scene's language
// (model/explain's plane.* texts).
func (s *Scene) PlaneLabels() PlaneLabels {
	l := s.lang()
	return PlaneLabels{
		X:           explain.Text(l, "plane.x"),
		Y:           explain.Text(l, "plane.y"),
		US:          explain.Text(l, "plane.us"),
		China:       explain.Text(l, "plane.china"),
		Equilibrium: explain.Text(l, "plane.equilibrium"),
		Wedge:       explain.Text(l, "plane.wedge"),
	}
}

// PlaneTick returns the label of the axes' end, e.g. "0.5" or "2".
func (s *Scene) PlaneTick() string {
	return explain.Number(s.lang(), s.Plane.Extent, tickDecimals(s.Plane.Extent))
}

func tickDecimals(e float64) int {
	switch {
	case e >= 10:
		return 0
	case e == math.Trunc(e):
		return 0
	case e*10 == math.Trunc(e*10):
		return 1
	}
	return 2
}

// DrawPlaneGuides draws everything of the plane but the path: the axes and
// their labels, the two reaction lines with their names, and the
// equilibrium's ring where they cross or, where they do not, the words
// saying so inside the open wedge.
func DrawPlaneGuides(cv Canvas, path *Path, l *Layout, pl *PlaneLayout, p *Plane, pal Palette, w PlaneLabels, tick string) {
	f := Font{Size: pl.FontSize}
	asc := 0.93 * pl.FontSize
	gap := 0.4 * pl.FontSize
	// The box and the axes.
	path.Reset()
	path.MoveTo(pl.X0, pl.Y0)
	path.LineTo(pl.X1, pl.Y0)
	path.LineTo(pl.X1, pl.Y1)
	cv.Stroke(path, l.Scale, pal.Guide)
	path.Reset()
	path.MoveTo(pl.X0, pl.Y0)
	path.LineTo(pl.X0, pl.Y1)
	path.LineTo(pl.X1, pl.Y1)
	cv.Stroke(path, l.Scale, pal.Muted)
	// Ticks: 0 at the origin, the extent at both ends; the axes' names.
	below := pl.Y1 + gap + asc
	cv.Text(pl.X0-cv.Measure(f, "0")/2, below, f, pal.Muted, "0")
	cv.Text(pl.X1-cv.Measure(f, tick), below, f, pal.Muted, tick)
	cv.Text(pl.X0-gap-cv.Measure(f, tick), pl.Y0+asc, f, pal.Muted, tick)
	cv.Text((pl.X0+pl.X1-cv.Measure(f, w.X))/2, below, f, pal.Text, w.X)
	cv.Text(pl.X0+gap, pl.Y0+gap+asc, f, pal.Text, w.Y)

	// The reaction lines, thinner than the moves, each named at its far end.
	for _, e := range [...]struct {
		line  Line
		name  string
		c     color.RGBA
		below bool
	}{{p.USLine(), w.US, pal.US, true}, {p.ChinaLine(), w.China, pal.China, false}} {
		x0, y0, x1, y1, ok := e.line.Clip(pl.Extent)
		if !ok {
			continue
		}
		sx0, sy0 := pl.ToScreen(x0, y0)
		sx1, sy1 := pl.ToScreen(x1, y1)
		path.Reset()
		path.MoveTo(sx0, sy0)
		path.LineTo(sx1, sy1)
		cv.Stroke(path, 1.5*l.Scale, e.c)
		tw := cv.Measure(f, e.name)
		tx := min(sx1+gap, pl.X1-gap-tw)
		ty := sy1 - gap // above the end
		if e.below || sy1 < pl.Y0+2*pl.FontSize {
			ty = sy1 + gap + asc
		}
		ty = min(max(ty, pl.Y0+asc+gap), pl.Y1-gap)
		cv.Text(max(tx, pl.X0+gap), ty, f, e.c, e.name)
	}

	if x, y, ok := p.Crossing(); ok && p.Meets() {
		sx, sy := pl.ToScreen(x, y)
		path.Reset()
		path.Circle(sx, sy, 2.6*l.LineWidth)
		cv.Stroke(path, l.Scale, pal.Text)
		tw := cv.Measure(f, w.Equilibrium)
		cv.Text(min(sx+3*l.LineWidth, pl.X1-gap-tw), sy+3*l.LineWidth+asc, f, pal.Text, w.Equilibrium)
		return
	}
	// No crossing in the quadrant: the words sit in the wedge, at the
	// middle of the lines' far ends.
	_, _, ux, uy, uok := p.USLine().Clip(pl.Extent)
	_, _, cx, cy, cok := p.ChinaLine().Clip(pl.Extent)
	mx, my := 0.7*pl.Extent, 0.8*pl.Extent
	if uok && cok {
		mx, my = (ux+cx)/2, (uy+cy)/2
	}
	sx, sy := pl.ToScreen(mx, my)
	tw := cv.Measure(f, w.Wedge)
	cv.Text(min(max(sx-tw/2, pl.X0+gap), pl.X1-gap-tw), min(max(sy, pl.Y0+2*asc+2*gap), pl.Y1-gap), f, pal.Muted, w.Wedge)
}

// StrokePlaneMoves strokes the path's moves between consecutive points of
// pts (a piece of Plane.Path), each in its side's colour.
func StrokePlaneMoves(cv Canvas, path *Path, l *Layout, pl *PlaneLayout, pts []PlanePoint, pal Palette) {
	for _, side := range [...]model.Side{model.SideUS, model.SideChina} {
		path.Reset()
		for i := 1; i < len(pts); i++ {
			if pts[i].Side != side {
				continue
			}
			x0, y0 := pl.ToScreen(pts[i-1].X, pts[i-1].Y)
			x1, y1 := pl.ToScreen(pts[i].X, pts[i].Y)
			path.MoveTo(x0, y0)
			path.LineTo(x1, y1)
		}
		c := pal.US
		if side == model.SideChina {
			c = pal.China
		}
		cv.Stroke(path, l.LineWidth, c)
	}
}

// PlaneAltText returns the sentence the text alternative adds for the
// phase plane: what the axes, the lines and the path show, with the
// equilibrium's levels when the lines cross.
func (s *Scene) PlaneAltText() string {
	l := s.lang()
	p := &s.Plane
	if x, y, ok := p.Crossing(); ok && p.Meets() {
		return explain.Text(l, "plane.alt.converges", "us", explain.Number(l, x, 2), "china", explain.Number(l, y, 2))
	}
	if s.Trend == Neutral {
		return explain.Text(l, "plane.alt.neutral")
	}
	return explain.Text(l, "plane.alt.diverges")
}
