package server

import (
	"io/fs"
	"net/http"
	"strings"
)

// Site returns the whole native site: the API under /api/ and /healthz, and
// the static files of fsys everywhere else. Every response carries the
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

// IsDynamic reports whether a path is answered by the Go handlers (API()) rather
// than by a static file: /api/…, /healthz, /og.png and /oembed.
func IsDynamic(p string) bool {
	return strings.HasPrefix(p, "/api/") || p == "/healthz" || p == "/og.png" || p == "/oembed"
}
