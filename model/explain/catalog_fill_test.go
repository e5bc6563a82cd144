package explain

import (
	"strings"
	"testing"
)

// fill agrees with a strings.Replacer, the way tr used to fill texts.
func TestFillMatchesReplacer(t *testing.T) {
	args := []string{"world", "双重危险", "value", "0.21", "band", "low"}
	r := strings.NewReplacer("{world}", "双重危险", "{value}", "0.21", "{band}", "low")
	for _, s := range []string{"", "plain", "{world}", "{value} · {band}", "a {x} b {value}", "{{value}}", "{", "}{", "{value", "end {band}"} {
		if got, want := fill(s, args), r.Replace(s); got != want {
			t.Errorf("fill(%q) = %q, want %q", s, got, want)
		}
	}
	for _, l := range Langs {
		for key, s := range catalogs[l] {
			if got, want := fill(s, args), r.Replace(s); got != want {
				t.Errorf("%s %s: fill = %q, Replacer = %q", l, key, got, want)
			}
		}
	}
}
