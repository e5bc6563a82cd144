package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The acceptance properties of DESIGN.md 2.4, held over grids that cover each
// property's whole region (at the sliders' resolution, 0.01, where the region
// is small; at 0.02 or 0.05 over the whole input space), for every model
// version for which the property is stated, plus seeded random states
// between the grid points.

// grid calls f with every value from lo to hi (inclusive) in steps of step
// hundredths, each computed from integers so that the bounds are exact.
func grid(lo, hi float64, step int, f func(v float64)) {
	for i := int(math.Round(lo * 100)); i <= int(math.Round(hi*100)); i += step {
		f(float64(i) / 100)
	}
}

func at(v int, tech, disc, attr, dlg float64, us, cn Posture) Inputs {
	return Inputs{Tech: tech, Discourse: disc, Attribution: attr, Dialogue: dlg, US: us, China: cn, Version: v}
}

// Property 1: the baseline is low and converges, in every version, with the
// numbers DESIGN.md 2.2 gives (version 2 keeps version 1's intensity there).
func TestProperty1Baseline(t *testing.T) {
	for _, v := range Versions {
		in := Default()
		in.Version = v
		a := Assess(in)
		near(t, "Intensity", a.Intensity, 0.2146, 0.0005)
		if a.Band != BandLow || !a.Stable || a.World != AggressionPossible || a.ModelVersion != v {
			t.Errorf("version %d: baseline %v %v stable %v version %d; want aggression-possible, low, converging", v, a.World, a.Band, a.Stable, a.ModelVersion)
		}
	}
}

// Property 2: the paper's first future, "the United States still maintains
// its technological superiority. Once the two sides fail to develop a
// consensus, they fall into a double crisis": over tech ≥ 0.8,
// attribution ≤ 0.3, discourse ≥ 0.5, dialogue 0, doubly dangerous, high or
// severe, diverging (and, in version 1, for any discourse).
func TestProperty2FirstFuture(t *testing.T) {
	n := 0
	for _, v := range Versions {
		discLo := 0.5
		if v == 1 {
			discLo = 0
		}
		grid(0.8, 1, 1, func(tech float64) {
			grid(0, 0.3, 1, func(attr float64) {
				grid(discLo, 1, 1, func(disc float64) {
					in := at(v, tech, disc, attr, 0, Offense, Defense)
					a := Assess(in)
					n++
					if a.World != DoublyDangerous || (a.Band != BandHigh && a.Band != BandSevere) || a.Stable || NewRace(in).Converges() {
						t.Fatalf("Assess(%v) = %v, %v, stable %v; want doubly-dangerous, high or severe, diverging", in, a.World, a.Band, a.Stable)
					}
				})
			})
		})
	}
	// The spiral itself winds outward to the rim at the region's corners.
	for _, v := range Versions {
		for _, in := range []Inputs{at(v, 0.8, 0.5, 0.3, 0, Offense, Defense), at(v, 1, 1, 0, 0, Offense, Defense)} {
			tr, _ := Simulate(in, MaxRounds)
			if tr.Converges || tr.Spiral[len(tr.Spiral)-1].Radius < 0.9 {
				t.Fatalf("Simulate(%v): converges %v, final radius %v; want an outward spiral", in, tr.Converges, tr.Spiral[len(tr.Spiral)-1].Radius)
			}
		}
	}
	t.Logf("%d states", n)
}

