package explain

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// changed lists the keys of the inputs that differ between a and b.
func changed(a, b model.Inputs) []string {
	var keys []string
	for _, p := range model.Params {
		if p.Value(a) != p.Value(b) {
			keys = append(keys, p.Key)
		}
	}
	if a.US != b.US {
		keys = append(keys, "us")
	}
	if a.China != b.China {
		keys = append(keys, "china")
	}
	return keys
}

func documented(lv Lever) []string {
	var keys []string
	for _, p := range model.Params {
		for _, m := range lv.Moves {
			if m.Input == p.Key {
				keys = append(keys, p.Key)
			}
		}
	}
	return keys
}

// offenseLagsInDiscourse reports the one case Levers documents where the
// exchanges lever may raise the intensity: the offensive side (of mixed
// postures) holds less than half the discourse power.
func offenseLagsInDiscourse(in model.Inputs) bool {
	switch {
	case in.US == model.Offense && in.China == model.Defense:
		return in.Discourse < 0.5
	case in.US == model.Defense && in.China == model.Offense:
		return in.Discourse > 0.5
	}
	return false
}

func TestLeversOnBaseline(t *testing.T) {
	want := map[string][]string{
		"law":       {"attribution"},
		"domain":    {"attribution", "dialogue"},
		"exchanges": {"discourse", "dialogue"},
	}
	if len(Levers()) != 3 {
		t.Fatalf("%d levers, want the paper's 3", len(Levers()))
	}
	for _, lv := range Levers() {
		if !slices.Equal(documented(lv), want[lv.ID]) {
			t.Errorf("lever %q documents %v, want %v", lv.ID, documented(lv), want[lv.ID])
		}
		base := model.Default()
		o := lv.Effect(En, base)
		if got := changed(base, o.After.Inputs); !slices.Equal(got, want[lv.ID]) {
			t.Errorf("lever %q changes %v, documents %v", lv.ID, got, want[lv.ID])
		}
		if o.DeltaIntensity >= 0 {
			t.Errorf("lever %q on the baseline: intensity %+v, want a fall", lv.ID, o.DeltaIntensity)
		}
		near(t, "DeltaIntensity", o.DeltaIntensity, o.After.Intensity-o.Before.Intensity, 1e-15)
		if len(o.Changes) != len(want[lv.ID]) || !strings.Contains(o.Text, o.Name) || !strings.Contains(o.Text, delta(En, o.DeltaIntensity)) {
			t.Errorf("lever %q outcome %+v", lv.ID, o)
		}
		if got, ok := LeverByID(lv.ID); !ok || got.ID != lv.ID {
			t.Errorf("LeverByID(%q) = %v, %v", lv.ID, got, ok)
		}
	}
}

// On random states whose moved inputs are not clamped, each lever changes
// exactly its documented inputs by its documented steps and never raises the
// intensity (lowering it wherever it is above 0), except in the documented
// case of the exchanges lever.
func TestLeversOnRandomStates(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	postures := []model.Posture{model.Offense, model.Defense}
	for i := 0; i < 2000; i++ {
		in := model.Inputs{
			Tech: r.Float64(), Discourse: r.Float64(),
			Attribution: r.Float64() * 0.84, Dialogue: r.Float64() * 0.89,
			US: postures[r.IntN(2)], China: postures[r.IntN(2)],
		}
		for _, lv := range Levers() {
			out := lv.Apply(in)
			if got := changed(in, out); !slices.Equal(got, documented(lv)) && !(lv.ID == "exchanges" && in.Discourse == 0.5) {
				t.Fatalf("%s.Apply(%v) changes %v, documents %v", lv.ID, in, got, documented(lv))
			}
			for _, m := range lv.Moves {
				p, _ := model.ParamByKey(m.Input)
				d := p.Value(out) - p.Value(in)
				if m.TowardParity {
					if v := p.Value(in); (v > 0.5 && (d > 0 || p.Value(out) < 0.5)) || (v < 0.5 && (d < 0 || p.Value(out) > 0.5)) || -d > m.Step+1e-12 || d > m.Step+1e-12 {
						t.Fatalf("%s.Apply(%v): %s moves by %v, not toward parity by at most %v", lv.ID, in, m.Input, d, m.Step)
					}
				} else {
					near(t, lv.ID+" "+m.Input+" step", d, m.Step, 1e-12)
				}
			}
			if lv.ID == "exchanges" && offenseLagsInDiscourse(in) {
				continue
			}
			before, after := model.Assess(in).Intensity, model.Assess(out).Intensity
			if after > before+1e-15 || (before > 1e-12 && after >= before) {
				t.Fatalf("%s on %v: intensity %v → %v, want a fall", lv.ID, in, before, after)
			}
		}
	}
}

func TestLeverClampsAtTheEnd(t *testing.T) {
	in := model.Default()
	in.Attribution = 1
	lv, _ := LeverByID("law")
	o := lv.Effect(ZhCN, in)
	if len(o.Changes) != 0 || o.DeltaIntensity != 0 || o.After.Inputs.Attribution != 1 {
		t.Errorf("law at attribution 1: %+v, want no change", o)
	}
	if !strings.Contains(o.Text, lv.Name(ZhCN)) {
		t.Errorf("law at attribution 1: text %q", o.Text)
	}
}
