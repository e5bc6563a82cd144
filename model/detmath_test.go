package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The ports agree with the standard library to within a few ulps (they are
// the same algorithms; the standard library's amd64 assembly may round
// differently in the last bit).
func TestDetMath(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		x := (r.Float64() - 0.5) * 100
		if got, want := detExp(x), math.Exp(x); math.Abs(got-want) > 4e-16*math.Abs(want) {
			t.Fatalf("detExp(%v) = %v, math.Exp %v", x, got, want)
		}
		y := math.Exp((r.Float64() - 0.5) * 80)
		if got, want := detLog(y), math.Log(y); math.Abs(got-want) > 4e-16*math.Max(1, math.Abs(want)) {
			t.Fatalf("detLog(%v) = %v, math.Log %v", y, got, want)
		}
		z := r.Float64()*50 + 1e-3
		lg, _ := math.Lgamma(z)
		if got := detLgamma(z); math.Abs(got-lg) > 1e-13*math.Max(1, math.Abs(lg)) {
			t.Fatalf("detLgamma(%v) = %v, math.Lgamma %v", z, got, lg)
		}
	}
	for _, c := range []struct{ f, x, want float64 }{{detExp(0), 0, 1}, {detLog(1), 1, 0}, {detExp(1), 1, math.E}} {
		if c.f != c.want {
			t.Errorf("%v: %v, want %v", c.x, c.f, c.want)
		}
	}
}
