//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// phaseDraws returns how many times the map (not the marker) was drawn.
func phaseDraws(tb *tab) int {
	return eval[int](tb, `+(document.querySelector("#phase-canvas").dataset.draws || 0)`)
}

// The phase map: drawn in the bands' colours with the stability boundary;
// its text alternative and the state's place; moving the state along an
// axis moves the marker only, moving another input computes the grid
// again; the keyboard reads cells and Enter moves the state there; a click
// does the same; the axes change; the CSV is the sweep's, the metadata
// names the axes; in Chinese the words are Chinese.
func TestPhaseMap(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	eval[chromedp.Void](tb, `document.querySelector("#phase-map").scrollIntoView({block: "center"})`)
	tb.poll(`!document.querySelector("#phase-map").hidden && +document.querySelector("#phase-canvas").dataset.draws >= 1`)
	for _, b := range []model.Band{model.BandNone, model.BandLow, model.BandHigh} {
		c := figure.BandColour(b, false)
		if n := canvasPixels(tb, "#phase-canvas", [3]uint8{c.R, c.G, c.B}); n < 500 {
			t.Errorf("band %v: %d pixels of its colour", b, n)
		}
	}
	sc := figure.StabilityLineColour(false)
	if n := canvasPixels(tb, "#phase-canvas", [3]uint8{sc.R, sc.G, sc.B}); n < 100 {
		t.Errorf("stability boundary: %d pixels", n)
	}
	ink := figure.PaletteFor(-1, false).Text
	if n := canvasPixels(tb, "#phase-marker", [3]uint8{ink.R, ink.G, ink.B}); n < 20 {
		t.Errorf("marker: %d pixels", n)
	}
	tech, _ := model.ParamByKey("tech")
	dia, _ := model.ParamByKey("dialogue")
	var g export.Grid
	g.Compute(model.Default(), tech, dia, export.GridN)
	if got, want := eval[string](tb, `document.querySelector("#phase-regions").textContent`), view.PhaseRegions("en", tech, dia, g.Counts()); got != want {
		t.Errorf("#phase-regions %q, want %q", got, want)
	}
	if got := eval[string](tb, `document.querySelector("#phase-state").textContent`); got != view.PhaseState("en", model.Default(), tech, dia) {
		t.Errorf("#phase-state %q", got)
	}
	ms := eval[string](tb, `document.querySelector("#phase-canvas").dataset.computeMs + " + " + document.querySelector("#phase-canvas").dataset.drawMs`)
	t.Logf("grid compute + draw: %s ms", ms)

	// Along an axis: the marker moves, the map is not drawn again.
	draws := phaseDraws(tb)
	tb.do(chromedp.Focus("#tech"), chromedp.KeyEvent(kb.ArrowLeft))
	tb.poll(`document.querySelector("#phase-state").textContent.includes("Technology share (US) 0.84")`)
	if d := phaseDraws(tb); d != draws {
		t.Errorf("moving tech drew the map again (%d → %d draws)", draws, d)
	}
	// Another input: the grid is computed again.
	tb.do(chromedp.Focus("#discourse"), chromedp.KeyEvent(kb.ArrowLeft))
	tb.poll(`+document.querySelector("#phase-canvas").dataset.draws > ` + strconv.Itoa(draws))
	t.Logf("grid compute + draw after a change: %s ms", eval[string](tb, `document.querySelector("#phase-canvas").dataset.computeMs + " + " + document.querySelector("#phase-canvas").dataset.drawMs`))

	// The keyboard: focus puts the cursor on the state, arrows move it,
	// Enter moves the state there.
	tb.do(chromedp.Focus("#phase-canvas"))
	tb.poll(`document.querySelector("#phase-cell").textContent.startsWith("Technology share (US) 0.84, Dialogue 0.60: intensity ")`)
	for range 4 {
		tb.do(chromedp.KeyEvent(kb.ArrowLeft))
	}
	tb.do(chromedp.KeyEvent(kb.PageDown))
	in := model.Default()
	in.Tech, in.Discourse, in.Dialogue = 0.8, 0.74, 0.5
	g.Compute(in, tech, dia, export.GridN)
	tb.poll(`document.querySelector("#phase-cell").textContent === ` + strconv.Quote(g.Cell("en", 80, 50)))
	tb.do(chromedp.KeyEvent(kb.Enter))
	tb.poll(`location.hash.includes("tech=0.80&discourse=0.74&attribution=0.20&dialogue=0.50")`)
	if got, want := tb.intensity(), apiIntensity(t, "tech=0.80&discourse=0.74&attribution=0.20&dialogue=0.50&us=offense&china=defense"); got != want {
		t.Errorf("after Enter #intensity %v, API %v", got, want)
	}
	tb.do(chromedp.KeyEvent(kb.Home))
	tb.poll(`document.querySelector("#phase-cell").textContent.startsWith("Technology share (US) 0.00, Dialogue 0.50")`)

	// A click on (0.30, 0.10).
	xy := eval[[]float64](tb, `(() => { const c = document.querySelector("#phase-canvas"); c.scrollIntoView({block: "center"});
		const r = c.getBoundingClientRect(), p = c.dataset.plot.split(" ").map(Number);
		return [r.left + p[0] + 0.3*(p[2]-p[0]), r.top + p[3] - 0.1*(p[3]-p[1])]; })()`)
	tb.do(chromedp.MouseClickXY(xy[0], xy[1]))
	tb.poll(`location.hash.includes("tech=0.30&discourse=0.74&attribution=0.20&dialogue=0.10")`)
	in.Tech, in.Dialogue = 0.3, 0.1
	if got, want := eval[string](tb, `document.querySelector("#phase-cell").textContent`), g.Cell("en", 30, 10); got != want {
		t.Errorf("clicked cell reads %q, want %q", got, want)
	}

	// The axes: attribution across; the y select keeps dialogue.
	draws = phaseDraws(tb)
	tb.do(chromedp.SetValue("#phase-x", "attribution"))
	eval[chromedp.Void](tb, `document.querySelector("#phase-x").dispatchEvent(new Event("change", {bubbles: true}))`)
	tb.poll(`+document.querySelector("#phase-canvas").dataset.draws > ` + strconv.Itoa(draws) + ` && document.querySelector("#phase-regions").textContent.startsWith("Over Attribution confidence")`)
	// Dialogue on both: the axes swap.
	tb.do(chromedp.SetValue("#phase-y", "attribution"))
	eval[chromedp.Void](tb, `document.querySelector("#phase-y").dispatchEvent(new Event("change", {bubbles: true}))`)
	tb.poll(`document.querySelector("#phase-x").value === "dialogue" && document.querySelector("#phase-regions").textContent.startsWith("Over Dialogue (across) and Attribution confidence (up)")`)

	// The downloads: the CSV is model.Sweep's (the API's sweep) for this
	// state, byte for byte; the metadata names the axes and the fixed inputs.
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	st, _ := view.Parse("tech=0.30&discourse=0.74&attribution=0.20&dialogue=0.10&us=offense&china=defense&v=2", view.Default())
	csv := tb.download(dir, "#download-grid", view.FileName(st, "phase-dialogue-attribution.csv"))
	sw, err := model.Sweep(st.Inputs, "dialogue", "attribution", export.GridN)
	if err != nil || !bytes.Equal(csv, sw.AppendCSV(nil)) {
		t.Errorf("the grid's CSV (%d bytes) is not model.Sweep's (%v)", len(csv), err)
	}
	if !bytes.HasPrefix(csv, []byte("dialogue,attribution,intensity,band,world,stable\n")) || bytes.Count(csv, []byte("\n")) != export.GridN*export.GridN+1 {
		t.Errorf("the grid's CSV starts %q, %d lines", csv[:min(60, len(csv))], bytes.Count(csv, []byte("\n")))
	}
	// The API's sweep, where the server has it, gives the same bytes.
	if resp, err := http.Get(baseURL + "/api/v1/sweep?x=dialogue&y=attribution&n=101&tech=0.30&discourse=0.74&attribution=0.20&dialogue=0.10&us=offense&china=defense&v=2&format=csv"); err == nil {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 200 && !bytes.Equal(body, csv) {
			t.Errorf("/api/v1/sweep's CSV differs from the download")
		} else if resp.StatusCode != 200 {
			t.Logf("/api/v1/sweep: %d (not compared)", resp.StatusCode)
		}
	}
	var meta struct {
		ModelVersion int `json:"model_version"`
		X, Y         string
		N            int
		Fixed        map[string]any
		Citation     string
	}
	if err := json.Unmarshal(tb.download(dir, "#download-grid-meta", view.FileName(st, "phase-dialogue-attribution.json")), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.ModelVersion != 2 || meta.X != "dialogue" || meta.Y != "attribution" || meta.N != 101 || meta.Fixed["tech"] != 0.3 || meta.Fixed["discourse"] != 0.74 || !strings.Contains(meta.Citation, "Li Senlin") {
		t.Errorf("metadata %+v", meta)
	}

	// Chinese, in a new page (the export's status names the file in
	// Latin letters for a while).
	tb = newTab(t)
	tb.open("/#lang=zh-CN")
	eval[chromedp.Void](tb, `document.querySelector("#phase-map").scrollIntoView({block: "center"})`)
	tb.poll(`+document.querySelector("#phase-canvas").dataset.draws >= 1 && document.querySelector("#phase-regions").textContent.includes("横轴")`)
	tb.do(chromedp.Focus("#phase-canvas"))
	tb.poll(`document.querySelector("#phase-cell").textContent.includes("强度")`)
	checkNoLatin(t, visibleTexts(tb))
}

// The phase map in the dark scheme: the bands' dark colours.
func TestPhaseMapDark(t *testing.T) {
	tb := newTab(t)
	emulateDark(tb)
	tb.open("/")
	eval[chromedp.Void](tb, `document.querySelector("#phase-map").scrollIntoView({block: "center"})`)
	tb.poll(`+document.querySelector("#phase-canvas").dataset.draws >= 1`)
	c := figure.BandColour(model.BandLow, true)
	if n := canvasPixels(tb, "#phase-canvas", [3]uint8{c.R, c.G, c.B}); n < 500 {
		t.Errorf("dark: %d pixels of the low band's colour", n)
	}
}
