package model

import (
	"errors"
	"math"
	"strconv"
)

// Side names the side that moves in a half-round of the race.
type Side int

const (
	// SideUS moves first in every round: the paper's offensive, dominant party.
	SideUS Side = iota
	// SideChina moves second, reacting to the US move.
	SideChina
)

// String returns "us" or "china".
func (s Side) String() string {
	if s == SideChina {
		return "china"
	}
	return "us"
}

// MarshalText implements encoding.TextMarshaler.
func (s Side) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Dt is the step size Δ of the discrete race. For the alternating scheme the
// Jury conditions are: det = (1−Δm)(1−Δn), in [0.49, 0.68] for μ in
// [0.7, 1.2], so |det| < 1; 1 − T + det = Δ²(m·n − a·b), positive exactly
// when a·b < m·n; and 1 + T + det = 4 − 2Δ(m+n) + Δ²(a·b + m·n) > 0. So the
// discrete race converges exactly when the continuous one does. Both
// eigenvalues are also real and positive for Δ = 0.25, so the race never
// overshoots its equilibrium.
const Dt = 0.25

// MaxRounds bounds a simulation: beyond it a diverging race could overflow
// float64. Its growth per round is at most about 1.42 in model version 1 and
// 1.60 in version 2 (the largest eigenvalue of one round at θ = 2 or 120/49
// and μ = 0.7), so 500 rounds stay below 1e103.
const MaxRounds = 500

// ErrRounds is returned by Simulate for a number of rounds outside [1, MaxRounds].
var ErrRounds = errors.New("model: steps must be an integer in [1, 500]")

// Race is the discrete Richardson (1960) action–reaction race between the US
// capability level x and China's y, in units of the 2018 level above which
// the race starts (x = y = 0). One round is two half-moves, the US first and
// China second (Gauss–Seidel order: each reacts to the other's latest move):
//
//	x' = x + Δ·(a·y − m·x + g)
//	y' = y + Δ·(b·x' − n·y + h)
//
// with a = b = θ (Reaction), m = n = μ (Restraint) and grievances g, h. The
// fixed point is the same as the continuous system's, and the race converges
// to it exactly when a·b < m·n (the Jury conditions for this scheme reduce to
// Δ²·(m·n − a·b) > 0 for Δ = Dt).
//
// Race is a plain deterministic state: Step advances it by one half-move,
// and the accessors read it. The zero Race is not usable; call NewRace.
type Race struct {
	a, b, m, n, g, h float64
	x, y             float64
	fx, fy           float64 // fixed point (negative when unstable)
	e0               float64 // |z0 − fixed point|
	neutral          bool    // a·b = m·n: no fixed point
	moves            int
}

// NewRace returns the race for in at its start, x = y = 0, before any move.
// Inputs are clamped as by Assess.
func NewRace(in Inputs) *Race {
	r := &Race{}
	r.Reset(in)
	return r
}

// Reset restarts r for in without allocating.
func (r *Race) Reset(in Inputs) {
	in = in.Clamp()
	theta, mu := Reaction(in), Restraint(in)
	*r = Race{a: theta, b: theta, m: mu, n: mu, g: GrievanceUS, h: GrievanceChina}
	margin := StabilityMargin(theta, mu)
	if margin == 0 {
		r.neutral = true
		return
	}
	// Richardson's fixed point: x* = (a·h + n·g)/(m·n − a·b), y* = (b·g + m·h)/(m·n − a·b).
	r.fx = (r.a*r.h + r.n*r.g) / margin
	r.fy = (r.b*r.g + r.m*r.h) / margin
	r.e0 = math.Hypot(r.fx, r.fy)
}

// Step makes the next half-move: the US on even moves, China on odd ones.
func (r *Race) Step() {
	if r.moves%2 == 0 {
		r.x += Dt * (r.a*r.y - r.m*r.x + r.g)
	} else {
		r.y += Dt * (r.b*r.x - r.n*r.y + r.h)
	}
	r.moves++
}

// US returns the US capability level x.
func (r *Race) US() float64 { return r.x }

// China returns China's capability level y.
func (r *Race) China() float64 { return r.y }

// Moves returns the number of half-moves made.
func (r *Race) Moves() int { return r.moves }

// Round returns the number of complete rounds made.
func (r *Race) Round() int { return r.moves / 2 }

// Next returns the side that makes the next move.
func (r *Race) Next() Side { return Side(r.moves % 2) }

// Last returns the side that made the latest move (SideUS before any move).
func (r *Race) Last() Side {
	if r.moves == 0 {
		return SideUS
	}
	return Side((r.moves - 1) % 2)
}

// Converges reports whether the race settles on its equilibrium (a·b < m·n,
// by the same rule as Assess's Stable).
func (r *Race) Converges() bool { return !r.neutral && r.m*r.n > r.a*r.b }

// Tension returns the distance of the race from its fixed point relative to
// the start, |z − z*|/|z0 − z*|: 1 at the start, falling to 0 when the race
// converges and growing without bound when it diverges. A neutral race
// (a·b = m·n, no fixed point) keeps a tension of 1.
func (r *Race) Tension() float64 {
	if r.neutral {
		return 1
	}
	return math.Hypot(r.x-r.fx, r.y-r.fy) / r.e0
}

