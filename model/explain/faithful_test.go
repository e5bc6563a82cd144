package explain

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// noDilemma are the ways of saying "there is no security dilemma" in each
// language. The paper's baseline lies in the aggression-possible world and
// the paper says of it: "not in a high-intensity security dilemma, but there
// is still a problem of security dilemma", so no text may deny the dilemma.
var noDilemma = []string{
	"no security dilemma", "not a security dilemma", "without a security dilemma", "no dilemma",
	"不存在安全困境", "没有安全困境", "沒有安全困境", "无安全困境", "無安全困境", "不是安全困境", "并无安全困境", "並無安全困境",
}

func TestNoTextDeniesTheSecurityDilemma(t *testing.T) {
	for _, l := range Langs {
		for key, s := range catalogs[l] {
			low := strings.ToLower(s)
			for _, bad := range noDilemma {
				if strings.Contains(low, bad) {
					t.Errorf("%v: %q says %q: %q", l, key, bad, s)
				}
			}
		}
	}
}

// The aggression-possible world in the paper's terms: offense has the
// advantage and intentions can be told apart; not a high-intensity security
// dilemma, but a "positive conflict" is possible.
func TestAggressionPossibleInThePapersTerms(t *testing.T) {
	want := map[Lang][]string{
		En:   {"Offense has the advantage", "intentions can be told apart", "not a high-intensity security dilemma", "still a security dilemma", `"positive conflict"`},
		ZhCN: {"进攻占优势", "意图可以区分", "并非高强度的安全困境", "仍然存在安全困境", "正面冲突"},
		ZhTW: {"進攻占優勢", "意圖可以區分", "並非高強度的安全困境", "仍然存在安全困境", "正面衝突"},
	}
	for _, l := range Langs {
		s := WorldDescription(l, model.AggressionPossible)
		for _, w := range want[l] {
			if !strings.Contains(s, w) {
				t.Errorf("%v: the aggression-possible world %q lacks %q", l, s, w)
			}
		}
	}
	// The paper's own sentences for it, which the Chinese texts echo.
	p := readPaper(t)
	for _, q := range []string{"not in a high-intensity security dilemma, but there is still a problem of security dilemma", "increasing the possibility of a positive conflict"} {
		if !strings.Contains(p, q) {
			t.Errorf("paper.md lacks %q", q)
		}
	}
}

// Richardson's grievance term, as the Chinese literature of the field writes
// it.
func TestGrievanceTerm(t *testing.T) {
	for l, want := range map[Lang]string{ZhCN: "不满项", ZhTW: "不滿項"} {
		if got := InputName(l, "grievance"); !strings.HasPrefix(got, want) {
			t.Errorf("%v: grievance is %q, want %s", l, got, want)
		}
	}
	for _, l := range Langs {
		for key, s := range catalogs[l] {
			if strings.Contains(s, "内在驱动") || strings.Contains(s, "內在驅") {
				t.Errorf("%v: %q still says 内在驱动: %q", l, key, s)
			}
		}
	}
}

var quotedPhrase = regexp.MustCompile(`"([^"]+)"|“([^”]+)”`)

// Every phrase that an English text sets in quotation marks is the paper's
// words, verbatim: the catalog, the model's derivations and evidence labels,
// and the levers' documentation.
func TestQuotedPhrasesAreThePapers(t *testing.T) {
	p := readPaper(t)
	texts := map[string]string{}
	for k, s := range textEN {
		texts["catalog "+k] = s
	}
	for _, d := range model.Derivations() {
		texts["derivation "+d.Input] = d.Method
	}
	for _, e := range model.EvidenceTable() {
		texts["evidence "+e.ID] = e.Label + " " + e.Unit + " " + e.When
	}
	n := 0
	for where, s := range texts {
		for _, m := range quotedPhrase.FindAllStringSubmatch(s, -1) {
			q := m[1] + m[2]
			n++
			if !strings.Contains(p, q) {
				t.Errorf("%s sets %q in quotation marks, but the paper does not say it: %q", where, q, s)
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d quoted phrases found: is the pattern right?", n)
	}
}

// The DDoS sentence gives a 16 % share (up 3 on the second quarter), not an
// increase of 16 %.
func TestDDoSSentenceTranslation(t *testing.T) {
	for _, l := range []Lang{ZhCN, ZhTW} {
		q := quote(l, "ddos-us").Text
		for _, bad := range []string{"增幅", "增长16", "增長16", "成長16"} {
			if strings.Contains(q, bad) {
				t.Errorf("%v: DDoS sentence says %q: %q", l, bad, q)
			}
		}
		if !strings.Contains(q, "达到16%") && !strings.Contains(q, "達到16%") {
			t.Errorf("%v: DDoS sentence does not give the 16%% share: %q", l, q)
		}
	}
}
