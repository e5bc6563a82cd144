//go:build js && wasm

// The Cloudflare Worker entry: syumai/workers runs the same net/http
// handlers that the native server runs. Static files are served by the
// platform from web/dist (see wrangler.jsonc); the requests that reach the
// worker are the API's and those for files that do not exist, which
// server.Site answers as the native server does (404, 400 for a bad path,
// 405 for a method other than GET or HEAD).
//
// Unlike syumai/workers' Serve, main does not return after the first
// response: entry.mjs keeps this one Go runtime for every request of the
// isolate instead of starting one per request.
package main

import (
	"io/fs"

	"github.com/syumai/workers"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

func main() {
	workers.ServeNonBlock(server.Site(noFiles{}))
	workers.Ready()
	select {} // requests arrive as calls from JavaScript
}

// noFiles is the worker's file system: the platform serves every file that
// exists, so the worker only ever sees those that do not.
type noFiles struct{}

func (noFiles) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
