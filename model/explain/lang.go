package explain

import (
	"math"
	"strconv"
	"strings"
)

// Lang is a language of the texts: En, ZhCN or ZhTW.
type Lang int

const (
	// En is English, the reference language.
	En Lang = iota
	// ZhCN is Simplified Chinese as written in mainland China.
	ZhCN
	// ZhTW is Traditional Chinese as written in Taiwan.
	ZhTW
)

// Langs lists the supported languages, English first.
var Langs = [...]Lang{En, ZhCN, ZhTW}

var langTags = [...]string{"en", "zh-CN", "zh-TW"}

// String returns the language's BCP 47 tag: "en", "zh-CN" or "zh-TW".
// An unknown Lang prints as "en", the language it falls back to.
func (l Lang) String() string {
	if l < 0 || int(l) >= len(langTags) {
		return "en"
	}
	return langTags[l]
}

// MarshalText implements encoding.TextMarshaler.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// valid returns l, or En for a Lang outside Langs.
func (l Lang) valid() Lang {
	if l < 0 || int(l) >= len(langTags) {
		return En
	}
	return l
}

// LangOf returns the Lang whose tag (String) is exactly tag: "en", "zh-CN" or
// "zh-TW"; any other string gives En. It is the mapping for the
// tags the site writes itself (the page's lang=, the spiral's state), where
// ParseLang's case folding and subtags, which cost the browser's binaries
// kilobytes, have nothing to read.
func LangOf(tag string) Lang {
	for i, t := range langTags {
		if t == tag {
			return Lang(i)
		}
	}
	return En
}

// ParseLang parses a language tag, case-insensitively and with "_" read as
// "-": "en" and any "en-…" give En; "zh", "zh-CN", "zh-Hans" and the
// simplified-script regions (SG, MY) give ZhCN; "zh-TW", "zh-Hant" and the
// traditional-script regions (HK, MO) give ZhTW. A script subtag wins over a
// region ("zh-Hant-CN" is ZhTW). Any other tag gives En and false.
func ParseLang(tag string) (Lang, bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	if len(tag) > 35 { // the longest well-formed tags are far shorter
		return En, false
	}
	primary, rest, _ := strings.Cut(tag, "-")
	switch primary {
	case "en":
		return En, true
	case "zh":
	default:
		return En, false
	}
	region := ZhCN
	for sub := range strings.SplitSeq(rest, "-") {
		switch sub {
		case "hant":
			return ZhTW, true
		case "hans":
			return ZhCN, true
		case "tw", "hk", "mo":
			region = ZhTW
		}
	}
	return region, true
}

// Number formats v with the given number of decimals (at most 6; a negative
// number asks for as many as v needs, "0.7") in l's style; it is the one
// number formatter of the project (web/i18n.Number is this with the page's
// tag):
// both English and Chinese write "0.21", with a point and no grouping; a
// negative number takes a true minus sign (U+2212), and values that round to
// zero print without a sign. NaN and infinities print as "–".
func Number(l Lang, v float64, decimals int) string {
	_ = l // every supported language writes numbers alike
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	decimals = max(min(decimals, 6), -1)
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.HasPrefix(s, "-") {
		if strings.Trim(s[1:], "0.") == "" {
			return s[1:]
		}
		s = "−" + s[1:]
	}
	return s
}

// Signed formats a change as Number does but with an explicit sign: "+0.05",
// "−0.12", and "0.00" for a change that rounds to zero.
func Signed(l Lang, v float64, decimals int) string {
	s := Number(l, v, decimals)
	if s == "–" || strings.HasPrefix(s, "−") || strings.Trim(s, "0.") == "" {
		return s
	}
	return "+" + s
}

// Percent formats a fraction (0.82) as a percentage with the given number of
// decimals ("82%"); both languages write the sign after the number, without
// a space.
func Percent(l Lang, frac float64, decimals int) string {
	s := Number(l, frac*100, decimals)
	if s == "–" {
		return s
	}
	return s + "%"
}
