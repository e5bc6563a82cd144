package scenario

import (
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Message returns the problem as a sentence in lang (a web/i18n tag) that
// names the field and what is allowed, e.g. "State A: tech must be a
// number in [0, 1]; got 1.5".
func (e *Error) Message(lang string) string {
	switch e.Kind {
	case KindSize:
		n, _ := strconv.ParseInt(e.Got, 10, 64)
		return i18n.F(lang, "scenario.err.size", "got", Bytes(lang, n), "max", Bytes(lang, int64(e.Max)))
	case KindJSON:
		if e.Got != "" {
			return i18n.F(lang, "scenario.err.json.at", "got", e.Got)
		}
		return i18n.T(lang, "scenario.err.json")
	case KindRead:
		return i18n.T(lang, "scenario.err.read")
	case KindSchema:
		return i18n.F(lang, "scenario.err.schema", "want", Schema, "got", e.Got)
	case KindVersion:
		return i18n.F(lang, "scenario.err.version", "got", e.Got,
			"min", strconv.Itoa(model.Versions[0]), "max", strconv.Itoa(model.Version))
	case KindMissing:
		return i18n.F(lang, "scenario.err.missing", "field", e.Field)
	case KindLong:
		return i18n.F(lang, "scenario.err.long", "field", e.Field, "got", e.Got, "max", strconv.Itoa(e.Max))
	case KindText:
		return i18n.F(lang, "scenario.err.text", "field", e.Field, "got", e.Got)
	case KindValue:
		side := "A"
		if strings.HasPrefix(e.Field, "b") {
			side = "B"
		}
		msg := i18n.F(lang, "scenario.err.object", "field", e.Field, "got", e.Got)
		if e.Param != nil {
			msg = explain.Message(explain.LangOf(lang), e.Param)
		}
		return i18n.F(lang, "scenario.err.side", "side", side, "message", msg)
	}
	return i18n.T(lang, "scenario.err.json")
}

// Bytes writes a size in bytes as people read it: "812 bytes", "64 KB",
// "10 MB" (1 KB = 1024 bytes), in lang.
func Bytes(lang string, n int64) string {
	switch {
	case n >= 1<<20:
		return i18n.F(lang, "scenario.mb", "n", i18n.Number(lang, float64(n)/(1<<20), decimals(n, 1<<20)))
	case n >= 1<<10:
		return i18n.F(lang, "scenario.kb", "n", i18n.Number(lang, float64(n)/(1<<10), decimals(n, 1<<10)))
	}
	return i18n.F(lang, "scenario.bytes", "n", strconv.FormatInt(n, 10))
}

// decimals is 0 for a whole number of units, else 1.
func decimals(n, unit int64) int {
	if n%unit == 0 {
		return 0
	}
	return 1
}
