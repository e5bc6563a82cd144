package web

import "embed"

// Pages holds the calculator's page template, web/index.html, and the
// partials it uses (web/_*.html): the site generator renders them from web/
// at build time, the servers (wasm/worker/server) render the same text
// for a state given as a query, where WebAssembly does not run (web/page).
//
//go:embed index.html _*.html
var Pages embed.FS
