// Package i18n is the calculator's string catalog: every user-visible text of
// the page, keyed by message id, one table per language, and the number
// formatting that goes with each language.
//
// Both the site generator (the HTML served before any WebAssembly runs) and
// the wasm app look texts up here, so a new language is one more table in
// this package and no change to layout code. The package imports the standard
// library only, so it compiles both natively and for GOOS=js.
package i18n

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Default is the language of a page whose URL names none.
const Default = "en"

// Catalog maps message ids to the texts of one language. A text may hold
// placeholders such as {value}, filled in by F.
type Catalog map[string]string

// catalogs holds every supported language.
var catalogs = map[string]Catalog{
	"en":    English,
	"zh-CN": SimplifiedChinese,
	"zh-TW": TraditionalChinese,
}

// Langs returns the supported language tags, Default first.
func Langs() []string {
	var rest []string
	for tag := range catalogs {
		if tag != Default {
			rest = append(rest, tag)
		}
	}
	slices.Sort(rest)
	return append([]string{Default}, rest...)
}

// Supported reports whether lang has a catalog.
func Supported(lang string) bool {
	_, ok := catalogs[lang]
	return ok
}

// Table returns lang's catalog, or the Default one when lang has none.
func Table(lang string) Catalog {
	if c, ok := catalogs[lang]; ok {
		return c
	}
	return catalogs[Default]
}

// Missing is what T returns for an id that no catalog holds; the marks make
// a forgotten id visible on the page and easy to test for.
func Missing(key string) string { return "⟦" + key + "⟧" }

// T returns the text of key in lang. It falls back to the Default language,
// then to Missing(key).
func T(lang, key string) string {
	if s, ok := catalogs[lang][key]; ok {
		return s
	}
	if s, ok := catalogs[Default][key]; ok {
		return s
	}
	return Missing(key)
}

// Has reports whether key is in the Default catalog.
func Has(key string) bool {
	_, ok := catalogs[Default][key]
	return ok
}

// F returns the text of key in lang with its placeholders filled: args are
// pairs of a name and its value, so F(lang, "live.summary", "value", "0.21")
// replaces {value} by 0.21. A placeholder that args do not name stays as it
// is. F panics on an odd number of args, a programmer error.
func F(lang, key string, args ...string) string {
	if len(args)%2 != 0 {
		panic("i18n: F needs name, value pairs")
	}
	return fill(T(lang, key), args)
}

// fill replaces the placeholders of s in one pass, without the tables
// that strings.NewReplacer builds: F runs on every slider move, and what
// it allocates is what the browser's garbage collector pauses for.
func fill(s string, args []string) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16*len(args)/2)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		name, found := s[i+1:i+j], false
		b.WriteString(s[:i])
		for k := 0; k < len(args); k += 2 {
			if args[k] == name {
				b.WriteString(args[k+1])
				found = true
				break
			}
		}
		if !found {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// Number formats v with the given number of decimals in lang's style: a
// point for the decimal separator and a true minus sign (U+2212) for
// negative numbers; negative zero and values that round to zero print
// without a sign. NaN and infinities print as "–", never as "NaN".
func Number(lang string, v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.HasPrefix(s, "-") {
		if strings.Trim(s[1:], "0.") == "" {
			return s[1:]
		}
		s = "−" + s[1:]
	}
	_ = lang // every language so far writes numbers alike
	return s
}
