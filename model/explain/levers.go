package explain

import (
	"math"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
)

// Move is one documented move of a lever: an input and a fixed step,
// clamped to the input's range [0, 1].
type Move struct {
	// Input is the input's key ("discourse", "attribution", "dialogue").
	Input string `json:"input"`
	// Step is the size of the move, positive.
	Step float64 `json:"step"`
	// TowardParity moves the input toward 0.5 by Step (stopping at 0.5)
	// instead of up by Step.
	TowardParity bool `json:"toward_parity,omitempty"`
}

// apply returns in with the move made.
func (m Move) apply(in model.Inputs) model.Inputs {
	p, ok := model.ParamByKey(m.Input)
	if !ok {
		panic("explain: lever moves unknown input " + m.Input) // programmer error
	}
	v := p.Value(in)
	switch {
	case !m.TowardParity:
		v += m.Step
	case v > 0.5:
		v = math.Max(0.5, v-m.Step)
	default:
		v = math.Min(0.5, v+m.Step)
	}
	return p.Set(in, math.Min(p.Max, math.Max(p.Min, v)))
}

// Lever is one of the paper's three suggestions (section 5), as moves of
// the model's inputs. A lever never touches the postures nor the technology
// share: the paper's suggestions are about responsibility, management and
// exchanges, not about who owns the technology.
type Lever struct {
	// ID is a stable key: "law", "domain" or "exchanges".
	ID string `json:"id"`
	// Moves are the inputs the lever moves and by how much.
	Moves []Move `json:"moves"`
	// Quotes are the ids of the paper's sentences the lever stands for (see
	// PaperQuote): the principle and the recommendation.
	Quotes []string `json:"quotes"`
}

// Levers returns the paper's three suggestions in its order. The slice is
// new on every call.
//
//   - "law": responsibility against concealment. "The concealment of the
//     network makes it impossible to trace the source accurately" (section
//     3); laws and supervision systems make actors answer for what they do,
//     so attribution rises by 0.15 (from the baseline 0.20 to 0.35: still far
//     from certainty, since each side's laws bind only its own networks).
//   - "domain": state management of its own domain and a network security
//     maintenance mechanism. The mechanism is a standing channel, so dialogue
//     rises by 0.10; traffic from a managed domain can be traced to the state
//     that answers for it, so attribution rises by 0.05 (less than by laws:
//     management, not liability).
//   - "exchanges": multi-level exchanges and cooperation, against treating
//     culture as a battlefield. Exchanges in every field are channels, so
//     dialogue rises by 0.10; culture ceases to be a weapon, so discourse
//     power moves 0.10 toward parity (0.5), which weakens Posen's third
//     condition as the paper states it, that "the United States is still
//     the ideology as to build their own network security" (this package
//     names it "ideology used as a security tool", its own words).
//
// Every move lowers the intensity or leaves it unchanged, with one
// exception: the exchanges' discourse move raises it when the offensive side
// lags in discourse (its move toward parity then strengthens the offensive
// side). So "law" and "domain" never raise the intensity, and lower it
// wherever it is above 0 and the moved inputs are below 1; "exchanges" does
// the same wherever the offensive side does not lag in discourse, as in the
// paper, where the offensive US holds 0.75.
func Levers() []Lever {
	return []Lever{
		{ID: "law", Moves: []Move{{Input: "attribution", Step: 0.15}},
			Quotes: []string{"no-responsibility", "laws-supervision"}},
		{ID: "domain", Moves: []Move{{Input: "attribution", Step: 0.05}, {Input: "dialogue", Step: 0.10}},
			Quotes: []string{"state-management", "maintenance-mechanism"}},
		{ID: "exchanges", Moves: []Move{{Input: "discourse", Step: 0.10, TowardParity: true}, {Input: "dialogue", Step: 0.10}},
			Quotes: []string{"not-a-battlefield", "exchanges"}},
	}
}

// LeverByID returns the lever with the given id.
func LeverByID(id string) (Lever, bool) {
	for _, lv := range Levers() {
		if lv.ID == id {
			return lv, true
		}
	}
	return Lever{}, false
}

// Name returns the lever's name in l.
func (lv Lever) Name(l Lang) string { return tr(l, "lever."+lv.ID+".name") }

// How says in l which inputs the lever moves, by how much and why.
func (lv Lever) How(l Lang) string {
	args := make([]string, 0, 2*len(lv.Moves))
	for _, m := range lv.Moves {
		args = append(args, m.Input, num(l, m.Step))
	}
	return tr(l, "lever."+lv.ID+".how", args...)
}

// Apply returns in with the lever's moves made, each clamped to [0, 1].
// Inputs are clamped first, as by model.Assess.
func (lv Lever) Apply(in model.Inputs) model.Inputs {
	in = in.Clamp()
	for _, m := range lv.Moves {
		in = m.apply(in)
	}
	return in
}

// Change is one input's move.
type Change struct {
	// Input is the input's key.
	Input string `json:"input"`
	// From and To are its values before and after, in [0, 1].
	From float64 `json:"from"`
	To   float64 `json:"to"`
}

// Outcome is a lever's effect on a state: the assessments before and after,
// the inputs that moved and a sentence such as "Responsibility: laws and
// supervision (attribution 0.20 → 0.35): intensity −0.04, still low."
type Outcome struct {
	// Lever is the lever's id; Name its name in the language asked for.
	Lever string `json:"lever"`
	Name  string `json:"name"`
	// Before and After are the assessments of the state and of the state
	// with the lever applied.
	Before model.Assessment `json:"before"`
	After  model.Assessment `json:"after"`
	// Changes lists the inputs that moved (none when all were at the end of
	// their range).
	Changes []Change `json:"changes"`
	// DeltaIntensity is After.Intensity − Before.Intensity.
	DeltaIntensity float64 `json:"delta_intensity"`
	// Text says it in a sentence (two when the world changes).
	Text string `json:"text"`
}

// Effect returns the outcome of applying lv to in, with its sentence in l.
// Inputs are clamped as by model.Assess.
func (lv Lever) Effect(l Lang, in model.Inputs) Outcome {
	in = in.Clamp()
	after := lv.Apply(in)
	o := Outcome{Lever: lv.ID, Name: lv.Name(l), Before: model.Assess(in), After: model.Assess(after)}
	o.DeltaIntensity = o.After.Intensity - o.Before.Intensity
	var moved []string
	for _, p := range model.Params {
		if from, to := p.Value(in), p.Value(after); from != to {
			o.Changes = append(o.Changes, Change{Input: p.Key, From: from, To: to})
			moved = append(moved, InputName(l, p.Key)+" "+num(l, from)+" → "+num(l, to))
		}
	}
	changes := strings.Join(moved, ", ")
	if l.valid() != En {
		changes = strings.Join(moved, "、")
	}
	switch {
	case len(o.Changes) == 0:
		o.Text = tr(l, "lever.result.none", "lever", o.Name)
	case o.Before.Band != o.After.Band:
		o.Text = tr(l, "lever.result.band", "lever", o.Name, "changes", changes, "delta", delta(l, o.DeltaIntensity),
			"from", BandName(l, o.Before.Band), "to", BandName(l, o.After.Band))
	default:
		o.Text = tr(l, "lever.result.same", "lever", o.Name, "changes", changes, "delta", delta(l, o.DeltaIntensity),
			"band", BandName(l, o.Before.Band))
	}
	if o.Before.World != o.After.World {
		o.Text = sentences(l, o.Text, tr(l, "lever.result.world",
			"from", WorldName(l, o.Before.World), "to", WorldName(l, o.After.World)))
	}
	return o
}
