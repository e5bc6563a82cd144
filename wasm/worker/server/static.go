package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
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
// HTML and the service worker must be revalidated, and paths with dot-dot
// or hidden segments are refused. A compressible file is served as the
// build precompressed it (web/gen: name.br and name.gz beside name) to a
// client that accepts brotli, else gzip, as Cloudflare serves it; without a
// sibling, gzip is made here and kept in memory (keyed by name, size and
// time). Each encoding has its own ETag and Content-Length; Range,
// conditional requests and HEAD work on the bytes sent (http.ServeContent).
type Static struct {
	fsys fs.FS
	mu   sync.Mutex
	gz   map[string]gzEntry
	tags map[string]gzEntry // data: the identity's ETag, without quotes
}

type gzEntry struct {
	size    int64
	modTime time.Time
	data    []byte
}

// NewStatic returns a handler for the files in fsys.
func NewStatic(fsys fs.FS) *Static {
	return &Static{fsys: fsys, gz: map[string]gzEntry{}, tags: map[string]gzEntry{}}
}

// Encodings, in the order of preference, and the suffix of their
// precompressed siblings.
var encodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// precompressedExts are the extensions of the files that web/gen
// precompresses (its compressibleExts).
var precompressedExts = map[string]bool{
	".html": true, ".css": true, ".js": true, ".mjs": true, ".wasm": true,
	".json": true, ".webmanifest": true, ".svg": true, ".txt": true, ".md": true,
}

// IsPrecompressed reports whether name is a precompressed sibling
// (name.br, name.gz of a compressible file): the server sends its bytes
// under the file's own name, never at its own path, as at the edge.
func IsPrecompressed(name string) bool {
	for _, e := range encodings {
		if base, ok := strings.CutSuffix(name, e.suffix); ok && precompressedExts[strings.ToLower(path.Ext(base))] {
			return true
		}
	}
	return false
}

func (s *Static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if IsPageQuery(r) { // a state in the query: rendered on the server
		Page(w, r)
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
	f, st, ok := s.open(name)
	if !ok || IsPrecompressed(name) {
		if ok {
			f.Close()
		}
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	ctype := ContentType(name)
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", CacheControl(name))
	h.Add("Vary", "Accept-Encoding")
	tag := s.etag(name, f, st)
	var body io.ReadSeeker
	if compressible(ctype) && st.Size() > 256 {
		for _, e := range encodings {
			if !accepts(r, e.name) {
				continue
			}
			if sf, sst, ok := s.open(name + e.suffix); ok {
				defer sf.Close()
				if rs, ok := sf.(io.ReadSeeker); ok && !sst.ModTime().Before(st.ModTime()) {
					body = rs
				}
			}
			if body == nil && e.name == "gzip" {
				if data, err := s.gzipped(name, f, st); err == nil {
					body = bytes.NewReader(data)
				}
			}
			if body != nil {
				h.Set("Content-Encoding", e.name)
				tag += "-" + e.name
				break
			}
		}
	}
	if body == nil {
		if rs, ok := f.(io.ReadSeeker); ok {
			if _, err := rs.Seek(0, io.SeekStart); err == nil {
				body = rs
			}
		}
		if body == nil {
			f.Close()
			if f, _, ok = s.open(name); !ok {
				http.Error(w, "404 page not found", http.StatusNotFound)
				return
			}
			defer f.Close()
			b, err := io.ReadAll(f)
			if err != nil {
				http.Error(w, "500 read error", http.StatusInternalServerError)
				return
			}
			body = bytes.NewReader(b)
		}
	}
	h.Set("ETag", `"`+tag+`"`)
	// ServeContent leaves out Content-Length when Content-Encoding is set
	// (it might be compressed on the way): the encoding is added as the
	// status is written, to the answers that carry the representation.
	enc := h.Get("Content-Encoding")
	h.Del("Content-Encoding")
	http.ServeContent(encodedWriter{w, enc}, r, "", st.ModTime(), body)
}

// encodedWriter sets Content-Encoding on a 200, 206 or 304 response.
type encodedWriter struct {
	http.ResponseWriter
	enc string
}

func (w encodedWriter) WriteHeader(code int) {
	if w.enc != "" && (code == http.StatusOK || code == http.StatusPartialContent || code == http.StatusNotModified) {
		w.Header().Set("Content-Encoding", w.enc)
	}
	w.ResponseWriter.WriteHeader(code)
}

// open opens a regular file of the site.
func (s *Static) open(name string) (fs.File, fs.FileInfo, bool) {
	f, err := s.fsys.Open(name)
	if err != nil {
		return nil, nil, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, st, true
}

// etag returns the strong validator of the file's identity encoding: the
// start of its SHA-256, kept in memory by name, size and time. The encoded
// representations add their encoding's name.
func (s *Static) etag(name string, f fs.File, st fs.FileInfo) string {
	s.mu.Lock()
	e, ok := s.tags[name]
	s.mu.Unlock()
	if ok && e.size == st.Size() && e.modTime.Equal(st.ModTime()) {
		return string(e.data)
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return strconv.FormatInt(st.Size(), 36) + "-" + strconv.FormatInt(st.ModTime().UnixNano(), 36)
	}
	tag := hex.EncodeToString(sum.Sum(nil)[:10])
	s.mu.Lock()
	s.tags[name] = gzEntry{size: st.Size(), modTime: st.ModTime(), data: []byte(tag)}
	s.mu.Unlock()
	if rs, ok := f.(io.Seeker); ok {
		rs.Seek(0, io.SeekStart)
	}
	return tag
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

// accepts reports whether the request's Accept-Encoding allows enc (with
// a q-value above 0).
func accepts(r *http.Request, enc string) bool {
	for part := range strings.SplitSeq(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			v, err := strconv.ParseFloat(q, 64)
			return err == nil && v > 0
		}
		return true
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
