package model

import (
	"github.com/dilemma/cyberdilemma/model/internal/paper"
	"math"
	"strconv"
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
		if e.Label == "" || e.Unit == "" || e.When == "" || e.Section == "" {
			t.Errorf("evidence %q is missing a label, unit, date or section", e.ID)
		}
		// A year is given where the paper gives one, and only there.
		if e.Year != 0 && !strings.Contains(e.When, ftoa0(e.Year)) {
			t.Errorf("evidence %q: year %d, but dated %q", e.ID, e.Year, e.When)
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
	us, cn := evidenceByID("security-market-north-america"), evidenceByID("security-market-china")
	if math.Abs(GrievanceUS-us.US/100) > 1e-12 || math.Abs(GrievanceChina-cn.China/100) > 1e-12 {
		t.Errorf("grievances %v, %v; evidence gives %v%%, %v%%", GrievanceUS, GrievanceChina, us.US, cn.China)
	}
}

func ftoa0(y int) string { return strconv.Itoa(y) }

// The evidence is dated as the paper dates it: "current" where the paper
// says current, the 10.4 % a forecast for North America with no year.
func TestEvidenceIsDatedAsThePaperDatesIt(t *testing.T) {
	want := map[string]struct {
		year int
		when string
	}{
		"root-servers":                  {0, "current"},
		"foreign-os":                    {0, "current"},
		"security-market-north-america": {0, "forecast, no year given"},
		"security-market-china":         {2017, "2017"},
		"ddos-us":                       {2017, "Q4 2017"},
		"us-cyber-budget":               {2019, "fiscal year 2019"},
	}
	for id, w := range want {
		e := evidenceByID(id)
		if e.Year != w.year || e.When != w.when {
			t.Errorf("evidence %q dated %d, %q; want %d, %q", id, e.Year, e.When, w.year, w.when)
		}
	}
	na := evidenceByID("security-market-north-america")
	if !strings.Contains(na.Label, "North American") || !strings.Contains(na.Quote, "is expected to grow by 10.4% annually") || !na.Single || na.China != 0 {
		t.Errorf("the 10.4 %% row must be the paper's forecast for North America: %+v", na)
	}
	// One first round of the law-enforcement dialogue, not two.
	if d := evidenceByID("law-enforcement-dialogue"); d.US != 1 || !strings.Contains(d.When, "4 October 2017") {
		t.Errorf("law-enforcement dialogue %+v", d)
	}
}

// The derivations say which comparisons are per person and which absolute,
// mark the figures that are not the paper's, and do not say the paper
// reports attacks by source.
func TestDerivationsSayWhatTheyCompare(t *testing.T) {
	m := map[string]string{}
	for _, d := range Derivations() {
		m[d.Input] = d.Method
	}
	for input, wants := range map[string][]string{
		"tech":        {"compared per person", "absolute comparison"},
		"discourse":   {"absolute numbers", "not per person", "not the paper's", "326 million", "1,386 million"},
		"attribution": {"count victims, not sources"},
		"dialogue":    {"first round", "\"2017 and 2018\"", "one round, October 2017"},
	} {
		for _, w := range wants {
			if !strings.Contains(m[input], w) {
				t.Errorf("derivation %q lacks %q: %q", input, w, m[input])
			}
		}
	}
	if strings.Contains(m["attribution"], "by source") {
		t.Errorf("attribution derivation says the paper reports attacks by source: %q", m["attribution"])
	}
	if r := DiscourseReach(); math.Abs(r-0.218) > 0.001 {
		t.Errorf("DiscourseReach() = %v", r)
	}
}
