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
	port := os.Getenv("PORT")
	if port == "" {
		port = "9900"
	}
	dir := flag.String("dir", "web/dist", "folder of the built site")
	addr := flag.String("addr", "127.0.0.1", "address to listen on")
	flag.StringVar(&port, "port", port, "port to listen on (0 picks a free one); default $PORT or 9900")
	flag.Parse()

	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		log.Fatalf("worker: %s is not a folder; run `make serve`, which builds the site first", *dir)
	}
	root, err := os.OpenRoot(*dir)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*addr, port))
	if err != nil {
		log.Fatalf("worker: %v", err)
	}
	srv := &http.Server{
		Handler:           server.Site(root.FS()),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	fmt.Printf("serving http://%s/\n", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
