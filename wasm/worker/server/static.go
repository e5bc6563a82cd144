package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// contentTypes fixes the types the site depends on, whatever the machine's
// mime database says.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".json":        "application/json; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".woff2":       "font/woff2",
}

// ContentType returns the Content-Type for a file name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.HasPrefix(ctype, "application/") && ctype != "application/octet-stream" || ctype == "image/svg+xml"
}

// Static serves the built site from fsys (web/dist): "/" is index.html,
// responses are gzip-compressed when the client accepts it (kept in memory,
// keyed by name, size and time), HTML and the service worker must be
// revalidated, and paths with dot-dot or hidden segments are refused.
type Static struct {
	fsys fs.FS
	mu   sync.Mutex
	gz   map[string]gzEntry
}

type gzEntry struct {
	size    int64
	modTime time.Time
	data    []byte
}

// NewStatic returns a handler for the files in fsys.
func NewStatic(fsys fs.FS) *Static {
	return &Static{fsys: fsys, gz: map[string]gzEntry{}}
}

func (s *Static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if !fs.ValidPath(name) || strings.Contains(name, "\\") || hiddenSegment(name) {
		http.Error(w, "400 bad path", http.StatusBadRequest)
		return
	}
	f, err := s.fsys.Open(name)
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	ctype := ContentType(name)
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", CacheControl(name))
	h.Set("Last-Modified", st.ModTime().UTC().Format(http.TimeFormat))
	if ims, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !st.ModTime().Truncate(time.Second).After(ims) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if compressible(ctype) && acceptsGzip(r) && st.Size() > 256 {
		data, err := s.gzipped(name, f, st)
		if err == nil {
			h.Set("Content-Encoding", "gzip")
			h.Add("Vary", "Accept-Encoding")
			h.Set("Content-Length", strconv.Itoa(len(data)))
			w.WriteHeader(http.StatusOK)
			if r.Method != http.MethodHead {
				w.Write(data)
			}
			return
		}
	}
	h.Add("Vary", "Accept-Encoding")
	h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}

// CacheControl returns the caching policy for a file: HTML, the service
// worker and the manifest are revalidated on every load; files whose name
// carries a content hash (name.<8+ hex>.ext) are immutable; the rest is
// revalidated.
func CacheControl(name string) string {
	base := path.Base(name)
	if hashed(base) {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// hashed reports whether a file name has a content-hash segment, as in
// app.3f2a9c1b.wasm.
func hashed(base string) bool {
	parts := strings.Split(base, ".")
	if len(parts) < 3 {
		return false
	}
	seg := parts[len(parts)-2]
	if len(seg) < 8 {
		return false
	}
	for _, c := range seg {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func hiddenSegment(name string) bool {
	for seg := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return true
		}
	}
	return false
}

func acceptsGzip(r *http.Request) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}

func (s *Static) gzipped(name string, f io.Reader, st fs.FileInfo) ([]byte, error) {
	s.mu.Lock()
	e, ok := s.gz[name]
	s.mu.Unlock()
	if ok && e.size == st.Size() && e.modTime.Equal(st.ModTime()) {
		return e.data, nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := io.Copy(zw, f); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.gz[name] = gzEntry{size: st.Size(), modTime: st.ModTime(), data: buf.Bytes()}
	s.mu.Unlock()
	return buf.Bytes(), nil
}
