// Package export writes a state's data for download: JSON in the shape of
// the API (/api/v1/assess's fields, then /api/v1/simulate's steps,
// converges, settled_after, trajectory and spiral) and a CSV table of the
// race. It writes JSON by hand with strconv, byte for byte as
// encoding/json would (a native test checks it against the API's types),
// because encoding/json and fmt would add about 100 KB to the calculator's
// brotli'd binary.
//
// The package knows no DOM; it is tested natively.
package export

import (
	"math"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
)

// Steps is the number of rounds the downloads simulate, as the API's
// default (/api/v1/simulate without steps=).
const Steps = 60

// JSON returns the data of in over steps rounds (in [1, model.MaxRounds]),
// or model.ErrRounds.
func JSON(in model.Inputs, steps int) ([]byte, error) {
	tr, err := model.Simulate(in, steps)
	if err != nil {
		return nil, err
	}
	a := model.Assess(in)
	b := make([]byte, 0, 512+len(tr.Rounds)*64+len(tr.Spiral)*96)
	b = append(b, `{"model_version":`...)
	b = strconv.AppendInt(b, int64(a.ModelVersion), 10)
	b = append(b, `,"inputs":`...)
	b = appendInputs(b, a.Inputs)
	b = appendNum(b, "power_share", a.PowerShare)
	b = appendNum(b, "offense_balance", a.OffenseBalance)
	b = appendNum(b, "distinguishability", a.Distinguishability)
	b = appendStr(b, "world", a.World.String())
	b = appendNum(b, "intensity", a.Intensity)
	b = appendStr(b, "band", a.Band.String())
	b = appendNum(b, "reaction", a.Reaction)
	b = appendNum(b, "restraint", a.Restraint)
	b = appendBool(b, "stable", a.Stable)
	b = appendNum(b, "stability_margin", a.StabilityMargin)
	b = append(b, `,"equilibrium":`...)
	if a.Equilibrium.Valid {
		b = append(b, `{"us":`...)
		b = appendFloat(b, a.Equilibrium.US)
		b = appendNum(b, "china", a.Equilibrium.China)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	p := a.Posen
	b = append(b, `,"posen":{"intentions_unassessable":`...)
	b = strconv.AppendBool(b, p.IntentionsUnassessable)
	b = appendBool(b, "hegemony_projected", p.HegemonyProjected)
	b = appendBool(b, "ideology_as_tool", p.IdeologyAsTool)
	b = append(b, `,"met":`...)
	b = strconv.AppendInt(b, int64(p.Met), 10)
	b = append(b, '}')

	b = append(b, `,"steps":`...)
	b = strconv.AppendInt(b, int64(steps), 10)
	b = appendBool(b, "converges", tr.Converges)
	b = append(b, `,"settled_after":`...)
	b = strconv.AppendInt(b, int64(tr.SettledAfter), 10)
	b = append(b, `,"trajectory":[`...)
	for i, r := range tr.Rounds {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"round":`...)
		b = strconv.AppendInt(b, int64(r.Round), 10)
		b = appendNum(b, "us", r.US)
		b = appendNum(b, "china", r.China)
		b = append(b, '}')
	}
	b = append(b, `],"spiral":[`...)
	for i, s := range tr.Spiral {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"move":`...)
		b = strconv.AppendInt(b, int64(s.Move), 10)
		b = appendStr(b, "side", s.Side.String())
		b = appendNum(b, "x", s.X)
		b = appendNum(b, "y", s.Y)
		b = appendNum(b, "radius", s.Radius)
		b = append(b, '}')
	}
	return append(b, "]}\n"...), nil
}

func appendInputs(b []byte, in model.Inputs) []byte {
	b = append(b, `{"tech":`...)
	b = appendFloat(b, in.Tech)
	b = appendNum(b, "discourse", in.Discourse)
	b = appendNum(b, "attribution", in.Attribution)
	b = appendNum(b, "dialogue", in.Dialogue)
	b = appendStr(b, "us", in.US.String())
	b = appendStr(b, "china", in.China.String())
	return append(b, '}')
}

// appendNum appends `,"key":v`.
func appendNum(b []byte, key string, v float64) []byte {
	b = appendKey(b, key)
	return appendFloat(b, v)
}

// appendStr appends `,"key":"v"`; v is one of the model's ids, which need
// no escaping.
func appendStr(b []byte, key, v string) []byte {
	b = appendKey(b, key)
	b = append(b, '"')
	b = append(b, v...)
	return append(b, '"')
}

func appendBool(b []byte, key string, v bool) []byte {
	return strconv.AppendBool(appendKey(b, key), v)
}

func appendKey(b []byte, key string) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// appendFloat formats f as encoding/json does (ES6 number formatting:
// shortest decimal, exponent form below 1e-6 and from 1e21). The model's
// outputs are finite (its property 7); a non-finite value, which JSON
// cannot hold, is written as null.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	return model.AppendJSONFloat(b, f)
}

