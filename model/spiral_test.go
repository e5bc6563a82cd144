package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

func TestRaceStepsAlternate(t *testing.T) {
	r := NewRace(Default())
	if r.Next() != SideUS || r.Moves() != 0 || r.US() != 0 || r.China() != 0 {
		t.Fatalf("NewRace: next %v moves %d x %v y %v; want the US to move first from 0, 0", r.Next(), r.Moves(), r.US(), r.China())
	}
	r.Step()
	if r.US() <= 0 || r.China() != 0 || r.Last() != SideUS || r.Next() != SideChina {
		t.Fatalf("after the US move: x %v y %v last %v next %v", r.US(), r.China(), r.Last(), r.Next())
	}
	x1 := r.US()
	r.Step()
	if r.US() != x1 || r.China() <= 0 || r.Last() != SideChina || r.Round() != 1 {
		t.Fatalf("after China's move: x %v y %v last %v round %d", r.US(), r.China(), r.Last(), r.Round())
	}
	// China reacts to the US move it has just seen (Gauss–Seidel order).
	a := Assess(Default())
	want := Dt * (a.Reaction*x1 + GrievanceChina)
	near(t, "China's first move", r.China(), want, 1e-15)
}

func TestSpiralWindsInAndOut(t *testing.T) {
	tests := []struct {
		name    string
		in      Inputs
		inwards bool
	}{
		{"baseline converges", Default(), true},
		{"no consensus diverges", Inputs{0.85, 0.75, 0.2, 0, Offense, Defense, 0}, false},
		{"both defensive converges", Inputs{0.85, 0.75, 0.2, 0.6, Defense, Defense, 0}, true},
		{"both offensive, no trust, diverges", Inputs{0.5, 0.5, 0, 0, Offense, Offense, 0}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pts := Spiral(nil, tt.in, 2000)
			first, last := pts[0], pts[len(pts)-1]
			near(t, "start radius", first.Radius, 0.5, 1e-12)
			if tt.inwards && last.Radius >= 0.002 {
				t.Errorf("Spiral(%v) ends at radius %v after %d moves, want < 0.002 (settled on the centre)", tt.in, last.Radius, len(pts)-1)
			}
			if !tt.inwards && last.Radius <= 0.998 {
				t.Errorf("Spiral(%v) ends at radius %v, want > 0.998 (at the rim)", tt.in, last.Radius)
			}
			// Winding: each point turns by 2π/8 about the centre.
			for i := 1; i < len(pts); i++ {
				if pts[i].Move != i || pts[i].Side != Side((i-1)%2) {
					t.Fatalf("point %d: move %d side %v", i, pts[i].Move, pts[i].Side)
				}
				if pts[i].Radius > 1e-9 {
					phi := math.Atan2(pts[i].Y, pts[i].X)
					want := math.Remainder(float64(i)*2*math.Pi/SpiralTurnMoves, 2*math.Pi)
					if math.Abs(math.Remainder(phi-want, 2*math.Pi)) > 1e-9 {
						t.Fatalf("point %d at angle %v, want %v", i, phi, want)
					}
				}
			}
			// Overall trend: the radius after each full turn moves one way.
			for i := 2 * SpiralTurnMoves; i < len(pts); i += SpiralTurnMoves {
				prev := pts[i-SpiralTurnMoves].Radius
				if tt.inwards && pts[i].Radius > prev+1e-12 || !tt.inwards && pts[i].Radius < prev-1e-12 {
					t.Fatalf("turn ending at move %d: radius %v after %v", i, pts[i].Radius, prev)
				}
			}
		})
	}
}

func TestNeutralRaceIsACircle(t *testing.T) {
	// Version 1: tech = discourse = 0.35, attribution = dialogue = 0:
	// P = 0.35, O = −0.3, θ = 0.7 = μ. Version 2: a state found on the
	// boundary by a search of the 0.01 grid. In float64 the margin is a
	// residue of about 1e-16; the model must call it neutral everywhere.
	for _, in := range []Inputs{
		{Tech: 0.35, Discourse: 0.35, Attribution: 0, Dialogue: 0, US: Offense, China: Defense, Version: 1},
		{Tech: 0.13, Discourse: 0.99, Attribution: 0, Dialogue: 0.1, US: Defense, China: Offense, Version: 2},
	} {
		neutralCircle(t, in)
	}
}

