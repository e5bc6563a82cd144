package view

import (
	"math"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// The race as sound (Listen): ListenRounds rounds of the race, taken evenly
// over the spiral's length, each played as two notes, the US's then
// China's, RoundSeconds apart; ListenRounds·RoundSeconds = 5 s.
const (
	ListenRounds = 20
	RoundSeconds = 0.25
	// NoteSeconds is how long a note sounds, a little less than half a
	// round, so that the two voices take turns rather than overlap.
	NoteSeconds = 0.11
	// LowHz is the pitch of level 0; a level L sounds
	// LowHz·2^(Octaves·L/(L+HalfLevel)): higher as the level grows, never
	// beyond Octaves above LowHz however far a diverging race runs.
	LowHz     = 220.0
	Octaves   = 3.0
	HalfLevel = 0.5
)

// Voice is one side's sound: an oscillator's wave form (Web Audio's
// OscillatorNode type) and its place between the ears.
type Voice struct {
	// Wave is "sine" or "triangle".
	Wave string
	// Pan is in [−1, 1]: −1 the left ear, 1 the right.
	Pan float64
}

// Voices are the two sides' voices: the US a soft sine on the left, China
// a brighter triangle on the right.
var Voices = [2]Voice{model.SideUS: {Wave: "sine", Pan: -0.6}, model.SideChina: {Wave: "triangle", Pan: 0.6}}

// Note is one move of the race as sound.
type Note struct {
	// Start is when the note starts and Length how long it sounds, in
	// seconds from the start of the score.
	Start, Length float64
	// Hz is the pitch, following the side's capability level (Pitch).
	Hz float64
	// Side is the side that moved; its voice is Voices[Side].
	Side model.Side
	// Level is the side's capability level after the move.
	Level float64
}

// Score is the race of a state as sound, with the words the live region
// says while it plays.
type Score struct {
	Notes []Note
	// Seconds is the score's length.
	Seconds float64
	// Text describes what is heard, in the state's language.
	Text string
}

// Pitch returns the frequency in Hz for a capability level (≥ 0).
func Pitch(level float64) float64 {
	level = max(level, 0)
	if math.IsInf(level, 1) {
		return LowHz * math.Exp2(Octaves)
	}
	return LowHz * math.Exp2(Octaves*level/(level+HalfLevel))
}

// NewScore returns the race of s (state A's; B's is not played while
// comparing) as sound: ListenRounds rounds, spread evenly from the first
// to the last round of the race, which is run until it settles or for
// figure.MaxMoves half-moves, whichever comes first (the spiral's own
// length), so that a converging race is heard to settle and a diverging
// one to climb.
func NewScore(s State) Score {
	in := s.Inputs.Clamp()
	r := model.NewRace(in)
	var xs, ys []float64 // the levels after each round
	for r.Moves() < figure.MaxMoves && !r.Settled() {
		r.Step()
		if r.Moves()%2 == 1 {
			xs = append(xs, r.US())
		} else {
			ys = append(ys, r.China())
		}
	}
	rounds := len(ys)
	for rounds < ListenRounds { // a race that settles at once: go on
		r.Step()
		r.Step()
		xs, ys = append(xs, r.US()), append(ys, r.China())
		rounds++
	}
	sc := Score{Notes: make([]Note, 0, 2*ListenRounds), Seconds: ListenRounds * RoundSeconds}
	for i := range ListenRounds {
		k := int(math.Round(float64(i) * float64(rounds-1) / float64(ListenRounds-1)))
		t := float64(i) * RoundSeconds
		sc.Notes = append(sc.Notes,
			Note{Start: t, Length: NoteSeconds, Hz: Pitch(xs[k]), Side: model.SideUS, Level: xs[k]},
			Note{Start: t + RoundSeconds/2, Length: NoteSeconds, Hz: Pitch(ys[k]), Side: model.SideChina, Level: ys[k]})
	}
	trend := "diverges"
	switch m := model.Assess(in).StabilityMargin; {
	case m > 0:
		trend = "converges"
	case m == 0:
		trend = "neutral"
	}
	lang := s.Lang
	if !i18n.Supported(lang) {
		lang = i18n.Default
	}
	sc.Text = i18n.F(lang, "listen."+trend, "seconds", strconv.FormatFloat(sc.Seconds, 'f', -1, 64))
	return sc
}
