//go:build !js

package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

// spiralData is the spiral iframe's <html> dataset, or an empty object while
// the frame navigates (so that a poll never throws).
const spiralData = `((document.querySelector("iframe#spiral") || {}).contentDocument?.documentElement?.dataset || {})`

// spiralPixels screenshots the spiral iframe and counts the pixels that
// differ from its background colour.
func spiralPixels(tb *tab) (image.Image, int) {
	tb.t.Helper()
	shot, err := chromedp.Run(tb.ctx, chromedp.Screenshot("iframe#spiral"))
	if err != nil {
		tb.t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		tb.t.Fatalf("screenshot is not a PNG: %v", err)
	}
	bg := eval[string](tb, `getComputedStyle(document.querySelector("iframe#spiral").contentDocument.body).backgroundColor`)
	var br, bgc, bb int
	if _, err := sscanRGB(bg, &br, &bgc, &bb); err != nil {
		tb.t.Fatalf("spiral background %q: %v", bg, err)
	}
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if absd(int(r>>8), br) > 8 || absd(int(g>>8), bgc) > 8 || absd(int(bl>>8), bb) > 8 {
				n++
			}
		}
	}
	return img, n
}

func sscanRGB(s string, r, g, b *int) (int, error) {
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "rgba("), "rgb("), ")")
	parts := strings.Split(s, ",")
	vals := []*int{r, g, b}
	for i := 0; i < 3 && i < len(parts); i++ {
		v, err := strconv.Atoi(strings.TrimSpace(parts[i]))
		if err != nil {
			return i, err
		}
		*vals[i] = v
	}
	return 3, nil
}

