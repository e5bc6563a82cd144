package view

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
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
	// CanvasLabel names B's canvas: its spiral, or its phase plane
	// (view=plane), as A's canvas shows.
	CanvasLabel string
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
	c.CanvasLabel = i18n.T(lang, "compare.spiral")
	if s.View == figure.ViewPlane.String() {
		c.CanvasLabel = i18n.T(lang, "compare.plane")
	}
	c.Live = i18n.F(lang, "compare.live", "value", c.B.IntensityShort, "band", c.B.BandName, "world", c.B.WorldName, "delta", c.DeltaText)
	return c
}

// bKeys are state B's keys without their prefix, in canonical order.
var bKeys = [...]string{"tech", "discourse", "attribution", "dialogue", "us", "china"}

// ParseB reads state B's keys (from SplitB, without their prefix)
// strictly, for the servers: keys that are absent take A's values; the
// first problem comes back as a *model.ParamError naming the b.-prefixed
// key (an unknown key, b.v and b.preset included, is one). B is read by
// A's model version.
func ParseB(raw string, a model.Inputs) (model.Inputs, error) {
	given := map[string]string{}
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		if uk, ok := model.UnescapeKey(k); ok {
			k = uk // as model.Parse reads A's keys
		}
		if !slices.Contains(bKeys[:], k) {
			return a, &model.ParamError{Param: bPrefix + k, Kind: model.ErrKindUnknown, Got: bPrefix + k,
				Message: "unknown parameter " + strconv.Quote(bPrefix+k) + "; state B has b." + strings.Join(bKeys[:], ", b.")}
		}
		if _, dup := given[k]; dup {
			return a, &model.ParamError{Param: bPrefix + k, Kind: model.ErrKindDuplicate, Message: bPrefix + k + " is given more than once"}
		}
		given[k] = v
	}
	// A's values for the keys B does not give, then the strict codec.
	enc := strings.Split(a.Encode(), "&")
	for i, k := range bKeys {
		if v, ok := given[k]; ok {
			enc[i] = k + "=" + v
		}
	}
	q, err := model.Parse(strings.Join(enc, "&"), model.Options{})
	if err != nil {
		pe := *err.(*model.ParamError)
		if !slices.Contains(bKeys[:], pe.Param) {
			// Not one key's problem (the composed query too long, say):
			// name B's keys as a whole.
			pe.Param, pe.Message = "b", "state B's keys: "+pe.Message
			return a, &pe
		}
		pe.Message = bPrefix + pe.Message
		pe.Param = bPrefix + pe.Param
		return a, &pe
	}
	b := q.Inputs
	b.Version = a.Version
	return b, nil
}

// CompareQuery is the canonical query of A and B (compare=1): A's
// model.Encode, then compare=1 and B's b.-prefixed keys, e.g. the key of
// their social image, /og.png?<CompareQuery>.
func CompareQuery(a, b model.Inputs) string {
	return string(State{Inputs: a, Compare: true, B: b}.appendB([]byte(a.Encode())))
}

// NewCompareCard returns the words of the card of A and B (c, from
// NewCompare), with link the page's URL for both.
func NewCompareCard(c Compare, link string) figure.CompareCardText {
	lang := c.A.Lang
	side := func(label string, v View) figure.CompareSide {
		return figure.CompareSide{Label: label, World: v.WorldName, Intensity: v.IntensityText, Race: v.StabilityText}
	}
	return figure.CompareCardText{
		Title:       i18n.T(lang, "card.title"),
		Delta:       i18n.F(lang, "compare.card.delta", "delta", c.DeltaText),
		Sides:       [2]figure.CompareSide{side(i18n.T(lang, "compare.a"), c.A), side(i18n.T(lang, "compare.b"), c.B)},
		LegendUS:    i18n.T(lang, "figure.us"),
		LegendChina: i18n.T(lang, "figure.china"),
		Link:        link,
	}
}

// CompareHeadline is the part of Compare that a B slider's input event
// writes at once, as Headline is for A's: B's values and intensity, and
// the difference.
type CompareHeadline struct {
	B                     Headline
	DeltaValue, DeltaText string
}

// NewCompareHeadline returns the compare headline of s (compare on): two
// model.Assess calls and a few strings.
func NewCompareHeadline(s State) CompareHeadline {
	h := CompareHeadline{B: NewHeadline(s.BState())}
	b, _ := strconv.ParseFloat(h.B.IntensityValue, 64)
	d := b - model.Assess(s.Inputs).Intensity
	h.DeltaValue = strconv.FormatFloat(d, 'g', -1, 64)
	h.DeltaText = explain.Signed(explain.LangOf(s.Lang), d, 2)
	return h
}
