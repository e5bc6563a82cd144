package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// Precompressed siblings: the native server (wasm/worker/server.Static)
// serves name.br to a client that accepts brotli and name.gz to one that
// accepts gzip, as Cloudflare serves the same files compressed, so that
// local figures count the bytes a reader receives.
const (
	// compressedIndex is the hidden file (never served) that records the
	// SHA-256 of each file when its siblings were written, so that a build
	// compresses only what changed.
	compressedIndex = ".precompressed.json"
	// minCompress is the smallest file worth compressing.
	minCompress = 256
)

// compressibleExts are the extensions that get .br and .gz siblings.
var compressibleExts = map[string]bool{
	".html": true, ".css": true, ".js": true, ".mjs": true, ".wasm": true,
	".json": true, ".webmanifest": true, ".svg": true, ".txt": true, ".md": true,
}

// Compressible reports whether a file of the site gets precompressed
// siblings.
func Compressible(name string) bool { return compressibleExts[strings.ToLower(path.Ext(name))] }

// Precompress writes name.br (with Debian's `brotli` at brotliQuality,
// when it is installed) and name.gz (compress/gzip at its best level) beside each
// compressible file of names (slash-separated, relative to out) of at least
// minCompress bytes, skipping those whose content has not changed since the
// last build, and deletes siblings whose file is gone. It reports whether
// brotli was used.
func Precompress(out string, names []string) (bool, error) {
	brotli, _ := exec.LookPath("brotli")
	idxPath := filepath.Join(out, compressedIndex)
	old := map[string]string{}
	if b, err := os.ReadFile(idxPath); err == nil {
		json.Unmarshal(b, &old)
	}
	done := map[string]string{}
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	first := map[string]string{} // content hash → the file compressed for it
	var copies [][2]string       // files whose siblings are another's
	for _, n := range slices.Sorted(slices.Values(names)) {
		if !Compressible(n) {
			continue
		}
		p := filepath.Join(out, filepath.FromSlash(n))
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue // another build in the same folder removed it
		} else if err != nil {
			return false, err
		}
		if len(b) < minCompress {
			os.Remove(p + ".br")
			os.Remove(p + ".gz")
			continue
		}
		sum := sha256.Sum256(b)
		h := hex.EncodeToString(sum[:])
		br := brotli
		if br == "" {
			h += "+gz" // a later build with brotli writes the .br too
		}
		done[n] = h
		if old[n] == h && exists(p+".gz") && (br == "" || exists(p+".br")) {
			// The build rewrote the file: its siblings, unchanged, must
			// not look older (the server ignores stale siblings).
			now := time.Now()
			os.Chtimes(p+".gz", now, now)
			os.Chtimes(p+".br", now, now)
			continue
		}
		if f, ok := first[h]; ok { // app.wasm and app.<hash>.wasm
			copies = append(copies, [2]string{f, p})
			continue
		}
		first[h] = p
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			err := compressFile(p, b, br)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				delete(done, n)
				if firstErr == nil {
					firstErr = err
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return false, firstErr
	}
	for _, c := range copies {
		for _, ext := range []string{".gz", ".br"} {
			b, err := os.ReadFile(c[0] + ext)
			if err != nil {
				os.Remove(c[1] + ext)
				continue
			}
			if err := os.WriteFile(c[1]+ext, b, 0o644); err != nil {
				return false, err
			}
		}
	}
	idx, _ := json.MarshalIndent(done, "", " ")
	if err := os.WriteFile(idxPath, idx, 0o644); err != nil {
		return false, err
	}
	return brotli != "", removeOrphans(out)
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// compressFile writes p.gz from b and, with the brotli tool, p.br; without
// it, a stale p.br is removed.
func compressFile(p string, b []byte, brotli string) error {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(p+".gz", gz.Bytes(), 0o644); err != nil {
		return err
	}
	if brotli == "" {
		os.Remove(p + ".br")
		return nil
	}
	if out, err := exec.Command(brotli, "-f", "-q", brotliQuality(p), "-o", p+".br", p).CombinedOutput(); err != nil {
		os.Remove(p + ".br")
		return fmt.Errorf("brotli %s: %v: %s", p, err, out)
	}
	// The sibling must not look older than its file (the server ignores
	// stale siblings): brotli copies the source's time.
	now := time.Now()
	return os.Chtimes(p+".br", now, now)
}

// brotliQuality is brotli's level for p: the best (11) for the pages,
// scripts and styles; 9 for the .wasm binaries, which 11 takes about 17 s
// (app.wasm) and 40 s (spiral.wasm) to compress on a 2-core machine and 9
// about 1 and 3 s, for 13 % more bytes than 11 (app.wasm: 1,026 KB
// against 906 KB; gzip -9: 1,219 KB). make bench reports the size at 11.
func brotliQuality(p string) string {
	if filepath.Ext(p) == ".wasm" {
		return "9"
	}
	return "11"
}

// removeOrphans deletes the .br and .gz files of out whose file is gone.
func removeOrphans(out string) error {
	return filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(p)
		if (ext == ".br" || ext == ".gz") && Compressible(strings.TrimSuffix(p, ext)) && !exists(strings.TrimSuffix(p, ext)) {
			return os.Remove(p)
		}
		return nil
	})
}
