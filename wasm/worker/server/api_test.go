package server

import (
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dilemma/cyberdilemma/model"
)

func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, "http://example.test"+target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func decodeBody[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("body %q is not JSON: %v", rec.Body.String(), err)
	}
	return v
}

func TestAssessGood(t *testing.T) {
	h := API()
	tests := []struct {
		name, query string
		world, band string
		stable      bool
	}{
		{"defaults", "", "aggression-possible", "low", true},
		{"paper baseline", "tech=0.85&discourse=0.75&attribution=0.2&dialogue=0.6", "aggression-possible", "low", true},
		{"no consensus", "dialogue=0", "doubly-dangerous", "severe", false},
		{"preset", "preset=china-tech-advantage", "doubly-safe", "none", true},
		{"both defensive", "us=defense", "doubly-safe", "none", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "GET", "/api/v1/assess?"+tt.query)
			if rec.Code != 200 {
				t.Fatalf("GET assess?%s = %d %s", tt.query, rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
			if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("no CORS header")
			}
			a := decodeBody[map[string]any](t, rec)
			if a["world"] != tt.world || a["band"] != tt.band || a["stable"] != tt.stable {
				t.Errorf("assess?%s = world %v band %v stable %v; want %v %v %v", tt.query, a["world"], a["band"], a["stable"], tt.world, tt.band, tt.stable)
			}
			for _, k := range []string{"inputs", "power_share", "offense_balance", "distinguishability", "intensity", "stability_margin", "posen", "equilibrium"} {
				if _, ok := a[k]; !ok {
					t.Errorf("assess response lacks %q", k)
				}
			}
		})
	}
	// The same numbers as the model.
	rec := get(t, h, "GET", "/api/v1/assess?tech=0.31&discourse=0.92&attribution=0.05&dialogue=0.44&us=defense&china=offense")
	got := decodeBody[struct {
		Intensity float64 `json:"intensity"`
	}](t, rec)
	want := model.Assess(model.Inputs{Tech: 0.31, Discourse: 0.92, Attribution: 0.05, Dialogue: 0.44, US: model.Defense, China: model.Offense}).Intensity
	if got.Intensity != want {
		t.Errorf("API intensity %v, model %v", got.Intensity, want)
	}
}

func TestAssessBad(t *testing.T) {
	h := API()
	tests := []struct {
		query, param string
	}{
		{"tech=2", "tech"},
		{"tech=-1", "tech"},
		{"discourse=abc", "discourse"},
		{"attribution=NaN", "attribution"},
		{"dialogue=Infinity", "dialogue"},
		{"dialogue=-Inf", "dialogue"},
		{"tech=0.5&tech=0.6", "tech"},
		{"tech=", "tech"},
		{"us=sideways", "us"},
		{"china=", "china"},
		{"colour=blue", "colour"},
		{"steps=10", "steps"}, // steps belongs to simulate
		{"preset=nope", "preset"},
		{"tech=%G0", "tech"},
		{"tech=%ff%fe", "tech"},
		{"tech=" + strings.Repeat("9", 5000), "query"},
		{"=5", "query"},
	}
	for _, tt := range tests {
		t.Run(tt.query[:min(len(tt.query), 24)], func(t *testing.T) {
			rec := get(t, h, "GET", "/api/v1/assess?"+tt.query)
			if rec.Code != 400 {
				t.Fatalf("assess?%s = %d, want 400", tt.query, rec.Code)
			}
			e := decodeBody[ErrorBody](t, rec)
			if e.Error.Param != tt.param || !strings.Contains(e.Error.Message, tt.param) && tt.param != "query" && tt.param != "colour" {
				t.Errorf("assess?%s error = %+v, want param %q named in the message", tt.query, e.Error, tt.param)
			}
		})
	}
}

// simulateBody decodes a SimulateResponse as a client would: the
// equilibrium is null for a diverging race.
type simulateBody struct {
	SimulateResponse
	Equilibrium *struct{ US, China float64 } `json:"equilibrium"`
}

