package explain

import (
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// Difference is one input that differs between two states, and what it
// does alone: the change of intensity when only this input is moved from
// A's value to B's, the rest kept at A's.
type Difference struct {
	// Input is the input's key: "tech", "discourse", "attribution",
	// "dialogue", "us" or "china".
	Input string `json:"input"`
	// Name is the input's label in the language asked for.
	Name string `json:"name"`
	// A and B are the input's values, formatted as the page shows them
	// (two decimals, or the posture's name).
	A string `json:"a"`
	B string `json:"b"`
	// Effect is I(A with this input at B's value) − I(A).
	Effect float64 `json:"effect"`
}

// Comparison says what differs between state A and state B and why B's
// result differs from A's. It is this calculator's reading of the model,
// not the paper's: the paper compares situations in prose (section 5's
// three futures), never two settings of one model.
type Comparison struct {
	Lang string `json:"lang"`
	// Delta is B's intensity minus A's.
	Delta float64 `json:"delta_intensity"`
	// Differences lists the inputs that differ, in canonical order.
	Differences []Difference `json:"differences"`
	// Summary gives both results and the difference; World says whether
	// the world changes; Race whether the race's fate changes; Driver which
	// difference matters most. Empty sentences are omitted.
	Summary string `json:"summary"`
	World   string `json:"world"`
	Race    string `json:"race"`
	Driver  string `json:"driver"`
}

// Paragraph returns the comparison as one paragraph.
func (c Comparison) Paragraph() string {
	l, _ := ParseLang(c.Lang)
	return sentences(l, c.Summary, c.World, c.Race, c.Driver)
}

// Compare explains the difference between A and B in l. Both are clamped
// as by model.Assess; B is read by A's model version.
//
// The attribution of the change to the inputs is one at a time (each input
// moved alone from A's value to B's): the intensity is not additive in its
// inputs (DESIGN.md §2: it is a product of the offense and
// indistinguishability terms), so the effects need not sum to Delta; the
// text names the largest, and says when the inputs act together.
func Compare(l Lang, a, b model.Inputs) Comparison {
	l = l.valid()
	a = a.Clamp()
	b = b.Clamp()
	b.Version = a.Version
	ra, rb := model.Assess(a), model.Assess(b)
	c := Comparison{Lang: l.String(), Delta: rb.Intensity - ra.Intensity}
	if a.Round2() == b.Round2() {
		c.Summary = tr(l, "compare.same", "value", num(l, ra.Intensity), "band", BandName(l, ra.Band), "world", WorldName(l, ra.World))
		return c
	}
	i0 := ra.Intensity
	for _, p := range model.Params {
		va, vb := p.Value(a), p.Value(b)
		if p.Value(a.Round2()) == p.Value(b.Round2()) {
			continue // the same at the page's two decimals, as the "same" test above
		}
		c.Differences = append(c.Differences, Difference{Input: p.Key, Name: InputName(l, p.Key),
			A: num(l, va), B: num(l, vb), Effect: model.Assess(p.Set(a, vb)).Intensity - i0})
	}
	if a.US != b.US {
		x := a
		x.US = b.US
		c.Differences = append(c.Differences, Difference{Input: "us", Name: InputName(l, "us"),
			A: PostureName(l, a.US), B: PostureName(l, b.US), Effect: model.Assess(x).Intensity - i0})
	}
	if a.China != b.China {
		x := a
		x.China = b.China
		c.Differences = append(c.Differences, Difference{Input: "china", Name: InputName(l, "china"),
			A: PostureName(l, a.China), B: PostureName(l, b.China), Effect: model.Assess(x).Intensity - i0})
	}

	c.Summary = tr(l, "compare.summary",
		"a", num(l, ra.Intensity), "band_a", BandName(l, ra.Band),
		"b", num(l, rb.Intensity), "band_b", BandName(l, rb.Band),
		"delta", delta(l, c.Delta))
	if ra.World == rb.World {
		c.World = tr(l, "compare.world.same", "world", WorldName(l, ra.World))
	} else {
		c.World = tr(l, "compare.world.moves", "from", WorldName(l, ra.World), "to", WorldName(l, rb.World))
	}
	if ra.Stable != rb.Stable {
		c.Race = tr(l, "compare.race", "a", tr(l, raceKey(ra)), "b", tr(l, raceKey(rb)))
	}
	if len(c.Differences) > 0 {
		best := c.Differences[0]
		sum := 0.0
		for _, d := range c.Differences {
			sum += d.Effect
			if math.Abs(d.Effect) > math.Abs(best.Effect) {
				best = d
			}
		}
		args := []string{"input", best.Name, "from", best.A, "to", best.B, "delta", delta(l, best.Effect)}
		switch {
		case len(c.Differences) == 1:
			c.Driver = tr(l, "compare.driver.one", args...)
		case math.Abs(best.Effect) < 1e-12:
			c.Driver = tr(l, "compare.driver.together", "delta", delta(l, c.Delta))
		default:
			c.Driver = tr(l, "compare.driver", args...)
			// The inputs act together when moving them one at a time
			// misses a tenth of the change or more.
			if math.Abs(sum-c.Delta) >= 0.1*math.Abs(c.Delta) && math.Abs(c.Delta) > 0.005 {
				c.Driver = sentences(l, c.Driver, tr(l, "compare.interaction", "sum", delta(l, sum), "delta", delta(l, c.Delta)))
			}
		}
	}
	return c
}

// raceKey names the fate of a's race, as Explain's summary does.
func raceKey(a model.Assessment) string {
	switch {
	case a.StabilityMargin == 0:
		return "race.short.boundary"
	case !a.Stable:
		return "race.short.diverge"
	}
	return "race.short.contain"
}
