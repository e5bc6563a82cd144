package explain

import (
	"math"

	"github.com/dilemma/cyberdilemma/model"
)

// DriverStep is the move of one input by which MainDriver measures its
// effect on the intensity: a tenth of the input's range, the smallest step a
// reader notices on a slider and large enough to say something about the
// curvature (the intensity is not linear in any input).
const DriverStep = 0.1

// Sensitivity is the effect on the intensity of moving one input by
// DriverStep up and down, each move clamped to the input's range [0, 1]
// (so at an end of the range one move is shorter or nil). Up and Down are
// I(v + step) − I(v) and I(v − step) − I(v), with I = model.Assess(…).Intensity.
type Sensitivity struct {
	// Input is the input's key ("tech", "discourse", "attribution", "dialogue").
	Input string `json:"input"`
	// Up is the change of intensity when the input rises by DriverStep.
	Up float64 `json:"up"`
	// Down is the change of intensity when the input falls by DriverStep.
	Down float64 `json:"down"`
}

// Sensitivities returns the sensitivity of the intensity to each of the four
// inputs at in, in canonical order. Inputs are clamped as by model.Assess.
func Sensitivities(in model.Inputs) []Sensitivity {
	in = in.Clamp()
	i0 := model.Assess(in).Intensity
	out := make([]Sensitivity, len(model.Params))
	for k, p := range model.Params {
		v := p.Value(in)
		out[k] = Sensitivity{
			Input: p.Key,
			Up:    model.Assess(p.Set(in, math.Min(p.Max, v+DriverStep))).Intensity - i0,
			Down:  model.Assess(p.Set(in, math.Max(p.Min, v-DriverStep))).Intensity - i0,
		}
	}
	return out
}

// Driver is the input that drives the intensity most at a state: of all
// feasible moves of one input by DriverStep (up or down, clamped to [0, 1]),
// the one that changes the intensity most in absolute value. Ties go to the
// earlier input in canonical order (tech, discourse, attribution, dialogue)
// and, within an input, to the upward move. When no move changes the
// intensity (both sides on the defensive make it 0 whatever the inputs),
// Input is "" and the numbers are 0.
//
// This is a finite difference, not a derivative: it is what a reader gets by
// moving one slider a tenth of its range, and it stays meaningful at the
// ends of a range where a derivative would point off the slider.
type Driver struct {
	// Input is the key of the input that drives the intensity most, or "".
	Input string `json:"input"`
	// Name is the input's label in the language asked for.
	Name string `json:"name"`
	// From and To are the input's value before and after the move.
	From float64 `json:"from"`
	To   float64 `json:"to"`
	// Effect is the change of intensity the move makes, in (−1, 1).
	Effect float64 `json:"effect"`
	// Text says it in a sentence.
	Text string `json:"text"`
}

// MainDriver returns the input that drives the intensity most at in (see
// Driver), with a sentence in l. Inputs are clamped as by model.Assess.
func MainDriver(l Lang, in model.Inputs) Driver {
	in = in.Clamp()
	i0 := model.Assess(in).Intensity
	var d Driver
	best := 0.0
	for k, s := range Sensitivities(in) {
		p := model.Params[k]
		v := p.Value(in)
		if math.Abs(s.Up) > best {
			best = math.Abs(s.Up)
			d = Driver{Input: p.Key, From: v, To: math.Min(p.Max, v+DriverStep), Effect: s.Up}
		}
		if math.Abs(s.Down) > best {
			best = math.Abs(s.Down)
			d = Driver{Input: p.Key, From: v, To: math.Max(p.Min, v-DriverStep), Effect: s.Down}
		}
	}
	if d.Input == "" {
		d.Text = tr(l, "driver.none", "step", num(l, DriverStep))
		return d
	}
	d.Name = InputName(l, d.Input)
	key := "driver.raise"
	if d.To < d.From {
		key = "driver.lower"
	}
	d.Text = tr(l, key, "input", d.Name, "from", num(l, d.From), "to", num(l, d.To),
		"i0", num(l, i0), "i1", num(l, i0+d.Effect), "delta", delta(l, d.Effect))
	return d
}

