package model

import (
	"math"
	"strconv"
)

// World is one of Jervis's four worlds (Jervis 1978, "Cooperation under the
// Security Dilemma", table 1), read off the offense–defense balance and the
// distinguishability of offensive from defensive postures.
type World int

const (
	// DoublyDangerous: offense has the advantage and postures cannot be told
	// apart. The paper's first future: "Once the two sides fail to develop a
	// consensus, they fall into a double crisis (Doubly Dangerous)."
	DoublyDangerous World = iota
	// Compatible: defense has the advantage but postures cannot be told
	// apart: a security dilemma, "but security requirements may be compatible".
	Compatible
	// AggressionPossible: offense has the advantage, postures can be told
	// apart: in the paper's words about its baseline, "not in a
	// high-intensity security dilemma, but there is still a problem of
	// security dilemma", with "the possibility of a positive conflict".
	AggressionPossible
	// DoublySafe: defense has the advantage and postures can be told apart.
	DoublySafe
)

var worldNames = [...]string{"doubly-dangerous", "compatible", "aggression-possible", "doubly-safe"}

// Worlds lists the four worlds in order.
var Worlds = [...]World{DoublyDangerous, Compatible, AggressionPossible, DoublySafe}

// String returns the world's id: "doubly-dangerous", "compatible",
// "aggression-possible" or "doubly-safe".
func (w World) String() string {
	if w < 0 || int(w) >= len(worldNames) {
		return "unknown"
	}
	return worldNames[w]
}

// MarshalText implements encoding.TextMarshaler.
func (w World) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// OffenseAdvantaged reports whether offense has the advantage in w.
func (w World) OffenseAdvantaged() bool { return w == DoublyDangerous || w == AggressionPossible }

// Distinguishable reports whether offensive and defensive postures can be
// told apart in w.
func (w World) Distinguishable() bool { return w == AggressionPossible || w == DoublySafe }

// Band names a range of intensity: none < 0.15 ≤ low < 0.35 ≤ moderate < 0.5 ≤
// high < 0.75 ≤ severe. The boundary at 0.5 is the spiral's stability
// boundary: a band of high or severe means the race diverges.
type Band int

const (
	// BandNone is an intensity below 0.15: no dilemma to speak of.
	BandNone Band = iota
	// BandLow is [0.15, 0.35): the paper's "low-intensity security dilemma".
	BandLow
	// BandModerate is [0.35, 0.5): a contained but sizeable dilemma.
	BandModerate
	// BandHigh is [0.5, 0.75): the race no longer settles.
	BandHigh
	// BandSevere is 0.75 and above: a fast, diverging race.
	BandSevere
)

var bandNames = [...]string{"none", "low", "moderate", "high", "severe"}

// BandLower holds each band's lower bound of intensity.
var BandLower = [...]float64{0, 0.15, 0.35, 0.5, 0.75}

// String returns the band's id: "none", "low", "moderate", "high" or "severe".
func (b Band) String() string {
	if b < 0 || int(b) >= len(bandNames) {
		return "unknown"
	}
	return bandNames[b]
}

// MarshalText implements encoding.TextMarshaler.
func (b Band) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// BandOf returns the band of an intensity in [0, 1].
func BandOf(intensity float64) Band {
	b := BandNone
	for i := len(BandLower) - 1; i > 0; i-- {
		if intensity >= BandLower[i] {
			b = Band(i)
			break
		}
	}
	return b
}

// Posen holds Barry Posen's (1993) conditions for a security dilemma as the
// paper applies them to the US (section 3: "the following three conditions
// can be obtained").
type Posen struct {
	// IntentionsUnassessable: "the United States is unable to accurately
	// assess China's network technology and strategic intentions":
	// attribution < 0.5 (version 2); S < 0.5 in version 1.
	IntentionsUnassessable bool `json:"intentions_unassessable"`
	// HegemonyProjected: "the United States mistakenly projected the hegemonic
	// consciousness of the real world into cyberspace": the offensive side
	// holds the larger share of power (P > 0.5 for an offensive US, or
	// 1 − P > 0.5 for an offensive China).
	HegemonyProjected bool `json:"hegemony_projected"`
	// IdeologyAsTool: "the United States is still the ideology as to build
	// their own network security": discourse far from parity,
	// |2·discourse − 1| > 0.3.
	IdeologyAsTool bool `json:"ideology_as_tool"`
	// Met counts the conditions that hold, 0 to 3.
	Met int `json:"met"`
}