// CSVHeader is the first row of CSV: one column per field, the race's
// round and capability levels first, then the inputs and the assessment,
// which repeat on every row so that each row stands alone (a tidy table for
// a spreadsheet or a data frame).
var CSVHeader = []string{
	"round", "us_level", "china_level",
	"tech", "discourse", "attribution", "dialogue", "us", "china",
	"power_share", "offense_balance", "distinguishability", "world",
	"intensity", "band", "reaction", "restraint", "stable", "stability_margin",
	"model_version",
}

// CSV returns the race of in over steps rounds as RFC 4180 CSV (CRLF line
// ends): CSVHeader, then one row per round from round 0 (the start), or
// model.ErrRounds. Numbers are in Go's shortest round-trip formatting.
func CSV(in model.Inputs, steps int) ([]byte, error) {
	tr, err := model.Simulate(in, steps)
	if err != nil {
		return nil, err
	}
	a := model.Assess(in)
	// The columns that repeat, formatted once. No field holds a comma,
	// quote or line break, so none needs quoting.
	var rest []byte
	for _, v := range []float64{a.Inputs.Tech, a.Inputs.Discourse, a.Inputs.Attribution, a.Inputs.Dialogue} {
		rest = append(rest, ',')
		rest = strconv.AppendFloat(rest, v, 'g', -1, 64)
	}
	rest = append(rest, ',')
	rest = append(rest, a.Inputs.US.String()...)
	rest = append(rest, ',')
	rest = append(rest, a.Inputs.China.String()...)
	for _, v := range []float64{a.PowerShare, a.OffenseBalance, a.Distinguishability} {
		rest = append(rest, ',')
		rest = strconv.AppendFloat(rest, v, 'g', -1, 64)
	}
	rest = append(rest, ',')
	rest = append(rest, a.World.String()...)
	rest = append(rest, ',')
	rest = strconv.AppendFloat(rest, a.Intensity, 'g', -1, 64)
	rest = append(rest, ',')
	rest = append(rest, a.Band.String()...)
	for _, v := range []float64{a.Reaction, a.Restraint} {
		rest = append(rest, ',')
		rest = strconv.AppendFloat(rest, v, 'g', -1, 64)
	}
	rest = append(rest, ',')
	rest = strconv.AppendBool(rest, a.Stable)
	rest = append(rest, ',')
	rest = strconv.AppendFloat(rest, a.StabilityMargin, 'g', -1, 64)
	rest = append(rest, ',')
	rest = strconv.AppendInt(rest, int64(a.ModelVersion), 10)
	rest = append(rest, '\r', '\n')

	b := make([]byte, 0, 256+len(tr.Rounds)*(len(rest)+48))
	for i, h := range CSVHeader {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, h...)
	}
	b = append(b, '\r', '\n')
	for _, r := range tr.Rounds {
		b = strconv.AppendInt(b, int64(r.Round), 10)
		b = append(b, ',')
		b = strconv.AppendFloat(b, r.US, 'g', -1, 64)
		b = append(b, ',')
		b = strconv.AppendFloat(b, r.China, 'g', -1, 64)
		b = append(b, rest...)
	}
	return b, nil
}

// WithUncertainty returns the JSON download b (from JSON) with the Monte
// Carlo's answer added as "uncertainty": the bytes /api/v1/uncertainty
// answers for the same link.
func WithUncertainty(b []byte, u model.Uncertainty) []byte {
	n := len(b)
	for n > 0 && (b[n-1] == '\n' || b[n-1] == '}') {
		if b[n-1] == '}' {
			n--
			break
		}
		n--
	}
	out := append(b[:n:n], `,"uncertainty":`...)
	out = u.AppendJSON(out)
	return append(out, "}\n"...)
}

// SamplesHeader is the first row of the samples' CSV.
var SamplesHeader = []string{"sample", "tech", "discourse", "attribution", "dialogue", "us", "china", "model_version", "intensity", "world", "runaway"}

// SamplesCSV returns the samples of the Monte Carlo u, whose scratch s it
// ran with, as RFC 4180 CSV: SamplesHeader, then one row per sample with its
// inputs and outputs ("runaway" is true when the race diverges,
// intensity ≥ 0.5).
func SamplesCSV(u model.Uncertainty, s *model.MCScratch) []byte {
	b := make([]byte, 0, 96*(u.Samples+1))
	for i, h := range SamplesHeader {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, h...)
	}
	b = append(b, '\r', '\n')
	for n := 0; n < u.Samples; n++ {
		in, x, w := s.Sample(n)
		b = strconv.AppendInt(b, int64(n+1), 10)
		for _, v := range in {
			b = append(b, ',')
			b = strconv.AppendFloat(b, v, 'g', -1, 64)
		}
		b = append(b, ',')
		b = append(b, u.Inputs.US.String()...)
		b = append(b, ',')
		b = append(b, u.Inputs.China.String()...)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(u.ModelVersion), 10)
		b = append(b, ',')
		b = strconv.AppendFloat(b, x, 'g', -1, 64)
		b = append(b, ',')
		b = append(b, w.String()...)
		b = append(b, ',')
		b = strconv.AppendBool(b, !(x < 0.5))
		b = append(b, '\r', '\n')
	}
	return b
}