// Flip is the effect of switching one side's posture, the other input the
// model has besides the four numbers.
type Flip struct {
	// Side is "us" or "china": the side whose switch changes the intensity
	// more (the US on a tie), or "" when neither switch changes it.
	Side string `json:"side"`
	// To is the posture the side would switch to, "offense" or "defense".
	To string `json:"to"`
	// Effect is the change of intensity the switch makes.
	Effect float64 `json:"effect"`
	// Text says it in a sentence.
	Text string `json:"text"`
}

// PostureFlip returns the posture switch that changes the intensity most at
// in, with a sentence in l.
func PostureFlip(l Lang, in model.Inputs) Flip {
	in = in.Clamp()
	i0 := model.Assess(in).Intensity
	us, cn := in, in
	us.US = 1 - us.US // Offense ↔ Defense
	cn.China = 1 - cn.China
	f := Flip{Side: "us", To: us.US.String(), Effect: model.Assess(us).Intensity - i0}
	if e := model.Assess(cn).Intensity - i0; math.Abs(e) > math.Abs(f.Effect) {
		f = Flip{Side: "china", To: cn.China.String(), Effect: e}
	}
	if math.Abs(f.Effect) < 1e-12 {
		return Flip{Text: tr(l, "flip.none")}
	}
	f.Text = tr(l, "flip."+f.To, "side", SideName(l, f.Side),
		"i0", num(l, i0), "i1", num(l, i0+f.Effect), "delta", delta(l, f.Effect))
	return f
}

// Explanation is the model's reading of a state in words: "why this
// result". Its fields are plain strings and numbers, so that the JSON API can
// embed it as it is.
type Explanation struct {
	// Lang is the language's tag: "en", "zh-CN" or "zh-TW".
	Lang string `json:"lang"`
	// Summary is one sentence: the world, the intensity and its band, and
	// whether the race is contained.
	Summary string `json:"summary"`
	// WorldID is the world's id, as model.World.String gives it.
	WorldID string `json:"world_id"`
	// WorldName is the world's name in Lang.
	WorldName string `json:"world_name"`
	// World says why this world: which side holds the offense advantage and
	// by how much, and whether intentions can be told apart, thanks to what.
	World string `json:"world"`
	// Driver is the input that drives the intensity most (see Driver).
	Driver Driver `json:"driver"`
	// Sensitivity holds each input's effect, from which Driver is chosen.
	Sensitivity []Sensitivity `json:"sensitivity"`
	// Flip is the posture switch that changes the intensity most.
	Flip Flip `json:"posture_flip"`
	// Containment says whether the action–reaction race is contained: its
	// stability margin and equilibrium, or that it diverges.
	Containment string `json:"containment"`
	// Posen says which of Posen's conditions hold.
	Posen string `json:"posen"`
	// Quotes are the paper's sentences that bear on this state, at most four.
	Quotes []Quote `json:"quotes"`
}

// Explain returns the explanation of in, in l. It does not validate: call
// in.Validate first for untrusted input (inputs are clamped as by
// model.Assess).
func Explain(l Lang, in model.Inputs) Explanation {
	l = l.valid()
	a := model.Assess(in)
	in = a.Inputs
	e := Explanation{
		Lang:        l.String(),
		WorldID:     a.World.String(),
		WorldName:   WorldName(l, a.World),
		World:       sentences(l, balanceSentence(l, a), intentSentence(l, a)),
		Driver:      MainDriver(l, in),
		Sensitivity: Sensitivities(in),
		Flip:        PostureFlip(l, in),
		Containment: containment(l, a),
		Posen:       posenSentence(l, a.Posen),
	}
	race := "race.short.contain"
	switch {
	case a.StabilityMargin == 0:
		race = "race.short.boundary"
	case !a.Stable:
		race = "race.short.diverge"
	}
	e.Summary = tr(l, "summary", "world", e.WorldName, "intensity", num(l, a.Intensity),
		"band", BandName(l, a.Band), "race", tr(l, race))
	for _, id := range quoteIDs(a, e.Driver.Input) {
		e.Quotes = append(e.Quotes, quote(l, id))
	}
	return e
}

// Paragraph returns the explanation as one paragraph: the summary, why this
// world, the driver, the posture switch, the race and Posen's conditions.
func (e Explanation) Paragraph() string {
	l, _ := ParseLang(e.Lang)
	return sentences(l, e.Summary, e.World, e.Driver.Text, e.Flip.Text, e.Containment, e.Posen)
}

