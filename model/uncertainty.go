package model

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// Range is a reader's judgment of an input: somewhere from Lo to Hi, read as
// a 90 % interval (FitBeta). Lo == Hi is a point: the input is not in doubt.
type Range struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// Point reports whether r is a single value.
func (r Range) Point() bool { return r.Lo == r.Hi }

// Mid returns the middle of r, which the page's slider shows.
func (r Range) Mid() float64 { return (r.Lo + r.Hi) / 2 }

// Ranges holds one Range per numeric input, in Params order.
type Ranges [len(Params)]Range

// PointRanges returns the ranges of in: every input a point.
func PointRanges(in Inputs) Ranges {
	var r Ranges
	for i, p := range Params {
		v := p.Value(in)
		r[i] = Range{v, v}
	}
	return r
}

// Any reports whether some input is a range rather than a point.
func (r Ranges) Any() bool {
	for _, x := range r {
		if !x.Point() {
			return true
		}
	}
	return false
}

// Limits of the Monte Carlo.
const (
	DefaultSamples = 10000
	MaxSamples     = 100000
	DefaultSeed    = 1
	HistogramBins  = 20
)

// Uncertainty is what the model's answer is worth when the inputs are
// judgments with a spread: the share of plausible settings in which the race
// runs away, in each of Jervis's worlds, the spread of the intensity, and
// which input drives it. It is a statement about the reader's ranges, not a
// forecast.
type Uncertainty struct {
	ModelVersion int
	Samples      int
	Seed         uint64
	Inputs       Inputs // postures and version; numbers at the ranges' middles
	Ranges       Ranges
	// Runaway is the share of samples whose race diverges, and its Monte
	// Carlo standard error √(p(1−p)/N).
	Runaway, RunawaySE float64
	// Worlds is the share of samples in each world, in Worlds order.
	Worlds [len(Worlds)]float64
	// Intensity's mean and 5th, 50th and 95th percentiles (linear
	// interpolation between order statistics), and its histogram over
	// HistogramBins equal bins of [0, 1].
	Mean, P5, P50, P95 float64
	Histogram          [HistogramBins]float64
	// Sensitivity holds, per input in Params order, the tornado (the
	// intensity with that input at its range's 5th and 95th percentiles,
	// the others at their medians) and its share of the intensity's
	// variance as the squared Spearman rank correlation (0 for a point).
	Sensitivity [len(Params)]Sensitivity
}

// Sensitivity is one bar of the tornado.
type Sensitivity struct {
	Input     string
	Low, High float64 // intensity at the input's 5th and 95th percentile
	RankR2    float64
}

// samplesError and seedError report a bad Monte Carlo setting.
func samplesError(got string) *ParamError {
	got = truncate(got)
	return &ParamError{Param: "samples", Kind: ErrKindRange, Got: got, Min: 1, Max: MaxSamples,
		Message: "samples must be an integer in [1, " + strconv.Itoa(MaxSamples) + "]; got " + strconv.Quote(got)}
}

func seedError(got string) *ParamError {
	got = truncate(got)
	return &ParamError{Param: "seed", Kind: ErrKindRange, Got: got, Min: 0, Max: 1<<53 - 1,
		Message: "seed must be an integer in [0, 9007199254740991]; got " + strconv.Quote(got)}
}

// ParseSamples reads the value of samples=: an integer in [1, MaxSamples].
func ParseSamples(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxSamples || len(s) > 6 || s[0] == '+' {
		return 0, samplesError(s)
	}
	return n, nil
}

// ParseSeed reads the value of seed=: a non-negative integer up to 2⁵³ − 1,
// so that it survives a JavaScript number.
func ParseSeed(s string) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n > 1<<53-1 || s == "" || s[0] == '+' || len(s) > 16 {
		return 0, seedError(s)
	}
	return n, nil
}

// MonteCarlo samples the inputs from their ranges (each a beta distribution
// fitted by FitBeta; points stay fixed), assesses every sample with the
// model version of base, and summarises. base gives the postures and the
// version; its numbers are ignored. The generator is PCG seeded with seed,
// and every function on the way is one that gives the same bits on every
// platform (detmath.go), so the same ranges, samples and seed give the same
// answer natively, in the browser and in the Worker. samples is clamped
// into [1, MaxSamples]. Scratch, if not nil, is reused (and keeps each
// sample's inputs and outputs for MCScratch.Sample).
func MonteCarlo(base Inputs, rg Ranges, samples int, seed uint64, scratch *MCScratch) Uncertainty {
	run := NewMCRun(base, rg, samples, seed, scratch)
	run.Step(samples)
	return run.Result()
}

