package explain

import "github.com/dilemma/cyberdilemma/model"

// Figure is one of the paper's figures behind the defaults
// (model.EvidenceTable), with its label, unit and sentence in the language
// asked for.
type Figure struct {
	// ID is the figure's key, as in model.Evidence.
	ID string `json:"id"`
	// Label names the figure. Unit is the unit of US and China followed by
	// when the figures hold, as the paper dates them ("% of root servers,
	// current"); When is that date alone ("current", "forecast, no year
	// given", "2017").
	Label string `json:"label"`
	Unit  string `json:"unit"`
	When  string `json:"when"`
	// US and China are the two countries' values; Single is true where the
	// paper gives one figure only (the other is then 0).
	US     float64 `json:"us"`
	China  float64 `json:"china"`
	Single bool    `json:"single,omitempty"`
	// Year is the year the figure refers to, or 0 where the paper gives
	// none (model.Evidence.Year).
	Year int `json:"year"`
	// Quote is the paper's sentence.
	Quote Quote `json:"quote"`
	// Informs is the input the figure bears on; InformsName its label.
	Informs     string `json:"informs"`
	InformsName string `json:"informs_name"`
}

// Evidence returns model.EvidenceTable() in l, in the same order.
func Evidence(l Lang) []Figure {
	table := model.EvidenceTable()
	out := make([]Figure, len(table))
	for i, e := range table {
		when := tr(l, "evidence."+e.ID+".when")
		out[i] = Figure{
			ID: e.ID, US: e.US, China: e.China, Single: e.Single, Year: e.Year,
			Label:       tr(l, "evidence."+e.ID+".label"),
			Unit:        tr(l, "evidence.dated", "unit", tr(l, "evidence."+e.ID+".unit"), "when", when),
			When:        when,
			Quote:       quoteOf(l, e.Quote, e.Section),
			Informs:     e.Informs,
			InformsName: InputName(l, e.Informs),
		}
	}
	return out
}

// Derivation says, in the language asked for, how one default input follows
// from the paper (model.Derivations).
type Derivation struct {
	// Input is the input's key; Name its label.
	Input string `json:"input"`
	Name  string `json:"name"`
	// Default is the default value; Computed the value the method computes
	// from the figures before rounding to the defaults' 0.05 grid.
	Default  float64 `json:"default"`
	Computed float64 `json:"computed"`
	// Evidence lists the ids of the figures used (see Evidence).
	Evidence []string `json:"evidence"`
	// Method says how Computed follows from the figures and how the paper's
	// judgment sets the default.
	Method string `json:"method"`
	// Quote is the paper's judgment the default encodes.
	Quote Quote `json:"quote"`
	// Spread says the input's range under the preset for the paper's
	// uncertainty, and why it is narrow or wide.
	Spread string `json:"spread"`
}

// Derivations returns model.Derivations() in l, in the same order. In
// English the method is the model's own text.
func Derivations(l Lang) []Derivation {
	ds := model.Derivations()
	out := make([]Derivation, len(ds))
	unc := model.PaperUncertainty()
	for i, d := range ds {
		method := d.Method
		if l.valid() != En {
			method = tr(l, "derivation."+d.Input, "computed", num(l, d.Computed),
				"default", num(l, d.Default), "reach", num(l, model.DiscourseReach()))
		}
		out[i] = Derivation{
			Input: d.Input, Name: InputName(l, d.Input),
			Default: d.Default, Computed: d.Computed,
			Evidence: append([]string(nil), d.Evidence...),
			Method:   method,
			Quote:    quoteOf(l, d.Quote, ""),
		}
		if p, ok := model.ParamByKey(d.Input); ok && d.Spread > 0 {
			key := "derivation.spread.judgment"
			if !d.Judgment {
				key = "derivation.spread.computed"
			}
			r := unc[paramIndex(p)]
			out[i].Spread = tr(l, key, "lo", num(l, r.Lo), "hi", num(l, r.Hi), "spread", num(l, d.Spread))
		}
	}
	return out
}

// PresetText is a preset (model.Presets) in the language asked for.
type PresetText struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Note  string `json:"note"`
	Quote Quote  `json:"quote"`
}

// Presets returns the model's presets in l, in display order.
func Presets(l Lang) []PresetText {
	ps := model.Presets()
	out := make([]PresetText, len(ps))
	for i, p := range ps {
		out[i] = PresetText{
			ID:    p.ID,
			Name:  tr(l, "preset."+p.ID+".name"),
			Note:  tr(l, "preset."+p.ID+".note"),
			Quote: quoteOf(l, p.Quote, p.Section),
		}
	}
	return out
}

// paramIndex returns p's position in model.Params.
func paramIndex(p model.Param) int {
	for i, q := range model.Params {
		if q.Key == p.Key {
			return i
		}
	}
	return 0
}
