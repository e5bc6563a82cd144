package main

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
)

func itoa(n int) string { return strconv.Itoa(n) }

// The icon draws the baseline's spiral in the dark palette's colours
// (web/figure), on the dark page background.
var iconPalette = figure.PaletteFor(model.Assess(model.Default()).World, true)

// WriteIcons draws the app's icons (Icons) into dir, as PNG files named by
// their Src without "assets/".
func WriteIcons(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, ic := range Icons {
		var buf bytes.Buffer
		if err := png.Encode(&buf, DrawIcon(ic.Size, ic.Purpose == "maskable")); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(ic.Src)), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// DrawIcon draws the icon at size×size pixels: the baseline's spiral
// (model.Spiral) on a rounded square, or, maskable, on a full square with
// the spiral inside the central circle of 80 % that every mask keeps.
func DrawIcon(size int, maskable bool) *image.RGBA {
	r := figure.NewRaster(size, size)
	s := float64(size)
	// Radius of the spiral's unit circle: the race starts at radius 0.5,
	// which lands at 40 % of the icon (30 % when maskable).
	l := figure.Layout{Scale: 1, CX: s / 2, CY: s / 2, R: 0.8 * s, LineWidth: 1.8 * s / 64}
	corner := 0.2 * s
	if maskable {
		l.R, corner = 0.6*s, 0
	}
	pal := iconPalette
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			r.Blend(x, y, pal.Paper, roundedSquare(float64(x)+0.5, float64(y)+0.5, s, corner))
		}
	}
	w := s / 64
	var path figure.Path
	path.Circle(l.CX, l.CY, l.R/2+1.6*w)
	r.Stroke(&path, w*0.6, pal.Guide)
	pts := model.Spiral(nil, model.Default(), figure.MaxMoves)
	figure.StrokeMoves(r, &path, &l, pts, pal)
	r.Disc(l.CX, l.CY, 1.5*w, pal.Text)
	return r.Img
}

// roundedSquare returns the coverage of (x, y) by the s×s square with
// corners of radius r.
func roundedSquare(x, y, s, r float64) float64 {
	if r == 0 {
		return 1
	}
	dx := math.Max(0, math.Max(r-x, x-(s-r)))
	dy := math.Max(0, math.Max(r-y, y-(s-r)))
	return math.Max(0, math.Min(1, r-math.Hypot(dx, dy)+0.5))
}
