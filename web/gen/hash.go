package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ServiceWorker is the service worker's file name, in the sources and in
// the site: the browser checks it for a new build on every visit, so it
// keeps its name.
const ServiceWorker = "sw.js"

// stableNames are the files whose URL others use, which get no hashed
// copy: the script that host pages include.
var stableNames = map[string]bool{"embed.js": true}

// siteFiles tracks the files of one build in the output directory: which
// were written, and the content-hashed copy of each asset.
type siteFiles struct {
	out    string
	files  []string          // slash-separated names relative to out
	hashed map[string]string // e.g. "app.wasm" → "app.1a2b3c4d5e.wasm"
}

func newSite(out string) *siteFiles {
	return &siteFiles{out: out, hashed: map[string]string{}}
}

func (s *siteFiles) add(name string) {
	if !slices.Contains(s.files, name) {
		s.files = append(s.files, name)
	}
}

// hashAssets gives every top-level .wasm, .js and .css file a copy named by
// its content hash. The .wasm files and wasm_exec.js go first, so that the
// scripts and styles that name them are rewritten to their hashed names
// before they are hashed themselves.
func (s *siteFiles) hashAssets() error {
	leaf := func(n string) bool { return path.Ext(n) == ".wasm" || n == "wasm_exec.js" }
	copies := map[string]bool{}
	for _, pass := range []func(string) bool{leaf, func(n string) bool { return !leaf(n) }} {
		for _, name := range slices.Clone(s.files) {
			ext := path.Ext(name)
			if strings.Contains(name, "/") || stableNames[name] || copies[name] || !pass(name) ||
				(ext != ".wasm" && ext != ".js" && ext != ".css") {
				continue
			}
			p := filepath.Join(s.out, name)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if ext != ".wasm" {
				if r := s.rewrite(b); !bytes.Equal(r, b) {
					b = r
					if err := os.WriteFile(p, b, 0o644); err != nil {
						return err
					}
				}
			}
			h := HashedName(name, b)
			if err := os.WriteFile(filepath.Join(s.out, h), b, 0o644); err != nil {
				return err
			}
			s.hashed[name] = h
			copies[h] = true
			s.add(h)
		}
	}
	return nil
}

// HashedName returns name with the first 10 hex digits of the SHA-256 of
// its content before the extension: app.wasm → app.1a2b3c4d5e.wasm, which
// the server caches as immutable.
func HashedName(name string, content []byte) string {
	sum := sha256.Sum256(content)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// rewrite points the references to hashed assets in a page or script at
// their hashed names: a name in quotes, alone or after "./" or "/", as in
// src="app.wasm", fetch('spiral.wasm') or href="/style.css".
func (s *siteFiles) rewrite(b []byte) []byte {
	if len(s.hashed) == 0 {
		return b
	}
	var pairs []string
	for _, from := range slices.Sorted(maps.Keys(s.hashed)) {
		to := s.hashed[from]
		for _, q := range []string{`"`, `'`} {
			for _, pre := range []string{"", "./", "/"} {
				pairs = append(pairs, q+pre+from+q, q+pre+to+q)
			}
		}
	}
	return []byte(strings.NewReplacer(pairs...).Replace(string(b)))
}

// markBuild puts data-build="build" on the <html> of a page that has no
// data-build of its own (pages that are not templates).
func markBuild(b []byte, build string) []byte {
	if build == "" || bytes.Contains(b, []byte("data-build=")) {
		return b
	}
	i := bytes.Index(b, []byte("<html"))
	if i < 0 {
		return b
	}
	i += len("<html")
	return slices.Concat(b[:i], []byte(` data-build="`+build+`"`), b[i:])
}

// Precache returns the files a visitor needs, in order: every file of the
// build but the service worker, the unhashed names of hashed assets (the
// pages use the hashed ones), the script for host pages and notes.
func (s *siteFiles) Precache() []string {
	var out []string
	for _, n := range s.files {
		if _, ok := s.hashed[n]; ok || stableNames[n] || n == ServiceWorker || path.Ext(n) == ".md" {
			continue
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// buildHash returns the build's content hash: of every precached file's
// name and content, with the pages as pages gives them (rendered without
// the hash).
func (s *siteFiles) buildHash(pages map[string][]byte) (string, error) {
	h := sha256.New()
	names := s.Precache()
	for n := range pages {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		b, ok := pages[n]
		if !ok {
			var err error
			if b, err = os.ReadFile(filepath.Join(s.out, filepath.FromSlash(n))); err != nil {
				return "", err
			}
		}
		sum := sha256.Sum256(b)
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(sum[:])
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// removeStale deletes the hashed copies that earlier builds left in the
// output directory.
func (s *siteFiles) removeStale() error {
	entries, err := os.ReadDir(s.out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		for orig, cur := range s.hashed {
			ext := path.Ext(orig)
			stem := strings.TrimSuffix(orig, ext) + "."
			if n == cur || !strings.HasPrefix(n, stem) || !strings.HasSuffix(n, ext) {
				continue
			}
			mid := strings.TrimSuffix(strings.TrimPrefix(n, stem), ext)
			if len(mid) == 10 && isHex(mid) {
				if err := os.Remove(filepath.Join(s.out, n)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Markers in web/sw.js that ServiceWorkerScript replaces.
const (
	buildMarker    = "/*gen:build*/ 'dev'"
	precacheMarker = "/*gen:precache*/ []"
)

// ServiceWorkerScript returns the service worker src with the build hash
// and the precache list written in.
func ServiceWorkerScript(src []byte, build string, precache []string) ([]byte, error) {
	s := string(src)
	if !strings.Contains(s, buildMarker) || !strings.Contains(s, precacheMarker) {
		return nil, errors.New("gen: " + ServiceWorker + " lacks " + buildMarker + " or " + precacheMarker)
	}
	b, _ := json.Marshal(build)
	list, err := json.MarshalIndent(precache, "", "  ")
	if err != nil {
		return nil, err
	}
	s = strings.Replace(s, buildMarker, "/*gen:build*/ "+string(b), 1)
	s = strings.Replace(s, precacheMarker, "/*gen:precache*/ "+string(list), 1)
	return []byte(s), nil
}
