package model

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %v, want %v (±%v)", what, got, want, tol)
	}
}

func TestBaseline(t *testing.T) {
	// DESIGN.md 2.2: the paper's baseline gives P ≈ 0.82, O ≈ 0.63, S = 0.68,
	// world aggression-possible, I ≈ 0.21, band low, a converging spiral.
	a := Assess(Default())
	near(t, "PowerShare", a.PowerShare, 0.8167, 0.001)
	near(t, "OffenseBalance", a.OffenseBalance, 0.6333, 0.001)
	near(t, "Distinguishability", a.Distinguishability, 0.68, 1e-12)
	near(t, "Intensity", a.Intensity, 0.2146, 0.001)
	if a.World != AggressionPossible {
		t.Errorf("Assess(Default()).World = %v, want aggression-possible", a.World)
	}
	if a.Band != BandLow {
		t.Errorf("Assess(Default()).Band = %v, want low", a.Band)
	}
	if !a.Stable || a.StabilityMargin <= 0 || !a.Equilibrium.Valid {
		t.Errorf("Assess(Default()): stable %v margin %v equilibrium %+v, want a stable race", a.Stable, a.StabilityMargin, a.Equilibrium)
	}
	tr, err := Simulate(Default(), 200)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.Converges || tr.SettledAfter < 0 {
		t.Errorf("Simulate(Default()): converges %v settled after %d, want a converging race that settles", tr.Converges, tr.SettledAfter)
	}
	last := tr.Rounds[len(tr.Rounds)-1]
	near(t, "x after 200 rounds", last.US, a.Equilibrium.US, 1e-6)
	near(t, "y after 200 rounds", last.China, a.Equilibrium.China, 1e-6)
}

// maxReaction is the largest reaction θ of each version: (1−S)·(1+O) with
// S = 0, O = 1 is 2 in version 1; version 2 squares (1+O) and scales by 30/49.
var maxReaction = map[int]float64{1: 2, 2: 4 * ReactionScaleV2}

// Property 1 and the presets: each preset lands where the paper says.
func TestPresets(t *testing.T) {
	tests := []struct {
		id       string
		worlds   []World
		bands    []Band
		converge bool
	}{
		{"baseline-2018", []World{AggressionPossible}, []Band{BandLow}, true},
		{"us-superiority-no-consensus", []World{DoublyDangerous}, []Band{BandHigh, BandSevere}, false},
		{"china-tech-advantage", []World{Compatible, DoublySafe}, nil, true},
		{"paper-uncertainty", []World{AggressionPossible}, []Band{BandLow}, true},
		{"parity", []World{DoublySafe}, nil, true},
		{"both-defensive", []World{DoublySafe}, []Band{BandNone}, true},
		{"both-offensive", []World{AggressionPossible}, nil, true},
	}
	if len(tests) != len(Presets()) {
		t.Fatalf("%d presets, %d tested", len(Presets()), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			p, ok := PresetByID(tt.id)
			if !ok {
				t.Fatalf("PresetByID(%q) not found", tt.id)
			}
			if p.Quote == "" || p.Section == "" || p.Name == "" {
				t.Errorf("preset %q lacks its quote, section or name", tt.id)
			}
			if err := p.Inputs.Validate(); err != nil {
				t.Errorf("preset %q: %v", tt.id, err)
			}
			a := Assess(p.Inputs)
			if !containsWorld(tt.worlds, a.World) {
				t.Errorf("Assess(%v).World = %v, want one of %v", p.Inputs, a.World, tt.worlds)
			}
			if tt.bands != nil && !containsBand(tt.bands, a.Band) {
				t.Errorf("Assess(%v).Band = %v, want one of %v", p.Inputs, a.Band, tt.bands)
			}
			if a.Stable != tt.converge {
				t.Errorf("Assess(%v).Stable = %v, want %v", p.Inputs, a.Stable, tt.converge)
			}
		})
	}
}

func TestPresetQuotesAreInThePaper(t *testing.T) {
	paper := readPaper(t)
	for _, p := range Presets() {
		if !containsNorm(paper, p.Quote) {
			t.Errorf("preset %q: quote not found in paper.md: %q", p.ID, p.Quote)
		}
	}
}

