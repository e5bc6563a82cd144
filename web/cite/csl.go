package cite

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// cslJSON writes CSL-JSON (the citeproc-js input format, schema
// csl-data.json of CSL 1.0.2): an array of the calculator, as "software",
// and the paper, as "article" (a paper without a container). It is written
// by hand, to keep encoding/json out of the browser's binary; a test
// decodes it with encoding/json.
func cslJSON(c Calculator) string {
	v := version(c)
	var b strings.Builder
	b.WriteString("[\n  {\n")
	item := func(pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			b.WriteString("    " + jsonString(pairs[i]) + ": " + pairs[i+1])
			if i+2 < len(pairs) {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
	}
	item("id", jsonString("cyberdilemma-v"+v),
		"type", jsonString("software"),
		"title", jsonString(Title),
		"version", jsonString(v),
		"note", jsonString("Model version "+v+"; state: "+State(c.Inputs)),
		"URL", jsonString(c.URL),
		"accessed", `{"date-parts": [[`+strconv.Itoa(c.Accessed.Year)+", "+strconv.Itoa(c.Accessed.Month)+", "+strconv.Itoa(c.Accessed.Day)+`]]}`)
	b.WriteString("  },\n  {\n")
	item("id", jsonString("li-origin"),
		"type", jsonString("article"),
		"title", jsonString(PaperTitle),
		"author", `[{"family": `+jsonString(PaperFamily)+`, "given": `+jsonString(PaperGiven)+`}]`,
		"publisher", jsonString(PaperInstitution),
		"publisher-place", jsonString(PaperPlace))
	b.WriteString("  }\n]\n")
	return b.String()
}

// jsonString quotes s as a JSON string: ", \ and control characters
// escaped, invalid UTF-8 replaced by U+FFFD, the rest as it is.
func jsonString(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\ufffd"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(append(b, '"'))
}
