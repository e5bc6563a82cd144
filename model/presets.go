package model

// Preset is a named state of the model, each standing for a sentence of the
// paper (DESIGN.md 2.3).
type Preset struct {
	// ID is the preset's key in URLs and the API, e.g. "baseline-2018".
	ID string `json:"id"`
	// Name is a short human title.
	Name string `json:"name"`
	// Inputs are the preset's inputs.
	Inputs Inputs `json:"inputs"`
	// Quote is the paper's sentence the preset stands for.
	Quote string `json:"quote"`
	// Section is where the quote stands in the paper.
	Section string `json:"section"`
	// Note says how the quote was turned into inputs.
	Note string `json:"note"`
	// Ranges, when not nil, makes the inputs judgments with a spread
	// (uncertainty.go): where ranges are allowed (the page,
	// /api/v1/uncertainty) the preset sets them; elsewhere its inputs are
	// the ranges' middles.
	Ranges *Ranges `json:"ranges,omitempty"`
}

// Presets returns the model's presets in display order. The slice is new on
// every call.
func Presets() []Preset {
	base := Default()
	noConsensus := base
	noConsensus.Dialogue = 0
	chinaTech := base
	chinaTech.Tech, chinaTech.Discourse = 0.30, 0.50
	parity := base
	parity.Tech, parity.Discourse = 0.50, 0.50
	bothDef := base
	bothDef.US = Defense
	bothOff := base
	bothOff.China = Offense
	uncertain := PaperUncertainty()
	return []Preset{
		{
			ID: "baseline-2018", Name: "Baseline (2018)", Inputs: base,
			Quote:   "Based on the above judgment conditions and the Robert Jervis classification model, China and the United States are not in a high-intensity security dilemma, but there is still a problem of security dilemma.",
			Section: "3",
			Note:    "The paper's own judgment of 2018: the defaults, each traced to its evidence.",
		},
		{
			ID: "us-superiority-no-consensus", Name: "US superiority, no consensus", Inputs: noConsensus,
			Quote:   "First, the United States still maintains its technological superiority. Once the two sides fail to develop a consensus, they fall into a double crisis (Doubly Dangerous).",
			Section: "3",
			Note:    "The paper's first future: US technology stays at the baseline and dialogue falls to 0.",
		},
		{
			ID: "china-tech-advantage", Name: "China's technology advantage", Inputs: chinaTech,
			Quote:   "Secondly, China has the technological advantages and is in a controllable position, regardless of whether there is consensus on understanding between the two sides or not (Security Requirement is compatible or Doubly Safety).",
			Section: "3",
			Note:    "The paper's second future: the US technology share falls to 0.30 and discourse reaches parity (0.50).",
		},
		{
			ID: "paper-uncertainty", Name: "The paper's uncertainty", Inputs: base, Ranges: &uncertain,
			Quote:   "Based on the above judgment conditions and the Robert Jervis classification model, China and the United States are not in a high-intensity security dilemma, but there is still a problem of security dilemma.",
			Section: "3",
			Note:    "The baseline with each input a range: narrow (±0.03) where the default is computed from the paper's figures (tech), wide where it is a judgment (discourse and attribution ±0.10, dialogue ±0.15).",
		},
		{
			ID: "parity", Name: "Parity", Inputs: parity,
			Quote:   "Therefore, the relative control of cyberspace is the inevitable result of two big countries.",
			Section: "3",
			Note:    "A reference point: technology and discourse shared equally, the baseline's attribution and dialogue.",
		},
		{
			ID: "both-defensive", Name: "Both defensive", Inputs: bothDef,
			Quote:   "Furthermore, neoliberalism believes that if the two sides can work out a system that can regulate the military expansion of both sides, it will not only avoid security dilemmas, but also create cooperation in an anarchic international society",
			Section: "1",
			Note:    "A reference point: the baseline with the US, too, on the defensive.",
		},
		{
			ID: "both-offensive", Name: "Both offensive", Inputs: bothOff,
			Quote:   "Therefore, even if China and the United States are in a situation without threats, they will actively pursue better network technology, thus forming a coincident security dilemma.",
			Section: "4",
			Note:    "A reference point: the baseline with China, too, on the offensive.",
		},
	}
}

// PresetByID returns the preset with the given id.
func PresetByID(id string) (Preset, bool) {
	for _, p := range Presets() {
		if p.ID == id {
			return p, true
		}
	}
	return Preset{}, false
}

// PresetIDs returns the presets' ids in display order.
func PresetIDs() []string {
	ps := Presets()
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}
