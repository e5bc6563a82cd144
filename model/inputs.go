package model

import (
	"math"
	"strconv"
)

// Posture is a side's stance in cyberspace: Defense or Offense. Its sign s is
// −1 for defense and +1 for offense in the offense–defense balance.
type Posture int

const (
	// Defense is the posture the paper gives China: it "must develop network
	// technology in order to ensure that it is not attacked".
	Defense Posture = iota
	// Offense is the posture the paper gives the United States: "the United
	// States has more offensive network technology".
	Offense
)

// String returns "defense" or "offense", the codec's spelling.
func (p Posture) String() string {
	if p == Offense {
		return "offense"
	}
	return "defense"
}

// Sign returns +1 for Offense and −1 for Defense.
func (p Posture) Sign() float64 {
	if p == Offense {
		return 1
	}
	return -1
}

// ParsePosture parses "offense" or "defense".
func ParsePosture(s string) (Posture, bool) {
	switch s {
	case "offense":
		return Offense, true
	case "defense":
		return Defense, true
	}
	return Defense, false
}

// MarshalText implements encoding.TextMarshaler.
func (p Posture) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Posture) UnmarshalText(b []byte) error {
	v, ok := ParsePosture(string(b))
	if !ok {
		return postureError("posture", string(b))
	}
	*p = v
	return nil
}

// Inputs are the model's inputs. The four numbers are fractions in [0, 1];
// their defaults (Default) are traced to the paper in evidence.go.
type Inputs struct {
	// Tech is the US share of the pair's core network technology, in [0, 1]
	// (root name servers, operating systems, secure servers).
	Tech float64 `json:"tech"`
	// Discourse is the US share of online discourse power, in [0, 1]
	// (language, media industry, platform giants, cultural pull).
	Discourse float64 `json:"discourse"`
	// Attribution is the confidence, in [0, 1], that an attack's source and
	// intent can be attributed.
	Attribution float64 `json:"attribution"`
	// Dialogue is the strength, in [0, 1], of consensus and crisis channels.
	Dialogue float64 `json:"dialogue"`
	// US is the posture of the United States.
	US Posture `json:"us"`
	// China is the posture of China.
	China Posture `json:"china"`
	// Version is the model version that reads these inputs (key v=); 0
	// means the newest, Version. It is a choice of model rather than an
	// input, so it stays out of the "inputs" JSON object; answers carry it
	// as "model_version".
	Version int `json:"-"`
}

// Default returns the paper's 2018 baseline: tech 0.85, discourse 0.75,
// attribution 0.20, dialogue 0.60, the US on offense and China on defense.
// Evidence and Derivations give the reasoning behind each value.
func Default() Inputs {
	return Inputs{
		Tech:        0.85,
		Discourse:   0.75,
		Attribution: 0.20,
		Dialogue:    0.60,
		US:          Offense,
		China:       Defense,
		Version:     Version,
	}
}

// Param describes one numeric input: its URL/API key, its range and how to
// read and write it on an Inputs.
type Param struct {
	Key      string  // URL and API key, e.g. "tech"
	Min, Max float64 // allowed range, inclusive
	index    int     // field of Inputs, in canonical order
}

// field returns a pointer to the i-th numeric field of in (a switch rather
// than a closure, so that Assess does not allocate).
func (in *Inputs) field(i int) *float64 {
	switch i {
	case 0:
		return &in.Tech
	case 1:
		return &in.Discourse
	case 2:
		return &in.Attribution
	default:
		return &in.Dialogue
	}
}

// Value returns p's value in in.
func (p Param) Value(in Inputs) float64 { return *in.field(p.index) }

// Set returns in with p set to v (not validated).
func (p Param) Set(in Inputs, v float64) Inputs { *in.field(p.index) = v; return in }

// Params lists the four numeric inputs in canonical order.
var Params = [...]Param{
	{Key: "tech", Min: 0, Max: 1, index: 0},
	{Key: "discourse", Min: 0, Max: 1, index: 1},
	{Key: "attribution", Min: 0, Max: 1, index: 2},
	{Key: "dialogue", Min: 0, Max: 1, index: 3},
}

// ParamByKey returns the numeric parameter with the given key.
func ParamByKey(key string) (Param, bool) {
	for _, p := range Params {
		if p.Key == key {
			return p, true
		}
	}
	return Param{}, false
}

// Validate reports the first input that is NaN, infinite or outside its range,
// or a posture that is neither Offense nor Defense, as a *ParamError.
func (in Inputs) Validate() error {
	for _, p := range Params {
		v := p.Value(in)
		if math.IsNaN(v) || math.IsInf(v, 0) || v < p.Min || v > p.Max {
			return rangeError(p, strconv.FormatFloat(v, 'g', -1, 64))
		}
	}
	if in.US != Offense && in.US != Defense {
		return postureError("us", strconv.Itoa(int(in.US)))
	}
	if in.China != Offense && in.China != Defense {
		return postureError("china", strconv.Itoa(int(in.China)))
	}
	if in.Version != 0 && !ValidVersion(in.Version) {
		return versionError(strconv.Itoa(in.Version))
	}
	return nil
}

// Clamp returns in with every number moved into its range (NaN becomes the
// default), any unknown posture replaced by the default posture, and the
// version made explicit (0 or an unknown version becomes the newest).
func (in Inputs) Clamp() Inputs {
	def := Default()
	for _, p := range Params {
		v := p.Value(in)
		switch {
		case math.IsNaN(v):
			v = p.Value(def)
		case v < p.Min:
			v = p.Min
		case v > p.Max:
			v = p.Max
		}
		in = p.Set(in, v)
	}
	if in.US != Offense && in.US != Defense {
		in.US = def.US
	}
	if in.China != Offense && in.China != Defense {
		in.China = def.China
	}
	if !ValidVersion(in.Version) {
		in.Version = Version
	}
	return in
}

// Round2 returns in with every number rounded to two decimals, the precision
// of the canonical encoding and of the page's sliders.
func (in Inputs) Round2() Inputs {
	for _, p := range Params {
		in = p.Set(in, round2(p.Value(in)))
	}
	return in
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
