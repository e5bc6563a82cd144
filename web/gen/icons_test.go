package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// TestIcons checks that the icons are drawn in the dark palette's US and
// China colours (web/figure) and that assets/ holds what DrawIcon draws
// (go run ./web/gen -icons assets rewrites them).
func TestIcons(t *testing.T) {
	for _, ic := range Icons {
		got := DrawIcon(ic.Size, ic.Purpose == "maskable")
		for _, c := range []color.RGBA{iconPalette.US, iconPalette.China} {
			if n := count(got, c); n < ic.Size*ic.Size/200 {
				t.Errorf("%s: %d pixels of %v, want the spiral in the palette's colours", ic.Src, n, c)
			}
		}
		f, err := os.Open(filepath.Join("..", "..", ic.Src))
		if err != nil {
			t.Fatal(err)
		}
		want, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		b := got.Bounds()
		if want.Bounds() != b {
			t.Fatalf("%s is %v, DrawIcon %v", ic.Src, want.Bounds(), b)
		}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				w := color.NRGBAModel.Convert(want.At(x, y)).(color.NRGBA)
				if g := color.NRGBAModel.Convert(got.At(x, y)).(color.NRGBA); w != g {
					t.Fatalf("%s differs from DrawIcon at (%d, %d): stale; run go run ./web/gen -icons assets", ic.Src, x, y)
				}
			}
		}
	}
}

func count(img *image.RGBA, c color.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] == c.R && img.Pix[i+1] == c.G && img.Pix[i+2] == c.B && img.Pix[i+3] == 0xff {
			n++
		}
	}
	return n
}
