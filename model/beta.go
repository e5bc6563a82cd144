package model

import (
	"math"
	"math/rand/v2"
)

// Beta is a beta distribution on [0, 1] with shapes A, B > 0. A range that
// the reader gives for an input ("dialogue is somewhere between 0.45 and
// 0.75") is read as the 90 % interval of such a distribution: its 5th and
// 95th percentiles (FitBeta).
type Beta struct{ A, B float64 }

// The fitted percentiles: a range is a 90 % interval.
const (
	RangeLowP  = 0.05
	RangeHighP = 0.95
)

// fitEdge keeps the fitted percentiles inside (0, 1): a beta distribution's
// 5th percentile is never exactly 0, so a bound at 0 (or 1) is read as
// fitEdge (or 1 − fitEdge).
const fitEdge = 0.001

// CDF returns P(X ≤ x), the regularized incomplete beta function I_x(A, B).
func (b Beta) CDF(x float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	lnFront := b.A*detLog(x) + b.B*detLog(1-x) - lnBeta(b.A, b.B)
	// The continued fraction converges fast for x < (A+1)/(A+B+2);
	// otherwise use I_x(a, b) = 1 − I_{1−x}(b, a) (Numerical Recipes §6.4).
	if x < (b.A+1)/(b.A+b.B+2) {
		return detExp(lnFront) * betaCF(b.A, b.B, x) / b.A
	}
	return 1 - detExp(lnFront)*betaCF(b.B, b.A, 1-x)/b.B
}

func lnBeta(a, b float64) float64 { return detLgamma(a) + detLgamma(b) - detLgamma(a+b) }

