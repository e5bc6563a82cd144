package view

import (
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Compare is what the page shows of state B beside A when compare is on:
// B's inputs and results as A's View has them, the difference of the
// intensities, and the explanation of what differs and why.
type Compare struct {
	On bool
	// A is A's view (the table's first column).
	A View
	// B is B's own view (sliders, results, marker, spiral text), computed
	// by New from s.BState().
	B View
	// Sliders label B's inputs ("Dialogue, B"); their values are B.Sliders'.
	Labels [len(model.Params)]string
	// USLabel and ChinaLabel label B's posture groups.
	USLabel, ChinaLabel string

	// DeltaValue is B's intensity minus A's in Go's shortest formatting
	// (the data-value a test compares with the API); DeltaText is the same
	// with a sign and two decimals, e.g. "+0.24".
	DeltaValue, DeltaText string
	// Why explains the difference (explain.Compare); Live is the sentence
	// the live region adds for B.
	Why  explain.Comparison
	Live string
}

// NewCompare returns the view of s's state B, beside A's view a (New(s)).
// When compare is off, B is a copy of A (as it starts when compare is
// turned on), so that the page served with compare off holds B's controls
// and results ready.
func NewCompare(s State, a View) Compare {
	if !s.Compare {
		s.B = s.Inputs
	}
	lang := a.Lang
	c := Compare{On: s.Compare, A: a, B: New(s.BState())}
	for i, p := range model.Params {
		c.Labels[i] = i18n.F(lang, "compare.input", "input", i18n.T(lang, "input."+p.Key+".label"))
	}
	c.USLabel = i18n.F(lang, "compare.posture", "side", i18n.T(lang, "posture.us"))
	c.ChinaLabel = i18n.F(lang, "compare.posture", "side", i18n.T(lang, "posture.china"))
	d := c.B.Assessment.Intensity - a.Assessment.Intensity
	c.DeltaValue = strconv.FormatFloat(d, 'g', -1, 64)
	c.DeltaText = explain.Signed(explain.LangOf(lang), d, 2)
	c.Why = explain.Compare(explain.LangOf(lang), a.Assessment.Inputs, c.B.Assessment.Inputs)
	c.Live = i18n.F(lang, "compare.live", "value", c.B.IntensityShort, "band", c.B.BandName, "world", c.B.WorldName, "delta", c.DeltaText)
	return c
}
