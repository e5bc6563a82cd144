// Command edgesite prepares the built site for Cloudflare's static assets:
// it copies web/dist (without hidden files, which the native server
// refuses, nor the precompressed .br and .gz siblings) into a folder and writes there the _headers and _redirects files
// that make the platform serve each file with the native server's headers
// (server.EdgeHeaders, server.EdgeRedirects).
//
//	go run ./wasm/worker/cmd/edgesite -src web/dist -out wasm/worker/build/site
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

func main() {
	src := flag.String("src", "web/dist", "folder of the built site")
	out := flag.String("out", "wasm/worker/build/site", "folder to write (replaced)")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatalf("edgesite: %v", err)
	}
}

func run(src, out string) error {
	if st, err := os.Stat(filepath.Join(src, "index.html")); err != nil || st.IsDir() {
		return fmt.Errorf("%s has no index.html; run `make site` first", src)
	}
	fsys := os.DirFS(src)
	headers, err := server.EdgeHeaders(fsys)
	if err != nil {
		return err
	}
	redirects, err := server.EdgeRedirects(fsys)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if server.IsEdgeFile(name) {
			return nil // replaced below
		}
		if !d.IsDir() && server.IsPrecompressed(name) {
			return nil // Cloudflare compresses what it serves itself
		}
		dst := filepath.Join(out, filepath.FromSlash(name))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		return copyFile(dst, filepath.Join(src, filepath.FromSlash(name)))
	})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "_headers"), headers, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "_redirects"), redirects, 0o644)
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	f, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, in); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
