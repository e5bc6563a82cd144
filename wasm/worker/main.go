//go:build !js

// Command worker serves the calculator natively: the JSON API and the built
// site (web/dist) on 127.0.0.1:$PORT (default 9900). Compiled for js/wasm it
// is the Cloudflare Worker (main_js.go).
//
//	go run ./wasm/worker [-dir web/dist] [-addr 127.0.0.1] [-port 9900]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/dilemma/cyberdilemma/wasm/worker/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		log.Fatalf("worker: %v", err)
	}
}

// run serves the site as flags in args say, prints "serving <url>" to out
// once it listens, and returns when ctx ends.
func run(ctx context.Context, args []string, out io.Writer) error {
	port := os.Getenv("PORT")
	if port == "" {
		port = "9900"
	}
	fl := flag.NewFlagSet("worker", flag.ExitOnError)
	dir := fl.String("dir", "web/dist", "folder of the built site")
	addr := fl.String("addr", "127.0.0.1", "address to listen on")
	fl.StringVar(&port, "port", port, "port to listen on (0 picks a free one); default $PORT or 9900")
	fl.Parse(args)

	site, err := server.SiteDir(*dir)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*addr, port))
	if err != nil {
		return err
	}
	srv := server.NewHTTPServer(site)
	fmt.Fprintf(out, "serving http://%s/\n", ln.Addr())

	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
