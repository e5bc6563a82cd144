package i18n

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The paper's baseline lies in the aggression-possible world, of which the
// paper says "not in a high-intensity security dilemma, but there is still a
// problem of security dilemma": no page text may deny the dilemma.
func TestNoTextDeniesTheSecurityDilemma(t *testing.T) {
	bad := []string{
		"no security dilemma", "not a security dilemma", "without a security dilemma", "no dilemma",
		"不存在安全困境", "没有安全困境", "沒有安全困境", "无安全困境", "無安全困境", "不是安全困境", "并无安全困境", "並無安全困境",
	}
	for lang, c := range catalogs {
		for k, s := range c {
			for _, b := range bad {
				if strings.Contains(strings.ToLower(s), b) {
					t.Errorf("%s: %q says %q: %q", lang, k, b, s)
				}
			}
		}
	}
	for lang, want := range map[string]string{"en": `"positive conflict"`, "zh-CN": "“正面冲突”", "zh-TW": "「正面衝突」"} {
		if s := T(lang, "world.aggression-possible.desc"); !strings.Contains(s, want) {
			t.Errorf("%s: aggression-possible %q lacks %s", lang, s, want)
		}
	}
}

// The timeline's values are this calculator's reading of each moment, not
// the paper's: the paper gives the events, not the numbers.
func TestHistoryIsTheCalculatorsReading(t *testing.T) {
	for lang, want := range map[string]string{"en": "this calculator's reading", "zh-CN": "本计算器对当时局势的解读", "zh-TW": "本計算器對當時局勢的解讀"} {
		s := T(lang, "history.help")
		if !strings.Contains(s, want) {
			t.Errorf("%s: history.help %q lacks %q", lang, s, want)
		}
		for _, b := range []string{"the paper's reading", "论文对当时局势的判断", "論文對當時局勢的判斷"} {
			if strings.Contains(s, b) {
				t.Errorf("%s: history.help still says %q", lang, b)
			}
		}
	}
	for lang, c := range catalogs {
		for k, s := range c {
			for _, b := range []string{"second dialogue", "2 rounds", "two rounds", "两轮", "兩輪", "第二轮", "第二輪"} {
				if strings.Contains(strings.ToLower(s), b) {
					t.Errorf("%s: %q says %q: %q", lang, k, b, s)
				}
			}
		}
	}
}

// Posen's first condition does not rest on dialogue: dialogue clears
// misunderstandings after a crisis, it does not reveal intentions before.
func TestPosenIntentionsReadsAttribution(t *testing.T) {
	for _, lang := range Langs() {
		s := T(lang, "posen.intentions.text")
		if !strings.Contains(s, "< 0.5") || strings.Contains(s, "（S < 0.5）") || strings.Contains(s, "(S < 0.5)") {
			t.Errorf("%s: posen.intentions.text %q", lang, s)
		}
	}
	if s := T("en", "posen.intentions.text"); !strings.Contains(s, "attribution < 0.5") {
		t.Errorf("posen.intentions.text %q does not give attribution < 0.5", s)
	}
}

// The Chinese lede gives the paper's title in Chinese, which is this site's
// translation, and says so.
func TestLedeMarksTheTitleTranslation(t *testing.T) {
	for lang, want := range map[string]string{"zh-CN": "（本站译；原题：The Origin of Security Dilemma between China and US in Cyber Space）", "zh-TW": "（本站譯；原題：The Origin of Security Dilemma between China and US in Cyber Space）"} {
		if s := T(lang, "site.lede"); !strings.Contains(s, want) {
			t.Errorf("%s: site.lede %q lacks %q", lang, s, want)
		}
	}
}

// Every phrase the English page sets in quotation marks as the paper's words
// is in the paper, verbatim. The paper's title (in the lede) and the echo of
// a bad value ("{got}") are the only other quoted texts.
func TestQuotedPhrasesAreThePapers(t *testing.T) {
	raw, err := os.ReadFile("../../model/internal/paper/paper.md")
	if err != nil {
		t.Fatal(err)
	}
	paper := regexp.MustCompile(`\s+`).ReplaceAllString(strings.NewReplacer(`\$`, "$", "**", "").Replace(string(raw)), " ")
	quoted := regexp.MustCompile(`"([^"]+)"|“([^”]+)”`)
	others := map[string]bool{"The Origin of Security Dilemma between China and US in Cyber Space": true, "{got}": true}
	for k, s := range English {
		for _, m := range quoted.FindAllStringSubmatch(s, -1) {
			q := m[1] + m[2]
			if !others[q] && !strings.Contains(paper, q) {
				t.Errorf("%q sets %q in quotation marks, but the paper does not say it", k, q)
			}
		}
	}
}
