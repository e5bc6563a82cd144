// Command gen builds the static site: it renders every web/*.html through
// html/template with the baseline's view (so the page shows the model's
// numbers before any WebAssembly runs), copies the other top-level files of
// web/ and the assets/ tree, and copies wasm_exec.js from GOROOT. Run it after
// building the two .wasm files into the output directory, whose sizes it
// writes into the pages:
//
//	go run ./web/gen -src web -out web/dist
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var c Config
	flag.StringVar(&c.Src, "src", "web", "directory of the site's sources")
	flag.StringVar(&c.Out, "out", "web/dist", "output directory; the .wasm files are read from here")
	flag.StringVar(&c.Assets, "assets", "", "assets directory, copied to OUT/assets (default: SRC/../assets)")
	flag.StringVar(&c.GOROOT, "goroot", "", "Go root holding lib/wasm/wasm_exec.js (default: $GOROOT, else `go env GOROOT`)")
	flag.Parse()
	if err := Build(c); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
