//go:build !js

package e2e

import (
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
	"github.com/dilemma/cyberdilemma/web/view"
)

// value reads the data-value of sel as a number.
func (tb *tab) value(sel string) float64 {
	tb.t.Helper()
	s := eval[string](tb, `document.querySelector(`+strconv.Quote(sel)+`).dataset.value`)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		tb.t.Fatalf("%s data-value %q: %v", sel, s, err)
	}
	return v
}

func TestCompare(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	if !eval[bool](tb, `document.querySelector("#compare-results").hidden && document.querySelector("#b-tech").disabled`) {
		t.Fatal("compare is on, or B's controls are enabled, before the switch")
	}

	// On: B is a copy of A.
	tb.click("#compare")
	tb.poll(`!document.querySelector("#compare-results").hidden && !document.querySelector("#b-tech").disabled`)
	if a, b := tb.value("#intensity"), tb.value("#intensity-b"); a != b || tb.value("#delta-intensity") != 0 {
		t.Errorf("B is not a copy of A: A %v, B %v, delta %v", a, b, tb.value("#delta-intensity"))
	}
	tb.poll(`location.hash.includes("compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.60&b.us=offense&b.china=defense")`)

	// B's dialogue to 0 by the keyboard: B's results are the model's, and
	// the difference is B − A.
	tb.do(chromedp.Focus("#b-dialogue"), chromedp.KeyEvent(kb.Home))
	a := model.Default()
	b := a
	b.Dialogue = 0
	ra, rb := model.Assess(a), model.Assess(b)
	tb.poll(`document.querySelector("#intensity-b").dataset.value === ` + strconv.Quote(strconv.FormatFloat(rb.Intensity, 'g', -1, 64)))
	// The key writes B's headline at once and the rest of B's view (its
	// world, its stability) in the next animation frame: wait for that
	// frame before reading them.
	tb.poll(`document.querySelector("#world-b").dataset.value === ` + strconv.Quote(rb.World.String()) + ` && document.querySelector("#stability-b").dataset.value === "diverging"`)
	if got := tb.value("#intensity"); got != ra.Intensity {
		t.Errorf("A's intensity moved with B's slider: %v", got)
	}
	if d := tb.value("#delta-intensity"); math.Abs(d-(rb.Intensity-ra.Intensity)) > 1e-12 {
		t.Errorf("#delta-intensity %v, want %v", d, rb.Intensity-ra.Intensity)
	}
	if got := eval[string](tb, `document.querySelector("#world-b").dataset.value`); got != rb.World.String() {
		t.Errorf("#world-b %s, want %s", got, rb.World)
	}
	if got := eval[string](tb, `document.querySelector("#stability-b").dataset.value`); got != "diverging" || rb.Stable {
		t.Errorf("#stability-b %s (B stable: %v)", got, rb.Stable)
	}
	tb.poll(`document.querySelector("#why-compare-text").textContent.includes("Only Dialogue differs: 0.60 in A, 0.00 in B")`)
	tb.poll(`location.hash.includes("b.dialogue=0.00")`)
	// Both dots on the grid, B's where the view puts it.
	wantB := view.New(view.State{Inputs: b})
	if got := eval[string](tb, `(() => { const m = document.querySelector("#marker-b"); return m.getAttribute("display") + " " + m.getAttribute("cx") + " " + m.getAttribute("cy") })()`); got != "inline "+wantB.MarkerX+"% "+wantB.MarkerY+"%" {
		t.Errorf("#marker-b %q, want inline %s%% %s%%", got, wantB.MarkerX, wantB.MarkerY)
	}
	// B's spiral is drawn.
	tb.poll(`document.querySelector("#spiral-b").dataset.settled === "true"`)
	if n := eval[int](tb, `(() => { const c = document.querySelector("#spiral-b"); const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i+1] !== d[1] || d[i+2] !== d[2]) n++; return n })()`); n < 500 {
		t.Errorf("B's spiral: %d pixels differ from the corner's", n)
	}
	// The live region speaks B too.
	tb.poll(`document.querySelector("#announce").textContent.includes("B − A")`)

	// Swap A and B.
	tb.click("#swap-ab")
	tb.poll(`document.querySelector("#intensity").dataset.value === ` + strconv.Quote(strconv.FormatFloat(rb.Intensity, 'g', -1, 64)))
	if got := tb.value("#intensity-b"); got != ra.Intensity {
		t.Errorf("after the swap B %v, want A's %v", got, ra.Intensity)
	}
	if got := eval[string](tb, `document.querySelector("#dialogue").value`); got != "0" {
		t.Errorf("after the swap A's dialogue slider %s", got)
	}
	// Copy A to B.
	tb.click("#copy-ab")
	tb.poll(`document.querySelector("#delta-intensity").dataset.value === "0"`)

	// Off again: B's results hidden, its controls disabled, the link clean.
	tb.click("#compare")
	tb.poll(`document.querySelector("#compare-results").hidden && document.querySelector("#b-tech").disabled`)
	tb.poll(`!location.hash.includes("compare") && !location.hash.includes("b.")`)
	if got := eval[string](tb, `document.querySelector("#marker-b").getAttribute("display")`); got != "none" {
		t.Errorf("#marker-b display %q with compare off", got)
	}
}

