//go:build js && wasm

// The Cloudflare Worker entry: syumai/workers runs the same net/http API
// handlers that the native server runs; static files are served by the
// platform from web/dist.
package main

import (
	"github.com/syumai/workers"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

func main() {
	workers.Serve(server.API())
}