// Property 3 (version 2): the paper's second future by technology alone:
// "China has the technological advantages and is in a controllable position,
// regardless of whether there is consensus": over tech ≤ 0.35, discourse in
// [0.5, 0.75], attribution in [0.1, 0.3] and every dialogue in [0, 1],
// compatible or doubly safe, and converging.
func TestProperty3SecondFuture(t *testing.T) {
	n := 0
	worst := 0.0
	grid(0, 0.35, 1, func(tech float64) {
		grid(0.5, 0.75, 1, func(disc float64) {
			grid(0.1, 0.3, 1, func(attr float64) {
				grid(0, 1, 1, func(dlg float64) {
					in := at(2, tech, disc, attr, dlg, Offense, Defense)
					a := Assess(in)
					n++
					worst = math.Max(worst, a.Intensity)
					if (a.World != Compatible && a.World != DoublySafe) || !a.Stable || !NewRace(in).Converges() {
						t.Fatalf("Assess(%v) = %v, %v, stable %v; want compatible or doubly-safe and converging", in, a.World, a.Band, a.Stable)
					}
				})
			})
		})
	})
	t.Logf("%d states, highest intensity %.4f", n, worst)
	// Version 1 held it only with discourse at parity: the reason for
	// version 2 (the example: tech 0.30, discourse 0.75, no dialogue).
	if a := Assess(at(1, 0.3, 0.75, 0.2, 0, Offense, Defense)); a.Stable {
		t.Errorf("version 1 at tech 0.30, discourse 0.75, dialogue 0: stable; its answers must not change")
	}
	if a := Assess(at(1, 0.3, 0.5, 0.2, 0, Offense, Defense)); !a.Stable || a.World == DoublyDangerous {
		t.Errorf("version 1 at tech 0.30, discourse 0.50, dialogue 0: %v stable %v", a.World, a.Stable)
	}
}

// intensityGrid computes the intensity of version v with US offense and
// China defense at every point of the grid with the given step (hundredths).
func intensityGrid(v, step int) ([]float64, int) {
	k := 100/step + 1
	out := make([]float64, 0, k*k*k*k)
	for ti := 0; ti < k; ti++ {
		for di := 0; di < k; di++ {
			for ai := 0; ai < k; ai++ {
				for li := 0; li < k; li++ {
					in := at(v, float64(ti*step)/100, float64(di*step)/100, float64(ai*step)/100, float64(li*step)/100, Offense, Defense)
					out = append(out, Assess(in).Intensity)
				}
			}
		}
	}
	return out, k
}

