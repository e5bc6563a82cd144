//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// wasmFile finds the built .wasm whose name starts with prefix (app or
// spiral), content-hashed or not.
func wasmFile(site, prefix string) string {
	matches, _ := filepath.Glob(filepath.Join(site, prefix+"*.wasm"))
	sort.Strings(matches)
	for _, m := range matches {
		base := filepath.Base(m)
		if base == prefix+".wasm" || strings.HasPrefix(base, prefix+".") {
			return m
		}
	}
	return ""
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// brotliSize uses Debian's brotli at its best quality (-q 11), as a CDN
// would serve the file; -1 if the tool is missing.
func brotliSize(path string) int {
	out, err := exec.Command("brotli", "-c", "-q", "11", path).Output()
	if err != nil {
		return -1
	}
	return len(out)
}

func kbytes(n int) string { return fmt.Sprintf("%.0f KB", float64(n)/1000) }

func sizes(site string) {
	for _, part := range []struct{ prefix, label, budget string }{
		{"app", "calculator .wasm", "≤ 650 KB brotli (the phone issue)"},
		{"spiral", "spiral .wasm", ""},
	} {
		path := wasmFile(site, part.prefix)
		if path == "" {
			add(part.label+" size", "built file", 0, "B", "missing", part.budget, pass(false), "")
			continue
		}
		b, _ := os.ReadFile(path)
		br := brotliSize(path)
		text := fmt.Sprintf("%s raw, %s gzip, %s brotli", kbytes(len(b)), kbytes(gzipSize(b)), kbytes(br))
		var ok *bool
		if part.budget != "" {
			ok = pass(br >= 0 && br <= 650_000)
		}
		add(part.label+" size", "built file: raw, gzip -9, brotli -q 11", float64(br), "B", text, part.budget, ok, "")
	}
}
