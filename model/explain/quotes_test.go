package explain

import (
	"github.com/dilemma/cyberdilemma/model/internal/paper"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func readPaper(t *testing.T) string { t.Helper(); return paper.Text() }

func inPaper(text, quote string) bool { return paper.Contains(text, quote) }

func TestQuotesAreInThePaper(t *testing.T) {
	paper := readPaper(t)
	ids := map[string]bool{}
	for _, q := range paperQuotes {
		if ids[q.id] {
			t.Errorf("quote id %q is used twice", q.id)
		}
		ids[q.id] = true
		if !inPaper(paper, q.en) {
			t.Errorf("quote %q is not verbatim in paper.md: %q", q.id, q.en)
		}
		if q.section < "1" || q.section > "5" {
			t.Errorf("quote %q: section %q", q.id, q.section)
		}
		for _, l := range []Lang{ZhCN, ZhTW} {
			if msg := checkZh(l, q.render(l).Text, q.en); msg != "" {
				t.Errorf("quote %q in %v %s", q.id, l, msg)
			}
		}
	}
	// Every quote the package hands out, in every language, carries the
	// paper's English.
	for _, l := range Langs {
		var qs []Quote
		for _, p := range model.Presets() {
			qs = append(qs, Explain(l, p.Inputs).Quotes...)
		}
		for _, ep := range History(l) {
			qs = append(qs, ep.Quote)
		}
		for _, f := range Evidence(l) {
			qs = append(qs, f.Quote)
		}
		for _, d := range Derivations(l) {
			qs = append(qs, d.Quote)
		}
		for _, p := range Presets(l) {
			qs = append(qs, p.Quote)
		}
		for _, lv := range Levers() {
			for _, id := range lv.Quotes {
				qs = append(qs, quote(l, id))
			}
		}
		for _, q := range qs {
			if !inPaper(paper, q.English) {
				t.Errorf("%v: quote %q not in paper.md: %q", l, q.ID, q.English)
			}
			if l == En && q.Text != q.English {
				t.Errorf("en: quote %q has text %q, want the original", q.ID, q.Text)
			}
		}
	}
}

// The model's sentences (evidence, derivations, presets) are all in the
// table, so each has its translation.
func TestModelQuotesAreTranslated(t *testing.T) {
	var ens []string
	for _, e := range model.EvidenceTable() {
		ens = append(ens, e.Quote)
	}
	for _, d := range model.Derivations() {
		ens = append(ens, d.Quote)
	}
	for _, p := range model.Presets() {
		ens = append(ens, p.Quote)
	}
	for _, en := range ens {
		q := quoteOf(ZhCN, en, "")
		if q.ID == "" || q.Text == en {
			t.Errorf("model quote has no translation: %q", en)
		}
	}
}
