package figure

import (
	"image"
	"image/color"
	"math"
)

// Raster is the Canvas backend on an image.RGBA: pure Go, for og.png (in
// the Worker, where CPU time per request is limited), the icons and the
// golden images of the tests. Text is drawn with a 7×13 bitmap face at an
// integer scale, ASCII only.
type Raster struct {
	Img *image.RGBA
}

// NewRaster returns a transparent w×h raster.
func NewRaster(w, h int) *Raster { return &Raster{image.NewRGBA(image.Rect(0, 0, w, h))} }

// Fill paints r, rounded to whole pixels.
func (r *Raster) Fill(rc Rect, c color.RGBA) {
	img := r.Img
	b := image.Rect(int(math.Round(rc.X0)), int(math.Round(rc.Y0)), int(math.Round(rc.X1)), int(math.Round(rc.Y1))).Intersect(img.Bounds())
	if b.Empty() {
		return
	}
	// One row by hand, the others copied from it.
	first := img.Pix[img.PixOffset(b.Min.X, b.Min.Y) : img.PixOffset(b.Max.X-1, b.Min.Y)+4]
	for i := 0; i < len(first); i += 4 {
		first[i], first[i+1], first[i+2], first[i+3] = c.R, c.G, c.B, c.A
	}
	for y := b.Min.Y + 1; y < b.Max.Y; y++ {
		i := img.PixOffset(b.Min.X, y)
		copy(img.Pix[i:i+len(first)], first)
	}
}

// Stroke draws every segment of p as an anti-aliased capsule.
func (r *Raster) Stroke(p *Path, width float64, c color.RGBA) {
	p.Segments(func(x0, y0, x1, y1 float64) { r.Line(x0, y0, x1, y1, width, c) })
}

// Disc paints a filled, anti-aliased circle.
func (r *Raster) Disc(x, y, rad float64, c color.RGBA) { r.segment(x, y, x, y, 2*rad, c) }

// Blend mixes c into the pixel at (x, y) with coverage a in [0, 1],
// keeping straight (not premultiplied) alpha right on a transparent base.
func (r *Raster) Blend(x, y int, c color.RGBA, a float64) {
	img := r.Img
	if a <= 0 || !(image.Point{x, y}.In(img.Bounds())) {
		return
	}
	a = math.Min(a, 1)
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	if p[3] == 0xff { // opaque: the common case, without a division
		p[0] = uint8(float64(p[0]) + (float64(c.R)-float64(p[0]))*a + 0.5)
		p[1] = uint8(float64(p[1]) + (float64(c.G)-float64(p[1]))*a + 0.5)
		p[2] = uint8(float64(p[2]) + (float64(c.B)-float64(p[2]))*a + 0.5)
		return
	}
	da := float64(p[3]) / 255
	oa := a + da*(1-a)
	for k, v := range [3]uint8{c.R, c.G, c.B} {
		p[k] = uint8((float64(v)*a+float64(p[k])*da*(1-a))/oa + 0.5)
	}
	p[3] = uint8(oa*255 + 0.5)
}

// Line draws an anti-aliased segment of the given width: each pixel is
// covered by how far its centre lies inside the capsule around the segment.
// A long diagonal's bounding box is mostly empty, so it is drawn as pieces
// of at most 12 px whose boxes hug the line.
func (r *Raster) Line(x0, y0, x1, y1, width float64, c color.RGBA) {
	if l := math.Hypot(x1-x0, y1-y0); l > 12 {
		n := int(math.Ceil(l / 12))
		for i := 0; i < n; i++ {
			t0, t1 := float64(i)/float64(n), float64(i+1)/float64(n)
			r.segment(x0+(x1-x0)*t0, y0+(y1-y0)*t0, x0+(x1-x0)*t1, y0+(y1-y0)*t1, width, c)
		}
		return
	}
	r.segment(x0, y0, x1, y1, width, c)
}

// segment draws one short piece of a line. Pixels farther than the
// half-width plus one half are rejected on the squared distance, so the
// square root runs only along the edge.
func (r *Raster) segment(x0, y0, x1, y1, width float64, c color.RGBA) {
	hw := width / 2
	reach := hw + 0.5
	reach2 := reach * reach
	inner := math.Max(0, hw-0.5)
	inner2 := inner * inner
	b := r.Img.Bounds()
	minX, maxX := max(b.Min.X, int(math.Floor(math.Min(x0, x1)-reach))), min(b.Max.X-1, int(math.Ceil(math.Max(x0, x1)+reach)))
	minY, maxY := max(b.Min.Y, int(math.Floor(math.Min(y0, y1)-reach))), min(b.Max.Y-1, int(math.Ceil(math.Max(y0, y1)+reach)))
	dx, dy := x1-x0, y1-y0
	l2 := dx*dx + dy*dy
	for y := minY; y <= maxY; y++ {
		py := float64(y) + 0.5
		for x := minX; x <= maxX; x++ {
			px := float64(x) + 0.5
			t := 0.0
			if l2 > 0 {
				t = math.Max(0, math.Min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
			}
			ex, ey := px-(x0+t*dx), py-(y0+t*dy)
			d2 := ex*ex + ey*ey
			switch {
			case d2 >= reach2:
			case d2 <= inner2:
				r.Blend(x, y, c, 1)
			default:
				r.Blend(x, y, c, reach-math.Sqrt(d2))
			}
		}
	}
}

// bitmapScale is the integer scale at which the 7×13 face stands for f.
func bitmapScale(f Font) int { return max(1, int(math.Ceil(f.Size/13-0.01))) }

// Measure returns the advance of s: 7 pixels a rune, scaled.
func (r *Raster) Measure(f Font, s string) float64 {
	n := 0
	for range s {
		n++
	}
	return float64(7 * bitmapScale(f) * n)
}

// Text draws s with the bitmap face, its baseline at y. Runes outside ASCII
// are drawn as their nearest ASCII look-alike or '?'; bold is not drawn.
func (r *Raster) Text(x, y float64, f Font, c color.RGBA, s string) {
	sc := bitmapScale(f)
	px, top := int(math.Round(x)), int(math.Round(y))-11*sc
	for _, ch := range s {
		g := glyph(ch)
		for gy, row := range g {
			for gx := 0; gx < 7; gx++ {
				if row&(1<<(6-gx)) != 0 {
					r.Fill(Rect{float64(px + gx*sc), float64(top + gy*sc), float64(px + (gx+1)*sc), float64(top + (gy+1)*sc)}, c)
				}
			}
		}
		px += 7 * sc
	}
}

var middleDot = [13]uint8{6: 0x18, 7: 0x18}

func glyph(ch rune) *[13]uint8 {
	switch ch {
	case '·', '•':
		return &middleDot
	case '–', '—', '−':
		ch = '-'
	case '‘', '’':
		ch = '\''
	case '“', '”':
		ch = '"'
	}
	if ch < 0x20 || ch > 0x7e {
		ch = '?'
	}
	return &glyphs7x13[ch-0x20]
}
