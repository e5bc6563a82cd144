package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"net/http"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dilemma/cyberdilemma/web"
)

// Framing says who may put a page in a frame.
type Framing int

const (
	// FrameNone forbids every frame: frame-ancestors 'none' and
	// X-Frame-Options: DENY.
	FrameNone Framing = iota
	// FrameSelf allows our own pages only: frame-ancestors 'self' and
	// X-Frame-Options: SAMEORIGIN (the spiral, in the calculator's iframe).
	FrameSelf
	// FrameAny allows any site: frame-ancestors * and no X-Frame-Options
	// (the embed, in articles).
	FrameAny
)

// String returns the CSP frame-ancestors source list of f.
func (f Framing) String() string {
	switch f {
	case FrameSelf:
		return "'self'"
	case FrameAny:
		return "*"
	}
	return "'none'"
}

// cspWasm is the policy of the pages that run Go's WebAssembly through
// wasm_exec.js: WebAssembly.instantiate needs 'wasm-unsafe-eval' (and
// nothing wider); their stylesheet is inlined (web/gen), allowed by its
// hash (web.StyleHash) and by nothing wider.
var cspWasm = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' " + web.StyleHash + "; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"

// Content-Security-Policies. Every fetch directive starts from
// default-src 'none' and allows only our own origin: the site makes no
// third-party request. No policy allows inline script, eval or inline
// style (but the calculator's own stylesheet, by its hash); Ebiten and
// dom/v2 style elements through the CSSOM, which CSP does not restrict
// (checked in headless Chromium: no violation).
const (
	// cspStatic is the policy of every other file: other pages, scripts
	// (the service worker's fetches are governed by it), styles, images.
	cspStatic = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
	// cspAPI is the policy of the API's JSON and images: they are data,
	// never documents.
	cspAPI = "default-src 'none'; base-uri 'none'; form-action 'none'"
)

// Headers common to every response.
const (
	// ReferrerPolicy: the site needs no Referer, not even from itself.
	ReferrerPolicy = "no-referrer"
	// PermissionsPolicy turns off the powerful features the site never
	// uses; fullscreen stays allowed to our own origin (the spiral).
	PermissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), fullscreen=(self)"
)

// wasmPages are the pages that run Go WebAssembly, by file name, with who
// may frame them.
var wasmPages = map[string]Framing{
	"index.html":  FrameNone,
	"spiral.html": FrameSelf,
	"embed.html":  FrameAny,
}

// SecurityHeaders returns the security headers of the response to a request
// for urlPath: Content-Security-Policy (with frame-ancestors),
// X-Frame-Options where framing is restricted, X-Content-Type-Options,
// Referrer-Policy and Permissions-Policy. The native server sets them with
// Headers; the edge's _headers file is generated from the same function
// (EdgeHeaders), so that both serve the same. The caller may modify the
// result.
func SecurityHeaders(urlPath string) http.Header {
	csp, framing := cspStatic, FrameNone
	if IsDynamic(urlPath) {
		csp = cspAPI
	} else if compilesInWorker(pageName(urlPath)) {
		// boot.js also runs as the worker that compiles app.wasm, under its
		// own response's policy (a page's script runs under the page's):
		// compiling needs 'wasm-unsafe-eval'.
		csp = strings.Replace(cspStatic, "script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", 1)
	} else if f, ok := wasmPages[pageName(urlPath)]; ok {
		csp, framing = cspWasm, f
		if pageName(urlPath) == "index.html" {
			// The calculator's form submits to its own origin (page.go).
			csp = strings.Replace(csp, "form-action 'none'", "form-action 'self'", 1)
		}
	}
	h := make(http.Header, 6)
	h.Set("Content-Security-Policy", csp+"; frame-ancestors "+framing.String())
	switch framing {
	case FrameNone:
		h.Set("X-Frame-Options", "DENY")
	case FrameSelf:
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", ReferrerPolicy)
	h.Set("Permissions-Policy", PermissionsPolicy)
	return h
}

// compilesInWorker reports whether name is the script that also runs as a
// worker compiling WebAssembly: boot.js, by its plain name or its
// content-hashed one (boot.<hash>.js).
func compilesInWorker(name string) bool {
	if strings.Contains(name, "/") || !strings.HasSuffix(name, ".js") {
		return false
	}
	base, _, _ := strings.Cut(name, ".")
	return base == "boot" && strings.Count(name, ".") <= 2
}

// pageName returns the file a path names, as Static finds it: "/" and
// "/dir/" name their index.html.
func pageName(urlPath string) string {
	name := strings.TrimPrefix(urlPath, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return name
}

// Headers wraps h so that every response, errors included, carries
// SecurityHeaders for its path. They are set before h runs, so h could
// still override one (none does).
func Headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dst := w.Header()
		for k, v := range SecurityHeaders(r.URL.Path) {
			dst[k] = v
		}
		h.ServeHTTP(w, r)
	})
}

