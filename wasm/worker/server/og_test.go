package server

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

// TestCardGolden compares the card (RenderOG, the raster backend of
// figure.DrawCard) pixel for pixel with testdata/card-*.png at two states:
// the baseline and the baseline without dialogue (another world and a
// diverging race). go test -run TestCardGolden -update rewrites them; look
// at them before committing.
func TestCardGolden(t *testing.T) {
	base := model.Default()
	noDialogue := base
	noDialogue.Dialogue = 0
	for _, tt := range []struct {
		name string
		in   model.Inputs
	}{{"baseline", base}, {"dialogue0", noDialogue}} {
		t.Run(tt.name, func(t *testing.T) {
			got := RenderOG(tt.in, "")
			path := filepath.Join("testdata", "card-"+tt.name+".png")
			if *update {
				var buf bytes.Buffer
				if err := png.Encode(&buf, got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatalf("%v (go test -run TestCardGolden -update writes it)", err)
			}
			defer f.Close()
			want, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if want.Bounds() != got.Bounds() {
				t.Fatalf("card is %v, golden %v", got.Bounds(), want.Bounds())
			}
			diff, first := 0, image.Point{-1, -1}
			b := got.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if color.RGBAModel.Convert(want.At(x, y)) != got.RGBAAt(x, y) {
						if diff == 0 {
							first = image.Pt(x, y)
						}
						diff++
					}
				}
			}
			if diff > 0 {
				t.Errorf("%d pixels differ from %s, the first at %v (go test -run TestCardGolden -update rewrites it)", diff, path, first)
			}
		})
	}
}

func ogImage(t *testing.T, query string) image.Image {
	t.Helper()
	rec := get(t, API(), "GET", "/og.png?"+query)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "image/png" {
		t.Fatalf("og.png?%s = %d %s", query, rec.Code, rec.Header().Get("Content-Type"))
	}
	img, err := png.Decode(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatalf("og.png?%s is not a PNG: %v", query, err)
	}
	return img
}

// countColour counts the pixels near c.
func countNear(img image.Image, r, g, b uint8) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if absDiff(uint8(cr>>8), r) < 12 && absDiff(uint8(cg>>8), g) < 12 && absDiff(uint8(cb>>8), b) < 12 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

func TestOGImage(t *testing.T) {
	base := ogImage(t, "")
	if b := base.Bounds(); b.Dx() != OGWidth || b.Dy() != OGHeight {
		t.Fatalf("og.png is %v, want %dx%d", b, OGWidth, OGHeight)
	}
	// The spiral is drawn in both sides' colours of the light palette, on
	// the world's tint; the text in the palette's ink.
	pal := figure.PaletteFor(model.Assess(model.Default()).World, false)
	for _, c := range []struct {
		name string
		c    color.RGBA
		min  int
	}{{"US", pal.US, 500}, {"China", pal.China, 500}, {"text", pal.Text, 2000}, {"tint", pal.Background, 100000}} {
		if n := countNear(base, c.c.R, c.c.G, c.c.B); n < c.min {
			t.Errorf("only %d pixels of the palette's %s colour %s, want ≥ %d", n, c.name, figure.CSS(c.c), c.min)
		}
	}
	// Another state gives other pixels: a diverging race and another world.
	other := ogImage(t, "preset=us-superiority-no-consensus")
	diff := 0
	for y := 0; y < OGHeight; y++ {
		for x := 0; x < OGWidth; x++ {
			r1, g1, b1, _ := base.At(x, y).RGBA()
			r2, g2, b2, _ := other.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				diff++
			}
		}
	}
	if diff < OGWidth*OGHeight/20 {
		t.Errorf("only %d pixels differ between the baseline and no consensus", diff)
	}
	// Bad state: JSON 400.
	rec := get(t, API(), "GET", "/og.png?tech=9")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `"param":"tech"`) {
		t.Errorf("og.png?tech=9 = %d %s", rec.Code, rec.Body)
	}
}

