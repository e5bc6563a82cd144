//go:build !js

package e2e

import (
	"bytes"
	"image"
	"image/png"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

const spiralLabel = `(document.querySelector("iframe#spiral").contentDocument.querySelector("canvas")?.getAttribute("aria-label") || "")`

// TestPhasePlane switches the spiral's canvas to Richardson's phase plane
// by keyboard, checks the URL, the text alternative and the pixels, goes
// back, reports a bad view=, and draws the plane alone.
func TestPhasePlane(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	base := model.Default().Encode()
	tb.poll(spiralData + `.settled === "true" && ` + spiralData + `.view === "spiral" && ` + spiralData + `.state === "` + base + `"`)
	spiral, _ := spiralPixels(tb)
	spiralAlt := eval[string](tb, spiralLabel)

	// By keyboard: focus the switch and pick the next option.
	tb.do(chromedp.Focus("#spiral-view"), chromedp.KeyEvent(kb.ArrowDown))
	tb.poll(spiralData + `.settled === "true" && ` + spiralData + `.view === "plane"`)
	tb.poll(`location.hash.includes("view=plane")`)
	alt := eval[string](tb, spiralLabel)
	if !strings.HasPrefix(alt, spiralAlt) || !strings.Contains(alt, "Phase plane") || !strings.Contains(alt, "cross at the equilibrium (US 0.34, China 0.45)") {
		t.Errorf("plane canvas label %q: want the spiral's %q extended by the plane's crossing", alt, spiralAlt)
	}
	if d := eval[string](tb, `document.getElementById("spiral-desc").textContent`); !strings.Contains(d, "reaction lines") {
		t.Errorf("#spiral-desc %q does not say what the plane shows", d)
	}
	plane, n := spiralPixels(tb)
	if n < 2000 {
		t.Fatalf("phase plane: only %d pixels drawn", n)
	}
	pal := figure.PaletteFor(model.Assess(model.Default()).World, false)
	if us, cn := countColour(plane, pal.US.R, pal.US.G, pal.US.B), countColour(plane, pal.China.R, pal.China.G, pal.China.B); us < 200 || cn < 200 {
		t.Errorf("phase plane: %d US and %d China pixels, want ≥ 200 each (the lines and the moves)", us, cn)
	}
	diff, b := pixelsDiffer(spiral, plane), spiral.Bounds()
	if diff < b.Dx()*b.Dy()/40 {
		t.Errorf("only %d of %d pixels differ between the spiral and the phase plane", diff, b.Dx()*b.Dy())
	}
	// Parked once drawn: no frame while nothing changes.
	frames := eval[string](tb, spiralData+`.frames`)
	eval[chromedp.Void](tb, `new Promise(r => setTimeout(r, 600))`)
	if f := eval[string](tb, spiralData+`.frames`); f != frames {
		t.Errorf("the plane's loop kept drawing: %s frames, then %s", frames, f)
	}

	// Back to the spiral: the key leaves the URL.
	tb.do(chromedp.Focus("#spiral-view"), chromedp.KeyEvent(kb.ArrowUp))
	tb.poll(spiralData + `.view === "spiral" && !location.hash.includes("view=")`)

	// A bad view= is reported, naming the key and the values, and the
	// spiral is kept.
	tb.open("/#view=cube")
	notice := eval[string](tb, `document.getElementById("notice").hidden ? "" : document.getElementById("notice-list").textContent`)
	if !strings.Contains(notice, "view must be one of spiral, plane") || !strings.Contains(notice, "cube") {
		t.Errorf("notice %q: want the key view=, its values and the bad value", notice)
	}
	if v := eval[string](tb, `document.getElementById("spiral-view").value`); v != "spiral" {
		t.Errorf("#spiral-view = %q after a bad view=, want spiral", v)
	}

	// The link opens on the plane; alone, a diverging plane shows the wedge,
	// with reduced motion at once.
	tb.open("/#view=plane&lang=zh-CN")
	tb.poll(spiralData + `.view === "plane" && ` + spiralData + `.settled === "true"`)
	if v, l := eval[string](tb, `document.getElementById("spiral-view").value`), eval[string](tb, spiralLabel); v != "plane" || !strings.Contains(l, "相平面") {
		t.Errorf("zh-CN link with view=plane: switch %q, label %q", v, l)
	}
	tb.emulateMedia("prefers-reduced-motion", "reduce")
	in := model.Default()
	in.Dialogue = 0
	tb.do(chromedp.Navigate(baseURL + "/spiral.html#" + in.Encode() + "&view=plane"))
	tb.poll(`document.documentElement.dataset.settled === "true" && document.documentElement.dataset.view === "plane"`)
	if f, _ := strconv.Atoi(eval[string](tb, `document.documentElement.dataset.frames`)); f > 5 {
		t.Errorf("reduced motion: %d frames before the plane settled, want the final frame at once", f)
	}
	if l := eval[string](tb, `document.querySelector("canvas").getAttribute("aria-label")`); !strings.Contains(l, "wedge") {
		t.Errorf("diverging plane alone: label %q, want the open wedge", l)
	}
}

// TestListen plays the race as sound: only on a press, with a running
// AudioContext, said in the live region; Escape and a second press stop it,
// and it ends by itself.
func TestListen(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	const btn = `document.getElementById("listen")`
	const state = btn + `.getAttribute("aria-pressed") + " " + ` + btn + `.dataset.playing + " " + (` + btn + `.dataset.audio || "none")`
	if s := eval[string](tb, state); s != "false false none" {
		t.Fatalf("before a press: %q, want nothing playing and no AudioContext", s)
	}
	tb.click("#listen")
	tb.poll(state + ` === "true true running"`)
	if a := eval[string](tb, `document.getElementById("announce").textContent`); !strings.Contains(a, "the race converges") || !strings.Contains(a, "5 seconds") {
		t.Errorf("live region %q: want the converging race described", a)
	}
	// Escape stops it at once.
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.poll(state + ` === "false false closed"`)
	if a := eval[string](tb, `document.getElementById("announce").textContent`); a != "Sound stopped." {
		t.Errorf("live region after Escape %q", a)
	}
	// A second press stops it too.
	tb.click("#listen")
	tb.poll(state + ` === "true true running"`)
	tb.click("#listen")
	tb.poll(state + ` === "false false closed"`)

	// A diverging race climbs, and the sound ends by itself after ~5 s.
	eval[chromedp.Void](tb, `location.hash = "preset=us-superiority-no-consensus"`)
	tb.poll(`document.getElementById("world").dataset.value === "doubly-dangerous"`)
	tb.click("#listen")
	tb.poll(state + ` === "true true running"`)
	if a := eval[string](tb, `document.getElementById("announce").textContent`); !strings.Contains(a, "the race diverges") {
		t.Errorf("live region %q: want the diverging race described", a)
	}
	tb.poll(state + ` === "false false closed"`)

	// In Chinese (the same diverging state).
	tb.open("/#preset=us-superiority-no-consensus&lang=zh-TW")
	tb.click("#listen")
	tb.poll(state + ` === "true true running"`)
	if a := eval[string](tb, `document.getElementById("announce").textContent`); !strings.Contains(a, "競賽發散") {
		t.Errorf("zh-TW live region %q", a)
	}
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.poll(state + ` === "false false closed"`)
}

// TestAxePlaneAndListen runs axe (as TestAxe does) on the states this
// feature adds: the phase plane in the calculator (light and dark) and
// alone, and the calculator while Listen plays.
func TestAxePlaneAndListen(t *testing.T) {
	if skipReason != "" {
		t.Skip(skipReason)
	}
	src := axeSource(t)
	for _, p := range []struct {
		name, path, ready, act string
		dark                   bool
	}{
		{"plane", "/#view=plane", `document.documentElement.dataset.ready === "true"`, "", false},
		{"plane dark", "/#view=plane", `document.documentElement.dataset.ready === "true"`, "", true},
		{"plane alone zh-TW", "/spiral.html#view=plane&lang=zh-TW", `document.documentElement.dataset.view === "plane"`, "", false},
		{"listening", "/", `document.documentElement.dataset.ready === "true"`, "#listen", false},
	} {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t)
			injectAxe(tb, src)
			if p.dark {
				emulateDark(tb)
			}
			tb.do(chromedp.Navigate(baseURL + p.path))
			tb.poll(p.ready)
			if eval[bool](tb, `!!document.querySelector("iframe#spiral")`) {
				tb.spiralInView()
			}
			if p.act != "" {
				tb.click(p.act)
				tb.poll(`document.getElementById("listen").getAttribute("aria-pressed") === "true"`)
			}
			tb.axeClean("")
		})
	}
}