func randomInputs(r *rand.Rand) Inputs {
	return Inputs{Tech: r.Float64(), Discourse: r.Float64(), Attribution: r.Float64(), Dialogue: r.Float64(), US: Posture(r.IntN(2)), China: Posture(r.IntN(2)), Version: Versions[r.IntN(len(Versions))]}
}

// Property 7: every output is finite and in range for every valid input, and
// Assess never panics or yields NaN even for invalid numbers.
func TestProperty7Total(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 20000; i++ {
		in := randomInputs(r)
		if i%4 == 0 { // invalid numbers too: Assess clamps them
			in.Tech = []float64{math.NaN(), math.Inf(1), math.Inf(-1), -3, 7}[i/4%5]
		}
		checkAssessment(t, in, Assess(in))
	}
	// Corners.
	for mask := 0; mask < 64; mask++ {
		in := Inputs{Tech: float64(mask & 1), Discourse: float64(mask >> 1 & 1), Attribution: float64(mask >> 2 & 1), Dialogue: float64(mask >> 3 & 1), US: Posture(mask >> 4 & 1), China: Posture(mask >> 5 & 1)}
		checkAssessment(t, in, Assess(in))
		tr, err := Simulate(in, MaxRounds)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range tr.Spiral {
			if !finite(p.X, p.Y, p.Radius) || p.Radius < 0 || p.Radius > 1 {
				t.Fatalf("Simulate(%v, %d): spiral point %+v out of range", in, MaxRounds, p)
			}
		}
		for _, s := range tr.Rounds {
			if !finite(s.US, s.China) {
				t.Fatalf("Simulate(%v, %d): state %+v not finite", in, MaxRounds, s)
			}
		}
	}
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

func checkAssessment(t *testing.T, in Inputs, a Assessment) {
	t.Helper()
	if !finite(a.PowerShare, a.OffenseBalance, a.Distinguishability, a.Intensity, a.Reaction, a.Restraint, a.StabilityMargin, a.Equilibrium.US, a.Equilibrium.China) {
		t.Fatalf("Assess(%v) has a non-finite value: %+v", in, a)
	}
	if err := a.Inputs.Validate(); err != nil {
		t.Fatalf("Assess(%v).Inputs invalid: %v", in, err)
	}
	if a.ModelVersion != a.Inputs.Version || !ValidVersion(a.ModelVersion) {
		t.Fatalf("Assess(%v): model version %d, inputs' version %d", in, a.ModelVersion, a.Inputs.Version)
	}
	ranges := []struct {
		name     string
		v        float64
		min, max float64
	}{
		{"PowerShare", a.PowerShare, 0, 1},
		{"OffenseBalance", a.OffenseBalance, -1, 1},
		{"Distinguishability", a.Distinguishability, 0, 1},
		{"Intensity", a.Intensity, 0, 1},
		{"Reaction", a.Reaction, 0, maxReaction[a.ModelVersion]},
		{"Restraint", a.Restraint, 0.7, 1.2},
		{"StabilityMargin", a.StabilityMargin, 0.49 - maxReaction[a.ModelVersion]*maxReaction[a.ModelVersion], 1.44},
	}
	for _, r := range ranges {
		if r.v < r.min-1e-12 || r.v > r.max+1e-12 {
			t.Fatalf("Assess(%v).%s = %v, want in [%v, %v]", in, r.name, r.v, r.min, r.max)
		}
	}
	if (a.Intensity < 0.5) != a.Stable || a.Stable != NewRace(in).Converges() {
		t.Fatalf("Assess(%v): intensity %v but stable %v; I < 0.5 must mean a converging race", in, a.Intensity, a.Stable)
	}
	if a.Band != BandOf(a.Intensity) || a.World.String() == "unknown" {
		t.Fatalf("Assess(%v): band %v world %v inconsistent", in, a.Band, a.World)
	}
	if a.Equilibrium.Valid && (a.Equilibrium.US < 0 || a.Equilibrium.China < 0) {
		t.Fatalf("Assess(%v): negative equilibrium %+v", in, a.Equilibrium)
	}
}

func TestWorldsAndBands(t *testing.T) {
	tests := []struct {
		o, s float64
		want World
	}{
		{0.5, 0.2, DoublyDangerous},
		{-0.5, 0.2, Compatible},
		{0.5, 0.8, AggressionPossible},
		{-0.5, 0.8, DoublySafe},
		{0, 0.2, Compatible},           // a tie is no offense advantage
		{0.1, 0.5, AggressionPossible}, // S = 0.5 is distinguishable
	}
	for _, tt := range tests {
		if got := worldOf(tt.o, tt.s); got != tt.want {
			t.Errorf("worldOf(%v, %v) = %v, want %v", tt.o, tt.s, got, tt.want)
		}
	}
	bands := []struct {
		i    float64
		want Band
	}{{0, BandNone}, {0.1499, BandNone}, {0.15, BandLow}, {0.3499, BandLow}, {0.35, BandModerate}, {0.4999, BandModerate}, {0.5, BandHigh}, {0.7499, BandHigh}, {0.75, BandSevere}, {0.99, BandSevere}}
	for _, b := range bands {
		if got := BandOf(b.i); got != b.want {
			t.Errorf("BandOf(%v) = %v, want %v", b.i, got, b.want)
		}
	}
}

func TestPosen(t *testing.T) {
	tests := []struct {
		name string
		in   Inputs
		want Posen
	}{
		{"baseline: all three, as the paper obtains them", Default(), Posen{true, true, true, 3}},
		{"baseline, version 1", Inputs{0.85, 0.75, 0.2, 0.6, Offense, Defense, 1}, Posen{false, true, true, 2}},
		{"full dialogue does not let a side assess intentions", Inputs{0.85, 0.75, 0.2, 1, Offense, Defense, 0}, Posen{true, true, true, 3}},
		{"attribution 0.5 does", Inputs{0.85, 0.75, 0.5, 0, Offense, Defense, 0}, Posen{false, true, true, 2}},
		{"attribution 0.49 does not", Inputs{0.85, 0.75, 0.49, 0.9, Offense, Defense, 0}, Posen{true, true, true, 3}},
		{"no consensus", Inputs{0.85, 0.75, 0.2, 0, Offense, Defense, 0}, Posen{true, true, true, 3}},
		{"parity, talks", Inputs{0.5, 0.5, 0.5, 0.5, Offense, Defense, 0}, Posen{false, false, false, 0}},
		{"parity, talks, version 1", Inputs{0.5, 0.5, 0.2, 0.5, Offense, Defense, 1}, Posen{false, false, false, 0}},
		{"offensive China ahead", Inputs{0.2, 0.1, 0.2, 0.1, Defense, Offense, 0}, Posen{true, true, true, 3}},
		{"defensive leader", Inputs{0.9, 0.5, 0.2, 0.1, Defense, Defense, 0}, Posen{true, false, false, 1}},
		{"discourse 0.65 is at the threshold, not over", Inputs{0.5, 0.65, 0.5, 0.5, Offense, Defense, 0}, Posen{false, true, false, 1}},
		{"discourse 0.66 is over", Inputs{0.5, 0.66, 0.5, 0.5, Offense, Defense, 0}, Posen{false, true, true, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Assess(tt.in).Posen; got != tt.want {
				t.Errorf("Assess(%v).Posen = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func containsWorld(ws []World, w World) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func containsBand(bs []Band, b Band) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

func TestEquilibriumJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 5000; i++ {
		e := Equilibrium{US: math.Exp(r.NormFloat64() * 20), China: r.Float64() * 1e-6, Valid: true}
		if i%7 == 0 {
			e.China = 0
		}
		got, _ := e.MarshalJSON()
		want, _ := json.Marshal(struct {
			US    float64 `json:"us"`
			China float64 `json:"china"`
		}{e.US, e.China})
		if string(got) != string(want) {
			t.Fatalf("MarshalJSON(%v) = %s, encoding/json gives %s", e, got, want)
		}
	}
	if b, _ := (Equilibrium{}).MarshalJSON(); string(b) != "null" {
		t.Errorf("invalid equilibrium encodes as %s", b)
	}
}
