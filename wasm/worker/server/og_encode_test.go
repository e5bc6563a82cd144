package server

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// TestOGPNG: the one-pass paletted encoder (with the reused raster, after
// another state was drawn in it) gives a valid PNG with the pixels of the
// card quantised to ogPalette, as RenderOG and toPaletted give them.
func TestOGPNG(t *testing.T) {
	other, err := model.Parse("tech=0.1&discourse=0.9&attribution=0.9&dialogue=0&us=offense&china=offense", model.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []model.Inputs{model.Default(), other.Inputs, model.Default()} {
		b, err := OGPNG(in, "")
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("OGPNG(%s): %v", in.Encode(), err)
		}
		pg, ok := got.(*image.Paletted)
		if !ok || got.Bounds() != image.Rect(0, 0, OGWidth, OGHeight) {
			t.Fatalf("OGPNG(%s): %T %v, want a %d×%d paletted image", in.Encode(), got, got.Bounds(), OGWidth, OGHeight)
		}
		want := toPaletted(RenderOG(in, ""))
		for i := range want.Pix {
			if pg.Palette[pg.Pix[i]] != want.Palette[want.Pix[i]] {
				t.Fatalf("OGPNG(%s): pixel %d is %v, want %v", in.Encode(), i, pg.Palette[pg.Pix[i]], want.Palette[want.Pix[i]])
			}
		}
	}
}

func BenchmarkOGPNG(b *testing.B) {
	b.ReportAllocs()
	in := model.Default()
	for b.Loop() {
		if _, err := OGPNG(in, ""); err != nil {
			b.Fatal(err)
		}
	}
}
