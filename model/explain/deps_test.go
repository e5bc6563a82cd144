package explain

import (
	"go/build"
	"testing"
)

// The package is compiled into the page's WebAssembly binary, with a size
// budget, and into the edge Worker, which may import only the model and the
// standard library: it keeps to the model's part of the standard library
// (no fmt, encoding/json, net/url or text/template).
func TestImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{
		"errors": true, "math": true, "strconv": true, "strings": true, "unicode/utf8": true,
		"github.com/dilemma/cyberdilemma/model": true,
	}
	for _, imp := range pkg.Imports {
		if !allowed[imp] {
			t.Errorf("explain imports %q; keep it to %v", imp, allowed)
		}
	}
}
