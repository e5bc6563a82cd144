// Package i18n is the calculator page's string catalog: the page's own
// labels, keyed by message id, one table per language.
//
// The texts that more than one renderer shows (the names of the worlds,
// bands, postures and Posen's conditions, the spiral's words) live once, in
// model/explain's catalog: T falls back to it for every key the page's
// tables do not hold, and a test makes sure they hold none of its keys.
// Placeholders are filled and numbers formatted by model/explain too (F,
// Number), so a text reads the same wherever it is shown.
//
// Both the site generator (the HTML served before any WebAssembly runs) and
// the wasm app look texts up here, so a new language is one more table in
// this package and in model/explain, and no change to layout code. The
// package imports the standard library and model/explain only, so it
// compiles both natively and for GOOS=js.
package i18n

import (
	"slices"

	"github.com/dilemma/cyberdilemma/model/explain"
)

// Default is the language of a page whose URL names none.
const Default = "en"

// Catalog maps message ids to the page's labels in one language. A text may
// hold placeholders such as {value}, filled in by F.
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

// Missing is what T returns for an id that no catalog holds; the marks make
// a forgotten id visible on the page and easy to test for.
func Missing(key string) string { return "⟦" + key + "⟧" }

// T returns the text of key in lang: the page's label, falling back to the
// Default language, then model/explain's catalog (in lang, then English),
// then Missing(key).
func T(lang, key string) string {
	if s, ok := catalogs[lang][key]; ok {
		return s
	}
	if s, ok := catalogs[Default][key]; ok {
		return s
	}
	l := explain.LangOf(lang)
	if s, ok := explain.Lookup(l, key); ok {
		return s
	}
	return Missing(key)
}

// Has reports whether T knows key: the Default catalog or model/explain's
// holds it.
func Has(key string) bool {
	if _, ok := catalogs[Default][key]; ok {
		return true
	}
	_, ok := explain.Lookup(explain.En, key)
	return ok
}

// F returns the text of key in lang with its placeholders filled by
// explain.Fill: args are pairs of a name and its value, so
// F(lang, "live.summary", "value", "0.21") replaces {value} by 0.21. A
// placeholder that args do not name stays as it is. F panics on an odd
// number of args, a programmer error.
func F(lang, key string, args ...string) string {
	return explain.Fill(T(lang, key), args...)
}

// Number formats v with the given number of decimals in lang's style; it is
// explain.Number for the page's tag: a point for the decimal separator and
// a true minus sign (U+2212) for negative numbers; values that round to
// zero print without a sign; NaN and infinities print as "–".
func Number(lang string, v float64, decimals int) string {
	l := explain.LangOf(lang)
	return explain.Number(l, v, decimals)
}
