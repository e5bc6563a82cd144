package explain

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dilemma/cyberdilemma/model"
)

// sameAsEnglish lists the keys whose Chinese text may equal the English one
// or hold no Chinese character: names, numbers and placeholders only.
var sameAsEnglish = map[string]bool{
	"evidence.dated": true, // "{unit}, {when}", with a full-width comma in Chinese
}

var placeholder = regexp.MustCompile(`\{[a-z0-9]+\}`)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Characters that exist in one script only: simplified ones must not appear
// in zh-TW, traditional ones not in zh-CN.
const (
	simplifiedOnly  = "网络国们这对说强与为发时务术关击际级设计问题观间东进应"
	traditionalOnly = "網絡國們這對說強與為發時務術關擊際級設計問題觀間東進應"
)

// checkZh reports what is wrong with a Chinese text s in l whose English is en.
func checkZh(l Lang, s, en string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return "is empty"
	case s == en:
		return "is identical to the English"
	case !hasHan(s):
		return "has no Chinese characters"
	case l == ZhTW && strings.ContainsAny(s, simplifiedOnly):
		return "has simplified characters"
	case l == ZhCN && strings.ContainsAny(s, traditionalOnly):
		return "has traditional characters"
	}
	return ""
}

func TestCatalogsAreComplete(t *testing.T) {
	for _, l := range Langs {
		cat := catalogs[l]
		for key, en := range textEN {
			s, ok := cat[key]
			if !ok {
				t.Errorf("%v: key %q missing", l, key)
				continue
			}
			if strings.TrimSpace(s) == "" {
				t.Errorf("%v: key %q is empty", l, key)
			}
			if got, want := placeholders(s), placeholders(en); !slices.Equal(got, want) {
				t.Errorf("%v: key %q has placeholders %v, English has %v", l, key, got, want)
			}
			if l != En && !sameAsEnglish[key] {
				if msg := checkZh(l, s, en); msg != "" {
					t.Errorf("%v: key %q %s: %q", l, key, msg, s)
				}
			}
		}
		for key := range cat {
			if _, ok := textEN[key]; !ok {
				t.Errorf("%v: key %q is not in the English catalog", l, key)
			}
		}
	}
}

// Every text the package produces comes from the catalogs: no ⟦key⟧ marks,
// no empty fields, for a spread of states in every language.
func TestNoMissingTexts(t *testing.T) {
	states := []model.Inputs{model.Default()}
	for _, p := range model.Presets() {
		states = append(states, p.Inputs)
	}
	for _, l := range Langs {
		var texts []string
		for _, in := range states {
			e := Explain(l, in)
			texts = append(texts, e.Summary, e.WorldName, e.World, e.Driver.Text, e.Flip.Text, e.Containment, e.Posen)
			for _, w := range model.Worlds {
				texts = append(texts, WorldName(l, w), WorldDescription(l, w))
			}
			for b := model.BandNone; b <= model.BandSevere; b++ {
				texts = append(texts, BandName(l, b))
			}
			for _, lv := range Levers() {
				texts = append(texts, lv.Name(l), lv.How(l), lv.Effect(l, in).Text)
			}
		}
		for _, ep := range History(l) {
			texts = append(texts, ep.Date, ep.Title, ep.Quote.Text)
			for _, j := range ep.Judgments {
				texts = append(texts, j.Name, j.Text)
			}
		}
		for _, f := range Evidence(l) {
			texts = append(texts, f.Label, f.Unit, f.Quote.Text, f.InformsName)
		}
		for _, d := range Derivations(l) {
			texts = append(texts, d.Name, d.Method, d.Quote.Text)
		}
		for _, p := range Presets(l) {
			texts = append(texts, p.Name, p.Note, p.Quote.Text)
		}
		for _, c := range PosenConditions(l, model.Posen{}) {
			texts = append(texts, c.Text)
		}
		for i, s := range texts {
			if s == "" || strings.Contains(s, "⟦") || placeholder.MatchString(s) {
				t.Errorf("%v: text %d is missing or unfilled: %q", l, i, s)
			}
			if l != En && !hasHan(s) && !isNameOrNumber(s) {
				t.Errorf("%v: text %d has no Chinese: %q", l, i, s)
			}
		}
	}
}

// isNameOrNumber reports whether s may stay untranslated: digits, signs and
// punctuation only.
func isNameOrNumber(s string) bool {
	return strings.Trim(s, "0123456789.–—−+%() ") == ""
}