// Equilibrium is the Richardson race's fixed point: the capability levels at
// which each side's reaction, restraint and grievance balance.
type Equilibrium struct {
	US    float64 `json:"us"`
	China float64 `json:"china"`
	// Valid is false when the race is unstable and has no attracting fixed
	// point; such an Equilibrium encodes as JSON null.
	Valid bool `json:"-"`
}

// MarshalJSON encodes e as {"us":…,"china":…}, or null when !e.Valid.
func (e Equilibrium) MarshalJSON() ([]byte, error) {
	if !e.Valid {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 64)
	b = append(b, `{"us":`...)
	b = AppendJSONFloat(b, e.US)
	b = append(b, `,"china":`...)
	b = AppendJSONFloat(b, e.China)
	return append(b, '}'), nil
}

// Assessment is the model's reading of one set of Inputs. Every number is
// finite; ranges are given per field.
type Assessment struct {
	// ModelVersion is the model version that computed the assessment.
	ModelVersion int    `json:"model_version"`
	Inputs       Inputs `json:"inputs"`
	// PowerShare is the US share of cyber power P, in [0, 1].
	PowerShare float64 `json:"power_share"`
	// OffenseBalance is O in [−1, 1]; offense has the advantage when O > 0.
	OffenseBalance float64 `json:"offense_balance"`
	// Distinguishability is S in [0, 1]; postures can be told apart when S ≥ 0.5.
	Distinguishability float64 `json:"distinguishability"`
	// World is Jervis's world.
	World World `json:"world"`
	// Intensity is I = R/(1+R) in [0, 1); I < 0.5 exactly when the race converges.
	Intensity float64 `json:"intensity"`
	// Band is the intensity's band.
	Band Band `json:"band"`
	// Reaction is θ = a = b, each side's fear-driven response to the other:
	// in [0, 2] in version 1, [0, 120/49 ≈ 2.45] in version 2.
	Reaction float64 `json:"reaction"`
	// Restraint is μ = m = n in [0.7, 1.2], each side's fatigue and restraint.
	Restraint float64 `json:"restraint"`
	// Stable reports a bounded race: a·b < m·n.
	Stable bool `json:"stable"`
	// StabilityMargin is m·n − a·b, positive when stable: in [−3.51, 1.44]
	// in version 1, [−5.51, 1.44] in version 2.
	StabilityMargin float64 `json:"stability_margin"`
	// Equilibrium is the race's fixed point; not Valid (JSON null) when the
	// race is unstable, since then no non-negative fixed point attracts it.
	Equilibrium Equilibrium `json:"equilibrium"`
	// Posen holds Posen's three conditions.
	Posen Posen `json:"posen"`
}

// GrievanceUS (g) and GrievanceChina (h) are the drives that push each side's
// capability up even without a threat. The paper (section 4): "even if China
// and the United States are in a situation without threats, they will
// actively pursue better network technology". Their sizes are the paper's
// growth rates of security markets (section 2): China's security market grew
// "about 27.6%" in 2017; for the US side the nearest figure the paper gives is
// a forecast for the whole North American market, without a year: it "is
// expected to grow by 10.4% annually".
const (
	GrievanceUS    = 0.104
	GrievanceChina = 0.276
)

// PowerShare returns the US share of cyber power P = (2·tech + discourse)/3.
// Technology weighs double: "which country has the dominant technology will
// occupy the dominant position of cyberspace" (paper, section 4).
func PowerShare(in Inputs) float64 {
	return (2*in.Tech + in.Discourse) / 3
}

// OffenseBalance returns O = s_us·P + s_cn·(1−P) in [−1, 1], s = +1 for
// offense and −1 for defense: the power-weighted posture of the pair. Offense
// has the advantage when O > 0 (Jervis 1978; Glaser & Kaufmann 1998, measured
// as the paper does "by network technology and network public opinion").
func OffenseBalance(in Inputs) float64 {
	p := PowerShare(in)
	return in.US.Sign()*p + in.China.Sign()*(1-p)
}

