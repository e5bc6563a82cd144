package view

import (
	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// The page's own texts (web/i18n) and the model's explanations
// (model/explain) name the same languages by the same tags: "en", "zh-CN"
// and "zh-TW"; explain.LangOf maps a page's tag to model/explain's Lang.

// PickLang returns the language a page opens in: the fragment's lang= when
// it names a supported language, else the language stored from the
// reader's last pick (localStorage), else i18n.Default. The browser's own
// language is not consulted: a shared link or an explicit pick says more
// about the reader than the browser's settings, and a page that opens in
// English by default is what an article that embeds it expects.
func PickLang(fragmentLang, stored string) string {
	switch {
	case i18n.Supported(fragmentLang):
		return fragmentLang
	case i18n.Supported(stored):
		return stored
	}
	return i18n.Default
}

// QuoteText is one of the paper's sentences as the page shows it.
type QuoteText struct {
	ID     string
	Text   string // in the page's language
	Source string // "Li Senlin, section 3"
}

func quoteText(lang string, q explain.Quote) QuoteText {
	return QuoteText{ID: q.ID, Text: q.Text, Source: i18n.F(lang, "preset.source", "section", q.Section)}
}

// Why is "why this result": the model's reading of a state in plain words
// (explain.Explain).
type Why struct {
	Summary string
	World   string // which world and why
	// DriverInput is the key of the input that drives the intensity most
	// ("" when none does); Driver says it in a sentence.
	DriverInput string
	Driver      string
	Flip        string // what switching a posture would do
	Race        string // whether the race is contained
	Quotes      []QuoteText
}

// NewWhy returns the explanation of in, in lang.
func NewWhy(lang string, in model.Inputs) Why {
	e := explain.Explain(explain.LangOf(lang), in)
	w := Why{
		Summary:     e.Summary,
		World:       e.World,
		DriverInput: e.Driver.Input,
		Driver:      e.Driver.Text,
		Flip:        e.Flip.Text,
		Race:        e.Containment,
	}
	for _, q := range e.Quotes {
		w.Quotes = append(w.Quotes, quoteText(lang, q))
	}
	return w
}

// LeverText is one of the paper's three suggestions as the page offers it.
type LeverText struct {
	ID     string
	Name   string
	How    string // which inputs it moves, by how much and why
	Quotes []QuoteText
}

// Levers returns the paper's three suggestions (explain.Levers) in lang.
func Levers(lang string) []LeverText {
	l := explain.LangOf(lang)
	var out []LeverText
	for _, lv := range explain.Levers() {
		t := LeverText{ID: lv.ID, Name: lv.Name(l), How: lv.How(l)}
		for _, id := range lv.Quotes {
			if q, ok := explain.PaperQuote(l, id); ok {
				t.Quotes = append(t.Quotes, quoteText(lang, q))
			}
		}
		out = append(out, t)
	}
	return out
}

// ApplyLever applies the lever id to in and returns the new inputs, rounded
// to the sliders' two decimals, and a sentence that says what changed, e.g.
// "Responsibility: laws and supervision (Attribution confidence 0.20 →
// 0.35): intensity −0.04, still low." It reports false for an unknown id.
func ApplyLever(lang, id string, in model.Inputs) (model.Inputs, string, bool) {
	lv, ok := explain.LeverByID(id)
	if !ok {
		return in, "", false
	}
	o := lv.Effect(explain.LangOf(lang), in)
	return lv.Apply(in).Round2(), o.Text, true
}

// Judgment is the reasoning behind one input of an episode.
type Judgment struct {
	Input string
	Name  string
	Text  string
}

// Episode is one episode of the paper's history as the timeline shows it.
type Episode struct {
	ID        string
	Date      string
	Title     string
	Label     string // "{date}: {title}", for the timeline's list
	Inputs    model.Inputs
	Judgments []Judgment
	Quote     QuoteText
	Note      string
}

// History returns the paper's episodes (explain.History) in lang, in date
// order.
func History(lang string) []Episode {
	var out []Episode
	for _, e := range explain.History(explain.LangOf(lang)) {
		ep := Episode{ID: e.ID, Date: e.Date, Title: e.Title, Inputs: e.Inputs,
			Label: i18n.F(lang, "history.step", "date", e.Date, "title", e.Title),
			Quote: quoteText(lang, e.Quote), Note: e.Note}
		for _, j := range e.Judgments {
			ep.Judgments = append(ep.Judgments, Judgment{Input: j.Input, Name: j.Name, Text: j.Text})
		}
		out = append(out, ep)
	}
	return out
}

// HistoryPosition returns the position label of episode i (0-based) of n,
// e.g. "Episode 3 of 9", or the timeline's intro for i < 0.
func HistoryPosition(lang string, i, n int) string {
	if i < 0 {
		return i18n.F(lang, "history.start", "n", itoa(n))
	}
	return i18n.F(lang, "history.position", "i", itoa(i+1), "n", itoa(n))
}

// Figure is one of the paper's figures behind the defaults.
type Figure struct {
	ID     string
	Label  string
	Values string // "United States 17 · China 0.7 (% of root servers, current)"
	Quote  QuoteText
}

// EvidenceGroup is the evidence behind one input: the figures that bear on
// it and, for the four inputs with a default, how the default follows.
type EvidenceGroup struct {
	Input   string
	Name    string
	Default string // "0.85", or "" for the grievances, which have no slider
	Heading string // "Technology share (US): default 0.85", or Name
	Method  string
	Spread  string // the range under the preset for the paper's uncertainty, and why
	Quote   QuoteText
	Figures []Figure
}

// Evidence returns the paper's figures (explain.Evidence) grouped by the
// input they bear on, in the order of explain.Derivations, with the
// figures that bear on no slider (the race's grievances) last.
func Evidence(lang string) []EvidenceGroup {
	l := explain.LangOf(lang)
	var groups []EvidenceGroup
	index := map[string]int{}
	for _, d := range explain.Derivations(l) {
		index[d.Input] = len(groups)
		def := i18n.Number(lang, d.Default, 2)
		groups = append(groups, EvidenceGroup{Input: d.Input, Name: d.Name, Default: def,
			Heading: i18n.F(lang, "evidence.default", "name", d.Name, "value", def),
			Method:  d.Method, Spread: d.Spread, Quote: quoteText(lang, d.Quote)})
	}
	for _, f := range explain.Evidence(l) {
		i, ok := index[f.Informs]
		if !ok {
			i = len(groups)
			index[f.Informs] = i
			groups = append(groups, EvidenceGroup{Input: f.Informs, Name: f.InformsName, Heading: f.InformsName})
		}
		groups[i].Figures = append(groups[i].Figures, Figure{ID: f.ID, Label: f.Label,
			Values: figureValues(lang, f), Quote: quoteText(lang, f.Quote)})
	}
	return groups
}

// figureValues writes a figure's values with its unit, which carries the
// figure's date as the paper gives it (explain.Figure.Unit).
func figureValues(lang string, f explain.Figure) string {
	num := func(v float64) string { return i18n.Number(lang, v, -1) }
	if f.Single {
		v := f.US
		if v == 0 {
			v = f.China
		}
		return i18n.F(lang, "evidence.single", "value", num(v), "unit", f.Unit)
	}
	return i18n.F(lang, "evidence.values", "us", num(f.US), "china", num(f.China), "unit", f.Unit)
}

// LangOption is one entry of the language picker, named in its own
// language.
type LangOption struct {
	Tag      string
	Name     string
	Selected bool
}

// LangOptions returns the language picker's entries with lang selected.
func LangOptions(lang string) []LangOption {
	var out []LangOption
	for _, tag := range i18n.Langs() {
		out = append(out, LangOption{Tag: tag, Name: i18n.T(tag, "lang.name"), Selected: tag == lang})
	}
	return out
}

func itoa(n int) string { return i18n.Number(i18n.Default, float64(n), 0) }
