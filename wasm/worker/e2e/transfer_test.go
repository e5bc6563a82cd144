//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestWasmArrivesAsBrotli: on a first visit (its own browser context: no
// cache, no service worker yet) the calculator's binary comes from the
// native server brotli-encoded, as Cloudflare sends it: the browser's
// resource timing counts the .br file's bytes on the wire and the binary's
// once decoded, and the decoded bytes run (the calculator is ready). (The
// spiral's binary is fetched later, by then through the service worker,
// whose responses the resource timing counts decoded.) The page is loaded
// without workers, so that it fetches app.wasm itself and its own resource
// timing has the entry: boot.js's compiling worker fetches it the same way,
// with the same request headers, but its timing stays in the worker.
func TestWasmArrivesAsBrotli(t *testing.T) {
	dir := siteDir(t)
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: noWorkerScripts[0].src}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	ready := `document.documentElement.dataset.ready === "true"`
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](ready, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("page not ready: %v", err)
	}
	js := `JSON.stringify(performance.getEntriesByType("resource").filter(e => e.name.endsWith(".wasm")).map(e =>
		({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize})))`
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Name             string
		Encoded, Decoded int64
	}
	if err := json.Unmarshal([]byte(s), &got); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	if len(got) != 1 || path.Base(got[0].Name)[:4] != "app." {
		t.Fatalf("resource timing saw %s; want app's .wasm", s)
	}
	for _, e := range got {
		base := path.Base(e.Name)
		raw, err1 := os.Stat(filepath.Join(dir, base))
		br, err2 := os.Stat(filepath.Join(dir, base+".br"))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", base, err1, err2)
		}
		t.Logf("%s: %d bytes on the wire (the .br file: %d), %d decoded (the file: %d)", base, e.Encoded, br.Size(), e.Decoded, raw.Size())
		if e.Encoded != br.Size() || e.Decoded != raw.Size() {
			t.Errorf("%s arrived as %d bytes decoded to %d; want the brotli file's %d decoded to %d", base, e.Encoded, e.Decoded, br.Size(), raw.Size())
		}
	}
}
