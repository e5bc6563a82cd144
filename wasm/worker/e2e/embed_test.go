//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

// hostPage is an article on another origin: the embed snippet the
// calculator offers, and a script that records the heights the embeds post.
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body>
<h1>An article</h1>
<p>Text before the calculator.</p>
SNIPPET
<p>Text after the calculator.</p>
<script>
window.heights = {};
window.lastHeightAt = 0;
window.addEventListener("message", function (e) {
  if (!e.data || e.data.type !== "dilemma:height") return;
  window.lastHeightAt = performance.now();
  document.querySelectorAll("iframe").forEach(function (f, i) {
    if (f.contentWindow === e.source) window.heights[i] = e.data.height;
  });
});
</script>
</body></html>`

func TestEmbedSnippetResizesInHostPage(t *testing.T) {
	tb := newTab(t)
	tb.open("/#tech=0.30&discourse=0.50&attribution=0.20&dialogue=0.90")
	tb.click("#embed-toggle")
	tb.poll(`document.querySelector("#embed").open && document.querySelector("#embed-code").value.includes("tech=0.30")`)
	code := eval[string](tb, `document.querySelector("#embed-code").value`)
	for _, want := range []string{
		`<iframe src="` + baseURL + `/embed.html#tech=0.30&amp;discourse=0.50&amp;attribution=0.20&amp;dialogue=0.90&amp;us=offense&amp;china=defense&amp;v=2"`,
		`title="Cyber security dilemma calculator: `,
		`width="560" height="680"`, `loading="lazy"`, `allow="fullscreen"`,
		`<script src="` + baseURL + `/embed.js" async></script>`,
	} {
		if !strings.Contains(code, want) {
			t.Errorf("embed code lacks %s:\n%s", want, code)
		}
	}
	tb.click("#copy-embed")
	tb.poll(`document.querySelector("#embed-status").textContent !== ""`)

	// The snippet, twice (the second with results only and a dark theme),
	// in an article on another origin.
	iframe := strings.SplitN(code, "\n", 2)[0]
	second := strings.Replace(iframe, "china=defense", "china=defense&amp;controls=0&amp;theme=dark", 1)
	article := strings.Replace(hostPage, "SNIPPET", iframe+"\n"+second+"\n"+strings.SplitN(code, "\n", 2)[1], 1)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(article))
	}))
	defer host.Close()
	tb.do(chromedp.Navigate(host.URL + "/"))
	// embed.js sets each iframe's height to the height its page posted,
	// once the embeds have loaded and settled (no new height for 1 s).
	settled := `(() => { const f = document.querySelectorAll("iframe"), h = window.heights;
		return h[0] > 0 && h[1] > 0 && performance.now() - window.lastHeightAt > 1000 &&
			f[0].getBoundingClientRect().height === h[0] && f[1].getBoundingClientRect().height === h[1]; })()`
	tb.poll(settled)
	h := eval[[]float64](tb, `[window.heights[0], window.heights[1]]`)
	if !(h[1] < h[0]-100) {
		t.Errorf("heights %v: results only (controls=0) should be well shorter than with the sliders", h)
	}
	// A message from anyone but the embed's origin changes nothing.
	eval[chromedp.Void](tb, `window.postMessage({type: "dilemma:height", height: 300}, "*")`)
	eval[chromedp.Void](tb, `new Promise(r => setTimeout(r, 200))`)
	if got := eval[float64](tb, `document.querySelectorAll("iframe")[0].getBoundingClientRect().height`); got != h[0] {
		t.Errorf("a message from the host page resized the iframe to %v", got)
	}
	// The page grows when the embed's content does: not the case here, but
	// the height follows the content whatever the frame's width.
	eval[chromedp.Void](tb, `document.querySelectorAll("iframe")[0].style.width = "320px"`)
	tb.poll(`window.heights[0] > ` + ftoa(h[0]) + ` && ` + settled)
}

func ftoa(v float64) string { b, _ := json.Marshal(v); return string(b) }

