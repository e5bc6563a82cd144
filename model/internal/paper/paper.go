// Package paper gives the tests of the model and of its explanation one copy
// of the source paper (paper.md, a copy of shared/paper.md) and one way of
// checking that a quoted sentence is in it, verbatim.
package paper

import (
	_ "embed"
	"regexp"
	"strings"
)

//go:embed paper.md
var raw string

var space = regexp.MustCompile(`\s+`)

// MinWords is the fewest words a quoted part may have: a shorter part ("the",
// "of China") is found almost anywhere, so it proves nothing.
const MinWords = 4

// Elision joins the parts of a quote that leaves words out.
const Elision = " … "

// Normalize removes the Markdown escapes of the paper's text and collapses
// whitespace, so that a quote typed on one line matches the paper's lines.
func Normalize(s string) string {
	s = strings.NewReplacer(`\$`, "$", "**", "").Replace(s)
	return space.ReplaceAllString(s, " ")
}

// Text returns the paper, normalized.
func Text() string { return Normalize(raw) }

// Contains reports whether the normalized paper holds quote, whose parts may
// be joined by " … " (an elision). It refuses what would pass vacuously: an
// empty quote, an empty part, a part of fewer than MinWords words, and parts
// that the paper holds only in another order (each part must start after the
// end of the one before it).
func Contains(paper, quote string) bool {
	q := strings.TrimSpace(Normalize(quote))
	if q == "" {
		return false
	}
	at := 0
	for part := range strings.SplitSeq(q, strings.TrimSpace(Elision)) {
		part = strings.TrimSpace(part)
		if len(strings.Fields(part)) < MinWords {
			return false
		}
		i := strings.Index(paper[at:], part)
		if i < 0 {
			return false
		}
		at += i + len(part)
	}
	return true
}
