package figure

import (
	"image/color"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func countNear(r *Raster, c color.RGBA) int {
	n := 0
	b := r.Img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r.Img.RGBAAt(x, y) == c {
				n++
			}
		}
	}
	return n
}

var testText = ChartText{Axis: "Intensity", Names: [4]string{"Tech", "Discourse", "Attribution", "Dialogue"},
	Number: func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }}

// The histogram's bars take their band's colour, in proportion to the
// shares; the tornado's bar of the widest input is the longest.
func TestCharts(t *testing.T) {
	var hist [model.HistogramBins]float64
	hist[3], hist[4], hist[12] = 0.5, 0.3, 0.2 // low, low, high
	r := NewRaster(400, 200)
	DrawHistogram(r, 400, 200, 1, hist, false, testText)
	low, high, severe := countNear(r, BandColour(model.BandLow, false)), countNear(r, BandColour(model.BandHigh, false)), countNear(r, BandColour(model.BandSevere, false))
	if low == 0 || high == 0 || severe != 0 || low < 3*high {
		t.Errorf("histogram pixels: low %d, high %d, severe %d", low, high, severe)
	}
	for _, dark := range []bool{false, true} {
		for b := model.BandNone; b <= model.BandSevere; b++ {
			if c := Contrast(BandColour(b, dark), PaletteFor(-1, dark).Paper); c < 3 {
				t.Errorf("band %v (dark %v): contrast %.2f < 3", b, dark, c)
			}
		}
	}
	r2 := NewRaster(400, 200)
	DrawTornado(r2, 400, 200, 1, [4]TornadoBar{{0.2, 0.25}, {0.2, 0.22}, {0.18, 0.3}, {0.1, 0.6}}, false, testText)
	if n := countNear(r2, BandColour(model.BandHigh, false)); n < 100 {
		t.Errorf("the dialogue bar (to 0.6, high) has %d pixels", n)
	}
}
