package model

import (
	"go/build"
	"testing"
)

// The model is imported by the browser binaries, where every package weighs:
// it keeps to the smallest part of the standard library (no fmt,
// encoding/json or net/url). math/rand/v2 is there for the Monte Carlo's
// seeded PCG generator (uncertainty.go).
func TestModelImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"errors": true, "math": true, "math/rand/v2": true, "strconv": true, "strings": true, "unicode/utf8": true}
	for _, imp := range pkg.Imports {
		if !allowed[imp] {
			t.Errorf("model imports %q; keep it to %v", imp, allowed)
		}
	}
}
