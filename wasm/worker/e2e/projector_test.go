//go:build !js

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/web/figure"
)

// spiralLook is the spiral frame's <html data-look> (what it draws as).
const spiralLook = `(() => { const f = document.querySelector("#spiral"); const d = f && f.contentDocument && f.contentDocument.documentElement; return d ? (d.dataset.look || "") : ""; })()`

func rgbOf(name string) string {
	c, _ := figure.ProjectorVar(name)
	return fmt.Sprintf("rgb(%d, %d, %d)", c.R, c.G, c.B)
}

// TestProjectorTheme: theme=projector from the link and from the picker:
// <html data-theme>, its colours and larger text, the link, and the
// spiral's frame, which draws in the projector's colours (China dashed).
func TestProjectorTheme(t *testing.T) {
	tb := newTab(t)
	emulateDark(tb) // the projector is light whatever the browser prefers
	tb.open("/#theme=projector")
	if got := eval[string](tb, `document.documentElement.dataset.theme + "/" + document.getElementById("theme").value`); got != "projector/projector" {
		t.Errorf("data-theme/picker = %q, want projector/projector", got)
	}
	style := eval[string](tb, `(() => { const s = getComputedStyle(document.body); return s.color + "|" + s.backgroundColor + "|" + s.fontSize; })()`)
	if want := rgbOf("text") + "|" + rgbOf("bg") + "|20px"; style != want {
		t.Errorf("body colour|background|font-size = %q, want %q", style, want)
	}
	if got := eval[string](tb, `getComputedStyle(document.querySelector(".panel")).borderTopWidth`); got != "2px" {
		t.Errorf("a panel's border is %s, want the projector's 2px", got)
	}
	tb.spiralInView()
	tb.poll(spiralLook + ` === "projector-dashed"`)

	// The picker: back to auto (dark, as the browser prefers), then light.
	eval[chromedp.Void](tb, `(() => { const s = document.getElementById("theme"); s.value = ""; s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	tb.poll(`!document.documentElement.dataset.theme && !location.hash.includes("theme=")`)
	tb.poll(spiralLook + ` === "dark"`)
	if got := eval[string](tb, `getComputedStyle(document.body).fontSize`); got != "16px" {
		t.Errorf("out of the projector theme the text is %s, want 16px", got)
	}
	eval[chromedp.Void](tb, `(() => { const s = document.getElementById("theme"); s.value = "projector"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	tb.poll(`document.documentElement.dataset.theme === "projector" && location.hash.includes("theme=projector")`)
	tb.poll(spiralLook + ` === "projector-dashed"`)
	if got := eval[string](tb, `document.getElementById("share-url").value`); !strings.Contains(got, "theme=projector") {
		t.Errorf("the link %q does not carry the theme", got)
	}
	// A bad theme names the allowed ones.
	tb.open("/#theme=beamer")
	if got := eval[string](tb, `document.getElementById("notice-list").textContent`); !strings.Contains(got, "light, dark, projector, auto") {
		t.Errorf("theme=beamer notice = %q", got)
	}
}

// TestProjectorAxe: axe finds nothing in the projector theme.
func TestProjectorAxe(t *testing.T) {
	tb := newTab(t)
	injectAxe(tb, axeSource(t))
	tb.open("/#theme=projector")
	tb.spiralInView()
	tb.axeClean("")
}

// TestProjectorForcedColors: under forced colours (Windows high contrast)
// the two sides differ by line style, in the legend and in the spiral's
// frame, and the current world's cell is framed; without forced colours
// the legend is the colour swatches.
func TestProjectorForcedColors(t *testing.T) {
	legend := `(() => { const u = getComputedStyle(document.querySelector(".spiral-legend .swatch-us")), c = getComputedStyle(document.querySelector(".spiral-legend .swatch-china"));
		return u.borderTopStyle + " " + u.borderTopWidth + " | " + c.borderTopStyle + " " + c.borderTopWidth; })()`
	t.Run("forced", func(t *testing.T) {
		tb := newTab(t)
		tb.emulateMedia("forced-colors", "active")
		tb.open("/")
		if !eval[bool](tb, `matchMedia("(forced-colors: active)").matches`) {
			t.Fatal("forced colours are not emulated")
		}
		got := eval[string](tb, legend)
		us, china, _ := strings.Cut(got, " | ")
		if !strings.HasPrefix(us, "solid ") || !strings.HasPrefix(china, "dashed ") || strings.HasSuffix(us, " 0px") || strings.HasSuffix(china, " 0px") {
			t.Errorf("legend samples (US | China) = %q, want a solid and a dashed line", got)
		}
		if got := eval[string](tb, `getComputedStyle(document.querySelector(".cell.current")).borderTopWidth`); got != "4px" {
			t.Errorf("the current world's cell border is %s, want 4px", got)
		}
		if got := eval[string](tb, `document.querySelector(".spiral-legend").textContent`); !strings.Contains(got, "US") || !strings.Contains(got, "China") {
			t.Errorf("legend text = %q", got)
		}
		if got := eval[string](tb, `document.getElementById("intensity").textContent`); !strings.Contains(got, "low") {
			t.Errorf("#intensity = %q: the band is not written out", got)
		}
		tb.spiralInView()
		tb.poll(spiralLook + `.endsWith("-dashed")`)
	})
	t.Run("not forced", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		if got := eval[string](tb, legend); got != "none 0px | none 0px" {
			t.Errorf("legend samples without forced colours = %q, want the colour swatches (no border)", got)
		}
		tb.spiralInView()
		tb.poll(spiralLook + ` === "light"`)
	})
}

// TestProjectorBeforeTheProgram: the boot script applies theme=projector
// before app.wasm runs (here it never does: its request is blocked), so
// that the page does not move when the program starts.
func TestProjectorBeforeTheProgram(t *testing.T) {
	tb := newTab(t)
	tb.allow = []string{"cyberdilemma:", "app.wasm", "ERR_BLOCKED_BY_CLIENT"}
	if _, err := chromedp.Call(tb.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tb.ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.wasm", Block: true}}}); err != nil {
		t.Fatal(err)
	}
	// The blocking is the page's: a worker's fetches are not blocked, so
	// the page must fetch app.wasm itself (boot.js does without workers).
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: noWorkerScripts[0].src}); err != nil {
		t.Fatal(err)
	}
	tb.do(chromedp.Navigate(baseURL + "/#theme=projector"))
	tb.poll(`!document.getElementById("load-error").hidden`)
	if got := eval[string](tb, `(document.documentElement.dataset.ready || "") + "/" + document.documentElement.dataset.theme + "/" + getComputedStyle(document.body).fontSize`); got != "/projector/20px" {
		t.Errorf("without the program: ready/theme/font-size = %q, want /projector/20px", got)
	}
}
