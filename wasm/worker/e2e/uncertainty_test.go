//go:build !js

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// apiBody returns the body of a GET as bytes.
func apiBody(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	return bytes.TrimSuffix(b, []byte("\n"))
}

// canvasPixels counts the pixels of a canvas within 8 of a colour.
func canvasPixels(tb *tab, sel string, c [3]uint8) int {
	return eval[int](tb, `(() => { const c = document.querySelector(`+strconv.Quote(sel)+`);
		const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0;
		for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]-`+strconv.Itoa(int(c[0]))+`) < 8 && Math.abs(d[i+1]-`+strconv.Itoa(int(c[1]))+`) < 8 && Math.abs(d[i+2]-`+strconv.Itoa(int(c[2]))+`) < 8) n++;
		return n; })()`)
}

// The paper's uncertainty: the share of runaway races on the page equals
// the API's for the same link; the charts are drawn in the bands' colours;
// their tables hold the numbers; the words are the catalog's.
func TestUncertaintyPanel(t *testing.T) {
	tb := newTab(t)
	tb.open("/#preset=paper-uncertainty")
	tb.poll(`!document.querySelector("#uncertainty").hidden && document.querySelector("#runaway").dataset.value !== ""`)
	var api map[string]json.RawMessage
	raw := apiBody(t, baseURL+"/api/v1/uncertainty?preset=paper-uncertainty")
	if err := json.Unmarshal(raw, &api); err != nil {
		t.Fatal(err)
	}
	var runaway struct{ P, SE float64 }
	json.Unmarshal(api["runaway"], &runaway)
	got, _ := strconv.ParseFloat(eval[string](tb, `document.querySelector("#runaway").dataset.value`), 64)
	if got != runaway.P || runaway.P <= 0 {
		t.Errorf("#runaway data-value %v, API runaway.p %v", got, runaway.P)
	}
	text := eval[string](tb, `document.querySelector("#runaway").textContent`)
	if !strings.Contains(text, "of the settings you judged plausible") || !strings.Contains(text, "10,000 samples") {
		t.Errorf("#runaway says %q", text)
	}
	if h := eval[string](tb, `document.querySelector("#share-url").value`); !strings.Contains(h, "dialogue=0.45..0.75") || !strings.Contains(h, "samples=10000") || !strings.Contains(h, "seed=1") {
		t.Errorf("the link %q does not carry the ranges, samples and seed", h)
	}
	// The charts: the baseline's intensities are mostly in the low band.
	low := figure.BandColour(model.BandLow, false)
	if n := canvasPixels(tb, "#chart-histogram", [3]uint8{low.R, low.G, low.B}); n < 200 {
		t.Errorf("histogram: %d pixels of the low band's colour", n)
	}
	if n := canvasPixels(tb, "#chart-tornado", [3]uint8{low.R, low.G, low.B}); n < 50 {
		t.Errorf("tornado: %d pixels of the low band's colour", n)
	}
	// The text alternatives.
	if n := eval[int](tb, `document.querySelectorAll("#histogram-table tbody tr").length`); n != model.HistogramBins {
		t.Errorf("histogram table: %d rows", n)
	}
	names := eval[string](tb, `[...document.querySelectorAll("#tornado-table tbody th")].map(e => e.textContent).join("|")`)
	if names != "Technology share (US)|Discourse power (US)|Attribution confidence|Dialogue and crisis channels" && strings.Count(names, "|") != 3 {
		t.Errorf("tornado table rows %q", names)
	}
	var inten struct{ P5, P95 float64 }
	json.Unmarshal(api["intensity"], &inten)
	if alt := eval[string](tb, `document.querySelector("#histogram-alt").textContent`); !strings.Contains(alt, strconv.FormatFloat(math.Round(inten.P95*100)/100, 'f', 2, 64)) {
		t.Errorf("histogram alternative %q lacks the 95th percentile %v", alt, inten.P95)
	}
	var worlds map[string]float64
	json.Unmarshal(api["worlds"], &worlds)
	share := eval[string](tb, `document.querySelector("#share-aggression-possible .share-value").textContent`)
	if want := strconv.FormatFloat(worlds["aggression-possible"]*100, 'f', 1, 64) + " %"; share != want {
		t.Errorf("aggression-possible share %q, API %q", share, want)
	}
	// Chinese.
	tb.open("/#preset=paper-uncertainty&lang=zh-CN")
	tb.poll(`document.querySelector("#runaway").textContent.includes("在您认为合理的设定中")`)
}

// A range by keyboard: the spread control widens dialogue into a range, the
// link carries it, and the answer follows; back to 0 it is a point again and
// the section hides. The downloads carry the Monte Carlo: the JSON the API's
// answer byte for byte, the samples' CSV a row per sample.
func TestUncertaintyKeyboardAndExports(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	eval[chromedp.Void](tb, `document.querySelector("#ranges").open = true`)
	tb.do(chromedp.Focus("#dialogue-spread"))
	for range 20 {
		tb.do(chromedp.KeyEvent(kb.ArrowRight))
	}
	tb.poll(`location.hash.includes("dialogue=0.40..0.80") && document.querySelector("#runaway").dataset.value !== ""`)
	q := "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.40..0.80&us=offense&china=defense&v=2&samples=10000&seed=1"
	raw := apiBody(t, baseURL+"/api/v1/uncertainty?"+q)
	var api struct{ Runaway struct{ P float64 } }
	json.Unmarshal(raw, &api)
	tb.poll(`+document.querySelector("#runaway").dataset.value === ` + strconv.FormatFloat(api.Runaway.P, 'g', -1, 64))
	if r := eval[string](tb, `document.querySelector("#dialogue-range").textContent`); r != "0.40–0.80" {
		t.Errorf("#dialogue-range = %q", r)
	}

	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	st, _ := view.Parse(q, view.Default())
	var got map[string]json.RawMessage
	if err := json.Unmarshal(tb.download(dir, "#download-json", view.FileName(st, "json")), &got); err != nil {
		t.Fatal(err)
	}
	if string(got["uncertainty"]) != string(raw) {
		t.Errorf("the JSON download's uncertainty differs from the API's answer")
	}
	rows, err := csv.NewReader(bytes.NewReader(tb.download(dir, "#download-samples", view.FileName(st, "samples.csv")))).ReadAll()
	if err != nil || len(rows) != 10001 || rows[0][0] != "sample" {
		t.Fatalf("samples CSV: %d rows, %v", len(rows), err)
	}
	runaway := 0
	for _, r := range rows[1:] {
		if r[len(r)-1] == "true" {
			runaway++
		}
	}
	if float64(runaway)/10000 != api.Runaway.P {
		t.Errorf("samples CSV: %d runaway rows, API p %v", runaway, api.Runaway.P)
	}

	tb.do(chromedp.Focus("#dialogue-spread"), chromedp.KeyEvent(kb.Home))
	tb.poll(`document.querySelector("#uncertainty").hidden && !location.hash.includes("..") && !location.hash.includes("samples")`)
}