// MCRun is a Monte Carlo in progress, for a caller that must not block
// (the page draws samples in slices between frames): NewMCRun, Step until
// Done, then Result. The answer is the same as MonteCarlo's, however the
// steps are cut.
type MCRun struct {
	u        Uncertainty
	base     Inputs
	fits     [len(Params)]Beta
	med      Inputs
	s        *MCScratch
	rng      *rand.Rand
	n        int // samples drawn
	runaway  int
	worlds   [len(Worlds)]int
	sum      float64
	finished bool
}

// NewMCRun prepares a Monte Carlo (see MonteCarlo): it fits the ranges'
// distributions and draws nothing yet.
func NewMCRun(base Inputs, rg Ranges, samples int, seed uint64, scratch *MCScratch) *MCRun {
	samples = max(1, min(samples, MaxSamples))
	base = base.Clamp()
	m := &MCRun{base: base, med: base}
	m.u = Uncertainty{ModelVersion: base.Version, Samples: samples, Seed: seed, Inputs: base, Ranges: rg}
	for i, p := range Params {
		r := rg[i]
		r.Lo, r.Hi = clamp01(r.Lo), clamp01(r.Hi)
		if r.Hi < r.Lo {
			r.Lo, r.Hi = r.Hi, r.Lo
		}
		m.u.Ranges[i] = r
		m.u.Inputs = p.Set(m.u.Inputs, r.Mid())
		if r.Point() {
			m.med = p.Set(m.med, r.Lo)
			continue
		}
		m.fits[i] = FitBeta(r.Lo, r.Hi)
		m.med = p.Set(m.med, m.fits[i].Quantile(0.5))
	}
	if scratch == nil {
		scratch = &MCScratch{}
	}
	m.s = scratch.grow(samples)
	m.rng = rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	return m
}

// Done reports whether every sample has been drawn.
func (m *MCRun) Done() bool { return m.n >= m.u.Samples }

// Step draws up to k more samples and reports whether all are drawn.
func (m *MCRun) Step(k int) bool {
	s, u := m.s, &m.u
	end := min(u.Samples, m.n+k)
	for n := m.n; n < end; n++ {
		in := m.base
		for i, p := range Params {
			v := u.Ranges[i].Lo
			if !u.Ranges[i].Point() {
				v = m.fits[i].sample(m.rng)
			}
			in = p.Set(in, v)
			s.inputs[i][n] = v
		}
		x, stable, world := outcome(in)
		if !stable {
			m.runaway++
		}
		m.worlds[world]++
		s.world[n] = world
		s.intensity[n] = x
		m.sum += x
	}
	m.n = end
	return m.Done()
}

// Result draws whatever samples remain and summarises them.
func (m *MCRun) Result() Uncertainty {
	if m.finished {
		return m.u
	}
	m.Step(m.u.Samples)
	m.finished = true
	s, u := m.s, &m.u
	N := float64(u.Samples)
	u.Runaway = float64(m.runaway) / N
	u.RunawaySE = sqrt(u.Runaway * (1 - u.Runaway) / N)
	for i, c := range m.worlds {
		u.Worlds[i] = float64(c) / N
	}
	u.Mean = m.sum / N
	for _, x := range s.intensity {
		b := int(x * HistogramBins)
		b = max(0, min(b, HistogramBins-1))
		u.Histogram[b]++
	}
	for i := range u.Histogram {
		u.Histogram[i] /= N
	}
	// Ranks of the intensity (ties averaged), then its percentiles.
	ranks(s.intensity, s.order, s.keys, s.tmp, s.rankI)
	sorted := s.sorted
	for k, idx := range s.order {
		sorted[k] = s.intensity[idx]
	}
	u.P5, u.P50, u.P95 = percentile(sorted, 0.05), percentile(sorted, 0.5), percentile(sorted, 0.95)
	for i, p := range Params {
		sens := Sensitivity{Input: p.Key}
		lo, hi := m.med, m.med
		lo = p.Set(lo, u.Ranges[i].Lo)
		hi = p.Set(hi, u.Ranges[i].Hi)
		sens.Low, sens.High = Assess(lo).Intensity, Assess(hi).Intensity
		if !u.Ranges[i].Point() {
			ranks(s.inputs[i], s.order, s.keys, s.tmp, s.rankX)
			r := pearson(s.rankX, s.rankI)
			sens.RankR2 = r * r
		}
		u.Sensitivity[i] = sens
	}
	return *u
}

