//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// badRequest is one entry of the catalogue of bad requests.
type badRequest struct {
	name   string
	method string
	target string // the request-target, sent byte for byte
	body   []byte
	status int
	// param is the JSON error's param; "" when the answer is not the API's
	// JSON error (a static path).
	param string
	// platform marks the answers that Cloudflare's static assets give
	// themselves (a method other than GET or HEAD on a file that exists):
	// the same status, the same headers, but an empty body at the edge.
	platform bool
}

const assess = "/api/v1/assess"

// catalogue is every kind of bad request the servers must refuse with a 4xx
// and survive.
var catalogue = func() []badRequest {
	q := func(name, query string, param string) badRequest {
		return badRequest{name: name, method: "GET", target: assess + "?" + query, status: 400, param: param}
	}
	c := []badRequest{
		// Not numbers.
		q("word", "tech=abc", "tech"),
		q("comma decimal", "discourse=0,5", "discourse"),
		q("percent sign", "tech=50%25", "tech"),
		q("spaces", "tech=%200.5%20", "tech"),
		q("hex", "tech=0x1", "tech"),
		q("fraction", "tech=1/2", "tech"),
		q("unicode digit", "tech=%EF%BC%91", "tech"),
		// NaN and infinities.
		q("NaN", "attribution=NaN", "attribution"),
		q("nan", "attribution=nan", "attribution"),
		q("Infinity", "dialogue=Infinity", "dialogue"),
		q("+Inf", "dialogue=%2BInf", "dialogue"),
		q("-Inf", "dialogue=-Inf", "dialogue"),
		q("overflow", "tech=1e309", "tech"),
		// Out of range.
		q("above 1", "tech=2", "tech"),
		q("below 0", "tech=-1", "tech"),
		q("just above 1", "discourse=1.0000001", "discourse"),
		q("huge exponent", "attribution=1e300", "attribution"),
		// Duplicated keys.
		q("twice", "tech=0.5&tech=0.6", "tech"),
		q("twice, same value", "us=offense&us=offense", "us"),
		// Empty values and names.
		q("empty number", "tech=", "tech"),
		q("empty posture", "china=", "china"),
		q("bare key", "dialogue", "dialogue"),
		q("empty name", "=5", "query"),
		// Bad postures and presets.
		q("posture", "us=sideways", "us"),
		q("posture case", "us=OFFENSE", "us"),
		q("preset", "preset=nope", "preset"),
		// Unknown keys.
		q("unknown", "colour=blue", "colour"),
		q("key case", "TECH=0.5", "TECH"),
		q("steps on assess", "steps=10", "steps"),
		// Very long values and queries.
		q("long value", "tech="+strings.Repeat("9", 5000), "query"),
		q("long query", strings.Repeat("tech=0.5&", 1000), "query"),
		q("many keys", strings.Repeat("&", 900)+"x=1", "x"),
		// Bad UTF-8 and percent-encoding.
		q("bad escape", "tech=%G0", "tech"),
		q("cut escape", "tech=0.5%", "tech"),
		q("bad UTF-8 value", "us=%ff%fe", "us"),
		q("bad UTF-8 key", "%ff=1", "query"),
		q("bad escape in key", "%zz=1", "query"),
		q("NUL", "tech=0.5%00", "tech"),
		// The other endpoints.
		{name: "steps zero", method: "GET", target: "/api/v1/simulate?steps=0", status: 400, param: "steps"},
		{name: "steps too many", method: "GET", target: "/api/v1/simulate?steps=501", status: 400, param: "steps"},
		{name: "steps float", method: "GET", target: "/api/v1/simulate?steps=2.5", status: 400, param: "steps"},
		{name: "steps exponent", method: "GET", target: "/api/v1/simulate?steps=1e3", status: 400, param: "steps"},
		{name: "steps huge", method: "GET", target: "/api/v1/simulate?steps=99999999999999999999", status: 400, param: "steps"},
		{name: "steps twice", method: "GET", target: "/api/v1/simulate?steps=1&steps=2", status: 400, param: "steps"},
		{name: "presets query", method: "GET", target: "/api/v1/presets?x=1", status: 400, param: "query"},
		{name: "evidence query", method: "GET", target: "/api/v1/evidence?tech=1", status: 400, param: "query"},
		{name: "cite format", method: "GET", target: "/api/v1/cite?format=mla", status: 400, param: "format"},
		{name: "cite accessed", method: "GET", target: "/api/v1/cite?accessed=2026-02-30", status: 400, param: "accessed"},
		{name: "cite state", method: "GET", target: "/api/v1/cite?format=bibtex&dialogue=1.5", status: 400, param: "dialogue"},
		{name: "cite view", method: "GET", target: "/api/v1/cite?view=cube", status: 400, param: "view"},
		{name: "cite state B", method: "GET", target: "/api/v1/cite?compare=1&b.tech=2", status: 400, param: "b.tech"},
		{name: "og bad", method: "GET", target: "/og.png?tech=2", status: 400, param: "tech"},
		{name: "og unknown", method: "GET", target: "/og.png?w=9999", status: 400, param: "w"},
		{name: "og bad b.tech", method: "GET", target: "/og.png?b.tech=2", status: 400, param: "b.tech"},
		{name: "og bad compare", method: "GET", target: "/og.png?compare=yes", status: 400, param: "compare"},
		{name: "oembed no url", method: "GET", target: "/oembed", status: 400, param: "url"},
		{name: "oembed format", method: "GET", target: "/oembed?url=%2F&format=xml", status: 400, param: "format"},
		{name: "oembed size", method: "GET", target: "/oembed?url=%2F&maxwidth=abc", status: 400, param: "maxwidth"},
		{name: "oembed other site", method: "GET", target: "/oembed?url=https%3A%2F%2Fevil.example%2F", status: 404, param: "url"},
		{name: "oembed unknown", method: "GET", target: "/oembed?callback=x", status: 400, param: "callback"},
		// Wrong methods.
		{name: "POST", method: "POST", target: assess, status: 405, param: "method"},
		{name: "PUT", method: "PUT", target: assess + "?tech=0.5", status: 405, param: "method"},
		{name: "DELETE", method: "DELETE", target: "/api/v1/simulate", status: 405, param: "method"},
		{name: "PATCH", method: "PATCH", target: "/healthz", status: 405, param: "method"},
		{name: "TRACE", method: "TRACE", target: assess, status: 405, param: "method"},
		{name: "POST with a body", method: "POST", target: assess, body: bytes.Repeat([]byte("x"), 1<<20), status: 405, param: "method"},
		{name: "POST a page", method: "POST", target: "/", status: 405, platform: true},
		{name: "DELETE a file", method: "DELETE", target: "/index.html", status: 405, platform: true},
		{name: "POST a missing file", method: "POST", target: "/nope.html", status: 405},
		// Path tricks.
		{name: "unknown API version", method: "GET", target: "/api/v2/assess", status: 404, param: "path"},
		{name: "API trailing slash", method: "GET", target: assess + "/", status: 404, param: "path"},
		{name: "API case", method: "GET", target: "/API/v1/assess", status: 404},
		{name: "encoded dot-dot", method: "GET", target: "/..%2f..%2fetc/passwd", status: 400},
		{name: "encoded slash in API", method: "GET", target: "/api%2fv1%2fassess", status: 404},
		{name: "hidden file", method: "GET", target: "/.git/config", status: 400},
		{name: "hidden env", method: "GET", target: "/.env", status: 400},
		{name: "missing page", method: "GET", target: "/nope.html", status: 404},
		{name: "file as folder", method: "GET", target: "/index.html/", status: 404},
		{name: "NUL in path", method: "GET", target: "/index.html%00", status: 404},
		{name: "bad UTF-8 path", method: "GET", target: "/%ff%fe", status: 400},
		{name: "long path", method: "GET", target: "/" + strings.Repeat("a", 4000), status: 404},
		{name: "edge config", method: "GET", target: "/_headers", status: 404},
	}
	return c
}()

