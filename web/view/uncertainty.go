package view

import (
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Uncertainty is what the page shows of a Monte Carlo (model.MonteCarlo)
// for a state with ranges: the share of runaway races in words that do not
// forecast, the intensity's spread, the worlds' shares, and the rows of the
// histogram's and the tornado's tables (the charts' text alternatives).
type Uncertainty struct {
	// RunawayValue is the share in Go's shortest formatting, the data-value
	// of #runaway (the API's runaway.p).
	RunawayValue string
	Runaway      string // "In 12 % of the settings you judged plausible, the race runs away (± 0.3 %; 10,000 samples, seed 1)."
	Means        string // what the numbers mean and what they do not
	Intensity    string
	Worlds       [len(model.Worlds)]WorldShare
	Histogram    [model.HistogramBins]HistRow
	HistogramAlt string
	Tornado      [len(model.Params)]TornadoRow
	TornadoAlt   string
}

// WorldShare is one world's share of the samples.
type WorldShare struct {
	World, Name, Share string
	Value              float64
}

// HistRow is one bin of the intensity histogram.
type HistRow struct {
	From, To, Share string
	Value           float64
	Band            model.Band // the band of the bin's lower edge
}

// TornadoRow is one input's bar.
type TornadoRow struct {
	Input, Name, Low, High, R2 string
	LowValue, HighValue, R2Val float64
}

// NewUncertainty returns the view of u in lang.
func NewUncertainty(lang string, u model.Uncertainty) Uncertainty {
	pct := func(v float64, decimals int) string {
		return i18n.Number(lang, v*100, decimals) + " %"
	}
	num := func(v float64) string { return i18n.Number(lang, v, 2) }
	v := Uncertainty{RunawayValue: strconv.FormatFloat(u.Runaway, 'g', -1, 64)}
	v.Runaway = i18n.F(lang, "uncertainty.runaway", "share", pct(u.Runaway, 1), "se", pct(u.RunawaySE, 1),
		"n", groupThousands(lang, u.Samples), "seed", strconv.FormatUint(u.Seed, 10))
	v.Means = i18n.T(lang, "uncertainty.means")
	v.Intensity = i18n.F(lang, "uncertainty.intensity", "p5", num(u.P5), "p50", num(u.P50), "p95", num(u.P95), "mean", num(u.Mean))
	for i, w := range model.Worlds {
		v.Worlds[i] = WorldShare{World: w.String(), Name: i18n.T(lang, "world."+w.String()), Share: pct(u.Worlds[i], 1), Value: u.Worlds[i]}
	}
	high := 0.0
	for i, s := range u.Histogram {
		from := float64(i) / model.HistogramBins
		v.Histogram[i] = HistRow{From: num(from), To: num(float64(i+1) / model.HistogramBins), Share: pct(s, 1), Value: s, Band: model.BandOf(from)}
		if from >= model.BandLower[model.BandHigh] {
			high += s
		}
	}
	v.HistogramAlt = i18n.F(lang, "uncertainty.histogram.alt", "p5", num(u.P5), "p95", num(u.P95), "high", pct(high, 1))
	top := 0
	for i, s := range u.Sensitivity {
		p := model.Params[i]
		v.Tornado[i] = TornadoRow{Input: p.Key, Name: i18n.T(lang, "input."+p.Key+".label"),
			Low: num(s.Low), High: num(s.High), R2: i18n.Number(lang, s.RankR2, 2),
			LowValue: s.Low, HighValue: s.High, R2Val: s.RankR2}
		if abs(s.High-s.Low) > abs(u.Sensitivity[top].High-u.Sensitivity[top].Low) {
			top = i
		}
	}
	t := v.Tornado[top]
	v.TornadoAlt = i18n.F(lang, "uncertainty.tornado.alt", "input", t.Name, "low", t.Low, "high", t.High)
	return v
}

// RangeText says an input's range, or that it is a point.
func RangeText(lang string, r model.Range) string {
	if r.Point() {
		return i18n.F(lang, "ranges.point", "value", i18n.Number(lang, r.Lo, 2))
	}
	return i18n.F(lang, "ranges.range", "lo", i18n.Number(lang, r.Lo, 2), "hi", i18n.Number(lang, r.Hi, 2))
}

// groupThousands writes n with thousands separators in English ("10,000")
// and plainly in Chinese ("10000").
func groupThousands(lang string, n int) string {
	s := strconv.Itoa(n)
	if explain.LangOf(lang) != explain.En || len(s) <= 3 {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
