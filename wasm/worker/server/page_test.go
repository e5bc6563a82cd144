package server

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPageQuery: "/" with a query is the page rendered on the server, even
// where no file is served (the Worker's file system is empty), with the
// headers of index.html; its results are the API's for the same state.
func TestPageQuery(t *testing.T) {
	site := Site(fstest.MapFS{"index.html": {Data: []byte("<title>static</title>")}})
	get := func(method, target string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
		return rec
	}
	if rec := get("GET", "/"); rec.Body.String() != "<title>static</title>" {
		t.Errorf("GET / = %q, want the static index.html", rec.Body)
	}
	dataValue := regexp.MustCompile(`id="(intensity|world)" class="big" data-value="([^"]*)"`)
	for _, q := range []string{
		"tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.10&us=defense&china=offense",
		"tech=0.9&dialogue=0.05&lang=zh-CN",
		"tech=0.55&us=offense&china=offense&lang=zh-TW",
	} {
		rec := get("GET", "/?"+q)
		if rec.Code != 200 {
			t.Fatalf("GET /?%s = %d", q, rec.Code)
		}
		h := rec.Header()
		if h.Get("Content-Type") != "text/html; charset=utf-8" || h.Get("Cache-Control") != "no-cache" {
			t.Errorf("GET /?%s: Content-Type %q, Cache-Control %q", q, h.Get("Content-Type"), h.Get("Cache-Control"))
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "form-action 'self'") || !strings.Contains(csp, "img-src 'self'") {
			t.Errorf("GET /?%s: CSP %q", q, csp)
		}
		if h.Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("GET /?%s: Content-Length %q for %d bytes", q, h.Get("Content-Length"), rec.Body.Len())
		}
		body := rec.Body.String()
		if !strings.Contains(body, `id="server-mode"`) {
			t.Errorf("GET /?%s: no server notice", q)
		}
		got := map[string]string{}
		for _, m := range dataValue.FindAllStringSubmatch(body, -1) {
			got[m[1]] = m[2]
		}
		api := get("GET", "/api/v1/assess?"+strings.Split(q, "&lang=")[0])
		var want struct {
			Intensity float64 `json:"intensity"`
			World     string  `json:"world"`
		}
		if err := json.Unmarshal(api.Body.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if got["intensity"] != strconv.FormatFloat(want.Intensity, 'g', -1, 64) || got["world"] != want.World {
			t.Errorf("GET /?%s: intensity %s, world %s; the API: %v, %s", q, got["intensity"], got["world"], want.Intensity, want.World)
		}
		if head := get("HEAD", "/?"+q); head.Code != 200 || head.Body.Len() != 0 {
			t.Errorf("HEAD /?%s = %d with %d bytes", q, head.Code, head.Body.Len())
		}
	}
	// Bad values: the page, 200, with the notice of what was used.
	rec := get("GET", "/?tech=abc&china=maybe&nope=1")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<div id="notice" class="notice" role="status">`) {
		t.Errorf("GET /?tech=abc… = %d, notice shown: %v", rec.Code, strings.Contains(rec.Body.String(), `<div id="notice" class="notice" role="status">`))
	}
	if n := strings.Count(rec.Body.String(), "<li>"); n < 3 {
		t.Errorf("GET /?tech=abc…: %d problems listed, want 3", n)
	}
	if rec := get("POST", "/?tech=0.3"); rec.Code != 405 {
		t.Errorf("POST /?tech=0.3 = %d, want 405", rec.Code)
	}
	// Only "/" has the form: the other pages keep form-action 'none'.
	for p, want := range map[string]string{"/": "'self'", "/index.html": "'self'", "/spiral.html": "'none'", "/embed.html": "'none'", "/api/v1/assess": "'none'"} {
		if csp := SecurityHeaders(p).Get("Content-Security-Policy"); !strings.Contains(csp, "form-action "+want) {
			t.Errorf("%s: CSP %q, want form-action %s", p, csp, want)
		}
	}
}