// TestPhasePlaneEmbed: the embed's 2D canvas draws the plane too.
func TestPhasePlaneEmbed(t *testing.T) {
	tb := newTab(t)
	shot := func(hash, view string) image.Image {
		tb.do(chromedp.Navigate(baseURL + "/embed.html#" + hash))
		tb.poll(`(c => c && c.dataset.settled === "true" && c.dataset.view === "` + view + `")(document.getElementById("spiral-canvas"))`)
		b, err := chromedp.Run(tb.ctx, chromedp.Screenshot(chromedp.CSS("#spiral-canvas")))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	spiral := shot("dialogue=0", "spiral")
	plane := shot("dialogue=0&view=plane", "plane")
	pal := figure.PaletteFor(model.Assess(model.Inputs{Tech: 0.85, Discourse: 0.75, Attribution: 0.2, US: model.Offense, China: model.Defense}).World, false)
	if us, cn := countColour(plane, pal.US.R, pal.US.G, pal.US.B), countColour(plane, pal.China.R, pal.China.G, pal.China.B); us < 100 || cn < 100 {
		t.Errorf("embed plane: %d US and %d China pixels, want ≥ 100 each", us, cn)
	}
	diff, b := pixelsDiffer(spiral, plane), spiral.Bounds()
	if diff < b.Dx()*b.Dy()/40 {
		t.Errorf("embed: only %d of %d pixels differ between the spiral and the plane", diff, b.Dx()*b.Dy())
	}
}