// share formats the offensive or defensive side's share of power as a
// percentage, with a decimal where a whole number would hide which side of
// one half it lies.
func share(l Lang, q float64) string {
	s := Percent(l, q, 0)
	if s == "50%" && q != 0.5 {
		s = Percent(l, q, 1)
	}
	return s
}

// balanceSentence says which side holds the offense advantage and by how
// much: the power share P of the offensive side and the balance O (model
// OffenseBalance).
func balanceSentence(l Lang, a model.Assessment) string {
	in := a.Inputs
	o := delta(l, a.OffenseBalance)
	switch {
	case in.US == model.Offense && in.China == model.Offense:
		return tr(l, "balance.both-offense", "o", o)
	case in.US == model.Defense && in.China == model.Defense:
		return tr(l, "balance.both-defense", "o", o)
	}
	// One side on offense, the other on defense: O = 2q − 1 for the
	// offensive side's share q.
	off, q := "us", a.PowerShare
	def := "china"
	if in.China == model.Offense {
		off, def, q = "china", "us", 1-a.PowerShare
	}
	switch {
	case a.OffenseBalance > 0:
		return tr(l, "balance.offense", "side", SideName(l, off), "share", share(l, q), "o", o)
	case q == 0.5:
		return tr(l, "balance.even", "o", o)
	default:
		return tr(l, "balance.defense", "side", SideName(l, def), "share", share(l, 1-q), "o", o)
	}
}

// intentSentence says whether intentions can be told apart (S ≥ 0.5) and
// thanks to what. S = 1 − (1−attribution)(1−dialogue) is symmetric in the
// two, so the larger one contributes more; within 0.05 they count alike.
func intentSentence(l Lang, a model.Assessment) string {
	in := a.Inputs
	args := []string{"s", num(l, a.Distinguishability), "a", num(l, in.Attribution), "d", num(l, in.Dialogue)}
	switch {
	case a.Distinguishability < 0.5:
		return tr(l, "intent.hidden", args...)
	case math.Abs(in.Dialogue-in.Attribution) < 0.05:
		return tr(l, "intent.both", args...)
	case in.Dialogue > in.Attribution:
		return tr(l, "intent.dialogue", args...)
	default:
		return tr(l, "intent.attribution", args...)
	}
}

// containment says whether the Richardson race is contained (a·b < m·n).
func containment(l Lang, a model.Assessment) string {
	m := num(l, a.StabilityMargin)
	switch {
	case a.StabilityMargin == 0:
		return tr(l, "race.boundary", "margin", num(l, 0))
	case a.Stable:
		return tr(l, "race.contain", "margin", m,
			"us", num(l, a.Equilibrium.US), "china", num(l, a.Equilibrium.China))
	default:
		return tr(l, "race.diverge", "margin", m)
	}
}

// quoteIDs chooses the paper's sentences that bear on a state: one for its
// world, one for its distinguishability, one for a diverging race and one
// for its main driver, without repeats, at most four.
func quoteIDs(a model.Assessment, driver string) []string {
	in := a.Inputs
	var ids []string
	add := func(id string) {
		for _, x := range ids {
			if x == id {
				return
			}
		}
		if len(ids) < 4 {
			ids = append(ids, id)
		}
	}
	mixedUSOffense := in.US == model.Offense && in.China == model.Defense
	switch a.World {
	case model.DoublyDangerous:
		add("doubly-dangerous")
	case model.AggressionPossible:
		switch {
		case in.US == model.Offense && in.China == model.Offense:
			add("coincident")
		case mixedUSOffense:
			if a.Stable && a.Band <= model.BandLow {
				add("not-high-intensity")
			}
			add("dominant-party")
		}
	default: // compatible or doubly safe: defense has the advantage
		switch {
		case in.Tech < 0.5:
			add("china-tech-advantage")
		case in.US == model.Defense && in.China == model.Defense:
			add("neoliberal")
		case math.Abs(a.PowerShare-0.5) <= 0.05:
			add("relative-control")
		}
	}
	switch {
	case a.Distinguishability < 0.5:
		add("cannot-confirm")
	case in.Dialogue >= in.Attribution:
		add("resolved")
	}
	if !a.Stable {
		add("root-cause")
	}
	switch driver {
	case "tech":
		add("dominant-technology")
	case "discourse":
		add("english")
	case "attribution":
		add("concealment")
	case "dialogue":
		add("resolved")
	}
	return ids
}