// Distinguishability returns S = 1 − (1−attribution)·(1−dialogue): intent is
// clarified by attribution at the time or, after the fact, by dialogue
// (paper, section 3, third judgment; Jervis's second variable; Posen 1993).
func Distinguishability(in Inputs) float64 {
	return 1 - (1-in.Attribution)*(1-in.Dialogue)
}

// Reaction returns the Richardson reaction coefficient θ = a = b: fear grows
// as intent is harder to read and as offense gains the advantage (Jervis 1978
// applied to Richardson 1960). Its form depends on the model version:
//
//	version 1: θ = (1−S)·(1+O)
//	version 2: θ = (1−S)·(1+O)²·ReactionScaleV2
//
// Why version 2 changed it: Jervis (1978) argues that where defense has the
// advantage, one side's gain in security costs the other little, so fear
// feeds the race less; and the paper (section 4) says technology decides who
// dominates: "Which country has the dominant technology will occupy the
// dominant position of cyberspace". In version 1 the reaction fell only
// linearly with the balance, so that with China's technology lead alone
// (tech 0.30, discourse kept at 0.75, no dialogue) the race still diverged,
// against the paper's second future: "China has the technological advantages
// and is in a controllable position, regardless of whether there is
// consensus". Squaring (1+O) makes the reaction fall faster as defense gains
// the advantage (and rise faster as offense does), so that this future holds
// for every dialogue (DESIGN.md 2.4, property 3), while every other property
// keeps holding (grid tests in assess_test.go).
func Reaction(in Inputs) float64 {
	s := Distinguishability(in)
	f := 1 + OffenseBalance(in)
	if in.version() == 1 {
		return (1 - s) * f
	}
	return (1 - s) * f * f * ReactionScaleV2
}

// ReactionScaleV2 scales version 2's reaction. It is 1/(1+O₀), where
// O₀ = 19/30 is the offense balance of the paper's baseline (P = 49/60), so
// that at the baseline's balance the two versions' reactions agree and the
// paper's 2018 judgment, "not in a high-intensity security dilemma", reads
// the same number in both (intensity 0.21, low). A calibration, not a
// measurement: it anchors the new form on the one state the paper judges.
const ReactionScaleV2 = 30.0 / 49.0

// version returns the model version that reads in: its Version, or the
// newest when that is 0 or unknown.
func (in Inputs) version() int {
	if ValidVersion(in.Version) {
		return in.Version
	}
	return Version
}

// Restraint returns the Richardson restraint coefficient μ = m = n =
// 0.7 + 0.5·dialogue: crisis channels slow each side's build-up (the paper's
// "misunderstandings of both parties can always be properly resolved").
// The constants are the reference formulation's (DESIGN.md 2.2, item 5), a
// calibration rather than a measurement: the floor 0.7 is the restraint of
// two states with no channel at all (economic cost, fatigue in Richardson's
// sense), and 0.5 puts full dialogue (μ = 1.2) above the largest reaction
// that full attribution or dialogue leaves possible. With them the paper's
// baseline lands in its own words, "not in a high-intensity security
// dilemma" (low band), and the first future without consensus diverges.
func Restraint(in Inputs) float64 {
	return 0.7 + 0.5*in.Dialogue
}

// NeutralTolerance is the width of the stability boundary: a margin m·n − a·b
// smaller than this in magnitude is the rounding residue (about 1e-16) of an
// exactly neutral race, not a sign, and is taken as 0. Assess, Race and the
// explanation all use this one rule, so they never disagree on the boundary.
const NeutralTolerance = 1e-12

// StabilityMargin returns m·n − a·b = μ² − θ², or exactly 0 within
// NeutralTolerance of the boundary.
func StabilityMargin(theta, mu float64) float64 {
	if m := mu*mu - theta*theta; math.Abs(m) >= NeutralTolerance {
		return m
	}
	return 0
}

