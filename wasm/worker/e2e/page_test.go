//go:build !js

package e2e

import (
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/model"
)

// apiIntensity asks the native server's API.
func apiIntensity(t *testing.T, query string) float64 {
	t.Helper()
	resp, err := http.Get(baseURL + "/api/v1/assess?" + query)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a struct {
		Intensity float64 `json:"intensity"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil || resp.StatusCode != 200 {
		t.Fatalf("API assess?%s: %d %v", query, resp.StatusCode, err)
	}
	return a.Intensity
}

func (tb *tab) intensity() float64 {
	tb.t.Helper()
	s := eval[string](tb, `document.querySelector("#intensity").dataset.value`)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		tb.t.Fatalf("#intensity data-value %q: %v", s, err)
	}
	return v
}

func TestReadyWithBaseline(t *testing.T) {
	tb := newTab(t)
	// The HTML before any WebAssembly runs already holds the baseline.
	resp, err := http.Get(baseURL + "/")
	if err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		page.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()
	base := model.Assess(model.Default())
	if !strings.Contains(page.String(), `data-value="`+strconv.FormatFloat(base.Intensity, 'g', -1, 64)+`"`) ||
		!strings.Contains(page.String(), `data-value="aggression-possible"`) {
		t.Errorf("served HTML does not hold the baseline's intensity and world")
	}

	tb.open("/")
	got := tb.intensity()
	want := apiIntensity(t, model.Default().Encode())
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("#intensity data-value = %v, API says %v", got, want)
	}
	if w := eval[string](tb, `document.querySelector("#world").dataset.value`); w != "aggression-possible" {
		t.Errorf("#world = %q, want aggression-possible", w)
	}
	if txt := eval[string](tb, `document.querySelector("#intensity").textContent`); !strings.Contains(txt, "0.21") || !strings.Contains(strings.ToLower(txt), "low") {
		t.Errorf("#intensity text %q, want 0.21 and low", txt)
	}
}

func TestKeyboardMovesIntensity(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	before := tb.intensity()
	tb.do(chromedp.Focus("#tech"), chromedp.KeyEvent(kb.ArrowRight))
	tb.poll(`document.querySelector("#tech").value === "0.86"`)
	tb.poll(`location.hash.includes("tech=0.86")`)
	after := tb.intensity()
	want := apiIntensity(t, "tech=0.86")
	if after <= before || math.Abs(after-want) > 1e-9 {
		t.Errorf("ArrowRight on #tech: intensity %v → %v, want a rise to %v (property 4)", before, after, want)
	}
	// Dialogue works the other way.
	tb.do(chromedp.Focus("#dialogue"), chromedp.KeyEvent(kb.ArrowRight))
	tb.poll(`location.hash.includes("dialogue=0.61")`)
	if v := tb.intensity(); v >= after {
		t.Errorf("ArrowRight on #dialogue: intensity %v → %v, want a fall", after, v)
	}
	// The announcement region says what changed: the new intensity.
	want2 := eval[string](tb, `document.querySelector("#intensity").textContent.split(" ")[0]`)
	tb.poll(`(document.querySelector("[aria-live]")||{}).textContent?.includes(` + strconv.Quote(want2) + `)`)
}

func TestPresetURLsGiveTheModelsWorld(t *testing.T) {
	tb := newTab(t)
	for _, p := range model.Presets() {
		tb.open("/#" + p.Inputs.Encode())
		want := model.Assess(p.Inputs)
		if got := eval[string](tb, `document.querySelector("#world").dataset.value`); got != want.World.String() {
			t.Errorf("/#%s: #world = %q, want %q", p.Inputs.Encode(), got, want.World)
		}
		if got := tb.intensity(); math.Abs(got-want.Intensity) > 1e-9 {
			t.Errorf("/#%s: intensity %v, want %v", p.Inputs.Encode(), got, want.Intensity)
		}
	}
	// preset= works too, and hashchange applies a new state without a reload.
	tb.do(chromedp.Navigate(baseURL + "/#preset=us-superiority-no-consensus"))
	tb.poll(`document.documentElement.dataset.ready === "true" && document.querySelector("#world").dataset.value === "doubly-dangerous"`)
	eval[chromedp.Void](tb, `location.hash = "preset=china-tech-advantage"`)
	tb.poll(`document.querySelector("#world").dataset.value === "doubly-safe"`)
}

func TestBadFragmentShowsNotice(t *testing.T) {
	tb := newTab(t)
	tb.open("/#tech=abc&dialogue=2")
	tb.poll(`(document.querySelector("#notice")||{}).textContent?.includes("tech")`)
	notice := eval[string](tb, `document.querySelector("#notice").textContent`)
	if !strings.Contains(notice, "[0, 1]") || !strings.Contains(notice, "dialogue") {
		t.Errorf("notice %q should name tech and dialogue and the range", notice)
	}
	visible := eval[bool](tb, `(() => { const n = document.querySelector("#notice"); const r = n.getBoundingClientRect(); return !n.hidden && r.height > 0 && getComputedStyle(n).visibility !== "hidden"; })()`)
	if !visible {
		t.Errorf("#notice is not visible")
	}
	// Nearest valid state: tech kept at the default, dialogue clamped to 1.
	if v := eval[string](tb, `document.querySelector("#dialogue").value`); v != "1" {
		t.Errorf("#dialogue = %q after dialogue=2, want 1 (clamped)", v)
	}
	want := model.Default()
	want.Dialogue = 1
	if got := tb.intensity(); math.Abs(got-model.Assess(want).Intensity) > 1e-9 {
		t.Errorf("intensity %v, want %v", got, model.Assess(want).Intensity)
	}
	// Still usable.
	tb.do(chromedp.Focus("#discourse"), chromedp.KeyEvent(kb.ArrowLeft))
	tb.poll(`location.hash.includes("discourse=0.74")`)
}

// An old link keeps its meaning: a v=1 link shows version 1's result (equal
// to the API's ?v=1), says which version computed it, shows the newest
// version's result beside it, and a button moves the link to the newest.
func TestOldVersionLinkKeepsItsMeaning(t *testing.T) {
	tb := newTab(t)
	const q = "tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense"
	tb.open("/#" + q + "&v=1")
	v1 := getJSON(t, baseURL+"/api/v1/assess?"+q+"&v=1")
	v2 := getJSON(t, baseURL+"/api/v1/assess?"+q+"&v=2")
	if v1["world"] == v2["world"] && v1["stable"] == v2["stable"] {
		t.Fatalf("the versions agree at %s; the test needs a state where they differ", q)
	}
	if got := tb.intensity(); math.Abs(got-v1["intensity"].(float64)) > 1e-9 {
		t.Errorf("v=1 link: intensity %v, API v=1 %v", got, v1["intensity"])
	}
	if got := eval[string](tb, `document.querySelector("#world").dataset.value`); got != v1["world"] {
		t.Errorf("v=1 link: world %q, API v=1 %q", got, v1["world"])
	}
	if got := eval[string](tb, `document.querySelector("#model-version").dataset.value + " " + document.querySelector("#model-version").textContent`); got != "1 Computed by model version 1." {
		t.Errorf("#model-version = %q", got)
	}
	notice := eval[string](tb, `(() => { const n = document.querySelector("#version-notice"); return n.hidden ? "" : n.textContent; })()`)
	newest := strconv.FormatFloat(math.Round(v2["intensity"].(float64)*100)/100, 'f', 2, 64)
	if !strings.Contains(notice, "version 1") || !strings.Contains(notice, "version 2") || !strings.Contains(notice, newest) {
		t.Errorf("version notice %q should name both versions and the newest result %s", notice, newest)
	}
	for sel, expr := range map[string]string{
		"#share-url":              `document.querySelector("#share-url").value`,
		`meta[property=og:image]`: `document.querySelector('meta[property="og:image"]').content`,
		"#embed-code":             `document.querySelector("#embed-code").value`,
	} {
		if got := eval[string](tb, expr); !strings.Contains(got, "v=1") {
			t.Errorf("%s = %q, want the link's version v=1", sel, got)
		}
	}
	// A slider move keeps the version; the button moves to the newest.
	tb.do(chromedp.Focus("#tech"), chromedp.KeyEvent(kb.ArrowRight))
	tb.poll(`location.hash.includes("tech=0.31") && location.hash.includes("v=1")`)
	tb.click("#use-newest")
	tb.poll(`location.hash.includes("v=2") && document.querySelector("#version-notice").hidden && document.querySelector("#model-version").dataset.value === "2"`)
	in := model.Inputs{Tech: 0.31, Discourse: 0.75, Attribution: 0.2, Dialogue: 0, US: model.Offense, China: model.Defense, Version: 2}
	if got := tb.intensity(); math.Abs(got-model.Assess(in).Intensity) > 1e-9 {
		t.Errorf("after the upgrade: intensity %v, want version 2's %v", got, model.Assess(in).Intensity)
	}
	if got := eval[string](tb, `document.activeElement.id`); got != "results-heading" {
		t.Errorf("focus after the upgrade is on #%s, want the results heading", got)
	}
	// An unknown version: the notice names v, and the newest version is used.
	tb.open("/#tech=0.50&v=9")
	tb.poll(`(document.querySelector("#notice")||{}).textContent?.includes("v must be a model version, 1 to 2")`)
	if got := eval[string](tb, `document.querySelector("#model-version").dataset.value`); got != "2" {
		t.Errorf("after v=9 the page uses version %s, want the newest", got)
	}
}