func TestEmbedPage(t *testing.T) {
	tb := newTab(t)
	in := model.Inputs{Tech: 0.9, Discourse: 0.8, Attribution: 0.1, Dialogue: 0, US: model.Offense, China: model.Defense}
	tb.open("/embed.html#" + in.Encode() + "&theme=dark&controls=0")
	want := model.Assess(in)
	if got := tb.intensity(); math.Abs(got-want.Intensity) > 1e-9 {
		t.Errorf("embed intensity %v, want %v", got, want.Intensity)
	}
	if got := eval[string](tb, `document.querySelector("#world").dataset.value`); got != want.World.String() {
		t.Errorf("embed world %q, want %q", got, want.World)
	}
	if !eval[bool](tb, `document.documentElement.dataset.theme === "dark" && getComputedStyle(document.querySelector("#controls")).display === "none"`) {
		t.Errorf("theme=dark&controls=0 not applied")
	}
	if bg := eval[string](tb, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(18, 20, 24)" {
		t.Errorf("dark embed background %s", bg)
	}
	// The embed draws its spiral itself on a canvas (no Ebiten iframe, so
	// that the host page need not be allowed to frame spiral.html), in the
	// dark theme's colours, and stops once settled.
	if n := eval[int](tb, `document.querySelectorAll("iframe").length`); n != 0 {
		t.Errorf("the embed has %d iframes, want none", n)
	}
	tb.poll(`document.querySelector("#spiral-canvas").dataset.settled === "true"`)
	pal := figure.PaletteFor(model.World(0), true)
	rgb := func(c color.RGBA) string { return fmt.Sprintf("%d, %d, %d", c.R, c.G, c.B) }
	px := eval[[]int](tb, `(() => { const c = document.querySelector("#spiral-canvas");
		const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let us = 0, cn = 0;
		const near = (i, r, g, b) => Math.abs(d[i]-r) < 24 && Math.abs(d[i+1]-g) < 24 && Math.abs(d[i+2]-b) < 24;
		for (let i = 0; i < d.length; i += 4) { if (near(i, `+rgb(pal.US)+`)) us++; if (near(i, `+rgb(pal.China)+`)) cn++; }
		return [us, cn]; })()`)
	if px[0] < 200 || px[1] < 200 {
		t.Errorf("embed spiral: %d US and %d China pixels; not drawn", px[0], px[1])
	}
	frames := eval[string](tb, `document.querySelector("#spiral-canvas").dataset.frames`)
	eval[chromedp.Void](tb, `new Promise(r => setTimeout(r, 500))`)
	if again := eval[string](tb, `document.querySelector("#spiral-canvas").dataset.frames`); again != frames {
		t.Errorf("a settled embed spiral kept drawing: frames %s then %s", frames, again)
	}
	// The flags change with the fragment; the sliders come back.
	eval[chromedp.Void](tb, `location.hash = "tech=0.20&theme=light"`)
	tb.poll(`document.documentElement.dataset.theme === "light" && getComputedStyle(document.querySelector("#controls")).display !== "none" && document.querySelector("#tech").value === "0.2"`)
	if full := eval[string](tb, `document.querySelector("#open-full").href`); !strings.HasPrefix(full, baseURL+"/#tech=0.20") {
		t.Errorf("open-full href %q", full)
	}
}

func TestOEmbedDiscovery(t *testing.T) {
	tb := newTab(t)
	tb.open("/#tech=0.30&dialogue=0.90")
	tb.poll(`document.querySelector('link[type="application/json+oembed"]').href.includes("tech%3D0.30")`)
	href := eval[string](tb, `document.querySelector('link[type="application/json+oembed"]').href`)
	resp, err := http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var o struct {
		Type   string `json:"type"`
		HTML   string `json:"html"`
		Width  int    `json:"width"`
		Height int    `json:"height"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&o); err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", href, resp.StatusCode, err)
	}
	if o.Type != "rich" || o.Width != 560 || o.Height != 680 || !strings.Contains(o.HTML, "/embed.html#tech=0.30") {
		t.Errorf("oEmbed %+v", o)
	}
}
