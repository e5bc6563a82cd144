package view

import (
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// UseAPI is the current state as a request to the API, in four languages:
// the page's "Use the API" disclosure (#use-api).
type UseAPI struct {
	// URL is the request: /api/v1/assess with the state's canonical query,
	// or /api/v1/uncertainty (with samples and seed) when an input is a
	// range; lang= when the page is not in English. Absolute when the
	// origin is given.
	URL string
	// Curl, Python (requests), R (httr2) and JS (fetch) make that request.
	Curl, Python, R, JS string
}

// apiParam is one key and value of the request, in order.
type apiParam struct{ key, value string }

// apiRequest returns the endpoint and the parameters of s's request.
func apiRequest(s State) (string, []apiParam) {
	var b []byte
	endpoint := "/api/v1/assess"
	if s.Uncertain() {
		endpoint = "/api/v1/uncertainty"
		b = model.AppendEncodeRanges(b, s.Inputs, s.Ranges())
		b = append(b, "&samples="...)
		b = strconv.AppendInt(b, int64(s.MCSamples()), 10)
		b = append(b, "&seed="...)
		b = strconv.AppendUint(b, s.MCSeed(), 10)
	} else {
		b = s.Inputs.AppendEncode(b)
	}
	if s.Lang != "" && s.Lang != i18n.Default {
		b = append(b, "&lang="...)
		b = append(b, s.Lang...)
	}
	var ps []apiParam
	for part := range strings.SplitSeq(string(b), "&") {
		k, v, _ := strings.Cut(part, "=")
		ps = append(ps, apiParam{k, v})
	}
	return endpoint, ps
}

// NewUseAPI returns s's request for a site at origin (scheme and host, no
// trailing slash, e.g. "https://dilemma.example"). Every key and value is
// made of letters, digits, ".", "-" and "_", so none needs quoting or
// escaping in a URL or in any of the four languages' strings.
func NewUseAPI(s State, origin string) UseAPI {
	endpoint, ps := apiRequest(s)
	base := origin + endpoint
	var q strings.Builder
	for i, p := range ps {
		if i > 0 {
			q.WriteByte('&')
		}
		q.WriteString(p.key + "=" + p.value)
	}
	u := UseAPI{URL: base + "?" + q.String()}
	u.Curl = "curl '" + u.URL + "'"

	var py strings.Builder
	py.WriteString("import requests\n\nparams = {\n")
	for _, p := range ps {
		py.WriteString(`    "` + p.key + `": "` + p.value + "\",\n")
	}
	py.WriteString("}\nr = requests.get(\"" + base + "\", params=params)\nr.raise_for_status()\nprint(r.json())")
	u.Python = py.String()

	var r strings.Builder
	r.WriteString("library(httr2)\n\nresp <- request(\"" + base + "\") |>\n  req_url_query(\n")
	for i, p := range ps {
		r.WriteString("    " + p.key + ` = "` + p.value + `"`)
		if i < len(ps)-1 {
			r.WriteByte(',')
		}
		r.WriteByte('\n')
	}
	r.WriteString("  ) |>\n  req_perform()\nstr(resp_body_json(resp))")
	u.R = r.String()

	u.JS = "const res = await fetch(\"" + u.URL + "\");\nif (!res.ok) throw new Error((await res.json()).error.message);\nconsole.log(await res.json());"
	return u
}