func neutralCircle(t *testing.T, in Inputs) {
	t.Helper()
	a := Assess(in)
	if a.StabilityMargin != 0 || a.Stable || a.Intensity != 0.5 || a.Band != BandHigh || a.Equilibrium.Valid {
		t.Fatalf("Assess(%v) on the boundary: margin %v stable %v intensity %v band %v equilibrium %+v; want 0, false, 0.5, high, none",
			in, a.StabilityMargin, a.Stable, a.Intensity, a.Band, a.Equilibrium)
	}
	r := NewRace(in)
	if r.Converges() {
		t.Fatalf("race at θ = μ converges")
	}
	for i := 0; i < 100; i++ {
		r.Step()
	}
	near(t, "neutral radius", r.Point().Radius, 0.5, 1e-9)
	if !r.Settled() {
		t.Errorf("a neutral race is not settled after %d moves", r.Moves())
	}
	tr, _ := Simulate(in, 50)
	if tr.Converges || tr.SettledAfter != SpiralTurnMoves {
		t.Errorf("Simulate on the boundary: converges %v, settled after %d", tr.Converges, tr.SettledAfter)
	}
}

// Assess, the race and the intensity agree on stability everywhere on a
// grid of the inputs, the boundary included, with no tolerance.
func TestStabilityAgreesOnTheGrid(t *testing.T) {
	n := 0
	for ti := 0; ti <= 20; ti++ {
		for di := 0; di <= 20; di++ {
			for ai := 0; ai <= 20; ai++ {
				for li := 0; li <= 20; li++ {
					for pm := 0; pm < 4; pm++ {
						in := Inputs{float64(ti) / 20, float64(di) / 20, float64(ai) / 20, float64(li) / 20, Posture(pm & 1), Posture(pm >> 1), 0}
						a := Assess(in)
						if a.Stable != NewRace(in).Converges() || a.Stable != (a.Intensity < 0.5) || a.Stable != a.Equilibrium.Valid {
							t.Fatalf("Assess(%v): stable %v, race converges %v, intensity %v, equilibrium %v", in, a.Stable, NewRace(in).Converges(), a.Intensity, a.Equilibrium.Valid)
						}
						n++
					}
				}
			}
		}
	}
	// And on the sliders' own 0.01 steps near the known boundary state.
	for _, in := range []Inputs{
		{Tech: 0.35, Discourse: 0.35, Attribution: 0, Dialogue: 0, US: Offense, China: Defense},
		{Tech: 0.87, Discourse: 0.01, Attribution: 0.40, Dialogue: 0, US: Offense, China: Defense},
		{Tech: 0.13, Discourse: 0.99, Attribution: 0.40, Dialogue: 0, US: Defense, China: Offense},
	} {
		a := Assess(in)
		if a.Stable != NewRace(in).Converges() || a.Stable != (a.Intensity < 0.5) {
			t.Errorf("Assess(%v): stable %v, race %v, intensity %v", in, a.Stable, NewRace(in).Converges(), a.Intensity)
		}
	}
	t.Logf("%d states agree", n)
}

func TestSimulate(t *testing.T) {
	for _, n := range []int{0, -1, MaxRounds + 1} {
		if _, err := Simulate(Default(), n); !errors.Is(err, ErrRounds) {
			t.Errorf("Simulate(_, %d) error = %v, want ErrRounds", n, err)
		}
	}
	tr, err := Simulate(Default(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Rounds) != 11 || len(tr.Spiral) != 21 {
		t.Fatalf("Simulate(_, 10): %d rounds and %d spiral points, want 11 and 21", len(tr.Rounds), len(tr.Spiral))
	}
	r := NewRace(Default())
	for i := 1; i <= 10; i++ {
		r.Step()
		r.Step()
		if tr.Rounds[i] != (RoundState{Round: i, US: r.US(), China: r.China()}) {
			t.Fatalf("round %d = %+v, race gives %v, %v", i, tr.Rounds[i], r.US(), r.China())
		}
	}
}

// The discrete race converges exactly when Assess calls it stable.
func TestStabilityMatchesDynamics(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 500; i++ {
		in := randomInputs(rng)
		a := Assess(in)
		if math.Abs(a.StabilityMargin) < 0.05 {
			continue // too slow to tell apart in a bounded run
		}
		tr, _ := Simulate(in, MaxRounds)
		last := tr.Spiral[len(tr.Spiral)-1].Radius
		if a.Stable && last > 0.25 || !a.Stable && last < 0.75 {
			t.Fatalf("Assess(%v).Stable = %v but the spiral ends at radius %v", in, a.Stable, last)
		}
	}
}