// MaxEdgeRules is the most rules Cloudflare reads from a _headers file.
const MaxEdgeRules = 100

// EdgeHeaders returns the _headers file with which Cloudflare's static
// assets serve the files of fsys (web/dist) with the headers the native
// server sends: the security headers of SecurityHeaders, Content-Type of
// ContentType and Cache-Control of CacheControl. A rule for /* carries what
// most files share and one per extension its type; the files that differ
// (the WebAssembly pages, content-hashed files) get a rule that detaches the
// shared value ("! Name") and sets their own, since Cloudflare joins the
// values of every rule that matches. Hidden files and precompressed
// siblings are skipped, as Static refuses them (Cloudflare compresses
// itself). It fails if the rules would exceed MaxEdgeRules.
func EdgeHeaders(fsys fs.FS) ([]byte, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && !IsEdgeFile(name) && !IsPrecompressed(name) {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)

	// The shared rule: a plain static file.
	base := SecurityHeaders("/_")
	base.Set("Cache-Control", "no-cache")
	var b bytes.Buffer
	rules := 0
	rule := func(pattern string, h http.Header, detach map[string]bool) {
		rules++
		fmt.Fprintf(&b, "%s\n", pattern)
		for _, k := range slices.Sorted(maps.Keys(detach)) {
			if detach[k] {
				fmt.Fprintf(&b, "  ! %s\n", k)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(h)) {
			fmt.Fprintf(&b, "  %s: %s\n", k, h.Get(k))
		}
	}
	b.WriteString("# Generated by wasm/worker/cmd/edgesite from server.EdgeHeaders: the\n# native server's headers, for Cloudflare's static assets. Do not edit.\n")
	rule("/*", base, nil)
	exts := map[string]bool{}
	for _, n := range names {
		exts[strings.ToLower(path.Ext(n))] = true
	}
	for _, ext := range slices.Sorted(maps.Keys(exts)) {
		if ext == "" {
			continue // typed one by one below
		}
		rule("/*"+ext, http.Header{"Content-Type": {ContentType("x" + ext)}}, nil)
	}
	for _, n := range names {
		paths := []string{"/" + n}
		if n == "index.html" || strings.HasSuffix(n, "/index.html") {
			paths = append([]string{"/" + strings.TrimSuffix(n, "index.html")}, paths...)
		}
		for _, p := range paths {
			want := SecurityHeaders(p)
			want.Set("Cache-Control", CacheControl(n))
			own, detach := http.Header{}, map[string]bool{}
			for k := range want {
				if want.Get(k) != base.Get(k) {
					own.Set(k, want.Get(k))
					detach[k] = base.Get(k) != ""
				}
			}
			for k := range base {
				if want.Get(k) == "" {
					detach[k] = true
				}
			}
			if path.Ext(n) == "" || strings.HasSuffix(p, "/") {
				own.Set("Content-Type", ContentType(n))
				detach["Content-Type"] = false
			}
			if len(own) > 0 || len(detach) > 0 {
				rule(p, own, detach)
			}
		}
	}
	if rules > MaxEdgeRules {
		return nil, fmt.Errorf("server: _headers needs %d rules, Cloudflare reads %d", rules, MaxEdgeRules)
	}
	return b.Bytes(), nil
}

// IsEdgeFile reports whether name is one of the platform's own files, which
// it reads rather than serves (and which EdgeHeaders and EdgeRedirects
// write).
func IsEdgeFile(name string) bool {
	return name == "_headers" || name == "_redirects"
}

// EdgeRedirects returns the _redirects file that serves each folder's
// index.html at the folder's path ("/" is index.html), as Static does; with
// html_handling "none" Cloudflare serves every other file at its own path
// only, as Static does too.
func EdgeRedirects(fsys fs.FS) ([]byte, error) {
	var b bytes.Buffer
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && path.Base(name) == "index.html" {
			fmt.Fprintf(&b, "/%s /%s 200\n", strings.TrimSuffix(name, "index.html"), name)
		}
		return nil
	})
	return b.Bytes(), err
}
