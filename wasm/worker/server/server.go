package server

import (
	"io/fs"
	"net/http"
	"strings"
)

// Site returns the whole native site: the API under /api/ and /healthz, and
// the static files of fsys everywhere else.
func Site(fsys fs.FS) http.Handler {
	api := API()
	static := NewStatic(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
			api.ServeHTTP(w, r)
			return
		}
		static.ServeHTTP(w, r)
	})
}
