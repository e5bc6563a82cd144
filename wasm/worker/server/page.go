package server

import (
	"net/http"
	"strconv"

	"github.com/dilemma/cyberdilemma/web/page"
)

// PagePath is the path of the page that the server renders for a query.
// At the edge the Worker runs first on it (wrangler.jsonc's
// run_worker_first is RunWorkerFirst() and PagePath, which
// TestWranglerRunsWorkerFirstOnRoutes holds): entry.mjs hands "/" without
// a query to the static assets, and with one to the Go worker (Page).
const PagePath = "/"

// IsPageQuery reports whether r asks for the calculator's page with a state
// in its query ("/?tech=0.30&dialogue=0.10&…"): the form's submission where
// WebAssembly does not run, or a link. Static sends it to Page instead of
// index.html, natively and in the Worker (entry.mjs runs the Go worker
// first for "/" with a query).
func IsPageQuery(r *http.Request) bool {
	return r.URL.Path == PagePath && r.URL.RawQuery != ""
}

// Page serves index.html rendered on the server for the state of the
// query (page.Index: the same template and view code as the build's
// baseline): the results, the world, the explanation and the spiral as a
// static image (/og.png), with a notice that the server computed them. Bad
// values get the page too, status 200, with the notice of view.Parse's
// problems (the values actually used), as a bad fragment does in the app.
// The page is revalidated on every load, as index.html is.
func Page(w http.ResponseWriter, r *http.Request) {
	s, problems := page.QueryState(r.URL.RawQuery)
	b, err := page.Index(s, problems)
	if err != nil { // the embedded template is broken: a test catches it
		http.Error(w, "500 the page could not be rendered", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ContentType("index.html"))
	h.Set("Cache-Control", CacheControl("index.html"))
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}
