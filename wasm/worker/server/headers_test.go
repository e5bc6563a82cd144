package server

import (
	"bufio"
	"bytes"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSecurityHeaders(t *testing.T) {
	tests := []struct {
		path, frame, xfo string
		wasm             bool
	}{
		{"/", "frame-ancestors 'none'", "DENY", true},
		{"/index.html", "frame-ancestors 'none'", "DENY", true},
		{"/spiral.html", "frame-ancestors 'self'", "SAMEORIGIN", true},
		{"/embed.html", "frame-ancestors *", "", true},
		{"/other.html", "frame-ancestors 'none'", "DENY", false},
		{"/sw.js", "frame-ancestors 'none'", "DENY", false},
		// boot.js is also the worker that compiles app.wasm, under its own
		// response's policy; other scripts may not compile WebAssembly.
		{"/boot.js", "frame-ancestors 'none'", "DENY", true},
		{"/boot.0123456789.js", "frame-ancestors 'none'", "DENY", true},
		{"/boot.js.map", "frame-ancestors 'none'", "DENY", false},
		{"/embed.js", "frame-ancestors 'none'", "DENY", false},
		{"/spiral.0123456789.js", "frame-ancestors 'none'", "DENY", false},
		{"/spiral.js", "frame-ancestors 'none'", "DENY", false},
		{"/wasm_exec.0123456789.js", "frame-ancestors 'none'", "DENY", false},
		{"/boot.x.y.js", "frame-ancestors 'none'", "DENY", false},
		{"/assets/boot.js", "frame-ancestors 'none'", "DENY", false},
		{"/api/v1/assess", "frame-ancestors 'none'", "DENY", false},
		{"/og.png", "frame-ancestors 'none'", "DENY", false},
	}
	for _, tt := range tests {
		h := SecurityHeaders(tt.path)
		csp := h.Get("Content-Security-Policy")
		if !strings.HasSuffix(csp, tt.frame) || h.Get("X-Frame-Options") != tt.xfo {
			t.Errorf("SecurityHeaders(%q): CSP %q, X-Frame-Options %q; want %s, %q", tt.path, csp, h.Get("X-Frame-Options"), tt.frame, tt.xfo)
		}
		if strings.Contains(csp, "'wasm-unsafe-eval'") != tt.wasm || strings.Contains(csp, "'unsafe-inline'") || strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("SecurityHeaders(%q): CSP %q", tt.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != ReferrerPolicy || h.Get("Permissions-Policy") != PermissionsPolicy {
			t.Errorf("SecurityHeaders(%q) = %v", tt.path, h)
		}
	}
}

var siteFS = fstest.MapFS{
	"index.html":           {Data: []byte("<!doctype html>")},
	"spiral.html":          {Data: []byte("<!doctype html>")},
	"embed.html":           {Data: []byte("<!doctype html>")},
	"about.html":           {Data: []byte("<!doctype html>")},
	"app.wasm":             {Data: []byte("\x00asm")},
	"app.1a2b3c4d.wasm":    {Data: []byte("\x00asm")},
	"sw.js":                {Data: []byte("self")},
	"manifest.webmanifest": {Data: []byte("{}")},
	"assets/icon.svg":      {Data: []byte("<svg/>")},
	"assets/LICENSE":       {Data: []byte("text")},
	"docs/index.html":      {Data: []byte("<!doctype html>")},
	".hidden":              {Data: []byte("no")},
	"_headers":             {Data: []byte("old")},
}

// TestHeadersEverywhere checks that every response of the site, errors
// included, carries the security headers of its path.
func TestHeadersEverywhere(t *testing.T) {
	h := Site(siteFS)
	for _, p := range []string{"/", "/embed.html", "/spiral.html", "/app.wasm", "/nope", "/.hidden", "/api/v1/assess", "/api/v1/assess?tech=9", "/api/v9", "/healthz", "/og.png?tech=x", "/oembed"} {
		for _, m := range []string{"GET", "POST"} {
			rec := get(t, h, m, p)
			want := SecurityHeaders(strings.SplitN(p, "?", 2)[0])
			for k := range want {
				if rec.Header().Get(k) != want.Get(k) {
					t.Errorf("%s %s: %s = %q, want %q", m, p, k, rec.Header().Get(k), want.Get(k))
				}
			}
			if rec.Header().Get("Set-Cookie") != "" {
				t.Errorf("%s %s sets a cookie", m, p)
			}
		}
	}
}

// applyEdge evaluates a _headers file as Cloudflare does for one path:
// every matching rule applies in order, "! Name" removes what an earlier
// rule set, and values of the same name are joined with ", ".
func applyEdge(t *testing.T, file []byte, path string, base http.Header) http.Header {
	t.Helper()
	out := base.Clone()
	set := http.Header{}
	matches := false
	sc := bufio.NewScanner(bytes.NewReader(file))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "":
		case !strings.HasPrefix(line, " "):
			pat := "^" + strings.ReplaceAll(regexp.QuoteMeta(line), `\*`, ".*") + "$"
			matches = regexp.MustCompile(pat).MatchString(path)
		case !matches:
		case strings.HasPrefix(strings.TrimSpace(line), "!"):
			set.Del(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "!")))
		default:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
			if !ok {
				t.Fatalf("_headers line %q", line)
			}
			if old := set.Get(k); old != "" {
				v = old + ", " + v
			}
			set.Set(k, v)
		}
	}
	for k := range set {
		out.Set(k, set.Get(k))
	}
	return out
}

// TestEdgeHeadersFile checks that the generated _headers makes Cloudflare's
// static assets send, for every file and for "/", the headers the native
// server sends.
func TestEdgeHeadersFile(t *testing.T) {
	file, err := EdgeHeaders(siteFS)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(file, []byte(".hidden")) || bytes.Contains(file, []byte("/_headers")) {
		t.Errorf("_headers names hidden or platform files:\n%s", file)
	}
	h := Site(siteFS)
	for _, p := range []string{"/", "/index.html", "/spiral.html", "/embed.html", "/about.html", "/app.wasm", "/app.1a2b3c4d.wasm", "/sw.js", "/manifest.webmanifest", "/assets/icon.svg", "/assets/LICENSE", "/docs/", "/docs/index.html"} {
		rec := get(t, h, "GET", p)
		if rec.Code != 200 {
			t.Fatalf("native GET %s = %d", p, rec.Code)
		}
		// The platform's own defaults, which the file must override.
		edge := applyEdge(t, file, p, http.Header{"Content-Type": {"application/octet-stream"}, "Cache-Control": {"public, max-age=0, must-revalidate"}})
		for _, k := range append([]string{"Content-Type", "Cache-Control"}, "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy") {
			if edge.Get(k) != rec.Header().Get(k) {
				t.Errorf("GET %s: %s: edge %q, native %q", p, k, edge.Get(k), rec.Header().Get(k))
			}
		}
	}
	red, err := EdgeRedirects(siteFS)
	if err != nil || string(red) != "/docs/ /docs/index.html 200\n/ /index.html 200\n" {
		t.Errorf("EdgeRedirects = %q, %v", red, err)
	}
}

func TestHeadersMiddlewareKeepsHandlerHeaders(t *testing.T) {
	h := Headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "SAMEORIGIN")
		w.WriteHeader(http.StatusTeapot)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	if rec.Code != http.StatusTeapot || rec.Header().Get("X-Frame-Options") != "SAMEORIGIN" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("Headers: %d %v", rec.Code, rec.Header())
	}
}
