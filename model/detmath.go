package model

import "math"

// The Monte Carlo of uncertainty.go must give byte-identical answers
// natively (amd64), in the browser and in the Worker (js/wasm). Go's math.Exp
// and math.Log have assembly versions on amd64 that may differ from the pure
// Go ones, which the js/wasm build uses, in the last bit; math.Lgamma calls
// math.Log. So the Monte Carlo uses these ports instead: the same FreeBSD
// algorithms (msun's e_exp.c and e_log.c, which Go's pure-Go math also
// follows), written with +, −, ×, ÷, math.Frexp and math.Ldexp only, which
// are exact or correctly rounded everywhere. (Go does not fuse a·b+c into
// an FMA on amd64 or wasm.) Sqrt is IEEE 754's correctly rounded square root
// on every platform.

const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
)

// detExp returns e**x, as msun's e_exp.c computes it.
func detExp(x float64) float64 {
	const (
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)
		p1        = 1.66666666666666657415e-01
		p2        = -2.77777777770155933842e-03
		p3        = 6.61375632143793436117e-05
		p4        = -1.65339022054652515390e-06
		p5        = 4.13813679705723846039e-08
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > overflow:
		return math.Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	// Reduce x to r = hi − lo with |r| ≤ ln2/2 and x = k·ln2 + r.
	var k int
	if x < 0 {
		k = int(log2e*x - 0.5)
	} else {
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return math.Ldexp(y, k)
}

// detLog returns the natural logarithm of x, as msun's e_log.c computes it.
func detLog(x float64) float64 {
	const (
		l1 = 6.666666666666735130e-01
		l2 = 3.999999999940941908e-01
		l3 = 2.857142874366239149e-01
		l4 = 2.222219843214978396e-01
		l5 = 1.818357216161805012e-01
		l6 = 1.531383769920937332e-01
		l7 = 1.479819860511658591e-01
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	f1, ki := math.Frexp(x)
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	r := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+r) + k*ln2Lo)) - f)
}

// detLgamma returns log Γ(x) for x > 0 by the Lanczos approximation
// (g = 7, n = 9; Numerical Recipes 3rd ed., §6.1, with the coefficients of
// Godfrey), accurate to about 1e-15 relative, with the reflection-free
// shift Γ(x) = Γ(x+1)/x below 0.5.
func detLgamma(x float64) float64 {
	if x < 0.5 {
		return detLgamma(x+1) - detLog(x)
	}
	const g = 7
	coef := [...]float64{
		0.99999999999980993, 676.5203681218851, -1259.1392167224028,
		771.32342877765313, -176.61502916214059, 12.507343278686905,
		-0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
	}
	x--
	a := coef[0]
	t := x + g + 0.5
	for i := 1; i < len(coef); i++ {
		a += coef[i] / (x + float64(i))
	}
	return 0.5*detLog(2*math.Pi) + (x+0.5)*detLog(t) - t + detLog(a)
}

// sqrt is the correctly rounded square root (IEEE 754), the same on every
// platform.
func sqrt(x float64) float64 { return math.Sqrt(x) }