// Assess returns the assessment of in. It does not validate: call
// in.Validate first for untrusted input (out-of-range numbers are clamped so
// that the result stays finite and in range).
func Assess(in Inputs) Assessment {
	in = in.Clamp()
	p := PowerShare(in)
	o := OffenseBalance(in)
	s := Distinguishability(in)
	theta := Reaction(in)
	mu := Restraint(in)

	// Richardson (1960): a = b = θ, m = n = μ. Stable iff a·b < m·n.
	margin := StabilityMargin(theta, mu)
	intensity := intensityOf(theta, mu, margin)

	a := Assessment{
		ModelVersion:       in.Version,
		Inputs:             in,
		PowerShare:         p,
		OffenseBalance:     o,
		Distinguishability: s,
		World:              worldOf(o, s),
		Intensity:          intensity,
		Band:               BandOf(intensity),
		Reaction:           theta,
		Restraint:          mu,
		Stable:             margin > 0,
		StabilityMargin:    margin,
		Posen:              posenOf(in, p, s),
	}
	if margin > 0 {
		// x* = (a·h + n·g)/(m·n − a·b), y* = (b·g + m·h)/(m·n − a·b).
		a.Equilibrium = Equilibrium{
			US:    (theta*GrievanceChina + mu*GrievanceUS) / margin,
			China: (theta*GrievanceUS + mu*GrievanceChina) / margin,
			Valid: true,
		}
	}
	return a
}

// intensityOf is the dilemma's intensity I = R/(1+R), R = a·b/(m·n), for
// a race with a = b = θ, m = n = μ and stability margin margin. This
// mapping is the project's own (DESIGN.md 2.2, item 6), not the
// literature's: it is smooth and monotone in the race's
// reaction-to-restraint ratio, maps it onto [0, 1), and puts I = 0.5
// exactly at Richardson's stability boundary R = 1, so that "high"
// (I ≥ 0.5) means a race that does not settle. Assess and the Monte
// Carlo's outcome both use it.
func intensityOf(theta, mu, margin float64) float64 {
	if margin == 0 {
		return 0.5 // on the boundary: a neutral race, which does not settle
	}
	r := (theta * theta) / (mu * mu)
	return r / (1 + r)
}

// worldOf applies Jervis's 2×2 (1978): offense advantage when O > 0,
// distinguishable when S ≥ 0.5.
func worldOf(o, s float64) World {
	offense := o > 0
	dist := s >= 0.5
	switch {
	case offense && !dist:
		return DoublyDangerous
	case !offense && !dist:
		return Compatible
	case offense && dist:
		return AggressionPossible
	default:
		return DoublySafe
	}
}

func posenOf(in Inputs, p, s float64) Posen {
	var c Posen
	if in.version() == 1 {
		c.IntentionsUnassessable = s < 0.5
	} else {
		// Version 2: only attribution lets a side assess the other's
		// technology and intentions beforehand. Dialogue, in the paper,
		// resolves misunderstandings after a crisis ("the cybersecurity
		// misunderstandings of both parties can always be properly
		// resolved"), while "the United States can only speculate on the
		// purpose of China's network behavior". So S, which dialogue lifts,
		// no longer decides this condition.
		c.IntentionsUnassessable = in.Attribution < 0.5
	}
	c.HegemonyProjected = (in.US == Offense && p > 0.5) || (in.China == Offense && 1-p > 0.5)
	// The threshold is compared with a margin so that the slider values 0.35
	// and 0.65 (|2·d − 1| = 0.30 up to rounding) are exactly at it, not over.
	c.IdeologyAsTool = math.Abs(2*in.Discourse-1) > 0.3+1e-9
	for _, b := range [...]bool{c.IntentionsUnassessable, c.HegemonyProjected, c.IdeologyAsTool} {
		if b {
			c.Met++
		}
	}
	return c
}

// UnmarshalText implements encoding.TextUnmarshaler for API clients.
func (w *World) UnmarshalText(b []byte) error {
	for i, n := range worldNames {
		if n == string(b) {
			*w = World(i)
			return nil
		}
	}
	return &ParamError{Param: "world", Message: "world must be one of doubly-dangerous, compatible, aggression-possible, doubly-safe; got " + strconv.Quote(truncate(string(b)))}
}

// UnmarshalText implements encoding.TextUnmarshaler for API clients.
func (b *Band) UnmarshalText(t []byte) error {
	for i, n := range bandNames {
		if n == string(t) {
			*b = Band(i)
			return nil
		}
	}
	return &ParamError{Param: "band", Message: "band must be one of none, low, moderate, high, severe; got " + strconv.Quote(truncate(string(t)))}
}

// AppendJSONFloat appends f formatted exactly as encoding/json does (ES6
// number formatting: shortest decimal, exponent form below 1e-6 and from
// 1e21), without importing encoding/json into the browser's binary. f must be
// finite.
func AppendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