func TestSimulate(t *testing.T) {
	h := API()
	rec := get(t, h, "GET", "/api/v1/simulate?steps=25&dialogue=0")
	if rec.Code != 200 {
		t.Fatalf("simulate = %d %s", rec.Code, rec.Body)
	}
	s := decodeBody[simulateBody](t, rec)
	if s.Steps != 25 || len(s.Trajectory) != 26 || len(s.Spiral) != 51 || s.Converges || s.Equilibrium != nil {
		t.Errorf("simulate: steps %d, %d rounds, %d points, converges %v", s.Steps, len(s.Trajectory), len(s.Spiral), s.Converges)
	}
	if !strings.Contains(rec.Body.String(), `"equilibrium":null`) {
		t.Errorf("a diverging race must report a null equilibrium")
	}
	last := s.Trajectory[25]
	if last.US <= s.Trajectory[24].US || last.China <= s.Trajectory[24].China {
		t.Errorf("a diverging race must escalate: %+v then %+v", s.Trajectory[24], last)
	}
	rec = get(t, h, "GET", "/api/v1/simulate")
	if s := decodeBody[simulateBody](t, rec); s.Steps != DefaultSteps || !s.Converges || s.Equilibrium == nil || s.Equilibrium.US <= 0 {
		t.Errorf("default simulate: steps %d converges %v", s.Steps, s.Converges)
	}
	for _, bad := range []string{"steps=0", "steps=501", "steps=1e3", "steps=abc", "steps=-5", "steps=99999999999999999999", "steps=", "steps=1&steps=2", "steps=2.5"} {
		rec := get(t, h, "GET", "/api/v1/simulate?"+bad)
		e := decodeBody[ErrorBody](t, rec)
		if rec.Code != 400 || e.Error.Param != "steps" || !strings.Contains(e.Error.Message, "[1, 500]") && !strings.Contains(e.Error.Message, "more than once") {
			t.Errorf("simulate?%s = %d %+v, want 400 naming steps and its range", bad, rec.Code, e.Error)
		}
	}
	// The largest simulation is bounded and finite.
	rec = get(t, h, "GET", "/api/v1/simulate?steps=500&tech=1&discourse=1&attribution=0&dialogue=0")
	if rec.Code != 200 || strings.Contains(rec.Body.String(), "NaN") || strings.Contains(rec.Body.String(), "Inf") {
		t.Errorf("worst-case simulate = %d", rec.Code)
	}
}

func TestPresetsAndEvidence(t *testing.T) {
	h := API()
	rec := get(t, h, "GET", "/api/v1/presets")
	p := decodeBody[struct {
		Presets []PresetInfo `json:"presets"`
	}](t, rec)
	if rec.Code != 200 || len(p.Presets) != len(model.Presets()) {
		t.Fatalf("presets = %d, %d presets", rec.Code, len(p.Presets))
	}
	for _, pr := range p.Presets {
		if pr.Quote == "" || pr.Query == "" {
			t.Errorf("preset %q lacks quote or query", pr.ID)
		}
		a := decodeBody[map[string]any](t, get(t, h, "GET", "/api/v1/assess?"+pr.Query))
		if a["world"] != pr.World.String() {
			t.Errorf("preset %q: world %v, assess of its query gives %v", pr.ID, pr.World, a["world"])
		}
	}
	rec = get(t, h, "GET", "/api/v1/evidence")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "root-servers") {
		t.Errorf("evidence = %d", rec.Code)
	}
	if rec := get(t, h, "GET", "/api/v1/presets?x=1"); rec.Code != 400 {
		t.Errorf("presets with a query = %d, want 400", rec.Code)
	}
}

