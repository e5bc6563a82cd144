//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWorkerDeps fails if the Worker binary (GOOS=js) imports anything but
// the standard library, the model, its own packages, the presentation that
// og.png shares with the page (web/figure for the picture, web/view and
// web/i18n for the card's words), web/cite (/api/v1/cite), web/page and the package web (the
// page rendered for a query where WebAssembly does not run, the stylesheet
// and its CSP hash) and syumai/workers: every import is size at
// the edge (Cloudflare: 3 MB compressed on the free plan; make edge-size).
func TestWorkerDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := []string{
		"github.com/dilemma/cyberdilemma/model",
		"github.com/dilemma/cyberdilemma/wasm/worker/server",
		"github.com/dilemma/cyberdilemma/web/figure",
		"github.com/dilemma/cyberdilemma/web/export",
		"github.com/dilemma/cyberdilemma/web/view",
		"github.com/dilemma/cyberdilemma/web/i18n",
		"github.com/dilemma/cyberdilemma/web/page", // the page rendered for a query (server.Page)
		"github.com/dilemma/cyberdilemma/web/cite", // the references of /api/v1/cite
		"github.com/syumai/workers",
	}
	var n int
	for p := range strings.FieldsSeq(string(out)) {
		n++
		ok := false
		for _, a := range allowed {
			// The package web itself (not below it): the stylesheet's CSP
			// hash in the pages' headers.
			if p == a || strings.HasPrefix(p, a+"/") || p == "github.com/dilemma/cyberdilemma/wasm/worker" || p == "github.com/dilemma/cyberdilemma/web" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("the worker imports %s; allowed: the standard library and %s", p, strings.Join(allowed, ", "))
		}
	}
	if n == 0 {
		t.Fatal("go list found no package")
	}
}