func absd(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

func TestSpiralDrawnAndRedrawn(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	base := model.Default().Encode()
	tb.poll(spiralData + `.settled === "true" && ` + spiralData + `.state === "` + base + `"`)
	label := eval[string](tb, `document.querySelector("iframe#spiral").contentDocument.querySelector("canvas").getAttribute("aria-label") || ""`)
	if l := strings.ToLower(label); !strings.Contains(l, "converge") || strings.Contains(l, "diverge") || strings.Contains(l, "not converge") {
		t.Errorf("spiral canvas label %q should say the race converges", label)
	}
	if ti := eval[int](tb, `document.querySelector("iframe#spiral").contentDocument.querySelector("canvas").tabIndex`); ti > 0 {
		t.Errorf("spiral canvas tabindex %d, want 0 or -1", ti)
	}
	if title := eval[string](tb, `document.querySelector("iframe#spiral").title`); title == "" {
		t.Errorf("iframe#spiral has no title")
	}
	img1, n1 := spiralPixels(tb)
	if n1 < 2000 {
		t.Fatalf("spiral canvas: only %d pixels differ from the background; not drawn", n1)
	}
	// Ebiten draws in web/figure's light palette: the world's tint, the
	// sides' colours.
	pal := figure.PaletteFor(model.Assess(model.Default()).World, false)
	if bg := eval[string](tb, `getComputedStyle(document.querySelector("iframe#spiral").contentDocument.body).backgroundColor`); bg != fmt.Sprintf("rgb(%d, %d, %d)", pal.Background.R, pal.Background.G, pal.Background.B) {
		t.Errorf("spiral background %s, want the palette's tint %s", bg, figure.CSS(pal.Background))
	}
	if us, cn := countColour(img1, pal.US.R, pal.US.G, pal.US.B), countColour(img1, pal.China.R, pal.China.G, pal.China.B); us < 200 || cn < 200 {
		t.Errorf("spiral canvas: %d US and %d China pixels in the palette's colours, want ≥ 200 each", us, cn)
	}
	frames := eval[string](tb, spiralData+`.frames`)

	// A change on the page reaches the spiral, which redraws a diverging race.
	eval[chromedp.Void](tb, `location.hash = "preset=us-superiority-no-consensus"`)
	want := model.Presets()[1].Inputs.Encode()
	tb.poll(spiralData + `.settled === "true" && ` + spiralData + `.state === "` + want + `" && Number(` + spiralData + `.frames) > ` + frames)
	label = eval[string](tb, `document.querySelector("iframe#spiral").contentDocument.querySelector("canvas").getAttribute("aria-label") || ""`)
	if !strings.Contains(strings.ToLower(label), "diverge") && !strings.Contains(strings.ToLower(label), "escalat") {
		t.Errorf("spiral label after no consensus %q should say the race diverges", label)
	}
	img2, n2 := spiralPixels(tb)
	if n2 < 2000 {
		t.Errorf("after a change only %d pixels are drawn", n2)
	}
	diff, b := pixelsDiffer(img1, img2), img1.Bounds()
	if diff < b.Dx()*b.Dy()/10 {
		t.Errorf("only %d of %d pixels changed between a converging and a diverging spiral", diff, b.Dx()*b.Dy())
	}
}

func TestSpiralAloneAndReducedMotion(t *testing.T) {
	tb := newTab(t)
	tb.emulateMedia("prefers-reduced-motion", "reduce")
	in := model.Default()
	in.Dialogue = 0.2
	tb.do(chromedp.Navigate(baseURL + "/spiral.html#" + in.Encode()))
	tb.poll(`document.documentElement.dataset.settled === "true" && document.documentElement.dataset.state === "` + in.Encode() + `"`)
	// With reduced motion the final frame comes at once: a handful of frames.
	if f, _ := strconv.Atoi(eval[string](tb, `document.documentElement.dataset.frames`)); f > 5 {
		t.Errorf("reduced motion: %d frames drawn before settling, want the final frame at once", f)
	}
}

// TestSpiralFramesAddUpToTheWholeDrawing: the animation copies to the
// screen only what each frame changed (the new moves and the end point)
// and never clears it, so its last frame must be the picture that reduced
// motion draws in one go. A rectangle copied too small leaves the old end
// points or cut-off moves behind; this compares the two screenshots, for
// the spiral and for the phase plane, light and projector (dashed moves).
func TestSpiralFramesAddUpToTheWholeDrawing(t *testing.T) {
	in := model.Presets()[1].Inputs // a diverging race: long moves, many frames
	for _, c := range []struct {
		frag string
		w, h int64
	}{
		{in.Encode(), 640, 480},
		{in.Encode() + "&view=plane", 640, 480},
		{model.Default().Encode() + "&theme=projector", 640, 480},
		// Wider than 2,048 device pixels: the kept image at the screen's
		// resolution, strokes anti-aliased by Ebitengine.
		{in.Encode(), 2200, 500},
	} {
		frag := c.frag
		shot := func(reduced bool) (image.Image, int) {
			tb := newTab(t)
			if reduced {
				tb.emulateMedia("prefers-reduced-motion", "reduce")
			}
			tb.do(chromedp.EmulateViewport(c.w, c.h))
			tb.do(chromedp.Navigate(baseURL + "/spiral.html#" + frag))
			tb.poll(`document.documentElement.dataset.settled === "true"`)
			frames, _ := strconv.Atoi(eval[string](tb, `document.documentElement.dataset.frames`))
			b, err := chromedp.Run(tb.ctx, chromedp.Screenshot("canvas"))
			// The animation copies the whole kept image to the screen
			// once, in its first frame, and again only on a screen of a
			// new size (a loaded machine may draw a first frame before the
			// emulated viewport applies): the rest is its frames' own work.
			whole, sizes := eval[string](tb, `document.documentElement.dataset.wholeCopies`), eval[string](tb, `document.documentElement.dataset.sizes`)
			if !reduced && (whole != sizes || whole == "0") {
				t.Errorf("%s: %s whole copies in %d frames at %s screen sizes, want one a size", frag, whole, frames, sizes)
			}
			if err != nil {
				t.Fatalf("screenshot: %v", err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("screenshot: %v", err)
			}
			return img, frames
		}
		anim, nAnim := shot(false)
		whole, nWhole := shot(true)
		if nAnim < 10 || nWhole > 5 {
			t.Fatalf("%s: %d animated frames and %d with reduced motion; want many and one", frag, nAnim, nWhole)
		}
		b := anim.Bounds()
		if b != whole.Bounds() {
			t.Fatalf("%s: screenshots of %v and %v", frag, b, whole.Bounds())
		}
		// Where two moves meet, which one is on top depends on the order
		// they were stroked in (one batch per frame, or all at once): those
		// pixels may differ. What may not is ink against background: a
		// stale end point or an uncopied move.
		bg := commonest(whole)
		off := 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c1, c2 := anim.At(x, y), whole.At(x, y)
				if colourDist(c1, c2) > 64 && (colourDist(c1, bg) <= 8) != (colourDist(c2, bg) <= 8) {
					off++
				}
			}
		}
		if d := os.Getenv("SPIRAL_DIFF_DIR"); d != "" {
			for i, m := range []image.Image{anim, whole} {
				f, _ := os.Create(fmt.Sprintf("%s/%d-%d.png", d, len(frag), i))
				png.Encode(f, m)
				f.Close()
			}
		}
		t.Logf("%s: %d frames; %d of %d pixels are ink in one drawing and background in the other", frag, nAnim, off, b.Dx()*b.Dy())
		if off > 0 {
			t.Errorf("%s: the animation's last frame and the whole drawing differ in %d pixels of ink against background", frag, off)
		}
	}
}

// pixelsDiffer counts the pixels whose colour differs between two
// screenshots of the same size.
func pixelsDiffer(a, b image.Image) int {
	n := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return n
}

// commonest returns the colour most of img's pixels have.
func commonest(img image.Image) color.Color {
	n := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			n[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}]++
		}
	}
	var best color.RGBA
	for c, k := range n {
		if k > n[best] {
			best = c
		}
	}
	return best
}

// colourDist is the largest difference of two colours' channels, 0–255.
func colourDist(a, b color.Color) int {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	return max(absd(int(r1>>8), int(r2>>8)), absd(int(g1>>8), int(g2>>8)), absd(int(b1>>8), int(b2>>8)))
}
