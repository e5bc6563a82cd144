package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/wasm/worker/server"
	"github.com/dilemma/cyberdilemma/web/view"
)

// The four snippets of "Use the API" are each a valid request for the state
// shown: the curl and fetch URLs, requested from the API, answer 200 with
// the state's model version, inputs and result (the page's own numbers);
// the Python and R snippets request the same endpoint with the same
// parameters, in the same order.
func TestUseAPI(t *testing.T) {
	const origin = "https://calculator.example"
	states := map[string]view.State{"default": view.Default()}
	s := view.Default()
	s.Inputs.Tech, s.Inputs.Dialogue, s.Inputs.US, s.Inputs.China, s.Inputs.Version = 0.3, 0, model.Defense, model.Offense, 1
	s.Lang = "zh-TW"
	states["v1 zh-TW"] = s
	s = view.Default()
	s.ApplyPreset(model.Presets()[0])
	for _, p := range model.Presets() {
		if p.Ranges != nil {
			s.ApplyPreset(p)
		}
	}
	s.Samples, s.Seed, s.HasSeed = 2000, 42, true
	states["ranges"] = s
	s = view.Default()
	s.Spread[1] = 0.2
	s.Lang = "zh-CN"
	states["one range zh-CN"] = s

	curlRE := regexp.MustCompile(`^curl '([^']+)'$`)
	fetchRE := regexp.MustCompile(`fetch\("([^"]+)"\)`)
	h := server.API()
	for name, st := range states {
		u := view.NewUseAPI(st, origin)
		m := curlRE.FindStringSubmatch(u.Curl)
		f := fetchRE.FindStringSubmatch(u.JS)
		if m == nil || f == nil || m[1] != u.URL || f[1] != u.URL {
			t.Fatalf("%s: curl %q, fetch %q, URL %q", name, u.Curl, u.JS, u.URL)
		}
		parsed, err := url.Parse(u.URL)
		if err != nil || parsed.Scheme+"://"+parsed.Host != origin {
			t.Fatalf("%s: URL %q: %v", name, u.URL, err)
		}
		wantPath := "/api/v1/assess"
		if st.Uncertain() {
			wantPath = "/api/v1/uncertainty"
		}
		if parsed.Path != wantPath {
			t.Errorf("%s: %s, want %s", name, parsed.Path, wantPath)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u.URL, nil))
		if rec.Code != 200 {
			t.Fatalf("%s: GET %s = %d %s", name, u.URL, rec.Code, rec.Body)
		}
		var body struct {
			ModelVersion int    `json:"model_version"`
			Intensity    any    `json:"intensity"`
			Samples      int    `json:"samples"`
			Seed         uint64 `json:"seed"`
			Explanation  *struct {
				Lang string `json:"lang"`
			} `json:"explanation"`
			Inputs map[string]any `json:"inputs"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		in := st.Inputs.Round2()
		if body.ModelVersion != in.Version || body.Inputs["us"] != in.US.String() || body.Inputs["china"] != in.China.String() {
			t.Errorf("%s: answer v%d %v; state %+v", name, body.ModelVersion, body.Inputs, in)
		}
		if st.Uncertain() {
			rg := st.Ranges()
			for i, p := range model.Params {
				r := body.Inputs[p.Key].(map[string]any)
				if r["lo"] != rg[i].Lo || r["hi"] != rg[i].Hi {
					t.Errorf("%s: %s %v, state %v", name, p.Key, r, rg[i])
				}
			}
			if body.Samples != st.MCSamples() || body.Seed != st.MCSeed() {
				t.Errorf("%s: samples %d seed %d", name, body.Samples, body.Seed)
			}
		} else {
			if want := model.Assess(in).Intensity; body.Intensity != want {
				t.Errorf("%s: intensity %v, the state's %v", name, body.Intensity, want)
			}
			if (st.Lang != "en") != (body.Explanation != nil) || body.Explanation != nil && body.Explanation.Lang != st.Lang {
				t.Errorf("%s: explanation %+v for lang %q", name, body.Explanation, st.Lang)
			}
		}
		// Python and R: the same endpoint and the same parameters in order.
		base := origin + parsed.Path
		if !strings.Contains(u.Python, `requests.get("`+base+`", params=params)`) || !strings.Contains(u.R, `request("`+base+`")`) ||
			!strings.Contains(u.R, "req_perform()") || !strings.Contains(u.Python, "import requests") || !strings.Contains(u.R, "library(httr2)") {
			t.Errorf("%s: Python %q or R %q does not request %s", name, u.Python, u.R, base)
		}
		pyRE := regexp.MustCompile(`(?m)^    "([a-z]+)": "([^"]*)",$`)
		rRE := regexp.MustCompile(`(?m)^    ([a-z]+) = "([^"]*)",?$`)
		var want, py, r []string
		for part := range strings.SplitSeq(parsed.RawQuery, "&") {
			want = append(want, part)
		}
		for _, m := range pyRE.FindAllStringSubmatch(u.Python, -1) {
			py = append(py, m[1]+"="+m[2])
		}
		for _, m := range rRE.FindAllStringSubmatch(u.R, -1) {
			r = append(r, m[1]+"="+m[2])
		}
		if strings.Join(py, "&") != parsed.RawQuery || strings.Join(r, "&") != parsed.RawQuery || len(want) < 7 {
			t.Errorf("%s: query %q; Python %q; R %q", name, parsed.RawQuery, py, r)
		}
	}
	// Without an origin the URL is origin-relative.
	if u := view.NewUseAPI(view.Default(), ""); !strings.HasPrefix(u.URL, "/api/v1/assess?tech=0.85&") {
		t.Errorf("relative URL %q", u.URL)
	}
}