// betaCF evaluates the continued fraction of the incomplete beta function
// by the modified Lentz method (Numerical Recipes 3rd ed., §6.4).
func betaCF(a, b, x float64) float64 {
	const tiny = 1e-300
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= 10000; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := fm * (b - fm) * x / ((qam + m2) * (a + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		h *= d * c
		aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-15 {
			break
		}
	}
	return h
}

// Quantile returns the x with CDF(x) = p, by bisection refined with Newton
// steps on the CDF (its derivative is the density).
func (b Beta) Quantile(p float64) float64 {
	switch {
	case p <= 0:
		return 0
	case p >= 1:
		return 1
	}
	lo, hi := 0.0, 1.0
	x := b.A / (b.A + b.B)
	lnB := lnBeta(b.A, b.B)
	for i := 0; i < 200; i++ {
		f := b.CDF(x) - p
		if math.Abs(f) < 1e-14 {
			break
		}
		if f < 0 {
			lo = x
		} else {
			hi = x
		}
		pdf := detExp((b.A-1)*detLog(x) + (b.B-1)*detLog(1-x) - lnB)
		next := x - f/pdf
		if !(next > lo && next < hi) || pdf == 0 || math.IsInf(pdf, 0) {
			next = (lo + hi) / 2
		}
		if next == x || hi-lo < 1e-16 {
			break
		}
		x = next
	}
	return x
}

// FitBeta returns the beta distribution whose 5th and 95th percentiles are
// lo and hi (0 ≤ lo < hi ≤ 1; a bound at 0 or 1 is read as 0.001 or 0.999).
// It solves the two equations CDF(lo) = 0.05, CDF(hi) = 0.95 for the mean
// m and the concentration κ = A + B by Newton's method in (logit m, log κ),
// started from the normal approximation (mean at the centre, a standard
// deviation of (hi − lo)/3.29), with bisection on each coordinate as a
// fallback. The fitted percentiles are within 0.002 of lo and hi (tested
// from ranges 0.02 wide to [0.05, 0.95]).
func FitBeta(lo, hi float64) Beta {
	lo = math.Max(fitEdge, math.Min(lo, 1-fitEdge))
	hi = math.Max(fitEdge, math.Min(hi, 1-fitEdge))
	if hi <= lo {
		hi = math.Min(1-fitEdge/2, lo+1e-6)
	}
	m := (lo + hi) / 2
	sd := (hi - lo) / 3.29
	k := math.Max(m*(1-m)/(sd*sd)-1, 0.05)
	// Very narrow ranges: the beta is all but normal, and the incomplete
	// beta function's continued fraction needs about √κ terms; the moments
	// of the normal approximation are exact enough.
	if k > 2e5 {
		return Beta{A: m * k, B: (1 - m) * k}
	}
	u, v := detLog(m/(1-m)), detLog(k) // logit m, log κ
	resid := func(u, v float64) (float64, float64) {
		mm := 1 / (1 + detExp(-u))
		kk := detExp(v)
		b := Beta{A: mm * kk, B: (1 - mm) * kk}
		return b.CDF(lo) - RangeLowP, b.CDF(hi) - RangeHighP
	}
	f1, f2 := resid(u, v)
	for it := 0; it < 60 && math.Abs(f1)+math.Abs(f2) > 1e-10; it++ {
		const h = 1e-6
		a1, a2 := resid(u+h, v)
		b1, b2 := resid(u, v+h)
		j11, j21 := (a1-f1)/h, (a2-f2)/h
		j12, j22 := (b1-f1)/h, (b2-f2)/h
		det := j11*j22 - j12*j21
		if det == 0 || math.IsNaN(det) {
			break
		}
		du := (f1*j22 - f2*j12) / det
		dv := (j11*f2 - j21*f1) / det
		// Damp the step until the residual falls.
		step := 1.0
		for s := 0; s < 30; s++ {
			nu, nv := u-step*du, v-step*dv
			g1, g2 := resid(nu, nv)
			if math.Abs(g1)+math.Abs(g2) < math.Abs(f1)+math.Abs(f2) {
				u, v, f1, f2 = nu, nv, g1, g2
				break
			}
			step /= 2
		}
		if step < 1e-9 {
			break
		}
	}
	mm := 1 / (1 + detExp(-u))
	kk := detExp(v)
	return Beta{A: mm * kk, B: (1 - mm) * kk}
}

// sample draws from b as X/(X+Y) with X ~ Γ(A), Y ~ Γ(B).
func (b Beta) sample(r *rand.Rand) float64 {
	x := gammaVariate(r, b.A)
	y := gammaVariate(r, b.B)
	if x+y == 0 {
		return b.A / (b.A + b.B)
	}
	return x / (x + y)
}

// gammaVariate draws from Γ(a, 1) by Marsaglia and Tsang's method (ACM
// TOMS 26(3), 2000), with Γ(a) = Γ(a+1)·U^(1/a) for a < 1. Only detLog,
// detExp and Sqrt, so that every platform draws the same numbers.
func gammaVariate(r *rand.Rand, a float64) float64 {
	if a < 1 {
		u := r.Float64()
		for u == 0 {
			u = r.Float64()
		}
		return gammaVariate(r, a+1) * detExp(detLog(u)/a)
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		var x, v float64
		for {
			x = normalVariate(r)
			v = 1 + c*x
			if v > 0 {
				break
			}
		}
		v = v * v * v
		u := r.Float64()
		if u < 1-0.0331*x*x*x*x {
			return d * v
		}
		if u > 0 && detLog(u) < 0.5*x*x+d*(1-v+detLog(v)) {
			return d * v
		}
	}
}

// normalVariate draws from N(0, 1) by Marsaglia and Tsang's ziggurat
// (Journal of Statistical Software 5(8), 2000; 128 layers): most draws cost
// one 32-bit random number and a multiplication. Its tables are computed
// with detExp and detLog, and the rare draws from the base strip and the
// tail use them too, so every platform draws the same numbers.
func normalVariate(r *rand.Rand) float64 {
	z := zigguratTables()
	for {
		hz := int32(r.Uint32())
		iz := hz & 127
		if uint32(abs32(hz)) < z.kn[iz] {
			return float64(hz) * z.wn[iz]
		}
		// nfix: the base strip's tail, or a wedge.
		x := float64(hz) * z.wn[iz]
		if iz == 0 {
			for {
				x = -detLog(uniformOpen(r)) / zigR
				y := -detLog(uniformOpen(r))
				if y+y >= x*x {
					break
				}
			}
			if hz > 0 {
				return zigR + x
			}
			return -zigR - x
		}
		if z.fn[iz]+r.Float64()*(z.fn[iz-1]-z.fn[iz]) < detExp(-0.5*x*x) {
			return x
		}
	}
}

// zigR is the start of the ziggurat's tail, and zigV the area of each layer.
const (
	zigR = 3.442619855899
	zigV = 9.91256303526217e-3
)

type ziggurat struct {
	kn     [128]uint32
	wn, fn [128]float64
}

// zigTables are computed once, at start (128 exp and log: microseconds).
var zigTables = makeZiggurat()

func zigguratTables() *ziggurat { return zigTables }

func makeZiggurat() *ziggurat {
	const m1 = 2147483648.0
	z := &ziggurat{}
	dn, tn := zigR, zigR
	q := zigV / detExp(-0.5*dn*dn)
	z.kn[0] = uint32((dn / q) * m1)
	z.kn[1] = 0
	z.wn[0] = q / m1
	z.wn[127] = dn / m1
	z.fn[0] = 1
	z.fn[127] = detExp(-0.5 * dn * dn)
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * detLog(zigV/dn+detExp(-0.5*dn*dn)))
		z.kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		z.fn[i] = detExp(-0.5 * dn * dn)
		z.wn[i] = dn / m1
	}
	return z
}

func abs32(v int32) int64 {
	if v < 0 {
		return -int64(v)
	}
	return int64(v)
}

// uniformOpen draws from (0, 1).
func uniformOpen(r *rand.Rand) float64 {
	for {
		if u := r.Float64(); u > 0 {
			return u
		}
	}
}
