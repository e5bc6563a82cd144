package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/cite"
)

// TestCite: each format is web/cite's text for the query's state, with the
// permalink at the request's origin and the access date given, or the
// request's date (UTC) when none is.
func TestCite(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2026, 3, 4, 23, 30, 0, 0, time.FixedZone("UTC-5", -5*3600)) }
	in := model.Default()
	in.Dialogue = 0
	tests := []struct {
		target string
		f      cite.Format
		ct     string
		date   cite.Date
		url    string
	}{
		{"/api/v1/cite?dialogue=0", cite.APA, "text/plain; charset=utf-8", cite.Date{Year: 2026, Month: 3, Day: 5}, "http://example.test/#" + in.Encode()},
		{"/api/v1/cite?dialogue=0&format=chicago&accessed=2024-02-29", cite.Chicago, "text/plain; charset=utf-8", cite.Date{Year: 2024, Month: 2, Day: 29}, "http://example.test/#" + in.Encode()},
		{"/api/v1/cite?format=bibtex&dialogue=0&accessed=2026-12-01&lang=zh-CN", cite.BibTeX, "application/x-bibtex; charset=utf-8", cite.Date{Year: 2026, Month: 12, Day: 1}, "http://example.test/#" + in.Encode() + "&lang=zh-CN"},
		{"/api/v1/cite?format=csl&dialogue=0&accessed=2026-12-01", cite.CSL, "application/vnd.citationstyles.csl+json; charset=utf-8", cite.Date{Year: 2026, Month: 12, Day: 1}, "http://example.test/#" + in.Encode()},
	}
	for _, tt := range tests {
		rec := get(t, API(), "GET", tt.target)
		want := cite.Text(tt.f, cite.Calculator{URL: tt.url, Inputs: in, Accessed: tt.date})
		if rec.Code != 200 || rec.Header().Get("Content-Type") != tt.ct || rec.Body.String() != want {
			t.Errorf("GET %s = %d %q\n%s\nwant %s\n%s", tt.target, rec.Code, rec.Header().Get("Content-Type"), rec.Body, tt.ct, want)
		}
		if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s: no CORS header", tt.target)
		}
	}
	// The origin is the request's: its Host header and its scheme.
	req := httptest.NewRequest("GET", "/api/v1/cite?v=1&format=bibtex", nil)
	req.Host = "dilemma.example:8443"
	req.Header.Set("X-Forwarded-Proto", "https")
	rec := httptest.NewRecorder()
	API().ServeHTTP(rec, req)
	v1 := model.Default()
	v1.Version = 1
	if want := "url          = {https://dilemma.example:8443/#" + v1.Encode() + "}"; !strings.Contains(rec.Body.String(), want) {
		t.Errorf("GET /api/v1/cite with Host dilemma.example:8443 lacks %q:\n%s", want, rec.Body)
	}
	// HEAD: the headers only.
	if rec := get(t, API(), "HEAD", "/api/v1/cite"); rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD /api/v1/cite = %d, %d bytes", rec.Code, rec.Body.Len())
	}
}

// TestCiteState: every key the page's link can hold is taken, and the
// permalink is the state's fragment as the page writes it (view.State),
// so that the page's own link comes back unchanged: ranges with samples=
// and seed=, preset=, lang=, theme=, view=, compare= and state B's keys.
func TestCiteState(t *testing.T) {
	links := []string{
		"tech=0.20..0.40&discourse=0.75&attribution=0.20&dialogue=0.10&us=defense&china=defense&v=2&samples=500&seed=7&compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.90&b.us=offense&b.china=offense&theme=dark&view=plane",
		"tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2&lang=zh-TW&view=plane",
		"tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=1&compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.50&b.us=offense&b.china=defense&theme=projector",
	}
	for _, link := range links {
		for _, f := range cite.Formats {
			target := "/api/v1/cite?" + link + "&format=" + f.String() + "&accessed=2026-12-01"
			rec := get(t, API(), "GET", target)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), "http://example.test/#"+link) {
				t.Errorf("GET %s = %d, lacks the permalink http://example.test/#%s:\n%s", target, rec.Code, link, rec.Body)
			}
		}
	}
	// Keys in another order, B's keys alone (compare on), theme=auto and
	// view=spiral: the page's canonical link.
	rec := get(t, API(), "GET", "/api/v1/cite?view=spiral&theme=auto&b.dialogue=1&dialogue=0&format=csl&accessed=2026-12-01")
	want := "http://example.test/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2&compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=1.00&b.us=offense&b.china=defense\""
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
		t.Errorf("GET /api/v1/cite?view=spiral&theme=auto&b.dialogue=1&dialogue=0 = %d, lacks %s:\n%s", rec.Code, want, rec.Body)
	}
}

// TestCiteErrors: a bad format, date or state is a JSON 400 that names the
// parameter and what it allows.
func TestCiteErrors(t *testing.T) {
	tests := []struct{ target, param, says string }{
		{"/api/v1/cite?format=mla", "format", "apa, chicago, bibtex, csl"},
		{"/api/v1/cite?format=", "format", ""},
		{"/api/v1/cite?accessed=2026-02-30", "accessed", "YYYY-MM-DD"},
		{"/api/v1/cite?accessed=yesterday", "accessed", "YYYY-MM-DD"},
		{"/api/v1/cite?tech=2", "tech", "[0, 1]"},
		{"/api/v1/cite?lang=fr", "lang", "en, zh-CN, zh-TW"},
		{"/api/v1/cite?style=apa", "style", ""},
		{"/api/v1/cite?tech=0.2..1.4", "tech", ""},
		{"/api/v1/cite?samples=0", "samples", ""},
		{"/api/v1/cite?seed=-1", "seed", ""},
		{"/api/v1/cite?theme=pink", "theme", "auto, light, dark, projector"},
		{"/api/v1/cite?view=cube", "view", "spiral, plane"},
		{"/api/v1/cite?compare=2", "compare", "0, 1"},
		{"/api/v1/cite?controls=no", "controls", "0, 1"},
		{"/api/v1/cite?compare=1&b.tech=2", "b.tech", "[0, 1]"},
		{"/api/v1/cite?b.us=both", "b.us", ""},
		{"/api/v1/cite?b.v=1", "b.v", ""},
		{"/api/v1/cite?format=apa&format=csl", "format", ""},
	}
	for _, tt := range tests {
		rec := get(t, API(), "GET", tt.target)
		e := decodeBody[ErrorBody](t, rec)
		if rec.Code != http.StatusBadRequest || e.Error.Param != tt.param || !strings.Contains(e.Error.Message, tt.says) {
			t.Errorf("GET %s = %d %+v, want 400 naming %s (%q)", tt.target, rec.Code, e, tt.param, tt.says)
		}
	}
	if rec := get(t, API(), "POST", "/api/v1/cite"); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /api/v1/cite = %d", rec.Code)
	}
}