func TestMethodsAndPaths(t *testing.T) {
	h := API()
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		rec := get(t, h, m, "/api/v1/assess")
		if rec.Code != 405 || rec.Header().Get("Allow") == "" {
			t.Errorf("%s assess = %d, allow %q; want 405 with Allow", m, rec.Code, rec.Header().Get("Allow"))
		}
		if e := decodeBody[ErrorBody](t, rec); e.Error.Param != "method" {
			t.Errorf("%s assess error %+v", m, e)
		}
	}
	if rec := get(t, h, "HEAD", "/api/v1/assess"); rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD assess = %d with %d bytes", rec.Code, rec.Body.Len())
	}
	if rec := get(t, h, "OPTIONS", "/api/v1/assess"); rec.Code != 204 {
		t.Errorf("OPTIONS assess = %d", rec.Code)
	}
	rec := get(t, h, "GET", "/api/v2/assess")
	if e := decodeBody[ErrorBody](t, rec); rec.Code != 404 || e.Error.Param != "path" {
		t.Errorf("GET /api/v2/assess = %d %+v", rec.Code, e)
	}
	if rec := get(t, h, "GET", "/healthz"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Errorf("healthz = %d %s", rec.Code, rec.Body)
	}
}

func TestStatic(t *testing.T) {
	big := strings.Repeat("<p>dilemma</p>", 100)
	fsys := fstest.MapFS{
		"index.html":        {Data: []byte("<!doctype html>" + big)},
		"app.wasm":          {Data: []byte("\x00asm" + big)},
		"app.0123abcd.wasm": {Data: []byte("\x00asm")},
		"site.webmanifest":  {Data: []byte("{}")},
		".secret":           {Data: []byte("no")},
	}
	h := Site(fsys)
	rec := get(t, h, "GET", "/")
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "<!doctype html>") || rec.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("GET / = %d %q cache %q", rec.Code, rec.Body.String()[:min(20, rec.Body.Len())], rec.Header().Get("Cache-Control"))
	}
	cases := map[string]string{"/app.wasm": "application/wasm", "/site.webmanifest": "application/manifest+json", "/index.html": "text/html; charset=utf-8"}
	for p, ct := range cases {
		if rec := get(t, h, "GET", p); rec.Header().Get("Content-Type") != ct {
			t.Errorf("GET %s Content-Type = %q, want %q", p, rec.Header().Get("Content-Type"), ct)
		}
	}
	if rec := get(t, h, "GET", "/app.0123abcd.wasm"); !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("hashed file cache %q", rec.Header().Get("Cache-Control"))
	}
	req := httptest.NewRequest("GET", "/app.wasm", nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" || rec.Body.Len() >= len(fsys["app.wasm"].Data) {
		t.Errorf("gzip: encoding %q, %d bytes", rec.Header().Get("Content-Encoding"), rec.Body.Len())
	}
	for p, want := range map[string]int{"/.secret": 400, "/nope.html": 404, "/..%2f..%2fetc/passwd": 400, "/a\\b": 400, "/assets/../.secret": 400} {
		req := httptest.NewRequest("GET", "http://example.test/", nil)
		req.URL.Path = p // as a raw client may send it, uncleaned
		if p == "/..%2f..%2fetc/passwd" {
			req.URL.Path = "/../../etc/passwd"
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("GET %s = %d, want %d", p, rec.Code, want)
		}
	}
	if rec := get(t, h, "POST", "/"); rec.Code != 405 {
		t.Errorf("POST / = %d", rec.Code)
	}
}

func TestNoNaNAnywhere(t *testing.T) {
	h := API()
	for _, q := range []string{"tech=0&discourse=0&attribution=0&dialogue=0&us=offense&china=offense", "tech=1&discourse=1&attribution=1&dialogue=1", "tech=0.5&discourse=0.5&attribution=0.3&dialogue=0"} {
		for _, ep := range []string{"assess", "simulate"} {
			rec := get(t, h, "GET", "/api/v1/"+ep+"?"+q)
			var v any
			if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &v) != nil {
				t.Fatalf("%s?%s = %d", ep, q, rec.Code)
			}
			walkNumbers(t, v)
		}
	}
}

func walkNumbers(t *testing.T, v any) {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			t.Fatalf("non-finite number")
		}
	case map[string]any:
		for _, e := range x {
			walkNumbers(t, e)
		}
	case []any:
		for _, e := range x {
			walkNumbers(t, e)
		}
	}
}

