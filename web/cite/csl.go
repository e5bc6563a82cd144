package cite

import (
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/web/export"
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

// jsonString quotes s as a JSON string, escaped as encoding/json escapes
// it without HTML escaping (a permalink's & stays &).
func jsonString(s string) string { return string(export.AppendJSONString(nil, s, false)) }
