package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// brotliTool compresses or (with -d) decompresses b with Debian's brotli, or
// skips the test without it.
func brotliTool(t *testing.T, b []byte, args ...string) []byte {
	t.Helper()
	if _, err := exec.LookPath("brotli"); err != nil {
		t.Skip("brotli is not installed (Debian's brotli package; make site installs it)")
	}
	cmd := exec.Command("brotli", append([]string{"-c"}, args...)...)
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("brotli %v: %v", args, err)
	}
	return out
}

// TestStaticEncodings: brotli when the client accepts it, gzip as the
// fallback, identity otherwise; each with Vary, its own ETag and the length
// of the bytes sent, which decompress to the file. Range and HEAD apply to
// the bytes sent.
func TestStaticEncodings(t *testing.T) {
	js := []byte(strings.Repeat("console.log('dilemma');\n", 200))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(js)
	zw.Close()
	br := brotliTool(t, js, "-q", "11")
	mod := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	fsys := fstest.MapFS{
		"app.js":    {Data: js, ModTime: mod},
		"app.js.br": {Data: br, ModTime: mod},
		"app.js.gz": {Data: gz.Bytes(), ModTime: mod},
		"other.js":  {Data: js, ModTime: mod}, // no siblings: gzip made here
		"old.js":    {Data: js, ModTime: mod},
		"old.js.br": {Data: []byte("stale"), ModTime: mod.Add(-time.Hour)},
		"image.png": {Data: bytes.Repeat([]byte{0}, 1000), ModTime: mod},
		// The binaries too: the browser decodes brotli before its
		// streaming compile (wasm/worker/e2e TestWasmArrivesAsBrotli).
		"app.wasm":    {Data: js, ModTime: mod},
		"app.wasm.br": {Data: br, ModTime: mod},
		"small.html":  {Data: []byte("<p>hi</p>"), ModTime: mod},
	}
	h := Site(fsys)
	do := func(method, p, ae string, hdr ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, p, nil)
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	decode := func(enc string, b []byte) []byte {
		switch enc {
		case "br":
			return brotliTool(t, b, "-d")
		case "gzip":
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			out, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
		return b
	}
	tags := map[string]string{}
	for _, c := range []struct{ path, ae, enc string }{
		{"/app.js", "gzip, deflate, br, zstd", "br"},
		{"/app.js", "br", "br"},
		{"/app.js", "gzip", "gzip"},
		{"/app.js", "br;q=0, gzip", "gzip"},
		{"/app.js", "", ""},
		{"/app.js", "identity", ""},
		{"/app.js", "gzip;q=0", ""},
		{"/other.js", "br, gzip", "gzip"},
		{"/old.js", "br", ""},
		{"/old.js", "br, gzip", "gzip"},
		{"/image.png", "br, gzip", ""},
		{"/app.wasm", "gzip, deflate, br, zstd", "br"},
		{"/app.wasm", "gzip", "gzip"},
		{"/small.html", "br, gzip", ""},
	} {
		rec := do("GET", c.path, c.ae)
		res := rec.Result()
		body := rec.Body.Bytes()
		if rec.Code != 200 || res.Header.Get("Content-Encoding") != c.enc {
			t.Errorf("GET %s (Accept-Encoding %q) = %d, encoding %q, want 200 %q", c.path, c.ae, rec.Code, res.Header.Get("Content-Encoding"), c.enc)
			continue
		}
		if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("GET %s (%q): Vary %q", c.path, c.ae, got)
		}
		if got := res.Header.Get("Content-Length"); got != strconv.Itoa(len(body)) {
			t.Errorf("GET %s (%q): Content-Length %s, body %d bytes", c.path, c.ae, got, len(body))
		}
		want := fsys[strings.TrimPrefix(c.path, "/")].Data
		if got := decode(c.enc, body); !bytes.Equal(got, want) {
			t.Errorf("GET %s (%q): %d bytes decode to %d, not the file's %d", c.path, c.ae, len(body), len(got), len(want))
		}
		if c.enc == "br" && !bytes.Equal(body, br) {
			t.Errorf("GET %s (%q): not the precompressed sibling", c.path, c.ae)
		}
		tag := res.Header.Get("ETag")
		if !strings.HasPrefix(tag, `"`) {
			t.Errorf("GET %s (%q): ETag %q", c.path, c.ae, tag)
		}
		if c.path == "/app.js" {
			if prev, ok := tags[c.enc]; ok && prev != tag {
				t.Errorf("ETag of %q changes: %s, %s", c.enc, prev, tag)
			}
			tags[c.enc] = tag
		}
		// HEAD: the same headers, no body.
		head := do("HEAD", c.path, c.ae)
		if head.Body.Len() != 0 || head.Header().Get("Content-Length") != res.Header.Get("Content-Length") ||
			head.Header().Get("Content-Encoding") != c.enc || head.Header().Get("ETag") != tag {
			t.Errorf("HEAD %s (%q): %d body bytes, headers %v", c.path, c.ae, head.Body.Len(), head.Header())
		}
		// A conditional request with the ETag: 304.
		if nm := do("GET", c.path, c.ae, "If-None-Match", tag); nm.Code != http.StatusNotModified {
			t.Errorf("GET %s (%q) If-None-Match its ETag = %d", c.path, c.ae, nm.Code)
		}
		// A range of the bytes sent.
		if len(body) < 20 {
			continue
		}
		rg := do("GET", c.path, c.ae, "Range", "bytes=10-19")
		if rg.Code != http.StatusPartialContent || !bytes.Equal(rg.Body.Bytes(), body[10:20]) || rg.Header().Get("Content-Encoding") != c.enc {
			t.Errorf("GET %s (%q) Range 10-19 = %d %q (encoding %q)", c.path, c.ae, rg.Code, rg.Body.Bytes(), rg.Header().Get("Content-Encoding"))
		}
	}
	if len(tags) != 3 || tags["br"] == tags["gzip"] || tags["br"] == tags[""] || tags["gzip"] == tags[""] {
		t.Errorf("ETags per encoding = %v, want three different", tags)
	}
	// The siblings are not files of the site.
	for _, p := range []string{"/app.js.br", "/app.js.gz", "/old.js.br"} {
		if rec := do("GET", p, "br, gzip"); rec.Code != 404 {
			t.Errorf("GET %s = %d, want 404", p, rec.Code)
		}
	}
}

func TestIsPrecompressed(t *testing.T) {
	for name, want := range map[string]bool{
		"app.wasm.br": true, "index.html.gz": true, "assets/icon.svg.br": true,
		"app.wasm": false, "archive.tar.gz": false, "image.png.br": false, "br": false, ".br": false,
	} {
		if got := IsPrecompressed(name); got != want {
			t.Errorf("IsPrecompressed(%q) = %v, want %v", name, got, want)
		}
	}
}
