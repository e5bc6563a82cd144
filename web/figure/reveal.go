package figure

import "time"

// MovesPerSecond is the pace of the animation: half-moves revealed per
// second, slow enough to follow each side's move and fast enough that a
// typical spiral (40–120 half-moves) plays in a few seconds.
const MovesPerSecond = 25

// Visible returns how many of a spiral's total points to show elapsed after
// the animation started: the start point at once, then MovesPerSecond more
// per second, never more than total. With reduced motion every point shows
// at once.
func Visible(elapsed time.Duration, total int, reduced bool) int {
	if reduced || total <= 0 {
		return max(total, 0)
	}
	if elapsed < 0 {
		elapsed = 0
	}
	n := 1 + int(elapsed.Seconds()*MovesPerSecond)
	return min(n, total)
}
