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

// Normalize removes the Markdown escapes of the paper's text and collapses
// whitespace, so that a quote typed on one line matches the paper's lines.
func Normalize(s string) string {
	s = strings.NewReplacer(`\$`, "$", "**", "").Replace(s)
	return space.ReplaceAllString(s, " ")
}

// Text returns the paper, normalized.
func Text() string { return Normalize(raw) }

// Contains reports whether the normalized paper holds quote, whose parts may
// be joined by " … " (an elision).
func Contains(paper, quote string) bool {
	for part := range strings.SplitSeq(Normalize(quote), " … ") {
		if !strings.Contains(paper, strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}