func TestCompareLinkLanguagesAndBadKeys(t *testing.T) {
	tb := newTab(t)
	tb.open("/#b.tech=0.3&lang=zh-TW")
	tb.poll(`!document.querySelector("#compare-results").hidden`)
	if got := eval[string](tb, `document.querySelector("#b-tech-label").textContent`); !strings.Contains(got, "狀態B") {
		t.Errorf("#b-tech-label %q", got)
	}
	b := model.Default()
	b.Tech = 0.3
	if got := tb.value("#intensity-b"); got != model.Assess(b).Intensity {
		t.Errorf("#intensity-b %v, want %v", got, model.Assess(b).Intensity)
	}
	checkNoLatin(t, visibleTexts(tb))

	tb.open("/#b.tech=2&compare=maybe&b.v=1&lang=en")
	tb.poll(`!document.querySelector("#notice").hidden`)
	items := eval[[]string](tb, `[...document.querySelectorAll("#notice-list li")].map(li => li.textContent)`)
	want := []string{"compare must be 0 or 1", "b.v", "b.tech"}
	if len(items) != len(want) {
		t.Fatalf("notice %q, want %d items", items, len(want))
	}
	for i, w := range want {
		if !strings.Contains(items[i], w) {
			t.Errorf("notice item %d %q does not say %q", i, items[i], w)
		}
	}
	// b.tech clamped to 1, compare on (a b. key), the page works.
	b.Tech = 1
	tb.poll(`document.querySelector("#intensity-b").dataset.value === ` + strconv.Quote(strconv.FormatFloat(model.Assess(b).Intensity, 'g', -1, 64)))
}

func TestCompareEmbedAndDownloads(t *testing.T) {
	tb := newTab(t)
	tb.open("/embed.html#compare=1&b.dialogue=0&b.china=offense")
	b := model.Default()
	b.Dialogue, b.China = 0, model.Offense
	tb.poll(`!document.querySelector("#compare-results").hidden`)
	if got := tb.value("#intensity-b"); got != model.Assess(b).Intensity {
		t.Errorf("embed #intensity-b %v, want %v", got, model.Assess(b).Intensity)
	}
	tb.poll(`document.querySelector("#spiral-b").dataset.settled === "true"`)

	// The page's share snippet carries B; the JSON download has both.
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	tb.open("/#compare=1&b.dialogue=0&b.china=offense")
	tb.poll(`document.querySelector("#embed-code").value.includes("compare=1&amp;b.tech=0.85")`)
	s, _ := view.Parse("compare=1&b.dialogue=0&b.china=offense", view.Default())
	var got struct {
		Intensity float64 `json:"intensity"`
		B         struct {
			Intensity float64 `json:"intensity"`
		} `json:"b"`
		Delta float64 `json:"delta_intensity"`
	}
	if err := json.Unmarshal(tb.download(dir, "#download-json", view.FileName(s, "json")), &got); err != nil {
		t.Fatalf("downloaded JSON: %v", err)
	}
	want := getJSON(t, baseURL+"/api/v1/assess?"+b.Encode())
	if got.B.Intensity != want["intensity"].(float64) || got.Intensity != model.Assess(model.Default()).Intensity || got.Delta != got.B.Intensity-got.Intensity {
		t.Errorf("downloaded JSON %+v; API's B intensity %v", got, want["intensity"])
	}
}

func TestCompareWithoutWebAssembly(t *testing.T) {
	if skipReason != "" {
		t.Skip(skipReason)
	}
	// The server renders state B for a query (the fallback's form sends
	// compare and b.* when the switch is on).
	body := getBody(t, baseURL+"/?compare=1&b.dialogue=0")
	b := model.Default()
	b.Dialogue = 0
	for _, w := range []string{`id="intensity-b" data-value="` + strconv.FormatFloat(model.Assess(b).Intensity, 'g', -1, 64) + `"`, `id="compare" name="compare" value="1" checked`, "Only Dialogue differs"} {
		if !strings.Contains(body, w) {
			t.Errorf("server-rendered page lacks %q", w)
		}
	}
}

func getBody(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, res.StatusCode, err)
	}
	return string(b)
}

// B's canvas shows what A's shows: with view=plane, B's phase plane, so
// named, and described as a plane.
func TestCompareFollowsThePlaneView(t *testing.T) {
	tb := newTab(t)
	tb.open("/#compare=1&b.dialogue=0&view=plane")
	tb.poll(`document.querySelector("#spiral-b-label").textContent === "Phase plane of state B"`)
	s, _ := view.Parse("compare=1&b.dialogue=0&view=plane", view.Default())
	want := view.NewCompare(s, view.New(s)).B.SpiralText
	if got := eval[string](tb, `document.querySelector("#spiral-b-desc").textContent`); got != want {
		t.Errorf("#spiral-b-desc %q, want %q", got, want)
	}
	tb.poll(`document.querySelector("#spiral-b").dataset.settled === "true"`)
}
