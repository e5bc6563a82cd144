package explain

import (
	"math"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %v, want %v (±%v)", what, got, want, tol)
	}
}

// fdDriver computes the main driver independently of the package: for each
// input, I(v ± 0.1) − I(v) with the moved value clamped to [0, 1], and the
// input and move of the largest absolute change (the earlier input, then
// the upward move, on a tie); "" when no move changes the intensity.
func fdDriver(in model.Inputs) (key string, to, effect float64) {
	base := model.Assess(in).Intensity
	set := func(k int, v float64) model.Inputs {
		out := in
		switch k {
		case 0:
			out.Tech = v
		case 1:
			out.Discourse = v
		case 2:
			out.Attribution = v
		case 3:
			out.Dialogue = v
		}
		return out
	}
	values := []float64{in.Tech, in.Discourse, in.Attribution, in.Dialogue}
	keys := []string{"tech", "discourse", "attribution", "dialogue"}
	best := 0.0
	for k, v := range values {
		for _, w := range []float64{math.Min(1, v+0.1), math.Max(0, v-0.1)} {
			e := model.Assess(set(k, w)).Intensity - base
			if math.Abs(e) > best {
				best, key, to, effect = math.Abs(e), keys[k], w, e
			}
		}
	}
	return key, to, effect
}

func explainStates() []struct {
	name string
	in   model.Inputs
} {
	tests := []struct {
		name string
		in   model.Inputs
	}{}
	for _, p := range model.Presets() {
		tests = append(tests, struct {
			name string
			in   model.Inputs
		}{p.ID, p.Inputs})
	}
	more := []struct {
		name string
		in   model.Inputs
	}{
		{"tech at 1", model.Inputs{Tech: 1, Discourse: 0.75, Attribution: 0.2, Dialogue: 0.6, US: model.Offense, China: model.Defense}},
		{"all zero", model.Inputs{US: model.Offense, China: model.Defense}},
		{"all one", model.Inputs{Tech: 1, Discourse: 1, Attribution: 1, Dialogue: 1, US: model.Offense, China: model.Defense}},
		{"China on offense, weak US", model.Inputs{Tech: 0.2, Discourse: 0.3, Attribution: 0.1, Dialogue: 0.1, US: model.Defense, China: model.Offense}},
		{"attribution strong", model.Inputs{Tech: 0.7, Discourse: 0.6, Attribution: 0.8, Dialogue: 0.1, US: model.Offense, China: model.Defense}},
		{"compatible", model.Inputs{Tech: 0.3, Discourse: 0.4, Attribution: 0.1, Dialogue: 0.2, US: model.Offense, China: model.Defense}},
		{"exact parity", model.Inputs{Tech: 0.5, Discourse: 0.5, Attribution: 0.3, Dialogue: 0.3, US: model.Offense, China: model.Defense}},
		{"history 2014", episodes[5].in},
	}
	return append(tests, more...)
}

func TestExplainNamesWorldAndDriver(t *testing.T) {
	tests := explainStates()
	if len(tests) < 8 {
		t.Fatalf("%d states, want at least 8", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := model.Assess(tt.in)
			key, to, effect := fdDriver(tt.in)
			for _, l := range Langs {
				e := Explain(l, tt.in)
				if e.Lang != l.String() {
					t.Errorf("Explain(%v).Lang = %q", l, e.Lang)
				}
				if e.WorldID != a.World.String() || e.WorldName != WorldName(l, a.World) {
					t.Errorf("Explain(%v, %v) world %q %q, want %v", l, tt.in, e.WorldID, e.WorldName, a.World)
				}
				if !strings.Contains(e.Summary, WorldName(l, a.World)) || !strings.Contains(e.Summary, BandName(l, a.Band)) {
					t.Errorf("Explain(%v, %v).Summary = %q: no world or band", l, tt.in, e.Summary)
				}
				if e.Driver.Input != key {
					t.Errorf("Explain(%v, %v).Driver.Input = %q, want %q (finite differences)", l, tt.in, e.Driver.Input, key)
				}
				near(t, "Driver.Effect", e.Driver.Effect, effect, 1e-12)
				near(t, "Driver.To", e.Driver.To, to, 1e-12)
				if key != "" && !strings.Contains(e.Driver.Text, InputName(l, key)) {
					t.Errorf("Explain(%v, %v).Driver.Text = %q does not name %q", l, tt.in, e.Driver.Text, InputName(l, key))
				}
				if len(e.Quotes) == 0 && l == En && a.World != model.AggressionPossible {
					t.Errorf("Explain(%v): no quote", tt.in)
				}
			}
		})
	}
}

// The world sentence says which side holds the advantage, the
// distinguishability sentence thanks to what.
func TestExplainWhy(t *testing.T) {
	e := Explain(En, model.Default())
	for _, want := range []string{"Offense has the advantage", "the United States", "82%", "+0.63", "can be told apart", "0.68", "dialogue (0.60)"} {
		if !strings.Contains(e.World, want) {
			t.Errorf("Explain(baseline).World = %q, want it to contain %q", e.World, want)
		}
	}
	if !strings.Contains(e.Containment, "contained") || !strings.Contains(e.Containment, "0.73") {
		t.Errorf("Explain(baseline).Containment = %q", e.Containment)
	}
	p, _ := model.PresetByID("us-superiority-no-consensus")
	e = Explain(En, p.Inputs)
	if !strings.Contains(e.World, "cannot be told apart") || !strings.Contains(e.Containment, "not contained") {
		t.Errorf("Explain(no consensus) = %q / %q", e.World, e.Containment)
	}
	p, _ = model.PresetByID("both-defensive")
	e = Explain(ZhCN, p.Inputs)
	if e.Driver.Input != "" || e.Flip.Side == "" {
		t.Errorf("Explain(both defensive): driver %+v, flip %+v: only a posture moves the intensity", e.Driver, e.Flip)
	}
}

func TestPostureFlip(t *testing.T) {
	in := model.Default()
	f := PostureFlip(En, in)
	us := in
	us.US = model.Defense
	if f.Side != "us" || f.To != "defense" {
		t.Fatalf("PostureFlip(baseline) = %+v, want the US to defense", f)
	}
	near(t, "Flip.Effect", f.Effect, model.Assess(us).Intensity-model.Assess(in).Intensity, 1e-12)
}

func TestSensitivitiesAreClamped(t *testing.T) {
	in := model.Default()
	in.Dialogue = 0
	s := Sensitivities(in)
	if s[3].Input != "dialogue" || s[3].Down != 0 {
		t.Errorf("Sensitivities(dialogue 0)[3] = %+v, want no downward move", s[3])
	}
}
