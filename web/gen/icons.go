package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Colours of the icon: the spiral of the 2018 baseline, US moves in the
// page's light blue and China's in its light red, on the dark panel colour.
var (
	iconBG    = color.RGBA{0x0d, 0x1b, 0x33, 0xff}
	iconRing  = color.RGBA{0x2a, 0x3d, 0x5e, 0xff}
	iconUS    = color.RGBA{0x8a, 0xb4, 0xf8, 0xff}
	iconChina = color.RGBA{0xff, 0x8a, 0x80, 0xff}
	iconDot   = color.RGBA{0xff, 0xff, 0xff, 0xff}
)

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
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float64(size)
	c := s / 2
	// Radius of the spiral's unit circle: the race starts at radius 0.5,
	// which lands at 40 % of the icon (30 % when maskable).
	rad := 0.8 * s
	if maskable {
		rad = 0.6 * s
	}
	corner := 0.2 * s
	if maskable {
		corner = 0
	}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			blend(img, x, y, iconBG, roundedSquare(float64(x)+0.5, float64(y)+0.5, s, corner))
		}
	}
	w := s / 64
	ring(img, c, c, rad/2+1.6*w, w*0.6, iconRing)
	pts := model.Spiral(nil, model.Default(), 400)
	for i := 1; i < len(pts); i++ {
		col := iconUS
		if pts[i].Side == model.SideChina {
			col = iconChina
		}
		segment(img, c+pts[i-1].X*rad, c-pts[i-1].Y*rad, c+pts[i].X*rad, c-pts[i].Y*rad, 1.8*w, col)
	}
	segment(img, c, c, c, c, 3*w, iconDot)
	return img
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

// blend mixes c into the pixel at (x, y) with coverage a in [0, 1],
// keeping straight (not premultiplied) alpha right for a transparent base.
func blend(img *image.RGBA, x, y int, c color.RGBA, a float64) {
	if a <= 0 || !(image.Point{x, y}.In(img.Bounds())) {
		return
	}
	a = math.Min(a, 1)
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	da := float64(p[3]) / 255
	oa := a + da*(1-a)
	for k, v := range [3]uint8{c.R, c.G, c.B} {
		p[k] = uint8((float64(v)*a+float64(p[k])*da*(1-a))/oa + 0.5)
	}
	p[3] = uint8(oa*255 + 0.5)
}

// segment draws an anti-aliased capsule of the given width from (x0, y0)
// to (x1, y1): each pixel is covered by how far its centre lies inside.
func segment(img *image.RGBA, x0, y0, x1, y1, width float64, c color.RGBA) {
	hw := width / 2
	minX, maxX := int(math.Floor(math.Min(x0, x1)-hw-1)), int(math.Ceil(math.Max(x0, x1)+hw+1))
	minY, maxY := int(math.Floor(math.Min(y0, y1)-hw-1)), int(math.Ceil(math.Max(y0, y1)+hw+1))
	dx, dy := x1-x0, y1-y0
	l2 := dx*dx + dy*dy
	for y := minY; y <= maxY; y++ {
		for x := minX; x <= maxX; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			t := 0.0
			if l2 > 0 {
				t = math.Max(0, math.Min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
			}
			d := math.Hypot(px-(x0+t*dx), py-(y0+t*dy))
			blend(img, x, y, c, hw+0.5-d)
		}
	}
}

func ring(img *image.RGBA, cx, cy, r, width float64, c color.RGBA) {
	const n = 180
	for i := range n {
		a0, a1 := 2*math.Pi*float64(i)/n, 2*math.Pi*float64(i+1)/n
		segment(img, cx+r*math.Cos(a0), cy+r*math.Sin(a0), cx+r*math.Cos(a1), cy+r*math.Sin(a1), width, c)
	}
}
