// Package web holds the pages' stylesheet, web/style.css, which the site
// generator inlines into the calculator's pages (so that no stylesheet
// blocks their first paint) and whose hash the servers' Content-Security-
// Policy allows (wasm/worker/server: style-src 'self' plus StyleHash).
package web

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
)

// Style is web/style.css.
//
//go:embed style.css
var Style string

// StyleHash is the CSP source that allows an inline <style> holding Style
// byte for byte: 'sha256-…'.
var StyleHash = CSPHash(Style)

// CSPHash returns the CSP hash source of an inline script or style's text.
func CSPHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
