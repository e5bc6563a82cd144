package figure

import (
	"math"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// planeGrid calls fn for a grid of states over the inputs and postures.
func planeGrid(fn func(in model.Inputs)) {
	for _, tech := range []float64{0, 0.3, 0.5, 0.85, 1} {
		for _, att := range []float64{0, 0.2, 0.6, 1} {
			for _, dia := range []float64{0, 0.3, 0.6, 1} {
				for _, us := range []model.Posture{model.Offense, model.Defense} {
					for _, cn := range []model.Posture{model.Offense, model.Defense} {
						in := model.Default()
						in.Tech, in.Attribution, in.Dialogue, in.US, in.China = tech, att, dia, us, cn
						fn(in)
					}
				}
			}
		}
	}
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*max(1, math.Abs(a), math.Abs(b)) }

// onLine reports whether (x, y) lies on l.
func onLine(l Line, x, y float64) bool {
	return math.Abs(l.A*x+l.B*y+l.C) <= 1e-9*(1+math.Abs(l.A*x)+math.Abs(l.B*y)+math.Abs(l.C))
}

// TestPlaneCrossesAtEquilibrium: the reaction lines cross at the model's
// equilibrium exactly when the race converges; a race that does not settle
// has no crossing in the positive quadrant.
func TestPlaneCrossesAtEquilibrium(t *testing.T) {
	n := 0
	planeGrid(func(in model.Inputs) {
		a := model.Assess(in)
		p := NewPlane(in, MaxMoves, nil)
		x, y, ok := p.Crossing()
		if a.Stable {
			n++
			if !ok || !p.Meets() {
				t.Fatalf("NewPlane(%v): lines do not meet, but the race converges", in)
			}
			if !near(x, a.Equilibrium.US, 1e-9) || !near(y, a.Equilibrium.China, 1e-9) {
				t.Fatalf("NewPlane(%v).Crossing() = %v, %v, want the equilibrium %v, %v", in, x, y, a.Equilibrium.US, a.Equilibrium.China)
			}
			if x > p.Extent || y > p.Extent {
				t.Fatalf("NewPlane(%v): crossing %v, %v outside the axes' extent %v", in, x, y, p.Extent)
			}
		} else if p.Meets() || (ok && x >= 0 && y >= 0) {
			t.Fatalf("NewPlane(%v) (margin %v): crossing %v, %v in the positive quadrant, want none", in, a.StabilityMargin, x, y)
		}
		if ok && (!onLine(p.USLine(), x, y) || !onLine(p.ChinaLine(), x, y)) {
			t.Fatalf("NewPlane(%v): crossing %v, %v is not on both lines", in, x, y)
		}
	})
	if n == 0 {
		t.Fatal("the grid has no converging state")
	}
}

// TestPlaneLinesAreWhereTheRaceStops: on the US line a US move leaves the
// US level unchanged, and on China's line a Chinese move leaves China's,
// by the model's own race (model.Race): the lines are the race's, not a
// copy of the textbook's.
func TestPlaneLinesAreWhereTheRaceStops(t *testing.T) {
	planeGrid(func(in model.Inputs) {
		p := NewPlane(in, MaxMoves, nil)
		r := model.NewRace(in)
		for r.Moves() < 6 {
			x0, y0 := r.US(), r.China()
			r.Step()
			// dx = Δ·(US line's left side at the old point), dy likewise
			// with the new x.
			if r.Last() == model.SideUS {
				u := p.USLine()
				want := model.Dt * (u.A*x0 + u.B*y0 + u.C)
				if !near(r.US()-x0, want, 1e-9) {
					t.Fatalf("%v: US move %v, want Δ·(a·y − m·x + g) = %v", in, r.US()-x0, want)
				}
			} else {
				c := p.ChinaLine()
				want := model.Dt * (c.A*r.US() + c.B*y0 + c.C)
				if !near(r.China()-y0, want, 1e-9) {
					t.Fatalf("%v: China move %v, want Δ·(b·x − n·y + h) = %v", in, r.China()-y0, want)
				}
			}
		}
	})
}

// TestPlanePath: the path starts at the origin, moves in steps (the US
// across, China up), stays within the axes, and ends on the equilibrium
// when the race converges or at the axes' edge when it diverges.
func TestPlanePath(t *testing.T) {
	planeGrid(func(in model.Inputs) {
		p := NewPlane(in, MaxMoves, nil)
		if len(p.Path) < 2 || p.Path[0] != (PlanePoint{}) {
			t.Fatalf("NewPlane(%v).Path starts %v (len %d), want the origin and moves", in, p.Path[:1], len(p.Path))
		}
		for i := 1; i < len(p.Path); i++ {
			a, b := p.Path[i-1], p.Path[i]
			if b.X < 0 || b.Y < 0 || b.X > p.Extent || b.Y > p.Extent {
				t.Fatalf("NewPlane(%v).Path[%d] = %v outside [0, %v]²", in, i, b, p.Extent)
			}
			if (b.Side == model.SideUS && b.Y != a.Y) || (b.Side == model.SideChina && b.X != a.X) || (i > 1 && b.Side == a.Side) {
				t.Fatalf("NewPlane(%v).Path[%d]: %v → %v is not a step across (US) or up (China) in turn", in, i, a, b)
			}
		}
		last := p.Path[len(p.Path)-1]
		switch p.Trend {
		case Converges:
			x, y, _ := p.Crossing()
			if len(p.Path)-1 == MaxMoves {
				// A race near the boundary settles slowly; the spiral's cap
				// stops it on the way, nearer than it started.
				if math.Hypot(last.X-x, last.Y-y) >= 0.5*math.Hypot(x, y) {
					t.Errorf("NewPlane(%v): capped path ends at %v, far from the equilibrium %v, %v", in, last, x, y)
				}
				break
			}
			if math.Hypot(last.X-x, last.Y-y) > 0.01*math.Hypot(x, y) {
				t.Errorf("NewPlane(%v): converging path ends at %v, want the equilibrium %v, %v", in, last, x, y)
			}
		case Diverges:
			if last.X != p.Extent && last.Y != p.Extent {
				t.Errorf("NewPlane(%v): diverging path ends at %v inside the axes (extent %v)", in, last, p.Extent)
			}
			if len(p.Path) < PlaneDivergeMoves/2 {
				t.Errorf("NewPlane(%v): diverging path shows %d moves only", in, len(p.Path)-1)
			}
		}
	})
}

func TestLineClip(t *testing.T) {
	tests := []struct {
		name           string
		l              Line
		e              float64
		x0, y0, x1, y1 float64
		ok             bool
	}{
		{"diagonal", Line{1, -1, 0}, 2, 0, 0, 2, 2, true},
		{"vertical", Line{1, 0, -0.5}, 1, 0.5, 0, 0.5, 1, true},
		{"horizontal", Line{0, 1, -0.25}, 1, 0, 0.25, 1, 0.25, true},
		{"steep from the x axis", Line{-1, 0.5, 0.1}, 1, 0.1, 0, 0.6, 1, true},
		{"misses", Line{1, 1, 5}, 1, 0, 0, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x0, y0, x1, y1, ok := tt.l.Clip(tt.e)
			if ok != tt.ok || !near(x0, tt.x0, 1e-12) || !near(y0, tt.y0, 1e-12) || !near(x1, tt.x1, 1e-12) || !near(y1, tt.y1, 1e-12) {
				t.Errorf("%v.Clip(%v) = %v %v %v %v %v, want %v %v %v %v %v", tt.l, tt.e, x0, y0, x1, y1, ok, tt.x0, tt.y0, tt.x1, tt.y1, tt.ok)
			}
		})
	}
}