// Property 4: with US offense and China defense, intensity never falls as
// tech or discourse rise and never rises as attribution or dialogue rise:
// every pair of neighbours on a 0.02 grid of the whole space (6.8 million
// states per version), and seeded random moves between grid points.
func TestProperty4Monotone(t *testing.T) {
	const eps = 1e-12
	for _, v := range Versions {
		is, k := intensityGrid(v, 2)
		strides := [4]int{k * k * k, k * k, k, 1} // tech, discourse, attribution, dialogue
		for i := range is {
			idx := [4]int{i / strides[0], i / strides[1] % k, i / strides[2] % k, i % k}
			for p := 0; p < 4; p++ {
				if idx[p]+1 >= k {
					continue
				}
				up := is[i+strides[p]]
				if p < 2 && up < is[i]-eps || p >= 2 && up > is[i]+eps {
					t.Fatalf("version %d: raising %s from grid point %v changes intensity %v → %v", v, Params[p].Key, idx, is[i], up)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		in := randomInputs(r)
		in.US, in.China = Offense, Defense
		base := Assess(in).Intensity
		for _, p := range Params {
			up := p.Set(in, math.Min(1, p.Value(in)+r.Float64()*(1-p.Value(in))))
			got := Assess(up).Intensity
			if (p.Key == "tech" || p.Key == "discourse") && got < base-eps || (p.Key == "attribution" || p.Key == "dialogue") && got > base+eps {
				t.Fatalf("raising %s: Assess(%v).Intensity = %v, was %v at %v", p.Key, up, got, base, in)
			}
		}
	}
}

// Property 5: intensity moves by less than 0.01 for any 0.001 change of one
// input: from every point of a 0.05 grid of the whole space, all four
// postures, both directions, and from seeded random states.
func TestProperty5Continuous(t *testing.T) {
	for _, v := range Versions {
		worst := 0.0
		check := func(in Inputs) {
			base := Assess(in).Intensity
			for _, p := range Params {
				for _, d := range []float64{-0.001, 0.001} {
					x := p.Value(in) + d
					if x < 0 || x > 1 {
						continue
					}
					diff := math.Abs(Assess(p.Set(in, x)).Intensity - base)
					worst = math.Max(worst, diff)
					if diff >= 0.01 {
						t.Fatalf("moving %s by %v at %v changes intensity by %v, want < 0.01", p.Key, d, in, diff)
					}
				}
			}
		}
		for pm := 0; pm < 4; pm++ {
			grid(0, 1, 5, func(tech float64) {
				grid(0, 1, 5, func(disc float64) {
					grid(0, 1, 5, func(attr float64) {
						grid(0, 1, 5, func(dlg float64) {
							check(at(v, tech, disc, attr, dlg, Posture(pm&1), Posture(pm>>1)))
						})
					})
				})
			})
		}
		r := rand.New(rand.NewPCG(3, 4))
		for i := 0; i < 50000; i++ {
			in := randomInputs(r)
			in.Version = v
			check(in)
		}
		t.Logf("version %d: largest change of intensity for a 0.001 step: %.5f", v, worst)
	}
}

// Property 6: swapping postures and mirroring tech and discourse leaves the
// intensity, band, stability (and, off the O = 0 boundary, the world)
// unchanged: a 0.05 grid of the whole space, all postures, and random states.
func TestProperty6Mirror(t *testing.T) {
	check := func(in Inputs) {
		m := in
		m.US, m.China = in.China, in.US
		m.Tech, m.Discourse = 1-in.Tech, 1-in.Discourse
		a, b := Assess(in), Assess(m)
		if math.Abs(a.Intensity-b.Intensity) > 1e-12 || a.Band != b.Band || a.Stable != b.Stable {
			t.Fatalf("mirror: Assess(%v) = %v %v %v, Assess(%v) = %v %v %v", in, a.Intensity, a.Band, a.Stable, m, b.Intensity, b.Band, b.Stable)
		}
		if math.Abs(a.OffenseBalance) > 1e-9 && a.World != b.World {
			t.Fatalf("mirror: world %v vs %v for %v and %v", a.World, b.World, in, m)
		}
	}
	for _, v := range Versions {
		for pm := 0; pm < 4; pm++ {
			grid(0, 1, 5, func(tech float64) {
				grid(0, 1, 5, func(disc float64) {
					grid(0, 1, 5, func(attr float64) {
						grid(0, 1, 5, func(dlg float64) {
							check(at(v, tech, disc, attr, dlg, Posture(pm&1), Posture(pm>>1)))
						})
					})
				})
			})
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		check(randomInputs(r))
	}
}

// The reference points of DESIGN.md 2.4: both defensive is doubly safe; both
// offensive and blind, (0.5, 0.5, 0, 0), is doubly dangerous and severe.
func TestReferencePoints(t *testing.T) {
	for _, v := range Versions {
		grid(0, 1, 5, func(tech float64) {
			grid(0, 1, 5, func(disc float64) {
				in := Default()
				in.Version, in.Tech, in.Discourse, in.US = v, tech, disc, Defense
				if a := Assess(in); a.World != DoublySafe || a.Intensity != 0 {
					t.Fatalf("both defensive %v: %v, intensity %v", in, a.World, a.Intensity)
				}
			})
		})
		blind := at(v, 0.5, 0.5, 0, 0, Offense, Offense)
		if a := Assess(blind); a.World != DoublyDangerous || a.Band != BandSevere || a.Stable {
			t.Errorf("both offensive and blind %v: %v, %v, stable %v", blind, a.World, a.Band, a.Stable)
		}
	}
}

// Version 2 changed the reaction only: P, O, S, the restraint and the world
// are the same in both versions for every state.
func TestVersionsShareAllButTheReaction(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 20000; i++ {
		in := randomInputs(r)
		in.Version = 1
		a1 := Assess(in)
		in.Version = 2
		a2 := Assess(in)
		if a1.PowerShare != a2.PowerShare || a1.OffenseBalance != a2.OffenseBalance || a1.Distinguishability != a2.Distinguishability || a1.Restraint != a2.Restraint || a1.World != a2.World {
			t.Fatalf("versions differ beyond the reaction at %v: %+v vs %+v", in, a1, a2)
		}
		o := a1.OffenseBalance
		near(t, "reaction ratio v2/v1", a2.Reaction, a1.Reaction*(1+o)*ReactionScaleV2, 1e-12)
	}
}
