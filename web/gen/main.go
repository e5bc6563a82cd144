// Command gen builds the static site: it renders every web/*.html through
// html/template with the baseline's view (so the page shows the model's
// numbers before any WebAssembly runs), copies the other top-level files of
// web/ and the assets/ tree, and copies wasm_exec.js from GOROOT. Run it after
// building the two .wasm files into the output directory, whose sizes it
// writes into the pages:
//
//	go run ./web/gen -src web -out web/dist [-origin https://dilemma.example]
//
// The origin (default $SITE_ORIGIN) makes the URLs that crawlers read in
// the pages absolute. With -icons DIR it draws the app's PNG icons into DIR
// instead (they are committed in assets/):
//
//	go run ./web/gen -icons assets
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	var c Config
	flag.StringVar(&c.Src, "src", "web", "directory of the site's sources")
	flag.StringVar(&c.Out, "out", "web/dist", "output directory; the .wasm files are read from here")
	flag.StringVar(&c.Assets, "assets", "", "assets directory, copied to OUT/assets (default: SRC/../assets)")
	flag.StringVar(&c.GOROOT, "goroot", "", "Go root holding lib/wasm/wasm_exec.js (default: $GOROOT, else `go env GOROOT`)")
	flag.StringVar(&c.Origin, "origin", os.Getenv("SITE_ORIGIN"), "the site's public origin, e.g. https://dilemma.example, for og: and oEmbed URLs (default $SITE_ORIGIN)")
	icons := flag.String("icons", "", "draw the PNG icons into this folder and exit")
	flag.Parse()
	if *icons != "" {
		if err := WriteIcons(*icons); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	c.Origin = strings.TrimSuffix(c.Origin, "/")
	if err := Build(c); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