func TestOEmbed(t *testing.T) {
	h := API()
	ask := func(q string) (*httptest.ResponseRecorder, OEmbedResponse) {
		req := httptest.NewRequest("GET", "http://calc.test/oembed?"+q, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var o OEmbedResponse
		if rec.Code == 200 {
			o = decodeBody[OEmbedResponse](t, rec)
		}
		return rec, o
	}
	rec, o := ask("url=" + escape("http://calc.test/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense") + "&format=json")
	if rec.Code != 200 || o.Version != "1.0" || o.Type != "rich" || o.Width != EmbedWidth || o.Height != EmbedHeight {
		t.Fatalf("oembed = %d %+v", rec.Code, o)
	}
	if !strings.Contains(o.HTML, `src="http://calc.test/embed.html#tech=0.85&amp;discourse=0.75&amp;attribution=0.20&amp;dialogue=0.00`) ||
		!strings.Contains(o.HTML, `loading="lazy"`) || !strings.Contains(o.HTML, `title="`) || !strings.Contains(o.Title, "Doubly dangerous") {
		t.Errorf("oembed html %q title %q", o.HTML, o.Title)
	}
	if o.ProviderName == "" || o.ProviderURL != "http://calc.test/" || !strings.HasPrefix(o.ThumbnailURL, "http://calc.test/og.png?") {
		t.Errorf("oembed provider/thumbnail: %+v", o)
	}
	_, o = ask("url=" + escape("http://calc.test/embed.html") + "&maxwidth=400&maxheight=300000")
	if o.Width != 400 || o.Height != EmbedHeight {
		t.Errorf("maxwidth 400: %dx%d", o.Width, o.Height)
	}
	for _, q := range []string{"url=" + escape("https://evil.test/"), "url=" + escape("http://calc.test/api/v1/assess"), "url=" + escape("http://calc.test.evil/")} {
		if rec, _ := ask(q); rec.Code != 404 {
			t.Errorf("oembed?%s = %d, want 404", q, rec.Code)
		}
	}
	// Every link the page makes: state B (compare=1), the phase plane,
	// ranges with samples and seed, the theme.
	rec, o = ask("url=" + escape("http://calc.test/#tech=0.30..0.50&samples=2000&seed=7&v=2&view=plane&theme=projector&compare=1&b.dialogue=0.00&b.china=offense"))
	if rec.Code != 200 || !strings.Contains(o.Title, "; B: Doubly dangerous") ||
		!strings.Contains(o.HTML, "compare=1&amp;b.tech=0.40&amp;b.discourse=0.75") || !strings.Contains(o.ThumbnailURL, "&compare=1&b.tech=0.40&") {
		t.Errorf("oembed of a compare link = %d %+v", rec.Code, o)
	}
	for _, q := range []string{"", "url=" + escape("http://calc.test/") + "&format=xml", "url=" + escape("http://calc.test/") + "&maxwidth=abc", "url=" + escape("http://calc.test/#tech=7"), "url=a&url=b", "url=x&foo=1",
		"url=" + escape("http://calc.test/#b.tech=7"), "url=" + escape("http://calc.test/#compare=2"), "url=" + escape("http://calc.test/#b.v=1")} {
		if rec, _ := ask(q); rec.Code != 400 {
			t.Errorf("oembed?%s = %d, want 400", q, rec.Code)
		}
	}
}

func escape(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "#", "%23", "=", "%3D", "?", "%3F", ":", "%3A", "/", "%2F").Replace(s)
}

func BenchmarkRenderOG(b *testing.B) {
	b.ReportAllocs()
	for _, q := range []string{"", "preset=us-superiority-no-consensus", "tech=0.35&discourse=0.35&attribution=0&dialogue=0"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				API().ServeHTTP(rec, httptest.NewRequest("GET", "/og.png?"+q, nil))
			}
		})
	}
}

// The compare card (compare=1): both states' worlds in their tints, both
// spirals, a canonical Link of A's and B's keys, 400s naming B's keys.
func TestOGCompare(t *testing.T) {
	img := ogImage(t, "compare=1&b.dialogue=0&b.china=offense")
	if b := img.Bounds(); b.Dx() != OGWidth || b.Dy() != OGHeight {
		t.Fatalf("compare og.png is %v", b)
	}
	bIn := model.Default()
	bIn.Dialogue, bIn.China = 0, model.Offense
	for i, in := range []model.Inputs{model.Default(), bIn} {
		pal := figure.PaletteFor(model.Assess(in).World, false)
		p := figure.ComparePanel(i)
		tint := 0
		for y := int(p.Y0); y < int(p.Y1); y++ {
			for x := int(p.X0); x < int(p.X1); x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				if uint8(r>>8) == pal.Background.R && uint8(g>>8) == pal.Background.G && uint8(b>>8) == pal.Background.B {
					tint++
				}
			}
		}
		if tint < int((p.X1-p.X0)*(p.Y1-p.Y0)/2) {
			t.Errorf("panel %d: %d pixels of its world's tint %s", i, tint, figure.CSS(pal.Background))
		}
	}
	// The single card of A differs: the compare key draws the compare card.
	single := ogImage(t, "")
	if single.Bounds() != img.Bounds() {
		t.Fatalf("A's card %v, the compare card %v", single.Bounds(), img.Bounds())
	}
	{
		diff := 0
		for y := 0; y < OGHeight; y += 3 {
			for x := 0; x < OGWidth; x += 3 {
				if single.At(x, y) != img.At(x, y) {
					diff++
				}
			}
		}
		if diff < 1000 {
			t.Errorf("the compare card equals A's card in all but %d sampled pixels", diff)
		}
	}
	rec := get(t, API(), "GET", "/og.png?b.dialogue=0.001&compare=1")
	if want := `</og.png?tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2&compare=1&b.tech=0.85&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.00&b.us=offense&b.china=defense>; rel="canonical"`; rec.Header().Get("Link") != want {
		t.Errorf("Link %q, want %q", rec.Header().Get("Link"), want)
	}
	for q, param := range map[string]string{"b.tech=9": "b.tech", "compare=2": "compare", "b.v=1": "b.v", "b.preset=parity": "b.preset"} {
		rec := get(t, API(), "GET", "/og.png?"+q)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), `"param":"`+param+`"`) {
			t.Errorf("og.png?%s = %d %s", q, rec.Code, rec.Body)
		}
	}
	// compare=0 ignores B: A's card.
	if rec := get(t, API(), "GET", "/og.png?compare=0&b.tech=0.3"); rec.Code != 200 || strings.Contains(rec.Header().Get("Link"), "b.") {
		t.Errorf("compare=0: %d Link %q", rec.Code, rec.Header().Get("Link"))
	}
}