// TestEdgeCatalogue sends every bad request to the native server and, under
// `make edge-test`, to the Worker in workerd: each gets its 4xx, natively
// with the JSON error naming the parameter, and the same status, headers
// and body at the edge; both keep serving.
func TestEdgeCatalogue(t *testing.T) {
	nat := nativeTarget(t)
	var edg *target
	if t.Run("edge available", func(t *testing.T) { edg = edgeTarget(t) }); edg == nil {
		t.Log("native only")
	}
	for _, tt := range catalogue {
		t.Run(tt.name, func(t *testing.T) {
			n, err := raw(nat.base, tt.method, tt.target, tt.body)
			if err != nil {
				t.Fatalf("native %s %.60s: %v", tt.method, tt.target, err)
			}
			if n.status != tt.status {
				t.Errorf("native %s %.60s = %d %.200s, want %d", tt.method, tt.target, n.status, n.body, tt.status)
			}
			if tt.param != "" {
				var e struct {
					Error struct{ Param, Message string }
				}
				if err := json.Unmarshal(n.body, &e); err != nil || e.Error.Param != tt.param || e.Error.Message == "" {
					t.Errorf("native %s %.60s: error %.200s, want JSON naming %q", tt.method, tt.target, n.body, tt.param)
				}
				if ct := n.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
					t.Errorf("native %s %.60s: Content-Type %q", tt.method, tt.target, ct)
				}
			}
			for _, h := range securityHeaderNames[2:] {
				if n.header.Get(h) == "" {
					t.Errorf("native %s %.60s lacks %s", tt.method, tt.target, h)
				}
			}
			if edg == nil {
				return
			}
			e, err := raw(edg.base, tt.method, tt.target, tt.body)
			if err != nil {
				t.Fatalf("workerd %s %.60s: %v", tt.method, tt.target, err)
			}
			if e.status != n.status {
				t.Errorf("%s %.60s: workerd %d %.200s, native %d %.200s", tt.method, tt.target, e.status, e.body, n.status, n.body)
			}
			// Bodies may name the origin (oEmbed), which differs by port.
			eb := bytes.ReplaceAll(e.body, []byte(edg.base), []byte("ORIGIN"))
			nb := bytes.ReplaceAll(n.body, []byte(nat.base), []byte("ORIGIN"))
			if !tt.platform && !bytes.Equal(eb, nb) {
				t.Errorf("%s %.60s: bodies differ:\nworkerd %.300s\nnative  %.300s", tt.method, tt.target, e.body, n.body)
			}
			for _, h := range append(securityHeaderNames, "Content-Type", "Allow", "Access-Control-Allow-Origin", "Set-Cookie") {
				if tt.platform && (h == "Content-Type" || h == "Allow") {
					continue
				}
				if e.header.Get(h) != n.header.Get(h) {
					t.Errorf("%s %.60s: %s: workerd %q, native %q", tt.method, tt.target, h, e.header.Get(h), n.header.Get(h))
				}
			}
		})
	}
	// Both still serve.
	for _, tg := range []*target{nat, edg} {
		if tg == nil {
			continue
		}
		r, err := raw(tg.base, "GET", "/api/v1/assess?tech=0.85", nil)
		if err != nil || r.status != 200 {
			t.Errorf("%s after the catalogue: %v %+v", tg.name, err, r)
		}
	}
	t.Logf("%d bad requests", len(catalogue))
}
