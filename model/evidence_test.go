package model

import (
	"github.com/dilemma/cyberdilemma/model/internal/paper"
	"math"
	"strings"
	"testing"
)

func readPaper(t *testing.T) string { t.Helper(); return paper.Text() }

func containsNorm(text, quote string) bool { return paper.Contains(text, quote) }

func TestEvidenceQuotesAreInThePaper(t *testing.T) {
	paper := readPaper(t)
	for _, e := range EvidenceTable() {
		if !containsNorm(paper, e.Quote) {
			t.Errorf("evidence %q: quote not in paper.md: %q", e.ID, e.Quote)
		}
		if e.Label == "" || e.Unit == "" || e.Year == 0 || e.Section == "" {
			t.Errorf("evidence %q is missing a label, unit, year or section", e.ID)
		}
		// The figures themselves appear in the quote.
		for _, v := range []float64{e.US, e.China} {
			if v == 0 || e.ID == "foreign-os" || e.ID == "dialogue-rounds" || e.ID == "law-enforcement-dialogue" {
				continue
			}
			s := strings.TrimSuffix(strings.TrimRight(ftoa2(v), "0"), ".")
			if !strings.Contains(e.Quote, s) {
				t.Errorf("evidence %q: figure %s not in its quote", e.ID, s)
			}
		}
	}
	for _, d := range Derivations() {
		if !containsNorm(paper, d.Quote) {
			t.Errorf("derivation %q: quote not in paper.md: %q", d.Input, d.Quote)
		}
	}
}

func TestDerivationsMatchDefaults(t *testing.T) {
	def := Default()
	ids := map[string]bool{}
	for _, e := range EvidenceTable() {
		ids[e.ID] = true
	}
	ds := Derivations()
	if ds[0].Input != "tech" || ds[0].Judgment {
		t.Errorf("the tech default must be computed from the figures")
	}
	if len(ds) != len(Params) {
		t.Fatalf("%d derivations for %d inputs", len(ds), len(Params))
	}
	for _, d := range ds {
		p, ok := ParamByKey(d.Input)
		if !ok {
			t.Fatalf("derivation for unknown input %q", d.Input)
		}
		if d.Default != p.Value(def) {
			t.Errorf("derivation %q: default %v, Default() has %v", d.Input, d.Default, p.Value(def))
		}
		// A judgment says where it places the default and why; a computed
		// default comes out of its figures on the defaults' 0.05 grid.
		if d.Judgment {
			if !strings.Contains(d.Method, "Placed at") && !strings.Contains(d.Method, "0.75") {
				t.Errorf("derivation %q is a judgment but its method does not say where it places the default: %q", d.Input, d.Method)
			}
			continue
		}
		if got := math.Round(d.Computed*20) / 20; math.Abs(got-d.Default) > 1e-9 {
			t.Errorf("derivation %q computes %v (→ %v on the 0.05 grid), default %v", d.Input, d.Computed, got, d.Default)
		}
		for _, id := range d.Evidence {
			if !ids[id] {
				t.Errorf("derivation %q cites unknown evidence %q", d.Input, id)
			}
		}
		if d.Method == "" {
			t.Errorf("derivation %q has no method", d.Input)
		}
	}
}

func TestGrievancesComeFromEvidence(t *testing.T) {
	e := evidenceByID("security-market-growth")
	if math.Abs(GrievanceUS-e.US/100) > 1e-12 || math.Abs(GrievanceChina-e.China/100) > 1e-12 {
		t.Errorf("grievances %v, %v; evidence gives %v%%, %v%%", GrievanceUS, GrievanceChina, e.US, e.China)
	}
}
