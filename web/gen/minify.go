package main

import (
	"bytes"
	"os"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/js"
)

// minifier minifies the site's scripts (boot.js with Go's wasm_exec.js,
// embed.js, spiral.js, the service worker): Lighthouse's "Minify
// JavaScript" audit counts their comments and whitespace as wasted bytes on
// the calculator's one render-critical chain. Names that the site rewrites
// to content-hashed ones (app.wasm → app.<hash>.wasm) are string literals,
// which minification keeps.
var minifier = func() *minify.M {
	m := minify.New()
	m.AddFunc("application/javascript", js.Minify)
	return m
}()

// MinifyJS returns the JavaScript src minified.
func MinifyJS(src []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := minifier.Minify("application/javascript", &out, bytes.NewReader(src)); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// minifyFile minifies the script at path in place.
func minifyFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m, err := MinifyJS(b)
	if err != nil {
		return err
	}
	return os.WriteFile(path, m, 0o644)
}
