package explain

import (
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