func FuzzAPI(f *testing.F) {
	for _, s := range []string{"tech=0.5", "steps=10&dialogue=0", "preset=parity", "tech=%", "a=b&a=b", "steps=500&tech=1",
		"samples=50&tech=0.1..0.9&seed=3", "samples=7&dialogue=0.5..0.5&v=1", "seed=18446744073709551616&samples=1",
		"x=tech&y=dialogue&n=5", "x=attribution&y=tech&n=2&format=csv&china=offense", "x=tech&y=tech", "n=202&format=xml"} {
		f.Add(s)
	}
	h := API()
	f.Fuzz(func(t *testing.T, q string) {
		for _, ep := range []string{"/api/v1/assess", "/api/v1/simulate", "/api/v1/uncertainty", "/api/v1/sweep"} {
			req := httptest.NewRequest("GET", "http://x.test"+ep, nil)
			req.URL.RawQuery = q
			if ep == "/api/v1/uncertainty" && !strings.Contains(q, "samples=") {
				req.URL.RawQuery += "&samples=200" // keep each run short
			}
			if ep == "/api/v1/sweep" && !strings.Contains(q, "n=") {
				req.URL.RawQuery += "&n=3"
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 && rec.Code != 400 {
				t.Fatalf("%s?%q = %d", ep, q, rec.Code)
			}
			if rec.Code == 200 && strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
				if lines := strings.Count(rec.Body.String(), "\n"); lines < 5 || !strings.HasSuffix(strings.SplitN(rec.Body.String(), "\n", 2)[0], ",intensity,band,world,stable") {
					t.Fatalf("%s?%q: CSV of %d lines", ep, q, lines)
				}
				return
			}
			var v map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatalf("%s?%q: body not JSON: %v", ep, q, err)
			}
			if rec.Code == 400 {
				e, _ := v["error"].(map[string]any)
				p, _ := e["param"].(string)
				m, _ := e["message"].(string)
				if p == "" || m == "" {
					t.Fatalf("%s?%q: error body %v does not name a parameter", ep, q, v)
				}
			}
		}
	})
}

func TestAssessExplanation(t *testing.T) {
	h := API()
	rec := get(t, h, "GET", "/api/v1/assess?preset=us-superiority-no-consensus&lang=zh-CN")
	var body struct {
		World       string `json:"world"`
		Explanation *struct {
			Lang    string `json:"lang"`
			Summary string `json:"summary"`
			WorldID string `json:"world_id"`
			Driver  struct {
				Input string `json:"input"`
			} `json:"driver"`
		} `json:"explanation"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 200 {
		t.Fatalf("assess with lang = %d %v", rec.Code, err)
	}
	e := body.Explanation
	if e == nil || e.Lang != "zh-CN" || e.WorldID != "doubly-dangerous" || !strings.Contains(e.Summary, "双重危险") || e.Driver.Input == "" {
		t.Errorf("explanation %+v", e)
	}
	if rec := get(t, h, "GET", "/api/v1/assess"); strings.Contains(rec.Body.String(), "explanation") {
		t.Errorf("explanation without lang")
	}
	rec = get(t, h, "GET", "/api/v1/assess?lang=fr")
	if e := decodeBody[ErrorBody](t, rec); rec.Code != 400 || e.Error.Param != "lang" || !strings.Contains(e.Error.Message, "zh-CN") {
		t.Errorf("lang=fr = %d %+v", rec.Code, e)
	}
	rec = get(t, h, "GET", "/api/v1/assess?tech=2&lang=zh-CN")
	if e := decodeBody[ErrorBody](t, rec); rec.Code != 400 || e.Error.Param != "tech" || !strings.Contains(e.Error.Message, "[0, 1]") || !strings.Contains(e.Error.Message, "必须") {
		t.Errorf("tech=2&lang=zh-CN = %d %+v", rec.Code, e)
	}
}
