package figure

import (
	"math"
	"testing"
	"time"

	"github.com/dilemma/cyberdilemma/model"
)

func TestNewLayout(t *testing.T) {
	tests := []struct {
		name       string
		w, h, s    float64
		wantWide   bool
		wantMinR   float64 // CSS pixels
		wantMinFnt float64 // CSS pixels
	}{
		{"iframe 300x300", 300, 300, 1, false, 100, 12},
		{"iframe 300x300 at 2x", 600, 600, 2, false, 100, 12},
		{"standalone 600x400", 600, 400, 1, true, 180, 15},
		{"phone portrait", 360, 640, 3 * 1, false, 40, 11},
		{"tiny", 40, 30, 1, false, 0, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLayout(tt.w, tt.h, tt.s)
			if l.Wide != tt.wantWide {
				t.Errorf("NewLayout(%v, %v, %v).Wide = %v, want %v", tt.w, tt.h, tt.s, l.Wide, tt.wantWide)
			}
			if r := l.R / tt.s; r < tt.wantMinR {
				t.Errorf("NewLayout(%v, %v, %v).R = %v CSS px, want ≥ %v", tt.w, tt.h, tt.s, r, tt.wantMinR)
			}
			if f := l.FontSize / tt.s; f < tt.wantMinFnt {
				t.Errorf("NewLayout(%v, %v, %v).FontSize = %v CSS px, want ≥ %v", tt.w, tt.h, tt.s, f, tt.wantMinFnt)
			}
			for _, v := range []float64{l.R, l.CX, l.CY, l.LegendY, l.FontSize, l.LineWidth} {
				if v < 0 || math.IsNaN(v) {
					t.Fatalf("NewLayout(%v, %v, %v) = %+v has a negative length", tt.w, tt.h, tt.s, l)
				}
			}
			if tt.wantMinR == 0 {
				return
			}
			// The unit circle, thickened by the stroke, stays on the canvas
			// and clear of the text and the legend.
			if l.CX-l.R-l.LineWidth < 0 || l.CX+l.R+l.LineWidth > tt.w || l.CY-l.R-l.LineWidth < 0 || l.CY+l.R+l.LineWidth > tt.h {
				t.Errorf("plot circle (%v, %v, r=%v) leaves the %vx%v canvas", l.CX, l.CY, l.R, tt.w, tt.h)
			}
			if l.Wide {
				textRight := l.TextX + 10*l.FontSize // "Aggression possible" ≈ 9.5 em in Go Regular
				if l.CX-l.R < textRight {
					t.Errorf("plot (left %v) overlaps the text column (right %v)", l.CX-l.R, textRight)
				}
			} else {
				if top := l.TextY + 2*l.LineHeight; l.CY-l.R < top {
					t.Errorf("plot top %v overlaps the header (bottom %v)", l.CY-l.R, top)
				}
				if l.CY+l.R > l.LegendY {
					t.Errorf("plot bottom %v overlaps the legend (top %v)", l.CY+l.R, l.LegendY)
				}
			}
		})
	}
}

func TestToScreen(t *testing.T) {
	l := Layout{CX: 150, CY: 160, R: 100}
	tests := []struct {
		p            model.SpiralPoint
		wantX, wantY float64
	}{
		{model.SpiralPoint{X: 0, Y: 0}, 150, 160},
		{model.SpiralPoint{X: 0.5, Y: 0}, 200, 160},
		{model.SpiralPoint{X: 0, Y: 0.5}, 150, 110}, // y up in unit coordinates
		{model.SpiralPoint{X: -1, Y: -1}, 50, 260},
	}
	for _, tt := range tests {
		if x, y := l.ToScreen(tt.p); x != tt.wantX || y != tt.wantY {
			t.Errorf("ToScreen(%v, %v) = (%v, %v), want (%v, %v)", tt.p.X, tt.p.Y, x, y, tt.wantX, tt.wantY)
		}
	}
}

func TestVisible(t *testing.T) {
	tests := []struct {
		elapsed time.Duration
		total   int
		reduced bool
		want    int
	}{
		{0, 100, false, 1},
		{-time.Second, 100, false, 1},
		{time.Second, 100, false, 1 + MovesPerSecond},
		{time.Hour, 100, false, 100},
		{0, 100, true, 100},
		{0, 0, false, 0},
	}
	for _, tt := range tests {
		if got := Visible(tt.elapsed, tt.total, tt.reduced); got != tt.want {
			t.Errorf("Visible(%v, %d, %v) = %d, want %d", tt.elapsed, tt.total, tt.reduced, got, tt.want)
		}
	}
}

// TestRevealAtMostMaxReveal: every spiral plays within MaxReveal, and
// NextReveal says when the next point shows.
func TestRevealAtMostMaxReveal(t *testing.T) {
	for _, total := range []int{1, 2, 50, 101, 250, 501} {
		if got := Visible(MaxReveal, total, false); got != total {
			t.Errorf("Visible(MaxReveal, %d) = %d, want every point", total, got)
		}
		for e := time.Duration(0); e < MaxReveal; e += 37 * time.Millisecond {
			d := NextReveal(e, total, false)
			n := Visible(e, total, false)
			if n == total {
				if d != 0 {
					t.Errorf("NextReveal(%v, %d) = %v with every point shown", e, total, d)
				}
				continue
			}
			if d <= 0 || Visible(e+d, total, false) <= n || d > time.Duration(float64(time.Second)/Pace(total))+time.Millisecond {
				t.Errorf("NextReveal(%v, %d) = %v: not the next point's time", e, total, d)
			}
		}
	}
}