// Sample returns the inputs and the intensity and world of sample n (< the
// samples of the last run that used this scratch), for the samples' CSV.
func (s *MCScratch) Sample(n int) (in [len(Params)]float64, intensity float64, world World) {
	for i := range in {
		in[i] = s.inputs[i][n]
	}
	return in, s.intensity[n], s.world[n]
}

// MCScratch holds MonteCarlo's buffers, for a caller (the page) that runs it
// on every change.
type MCScratch struct {
	inputs            [len(Params)][]float64
	intensity, sorted []float64
	rankI, rankX      []float64
	order             []int32
	keys, tmp         []uint64
	world             []World
}

func (s *MCScratch) grow(n int) *MCScratch {
	if cap(s.intensity) < n {
		for i := range s.inputs {
			s.inputs[i] = make([]float64, n)
		}
		s.intensity, s.sorted = make([]float64, n), make([]float64, n)
		s.world = make([]World, n)
		s.rankI, s.rankX = make([]float64, n), make([]float64, n)
		s.order, s.keys, s.tmp = make([]int32, n), make([]uint64, n), make([]uint64, n)
	}
	for i := range s.inputs {
		s.inputs[i] = s.inputs[i][:n]
	}
	s.intensity, s.sorted, s.world = s.intensity[:n], s.sorted[:n], s.world[:n]
	s.rankI, s.rankX, s.order, s.keys = s.rankI[:n], s.rankX[:n], s.order[:n], s.keys[:n]
	s.tmp = s.tmp[:n]
	return s
}

// ranks writes the ranks of x (1 … n, ties given their average rank) into
// out, and leaves in order the indices of x sorted by value. x must be
// non-negative (inputs and intensities are), so that the bits of a float64
// order as the numbers do: each key is the value's bits with its lowest
// rankIndexBits bits replaced by the index, which sorts as plain integers
// (several times faster than a comparison function). Values that differ
// only in those low bits (relative 2⁻³⁵) are ordered by index, and exact
// ties are averaged by value.
func ranks(x []float64, order []int32, keys, tmp []uint64, out []float64) {
	const mask = 1<<rankIndexBits - 1
	for i, v := range x {
		keys[i] = math.Float64bits(v)&^mask | uint64(i)
	}
	keys = radixSort(keys, tmp)
	for i, k := range keys {
		order[i] = int32(k & mask)
	}
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && x[order[j]] == x[order[i]] {
			j++
		}
		r := float64(i+j+1) / 2 // average of ranks i+1 … j
		for k := i; k < j; k++ {
			out[order[k]] = r
		}
		i = j
	}
}

// radixSort sorts keys (using tmp, of the same length, as scratch) by a
// least-significant-digit radix sort on bytes, skipping the bytes that all
// keys share, and returns the sorted slice (keys or tmp).
func radixSort(keys, tmp []uint64) []uint64 {
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		clear(count[:])
		for _, k := range keys {
			count[byte(k>>shift)]++
		}
		if count[byte(keys[0]>>shift)] == len(keys) {
			continue // every key has this byte
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range keys {
			d := byte(k >> shift)
			tmp[count[d]] = k
			count[d]++
		}
		keys, tmp = tmp, keys
	}
	return keys
}

// rankIndexBits holds an index below MaxSamples.
const rankIndexBits = 17

// pearson returns the correlation of x and y, or 0 when either is constant.
func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
	}
	mx, my := sx/n, sy/n
	var cxy, cxx, cyy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		cxy += dx * dy
		cxx += dx * dx
		cyy += dy * dy
	}
	if cxx == 0 || cyy == 0 {
		return 0
	}
	return cxy / sqrt(cxx*cyy)
}

// percentile returns the p-quantile of sorted data by linear interpolation
// between order statistics (Hyndman and Fan's type 7).
func percentile(sorted []float64, p float64) float64 {
	h := float64(len(sorted)-1) * p
	lo := int(h)
	if lo >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}

