package figure

import "strings"

// Wrap breaks s into lines no wider than width, as measure measures them.
// It breaks at spaces (dropping them) and, in Chinese or Japanese text,
// between any two characters of which one is CJK, except before closing
// punctuation (，。）、；： …) and after opening punctuation (（「 …). A piece
// that cannot be broken and is wider than the line stays whole.
func Wrap(s string, width float64, measure func(string) float64) []string {
	if measure(s) <= width {
		return []string{s}
	}
	type unit struct {
		text  string
		space bool // a space precedes it
	}
	var units []unit
	start, space := 0, false
	var prev rune
	for i, r := range s {
		switch {
		case r == ' ':
			if i > start {
				units = append(units, unit{s[start:i], space})
			}
			start, space = i+1, true
		case i > start && breakBetween(prev, r):
			units = append(units, unit{s[start:i], space})
			start, space = i, false
		}
		prev = r
	}
	if start < len(s) {
		units = append(units, unit{s[start:], space})
	}
	var lines []string
	var line strings.Builder
	for _, u := range units {
		if line.Len() == 0 {
			line.WriteString(u.text)
			continue
		}
		sep := ""
		if u.space {
			sep = " "
		}
		if measure(line.String()+sep+u.text) <= width {
			line.WriteString(sep + u.text)
			continue
		}
		lines = append(lines, line.String())
		line.Reset()
		line.WriteString(u.text)
	}
	if line.Len() > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// breakBetween reports whether a line may break between a and b, which are
// not spaces.
func breakBetween(a, b rune) bool {
	if !cjk(a) && !cjk(b) {
		return false
	}
	return !strings.ContainsRune(noBreakBefore, b) && !strings.ContainsRune(noBreakAfter, a)
}

// Closing and opening punctuation, which stays with the character before
// or after it (the basic kinsoku rule).
const (
	noBreakBefore = "，。、；：！？）」』〉》】〕〗〙〛…‥・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]}%’”·"
	noBreakAfter  = "（「『〈《【〔〖〘〚([{‘“"
)

// cjk reports whether r is a Chinese, Japanese or Korean character or a
// full-width form, between which lines may break.
func cjk(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x9FFF, // radicals, CJK punctuation, kana, ideographs
		r >= 0xAC00 && r <= 0xD7AF,   // Hangul
		r >= 0xF900 && r <= 0xFAFF,   // compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F,   // compatibility forms
		r >= 0xFF00 && r <= 0xFFEF,   // full-width forms
		r >= 0x20000 && r <= 0x3FFFF: // supplementary ideographs
		return true
	}
	return false
}
