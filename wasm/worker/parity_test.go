//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
)

// routes lists a request for every route: each file of the site, "/", each
// API endpoint, the dynamic images and pages, and the errors.
func routes(t *testing.T) []string {
	t.Helper()
	site, err := siteDir()
	if err != nil {
		t.Fatal(err)
	}
	rs := []string{"/"}
	err = fs.WalkDir(os.DirFS(site), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == "." {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") || name == "_headers" || name == "_redirects" {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			rs = append(rs, "/"+name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return append(rs, "/api/v1/assess", "/api/v1/assess?tech=2", "/api/v1/simulate?steps=5", "/api/v1/presets",
		"/api/v1/evidence", "/api/v1/nope", "/healthz", "/og.png?dialogue=0", "/og.png?compare=1&b.dialogue=0&b.china=offense", "/oembed?url=%2F", "/nope", "/.hidden",
		"/?tech=0.30&dialogue=0.10", "/?tech=abc")
}

var hashedName = regexp.MustCompile(`\.[0-9a-f]{8,}\.[a-z0-9]+$`)

// checkHeaders checks the policy of one response, whoever served it.
func checkHeaders(t *testing.T, who, p string, r *response) {
	t.Helper()
	h := r.header
	csp := h.Get("Content-Security-Policy")
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s GET %s: %s", who, p, fmt.Sprintf(format, args...))
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" || h.Get("Permissions-Policy") == "" {
		fail("nosniff %q, Referrer-Policy %q, Permissions-Policy %q", h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"), h.Get("Permissions-Policy"))
	}
	if h.Get("Set-Cookie") != "" {
		fail("sets a cookie")
	}
	if !strings.HasPrefix(csp, "default-src 'none'") || strings.Contains(csp, "'unsafe-inline'") || strings.Contains(csp, "'unsafe-eval'") || strings.Contains(csp, "http") {
		fail("CSP %q is not strict", csp)
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasPrefix(name, "?") { // "/?…": the page rendered for the query
		name = "index.html"
	}
	wantFrame, wantXFO := "frame-ancestors 'none'", "DENY"
	switch name {
	case "spiral.html":
		wantFrame, wantXFO = "frame-ancestors 'self'", "SAMEORIGIN"
	case "embed.html":
		wantFrame, wantXFO = "frame-ancestors *", ""
	}
	if !strings.HasSuffix(csp, wantFrame) || h.Get("X-Frame-Options") != wantXFO {
		fail("framing: CSP %q, X-Frame-Options %q; want %s and %q", csp, h.Get("X-Frame-Options"), wantFrame, wantXFO)
	}
	// The pages that run Go, and boot.js, which also runs as the worker
	// that compiles app.wasm (under its own response's policy).
	wasmPage := name == "index.html" || name == "spiral.html" || name == "embed.html" ||
		name == "boot.js" || strings.HasPrefix(name, "boot.") && strings.HasSuffix(name, ".js")
	if wasmPage != strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
		fail("CSP %q: 'wasm-unsafe-eval' only on the WebAssembly pages and boot.js", csp)
	}
	if r.status != 200 || strings.Contains(p, "?") || strings.HasPrefix(p, "/api/") {
		return
	}
	ct, cc := h.Get("Content-Type"), h.Get("Cache-Control")
	want := map[string]string{".wasm": "application/wasm", ".webmanifest": "application/manifest+json", ".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8"}[path.Ext(name)]
	if want != "" && ct != want {
		fail("Content-Type %q, want %q", ct, want)
	}
	switch {
	case hashedName.MatchString(name):
		if !strings.Contains(cc, "immutable") {
			fail("content-hashed file: Cache-Control %q", cc)
		}
	case path.Ext(name) == ".html" || name == "sw.js":
		if cc != "no-cache" {
			fail("Cache-Control %q, want no-cache", cc)
		}
	}
}

// TestEdgeHeaders checks the security headers, types and caching of every
// route, natively and (under `make edge-test`) in workerd, and that both
// send the same.
func TestEdgeHeaders(t *testing.T) {
	nat := nativeTarget(t)
	var edg *target
	t.Run("edge available", func(t *testing.T) { edg = edgeTarget(t) })
	for _, p := range routes(t) {
		n, err := raw(nat.base, "GET", p, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkHeaders(t, "native", p, n)
		if edg == nil {
			continue
		}
		e, err := raw(edg.base, "GET", p, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkHeaders(t, "workerd", p, e)
		if e.status != n.status {
			t.Errorf("GET %s: workerd %d, native %d", p, e.status, n.status)
		}
		for _, h := range append(securityHeaderNames, "Content-Type", "Cache-Control", "Access-Control-Allow-Origin", "Access-Control-Allow-Methods") {
			if e.header.Get(h) != n.header.Get(h) {
				t.Errorf("GET %s: %s: workerd %q, native %q", p, h, e.header.Get(h), n.header.Get(h))
			}
		}
	}
}

// TestEdgeAPIParity checks that workerd answers the API byte for byte as the
// native server does, for the presets, seeded random states and every
// endpoint.
func TestEdgeAPIParity(t *testing.T) {
	nat := nativeTarget(t)
	edg := edgeTarget(t)
	n, err := raw(nat.base, "GET", "/api/v1/presets", nil)
	if err != nil {
		t.Fatal(err)
	}
	var ps struct {
		Presets []struct{ Query string }
	}
	if err := json.Unmarshal(n.body, &ps); err != nil || len(ps.Presets) == 0 {
		t.Fatalf("presets: %v %s", err, n.body)
	}
	targets := []string{"/api/v1/presets", "/api/v1/evidence", "/healthz", "/api/v1/assess", "/api/v1/simulate", "/api/v1/simulate?steps=500&dialogue=0"}
	for _, p := range ps.Presets {
		targets = append(targets, "/api/v1/assess?"+p.Query, "/api/v1/simulate?steps=40&"+p.Query, "/og.png?"+p.Query)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	postures := []string{"offense", "defense"}
	for range 30 {
		v := url.Values{}
		for _, k := range []string{"tech", "discourse", "attribution", "dialogue"} {
			v.Set(k, fmt.Sprintf("%.3f", rng.Float64()))
		}
		v.Set("us", postures[rng.IntN(2)])
		v.Set("china", postures[rng.IntN(2)])
		q := v.Encode()
		targets = append(targets, "/api/v1/assess?"+q, fmt.Sprintf("/api/v1/simulate?steps=%d&%s", 1+rng.IntN(500), q))
	}
	// The Monte Carlo: the same bytes in the Worker as natively (the model
	// computes it with functions that round the same on every platform).
	targets = append(targets, "/api/v1/uncertainty?preset=paper-uncertainty",
		"/api/v1/uncertainty?tech=0.05..0.95&discourse=0.2..0.9&attribution=0.01..0.6&dialogue=0..1&us=defense&china=offense&samples=20000&seed=123456789",
		"/api/v1/uncertainty?dialogue=0.3..0.31&samples=1&seed=0&v=1")
	// Sweeps: the same bytes (JSON and CSV) in the Worker as natively.
	targets = append(targets, "/api/v1/sweep?n=11", "/api/v1/sweep?x=attribution&y=discourse&n=7&us=defense&china=offense&v=1",
		"/api/v1/sweep?x=dialogue&y=tech&n=51&format=csv&preset=china-tech-advantage", "/api/v1/sweep?n=201&format=csv",
		"/api/v1/openapi.json")
	// Citations: the same text in the Worker as natively, the permalink at
	// each server's own origin (ORIGIN below).
	for _, f := range []string{"apa", "chicago", "bibtex", "csl"} {
		targets = append(targets, "/api/v1/cite?accessed=2026-12-01&format="+f, "/api/v1/cite?preset=china-tech-advantage&v=1&lang=zh-TW&accessed=2024-02-29&format="+f,
			"/api/v1/cite?tech=0.20..0.40&dialogue=0.10&samples=500&seed=7&compare=1&b.dialogue=0.90&b.china=offense&view=plane&theme=dark&accessed=2026-12-01&format="+f)
	}
	// The card of two states (compare=1).
	targets = append(targets, "/og.png?compare=1&b.dialogue=0&b.china=offense")
	// ORIGIN stands for the server's own origin.
	targets = append(targets, "/oembed?url="+url.QueryEscape("ORIGIN/embed.html#tech=0.3&dialogue=0.9")+"&maxwidth=400")
	for _, p := range targets {
		n, err := raw(nat.base, "GET", strings.ReplaceAll(p, "ORIGIN", url.QueryEscape(nat.base)), nil)
		if err != nil {
			t.Fatal(err)
		}
		e, err := raw(edg.base, "GET", strings.ReplaceAll(p, "ORIGIN", url.QueryEscape(edg.base)), nil)
		if err != nil {
			t.Fatal(err)
		}
		if n.status != 200 {
			t.Errorf("native GET %s = %d %.200s", p, n.status, n.body)
		}
		nb := bytes.ReplaceAll(n.body, []byte(nat.base), []byte("ORIGIN"))
		eb := bytes.ReplaceAll(e.body, []byte(edg.base), []byte("ORIGIN"))
		if n.header.Get("Content-Type") == "image/png" && e.status == n.status {
			// The preview prints the page's link, whose origin differs
			// between the two servers: the same pixels above it.
			if d := pngDiffAboveLink(t, nb, eb); d != 0 {
				t.Errorf("GET %s: the previews differ in %d pixels above the link", p, d)
			}
			continue
		}
		if e.status != n.status || !bytes.Equal(eb, nb) || e.header.Get("Content-Type") != n.header.Get("Content-Type") {
			t.Errorf("GET %s: workerd %d %q %.200s\nnative %d %q %.200s", p, e.status, e.header.Get("Content-Type"), eb, n.status, n.header.Get("Content-Type"), nb)
		}
	}
	t.Logf("%d API answers identical", len(targets))
}

// TestEdgePageParity checks that the Worker renders the page for a query
// (server.Page, the fallback where WebAssembly does not run) byte for byte
// as the native server does: the page is origin-relative and carries no
// build hash or nonce, so nothing needs masking. ("/" without a query is
// the static index.html, whose headers TestEdgeHeaders compares.)
func TestEdgePageParity(t *testing.T) {
	nat := nativeTarget(t)
	edg := edgeTarget(t)
	for _, p := range []string{
		"/?tech=0.30&dialogue=0.10&us=defense&china=offense",
		"/?tech=0.9&discourse=0.2&attribution=0.05&dialogue=0.95&lang=zh-CN",
		"/?preset=china-tech-advantage&lang=zh-TW",
		"/?tech=0.05..0.95&samples=2000&seed=7",
		"/?tech=abc&china=maybe&nope=1",
	} {
		n, err := raw(nat.base, "GET", p, nil)
		if err != nil {
			t.Fatal(err)
		}
		e, err := raw(edg.base, "GET", p, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n.status != 200 || e.status != 200 {
			t.Errorf("GET %s: native %d, workerd %d", p, n.status, e.status)
		}
		if !bytes.Contains(n.body, []byte(`id="server-mode"`)) {
			t.Errorf("GET %s: native: not the server's page", p)
		}
		if !bytes.Equal(n.body, e.body) {
			t.Errorf("GET %s: workerd's page (%d bytes) differs from the native one (%d bytes)", p, len(e.body), len(n.body))
		}
		for _, h := range []string{"Content-Type", "Cache-Control", "Content-Security-Policy"} {
			if e.header.Get(h) != n.header.Get(h) {
				t.Errorf("GET %s: %s: workerd %q, native %q", p, h, e.header.Get(h), n.header.Get(h))
			}
		}
	}
}

// pngDiffAboveLink decodes two previews and counts the pixels that differ
// above the card's bottom 60 rows, where the link is printed.
func pngDiffAboveLink(t *testing.T, a, b []byte) int {
	t.Helper()
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatalf("preview: %v", err)
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("preview: %v", err)
	}
	if ia.Bounds() != ib.Bounds() {
		return ia.Bounds().Dx() * ia.Bounds().Dy()
	}
	n := 0
	bd := ia.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y-60; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r1, g1, b1, _ := ia.At(x, y).RGBA()
			r2, g2, b2, _ := ib.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return n
}