func clamp01(v float64) float64 {
	if !(v >= 0) { // NaN too
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// MarshalJSON encodes u as GET /api/v1/uncertainty answers it:
//
//	{"model_version":2,"samples":10000,"seed":1,
//	 "inputs":{"tech":{"lo":0.8,"hi":0.9},…,"us":"offense","china":"defense"},
//	 "runaway":{"p":…,"se":…},
//	 "worlds":{"doubly-dangerous":…,"compatible":…,"aggression-possible":…,"doubly-safe":…},
//	 "intensity":{"mean":…,"p5":…,"p50":…,"p95":…,"histogram":[{"from":0,"to":0.05,"share":…},…]},
//	 "sensitivity":[{"input":"tech","low":…,"high":…,"rank_r2":…},…]}
//
// by hand, with the number formatting of encoding/json (AppendJSONFloat),
// so that the browser's download is the API's answer byte for byte without
// encoding/json in its binary.
func (u Uncertainty) MarshalJSON() ([]byte, error) { return u.AppendJSON(make([]byte, 0, 2048)), nil }

// AppendJSON appends the JSON of u (see MarshalJSON) to b.
func (u Uncertainty) AppendJSON(b []byte) []byte {
	num := func(b []byte, key string, v float64) []byte {
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		return AppendJSONFloat(b, v)
	}
	b = append(b, `{"model_version":`...)
	b = strconv.AppendInt(b, int64(u.ModelVersion), 10)
	b = append(b, `,"samples":`...)
	b = strconv.AppendInt(b, int64(u.Samples), 10)
	b = append(b, `,"seed":`...)
	b = strconv.AppendUint(b, u.Seed, 10)
	b = append(b, `,"inputs":{`...)
	for i, p := range Params {
		b = append(b, '"')
		b = append(b, p.Key...)
		b = append(b, `":{`...)
		b = num(b, "lo", u.Ranges[i].Lo)
		b = append(b, ',')
		b = num(b, "hi", u.Ranges[i].Hi)
		b = append(b, "},"...)
	}
	b = append(b, `"us":"`...)
	b = append(b, u.Inputs.US.String()...)
	b = append(b, `","china":"`...)
	b = append(b, u.Inputs.China.String()...)
	b = append(b, `"},"runaway":{`...)
	b = num(b, "p", u.Runaway)
	b = append(b, ',')
	b = num(b, "se", u.RunawaySE)
	b = append(b, `},"worlds":{`...)
	for i, w := range Worlds {
		if i > 0 {
			b = append(b, ',')
		}
		b = num(b, w.String(), u.Worlds[i])
	}
	b = append(b, `},"intensity":{`...)
	b = num(b, "mean", u.Mean)
	b = append(b, ',')
	b = num(b, "p5", u.P5)
	b = append(b, ',')
	b = num(b, "p50", u.P50)
	b = append(b, ',')
	b = num(b, "p95", u.P95)
	b = append(b, `,"histogram":[`...)
	for i, s := range u.Histogram {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = num(b, "from", float64(i)/HistogramBins)
		b = append(b, ',')
		b = num(b, "to", float64(i+1)/HistogramBins)
		b = append(b, ',')
		b = num(b, "share", s)
		b = append(b, '}')
	}
	b = append(b, `]},"sensitivity":[`...)
	for i, s := range u.Sensitivity {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"input":"`...)
		b = append(b, s.Input...)
		b = append(b, `",`...)
		b = num(b, "low", s.Low)
		b = append(b, ',')
		b = num(b, "high", s.High)
		b = append(b, ',')
		b = num(b, "rank_r2", s.RankR2)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// outcome is the part of Assess that the Monte Carlo keeps, for inputs
// already in range: the intensity, whether the race is stable, and the
// world. It computes them exactly as Assess does (the same functions in the
// same order; a test holds them equal), without the assessment's other
// fields.
func outcome(in Inputs) (intensity float64, stable bool, world World) {
	o := OffenseBalance(in)
	s := Distinguishability(in)
	theta := Reaction(in)
	mu := Restraint(in)
	margin := StabilityMargin(theta, mu)
	return intensityOf(theta, mu, margin), margin > 0, worldOf(o, s)
}
