package figure

import (
	"math"
	"time"
)

// MovesPerSecond is the pace of the animation: half-moves revealed per
// second, slow enough to follow each side's move and fast enough that a
// typical spiral (40–120 half-moves) plays in a few seconds. A longer
// spiral plays faster, so that no animation lasts more than MaxReveal.
const MovesPerSecond = 25

// MaxReveal is the longest an animation lasts.
const MaxReveal = 4 * time.Second

// Pace returns the half-moves revealed per second for a spiral of total
// points: MovesPerSecond, or faster for a spiral that would otherwise play
// for more than MaxReveal.
func Pace(total int) float64 {
	return max(MovesPerSecond, float64(total-1)/MaxReveal.Seconds())
}

// Visible returns how many of a spiral's total points to show elapsed after
// the animation started: the start point at once, then Pace(total) more
// per second, never more than total. With reduced motion every point shows
// at once.
func Visible(elapsed time.Duration, total int, reduced bool) int {
	if reduced || total <= 0 {
		return max(total, 0)
	}
	if elapsed < 0 {
		elapsed = 0
	}
	n := 1 + int(elapsed.Seconds()*Pace(total))
	return min(n, total)
}

// NextReveal returns how long after elapsed the next point shows: 0 when
// every point shows already (or reduced motion shows them all).
func NextReveal(elapsed time.Duration, total int, reduced bool) time.Duration {
	n := Visible(elapsed, total, reduced)
	if n >= total {
		return 0
	}
	// A microsecond late, so that the float rounding of Visible never
	// leaves the point hidden at the time said.
	at := time.Duration(math.Ceil(float64(n)/Pace(total)*float64(time.Second))) + time.Microsecond
	return max(at-elapsed, time.Millisecond)
}
