package server

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestWranglerRunsWorkerFirstOnRoutes holds wasm/worker/wrangler.jsonc's
// assets.run_worker_first equal to the route table (RunWorkerFirst): a route
// that the Worker does not run first would be looked up as an asset. "/"
// runs it first too (PagePath): with a query it is the page rendered by Go,
// without one entry.mjs hands it to the assets (TestEntryHandsPlainRootToAssets).
func TestWranglerRunsWorkerFirstOnRoutes(t *testing.T) {
	b, err := os.ReadFile("../wrangler.jsonc")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`"run_worker_first":\s*(\[[^\]]*\])`).FindSubmatch(b)
	if m == nil {
		t.Fatal("wrangler.jsonc has no run_worker_first list")
	}
	var got []string
	if err := json.Unmarshal(m[1], &got); err != nil {
		t.Fatalf("run_worker_first %s: %v", m[1], err)
	}
	// The route table's paths, then the page rendered for a query (page.go).
	if want := append(RunWorkerFirst(), PagePath); !slices.Equal(got, want) {
		t.Errorf("wrangler.jsonc run_worker_first = %q, want the route table's and the page's %q (server.Routes, PagePath)", got, want)
	}
}

// TestRoutes checks that the mux and IsDynamic follow the table: every row
// is dynamic and answered by its own handler, not the 404, and the paths
// around them are static files.
func TestRoutes(t *testing.T) {
	api := API()
	for _, rt := range Routes {
		if !IsDynamic(rt.Path) {
			t.Errorf("IsDynamic(%q) = false for a row of Routes", rt.Path)
		}
		if rt.prefix() {
			continue
		}
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, httptest.NewRequest("GET", rt.Path, nil))
		if strings.Contains(rec.Body.String(), "no such endpoint") {
			t.Errorf("GET %s: the mux answers with NotFound: %s", rt.Path, rec.Body)
		}
	}
	for p, want := range map[string]bool{
		"/api/v2/assess": true, "/api/": true,
		"/": false, "/api": false, "/index.html": false, "/healthz/": false, "/og.png.txt": false, "/oembed/x": false,
	} {
		if IsDynamic(p) != want {
			t.Errorf("IsDynamic(%q) = %v, want %v", p, !want, want)
		}
	}
	// NotFound's message names every endpoint under /api/.
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("GET", "/api/nope", nil))
	for _, rt := range Routes {
		if strings.HasPrefix(rt.Path, "/api/") && !rt.prefix() && !strings.Contains(rec.Body.String(), rt.Path) {
			t.Errorf("GET /api/nope: %s does not name %s", rec.Body, rt.Path)
		}
	}
	if rec.Code != 404 {
		t.Errorf("GET /api/nope = %d, want 404", rec.Code)
	}
}

// TestEntryHandsPlainRootToAssets holds entry.mjs to what the Worker must do
// with "/", on which it runs first (PagePath): without a query, the static
// index.html from the assets binding that wrangler.jsonc names; with one,
// the Go worker (server.Page).
func TestEntryHandsPlainRootToAssets(t *testing.T) {
	js, err := os.ReadFile("../entry.mjs")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile("../wrangler.jsonc")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`"binding":\s*"ASSETS"`).Match(cfg) {
		t.Error(`wrangler.jsonc: assets has no "binding": "ASSETS"`)
	}
	for _, want := range []string{`url.pathname === PAGE_PATH && url.search === ""`, "env.ASSETS.fetch(req)", `const PAGE_PATH = "` + PagePath + `"`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("entry.mjs lacks %s", want)
		}
	}
}
