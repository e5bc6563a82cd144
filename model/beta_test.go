package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The fitted distribution's 5th and 95th percentiles are within 0.002 of the
// range asked for, from ranges 0.02 wide to [0.05, 0.95], anywhere in [0, 1].
func TestFitBeta(t *testing.T) {
	worst := 0.0
	check := func(lo, hi float64) {
		b := FitBeta(lo, hi)
		q5, q95 := b.Quantile(RangeLowP), b.Quantile(RangeHighP)
		d := math.Max(math.Abs(q5-lo), math.Abs(q95-hi))
		worst = math.Max(worst, d)
		if d > 0.002 || !(b.A > 0 && b.B > 0) {
			t.Fatalf("FitBeta(%v, %v) = %+v: percentiles %v, %v", lo, hi, b, q5, q95)
		}
	}
	check(0.05, 0.95)
	for w := 0.02; w <= 0.9; w += 0.02 {
		for lo := 0.02; lo+w <= 0.98; lo += 0.03 {
			check(lo, lo+w)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 500; i++ {
		lo := 0.01 + r.Float64()*0.9
		hi := lo + 0.02 + r.Float64()*(0.98-lo-0.02)
		if hi > lo+0.02 && hi < 0.99 {
			check(lo, hi)
		}
	}
	t.Logf("largest distance of a fitted percentile from the asked one: %.2e", worst)
}

// The sampler draws from the fitted distribution: about 5 % of draws below
// lo and 5 % above hi, and the same numbers for the same seed.
func TestBetaSample(t *testing.T) {
	for _, rg := range [][2]float64{{0.45, 0.75}, {0.05, 0.95}, {0.8, 0.9}, {0.01, 0.2}, {0.9, 0.99}} {
		b := FitBeta(rg[0], rg[1])
		r := rand.New(rand.NewPCG(5, 6))
		const n = 40000
		below, above := 0, 0
		for i := 0; i < n; i++ {
			x := b.sample(r)
			if x < 0 || x > 1 || math.IsNaN(x) {
				t.Fatalf("sample %v out of [0, 1]", x)
			}
			if x < rg[0] {
				below++
			}
			if x > rg[1] {
				above++
			}
		}
		se := math.Sqrt(0.05 * 0.95 / n)
		if math.Abs(float64(below)/n-0.05) > 4*se || math.Abs(float64(above)/n-0.05) > 4*se {
			t.Errorf("range %v: %d below, %d above of %d; want about 5 %% each", rg, below, above, n)
		}
	}
}

func BenchmarkFitBeta(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FitBeta(0.45, 0.75)
	}
}

// The ziggurat draws a standard normal: mean 0, variance 1, the tails'
// shares as the normal's (P(|Z| > 1.96) = 5 %, P(|Z| > 3) = 0.27 %).
func TestNormalVariate(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	const n = 400000
	var sum, sq float64
	out196, out3 := 0, 0
	for i := 0; i < n; i++ {
		z := normalVariate(r)
		sum += z
		sq += z * z
		if math.Abs(z) > 1.959964 {
			out196++
		}
		if math.Abs(z) > 3 {
			out3++
		}
	}
	mean, v := sum/n, sq/n-(sum/n)*(sum/n)
	p196, p3 := float64(out196)/n, float64(out3)/n
	if math.Abs(mean) > 0.01 || math.Abs(v-1) > 0.01 || math.Abs(p196-0.05) > 0.002 || math.Abs(p3-0.0027) > 0.0004 {
		t.Errorf("normal draws: mean %v variance %v, P(|Z|>1.96) %v, P(|Z|>3) %v", mean, v, p196, p3)
	}
}