func TestNiceCeil(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{{0.42, 0.5}, {0.5, 0.5}, {0.57, 1}, {1.3, 2}, {2.1, 2.5}, {7, 10}, {0, 1}} {
		if got := niceCeil(tt.in); !near(got, tt.want, 1e-12) {
			t.Errorf("niceCeil(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPlaneScene: view=plane selects the plane, and the text alternative
// says what it shows, in each language.
func TestPlaneScene(t *testing.T) {
	s := NewScene("view=plane", nil)
	if s.View != ViewPlane || len(s.Plane.Path) < 2 {
		t.Fatalf("NewScene(view=plane): View %v, %d path points", s.View, len(s.Plane.Path))
	}
	if sp := NewScene("", nil); sp.View != ViewSpiral || sp.Plane.Path != nil {
		t.Errorf("NewScene(\"\"): View %v, want the spiral without a plane", sp.View)
	}
	alt := s.AriaLabel()
	spiral := NewScene("", nil)
	if !strings.HasPrefix(alt, spiral.AriaLabel()) || !strings.Contains(alt, "reaction lines") || !strings.Contains(alt, "US 0.34, China 0.45") {
		t.Errorf("plane AriaLabel = %q, want the spiral's text and the crossing at the baseline's equilibrium", alt)
	}
	if d := NewScene("dialogue=0&view=plane", nil); !strings.Contains(d.AriaLabel(), "wedge") {
		t.Errorf("diverging plane AriaLabel = %q, want the wedge", d.AriaLabel())
	}
	for _, lang := range []string{"zh-CN", "zh-TW"} {
		z := NewScene("view=plane&lang="+lang, nil)
		if alt := z.AriaLabel(); !strings.Contains(alt, "0.34") || strings.Contains(alt, "reaction") {
			t.Errorf("%s plane AriaLabel = %q", lang, alt)
		}
		if w := z.PlaneLabels(); w.US == "" || w.US == s.PlaneLabels().US {
			t.Errorf("%s PlaneLabels().US = %q, want a translation", lang, w.US)
		}
	}
}

// TestDrawPlane draws the plane on a raster: the US line, China's line and
// both sides' moves appear in their colours, and the equilibrium's ring in
// the text colour; a diverging state draws no ring.
func TestDrawPlane(t *testing.T) {
	for _, tt := range []struct {
		state string
		ring  bool
	}{{"view=plane", true}, {"dialogue=0&view=plane", false}} {
		s := NewScene(tt.state, nil)
		const w, h = 300, 300
		r := NewRaster(w, h)
		pal := PaletteFor(s.Assessment.World, false)
		r.Fill(Rect{0, 0, w, h}, pal.Background)
		l := NewLayout(w, h, 1)
		var path Path
		f := Font{Size: 0.85 * l.FontSize}
		pl := NewPlaneLayout(&l, s.Plane.Extent, r.Measure(f, s.PlaneTick()))
		DrawPlaneGuides(r, &path, &l, &pl, &s.Plane, pal, s.PlaneLabels(), s.PlaneTick())
		StrokePlaneMoves(r, &path, &l, &pl, s.Plane.Path, pal)
		count := func(c [4]uint8) int {
			n := 0
			for i := 0; i+3 < len(r.Img.Pix); i += 4 {
				if r.Img.Pix[i] == c[0] && r.Img.Pix[i+1] == c[1] && r.Img.Pix[i+2] == c[2] {
					n++
				}
			}
			return n
		}
		us, cn := pal.US, pal.China
		if n := count([4]uint8{us.R, us.G, us.B}); n < 100 {
			t.Errorf("%s: %d US-coloured pixels", tt.state, n)
		}
		if n := count([4]uint8{cn.R, cn.G, cn.B}); n < 100 {
			t.Errorf("%s: %d China-coloured pixels", tt.state, n)
		}
		x, y, _ := s.Plane.Crossing()
		sx, sy := pl.ToScreen(x, y)
		ringAt := false
		rad := 2.6 * l.LineWidth
		for a := 0.0; a < 2*math.Pi; a += 0.1 {
			px, py := int(sx+rad*math.Cos(a)), int(sy+rad*math.Sin(a))
			if px >= 0 && py >= 0 && px < w && py < h {
				c := r.Img.RGBAAt(px, py)
				if d := math.Abs(float64(c.R)-float64(pal.Text.R)) + math.Abs(float64(c.G)-float64(pal.Text.G)) + math.Abs(float64(c.B)-float64(pal.Text.B)); d < 90 {
					ringAt = true
				}
			}
		}
		if ringAt != tt.ring {
			t.Errorf("%s: equilibrium ring drawn %v, want %v", tt.state, ringAt, tt.ring)
		}
	}
}
