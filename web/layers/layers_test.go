package layers

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/dilemma/cyberdilemma/"

// pkg is what `go list -json` says of a package.
type pkg struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

// list runs `go list -json ./...` from the module's root for a GOOS/GOARCH,
// so that files behind `js && wasm` build tags are read as well.
func list(t *testing.T, goos, goarch string) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "./...")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list (%s/%s): %v", goos, goarch, err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// layer returns the layer of a package of the module ("model", "web" or
// "wasm") and, under wasm/, its binary ("app", "spiral", "worker").
func layer(path string) (l, binary string) {
	rel := strings.TrimPrefix(path, module)
	parts := strings.Split(rel, "/")
	if parts[0] == "wasm" && len(parts) > 1 {
		return "wasm", parts[1]
	}
	return parts[0], ""
}

var rank = map[string]int{"model": 0, "web": 1, "wasm": 2}

// check returns the violations of the layer rule by one import of from.
func check(from, imp string, std bool) string {
	fl, fb := layer(from)
	if !strings.HasPrefix(imp, module) {
		if fl == "model" && !std {
			return fmt.Sprintf("%s imports %s: model imports only the standard library", from, imp)
		}
		return ""
	}
	il, ib := layer(imp)
	switch {
	case rank[il] > rank[fl]:
		return fmt.Sprintf("%s imports %s: %s/* may not import %s/* (layers: wasm/* → web/* → model/*)", from, imp, fl, il)
	case fl == "wasm" && il == "wasm" && fb != ib:
		return fmt.Sprintf("%s imports %s: the %s binary imports the %s binary's package", from, imp, fb, ib)
	}
	return ""
}

// TestLayers holds the rule for every package, natively and for js/wasm,
// over the imports of its code and of its tests. (The browser tests and the
// benchmark, which start the native server, live in the worker's binary:
// wasm/worker/e2e, wasm/worker/bench.)
//
// To see it fail, add to web/view/view.go the import
//
//	_ "github.com/dilemma/cyberdilemma/wasm/worker/server"
//
// and it reports "web/view imports wasm/worker/server: web/* may not import
// wasm/* (layers: wasm/* → web/* → model/*)"; or add to wasm/app/app.go
// `_ "github.com/dilemma/cyberdilemma/wasm/spiral/…"`, or "fmt" to a file of
// model/explain.
func TestLayers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	reported := map[string]bool{}
	seen := 0
	for _, target := range [][2]string{{"linux", "amd64"}, {"js", "wasm"}} {
		pkgs := list(t, target[0], target[1])
		for _, p := range pkgs {
			if !strings.HasPrefix(p.ImportPath, module) {
				continue
			}
			seen++
			imports := append(append(p.Imports, p.TestImports...), p.XTestImports...)
			for _, imp := range imports {
				if msg := check(p.ImportPath, imp, isStd(imp)); msg != "" && !reported[msg] {
					reported[msg] = true
					t.Error(strings.ReplaceAll(msg, module, ""))
				}
			}
		}
	}
	if seen < 20 {
		t.Fatalf("go list found only %d packages of the module", seen)
	}
}

// isStd reports whether an import path is the standard library's: its
// first element has no dot.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// The rule itself, on made-up imports: each line would fail TestLayers.
func TestCheckRefusesWrongImports(t *testing.T) {
	for _, c := range []struct {
		from, imp string
		ok        bool
	}{
		{"web/view", "model/explain", true},
		{"wasm/app", "web/figure", true},
		{"wasm/worker/server", "model", true},
		{"web/view", "wasm/worker/server", false},
		{"model", "web/i18n", false},
		{"model/explain", "web/view", false},
		{"wasm/app", "wasm/spiral/draw", false},
		{"wasm/worker/server", "wasm/app/view", false},
		{"wasm/app", "wasm/app/sub", true},
		{"model", "golang.org/x/text", false},
		{"web/view", "honnef.co/go/js/dom/v2", true},
	} {
		imp := c.imp
		if !strings.Contains(imp, ".") {
			imp = module + imp
		}
		msg := check(module+c.from, imp, isStd(c.imp) && !strings.HasPrefix(imp, module))
		if (msg == "") != c.ok {
			t.Errorf("%s → %s: %q, want ok %v", c.from, c.imp, msg, c.ok)
		}
	}
}
