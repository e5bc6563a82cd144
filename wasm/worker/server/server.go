package server

import (
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"time"
)

// Route is one row of Routes.
type Route struct {
	// Path is an exact path, or, ending in "/", a prefix: every path below
	// it that has no row of its own goes to the prefix's Handler.
	Path    string
	Handler http.HandlerFunc
}

func (rt Route) prefix() bool { return strings.HasSuffix(rt.Path, "/") }

// Routes is the one table of the paths that the Go handlers answer rather
// than a static file. API() is their mux, IsDynamic matches them, and at the
// edge each must run the Worker before the assets are looked up:
// wasm/worker/wrangler.jsonc's run_worker_first is RunWorkerFirst(), which
// TestWranglerRunsWorkerFirstOnRoutes holds.
var Routes = []Route{
	{"/api/", NotFound}, // any other /api/… path: a JSON 404
	{"/api/v1/assess", Assess},
	{"/api/v1/simulate", Simulate},
	{"/api/v1/presets", Presets},
	{"/api/v1/evidence", Evidence},
	{"/api/v1/uncertainty", Uncertainty},
	{"/api/v1/sweep", Sweep},
	{"/api/v1/cite", Cite},
	{"/api/v1/openapi.json", OpenAPI},
	{"/healthz", Healthz},
	{"/og.png", OG},
	{"/oembed", OEmbed},
}

// under returns the prefix row of Routes that p is below.
func under(p string) (Route, bool) {
	for _, rt := range Routes {
		if rt.prefix() && strings.HasPrefix(p, rt.Path) {
			return rt, true
		}
	}
	return Route{}, false
}

// IsDynamic reports whether a path is answered by the Go handlers (API(),
// a row of Routes) rather than by a static file.
func IsDynamic(p string) bool {
	for _, rt := range Routes {
		if rt.Path == p {
			return true
		}
	}
	_, ok := under(p)
	return ok
}

// RunWorkerFirst returns Routes as wrangler.jsonc's assets.run_worker_first
// globs, in the table's order: a prefix as "/api/*", an exact path as itself,
// and nothing for a path that a prefix already covers.
func RunWorkerFirst() []string {
	var globs []string
	for _, rt := range Routes {
		if p, ok := under(rt.Path); ok && p.Path != rt.Path {
			continue
		}
		if rt.prefix() {
			globs = append(globs, rt.Path+"*")
		} else {
			globs = append(globs, rt.Path)
		}
	}
	return globs
}

// Site returns the whole native site: the Go handlers on Routes, and the
// static files of fsys everywhere else. Every response carries the
// security headers (Headers).
func Site(fsys fs.FS) http.Handler {
	api := API()
	static := Headers(NewStatic(fsys))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if IsDynamic(r.URL.Path) {
			api.ServeHTTP(w, r)
			return
		}
		static.ServeHTTP(w, r)
	})
}

// SiteDir returns Site over the folder dir: the native server's handler
// (`go run ./wasm/worker -dir dir`), and the test server's (servertest).
func SiteDir(dir string) (http.Handler, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder; run `make serve`, which builds the site first", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return Site(root.FS()), nil
}

// NewHTTPServer returns the native server's http.Server for h: its timeouts
// and header limit.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}