// SpiralTurnMoves is the number of half-moves in one turn of the spiral.
const SpiralTurnMoves = 8

// Point returns the spiral's point for the race's current state, in unit
// coordinates: the centre (0, 0) is the equilibrium, the radius
// ρ = T/(1+T) of the tension T lies in [0, 1] (0.5 at the start; it reaches
// exactly 1 in float64 once a diverging race's tension passes 2⁵³), and the
// angle advances by 2π/SpiralTurnMoves per half-move, counter-clockwise with y
// up. So the polyline winds inward onto the centre when the race converges,
// outward toward the unit circle when it diverges, and keeps to a circle of
// radius 0.5 when it is neutral.
func (r *Race) Point() SpiralPoint {
	t := r.Tension()
	rho := t / (1 + t)
	if math.IsInf(t, 1) {
		rho = 1
	}
	phi := float64(r.moves) * 2 * math.Pi / SpiralTurnMoves
	return SpiralPoint{
		Move:   r.moves,
		Side:   r.Last(),
		X:      rho * math.Cos(phi),
		Y:      rho * math.Sin(phi),
		Radius: rho,
	}
}

// Settled reports whether the spiral has nothing more to show: a converging
// race within 0.2 % of its equilibrium (radius < 0.002), or a diverging one at
// the rim (radius > 0.998), or a neutral one after a whole turn.
func (r *Race) Settled() bool {
	if r.neutral {
		return r.moves >= SpiralTurnMoves // a circle: one turn shows it all
	}
	p := r.Point()
	if r.Converges() {
		return p.Radius < 0.002
	}
	return p.Radius > 0.998
}

// SpiralPoint is one vertex of the spiral polyline, in unit coordinates
// (centre 0, radius ≤ 1, y up).
type SpiralPoint struct {
	// Move is the half-move after which the point is taken (0 is the start).
	Move int `json:"move"`
	// Side is the side that made that move (SideUS for the start).
	Side Side `json:"side"`
	// X and Y are the point's coordinates, in [−1, 1].
	X float64 `json:"x"`
	Y float64 `json:"y"`
	// Radius is √(X²+Y²), in [0, 1].
	Radius float64 `json:"radius"`
}

// RoundState is the race after a whole round.
type RoundState struct {
	Round int     `json:"round"`
	US    float64 `json:"us"`
	China float64 `json:"china"`
}

// Trajectory is a simulated race: the state after each round and the spiral
// polyline with one point per half-move, both starting with the start state.
type Trajectory struct {
	Rounds []RoundState  `json:"trajectory"`
	Spiral []SpiralPoint `json:"spiral"`
	// Converges reports whether the race settles (a·b < m·n).
	Converges bool `json:"converges"`
	// SettledAfter is the first half-move after which the spiral has settled
	// (Race.Settled), or −1 if it had not within the simulation.
	SettledAfter int `json:"settled_after"`
}

// Simulate runs the race for in over the given number of rounds, in
// [1, MaxRounds]; otherwise it returns ErrRounds.
func Simulate(in Inputs, rounds int) (Trajectory, error) {
	if rounds < 1 || rounds > MaxRounds {
		return Trajectory{}, ErrRounds
	}
	r := NewRace(in)
	t := Trajectory{
		Rounds:       make([]RoundState, 0, rounds+1),
		Spiral:       make([]SpiralPoint, 0, 2*rounds+1),
		Converges:    r.Converges(),
		SettledAfter: -1,
	}
	t.Rounds = append(t.Rounds, RoundState{})
	t.Spiral = append(t.Spiral, r.Point())
	for r.Round() < rounds {
		r.Step()
		t.Spiral = append(t.Spiral, r.Point())
		if t.SettledAfter < 0 && r.Settled() {
			t.SettledAfter = r.Moves()
		}
		if r.Moves()%2 == 0 {
			t.Rounds = append(t.Rounds, RoundState{Round: r.Round(), US: r.US(), China: r.China()})
		}
	}
	return t, nil
}

// Spiral returns the spiral polyline for in from the start until it settles,
// at most maxMoves half-moves long (plus the start point). Renderers (the
// Ebiten page, the server's PNG) draw it; dst is reused if it has capacity.
func Spiral(dst []SpiralPoint, in Inputs, maxMoves int) []SpiralPoint {
	dst = dst[:0]
	r := NewRace(in)
	dst = append(dst, r.Point())
	for r.Moves() < maxMoves && !r.Settled() {
		r.Step()
		dst = append(dst, r.Point())
	}
	return dst
}

// UnmarshalText implements encoding.TextUnmarshaler for API clients.
func (s *Side) UnmarshalText(b []byte) error {
	switch string(b) {
	case "us":
		*s = SideUS
	case "china":
		*s = SideChina
	default:
		return &ParamError{Param: "side", Message: "side must be us or china; got " + strconv.Quote(truncate(string(b)))}
	}
	return nil
}
