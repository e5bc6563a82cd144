package explain

import "strings"

// catalogs holds the texts of each language, keyed by message id. A text may
// hold placeholders such as {value}, filled in by Fill. English (text_en.go)
// is the reference; the Chinese tables translate it key for key, and a test
// checks that they hold the same keys and placeholders.
//
// This is the one catalog of the texts that more than one renderer shows:
// the names of the worlds, bands, postures and Posen's conditions, the
// explanations, and the spiral's words (figure.*). The page's own labels
// (web/i18n) fall back to it for these keys and hold none of them.
var catalogs = [...]map[string]string{
	En:   textEN,
	ZhCN: textZhCN,
	ZhTW: textZhTW,
}

// Lookup returns the text of key in l, unfilled, falling back to English;
// ok is false when no catalog holds key.
func Lookup(l Lang, key string) (text string, ok bool) {
	if s, ok := catalogs[l.valid()][key]; ok {
		return s, true
	}
	s, ok := textEN[key]
	return s, ok
}

// Text returns the text of key in l with its placeholders filled (Fill):
// args are pairs of a name and its value. It falls back to English, then to
// the key in ⟦brackets⟧, which a test makes sure never happens for the
// package's own keys. An odd number of args is a programmer error and
// panics.
func Text(l Lang, key string, args ...string) string {
	s, ok := Lookup(l, key)
	if !ok {
		return "⟦" + key + "⟧"
	}
	return Fill(s, args...)
}

// tr is Text, the short name the package's own sentences use.
func tr(l Lang, key string, args ...string) string { return Text(l, key, args...) }

// Fill replaces each {name} in s by its value from args, pairs of a name and
// its value, in one pass (a strings.Replacer per call was most of the
// explanation's garbage, and the page fills texts on every slider move); a
// brace that names no argument stays as it is, and a value is never filled
// in turn. It is the one placeholder filler of the project: the page's
// labels (web/i18n.F) use it too. An odd number of args is a programmer
// error and panics.
func Fill(s string, args ...string) string {
	if len(args)%2 != 0 {
		panic("explain: Fill needs name, value pairs")
	}
	if len(args) == 0 || strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 32)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		name, found := s[open+1:open+end], false
		for i := 0; i < len(args); i += 2 {
			if args[i] == name {
				b.WriteString(s[:open])
				b.WriteString(args[i+1])
				found = true
				break
			}
		}
		if !found {
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// sentences joins whole sentences: with a space in English, with nothing in
// Chinese, whose full stop "。" needs none.
func sentences(l Lang, parts ...string) string {
	sep := " "
	if l.valid() != En {
		sep = ""
	}
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// list joins the items of an enumeration: "a; b" in English, "a；b" in
// Chinese.
func list(l Lang, items []string) string {
	if l.valid() == En {
		return strings.Join(items, "; ")
	}
	return strings.Join(items, "；")
}

// quoted puts s in the quotation marks of l: “s” in English and zh-CN,
// 「s」 in zh-TW.
func quoted(l Lang, s string) string {
	if l.valid() == ZhTW {
		return "「" + s + "」"
	}
	return "“" + s + "”"
}

// num formats an input or output of the model, two decimals.
func num(l Lang, v float64) string { return Number(l, v, 2) }

// delta formats a signed change, two decimals.
func delta(l Lang, v float64) string { return Signed(l, v, 2) }
