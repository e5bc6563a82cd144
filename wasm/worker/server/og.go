package server

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/http"
	"strconv"

	"github.com/dilemma/cyberdilemma/model"
)

// OGWidth and OGHeight are the size of the social preview image, the 1.91:1
// that OpenGraph and Twitter cards expect.
const (
	OGWidth  = 1200
	OGHeight = 630
)

// Colours of the preview: the two sides as on the page, and a tint per world.
var (
	ogInk     = color.RGBA{0x1b, 0x1f, 0x24, 0xff}
	ogMuted   = color.RGBA{0x4a, 0x52, 0x5c, 0xff}
	ogPaper   = color.RGBA{0xfb, 0xfa, 0xf7, 0xff}
	ogUS      = color.RGBA{0x1d, 0x5f, 0xb8, 0xff}
	ogChina   = color.RGBA{0xc2, 0x2b, 0x2b, 0xff}
	ogGrid    = color.RGBA{0xd8, 0xd4, 0xcc, 0xff}
	ogWorldBg = map[model.World]color.RGBA{
		model.DoublyDangerous:    {0xfb, 0xe4, 0xe1, 0xff},
		model.Compatible:         {0xfd, 0xf1, 0xd8, 0xff},
		model.AggressionPossible: {0xfc, 0xec, 0xdc, 0xff},
		model.DoublySafe:         {0xe2, 0xf3, 0xe6, 0xff},
	}
)

// WorldTitle is the English name of a world, as the preview prints it.
var WorldTitle = map[model.World]string{
	model.DoublyDangerous:    "Doubly dangerous",
	model.Compatible:         "Security dilemma, compatible requirements",
	model.AggressionPossible: "Aggression possible, no security dilemma",
	model.DoublySafe:         "Doubly safe",
}

// RenderOG draws the social preview of in: the spiral from the model's
// geometry (US moves blue, China's red) on a tint of the world, and the
// state and result in text. Pure Go: no Ebiten, no fonts beyond a built-in
// bitmap face.
func RenderOG(in model.Inputs) *image.RGBA {
	a := model.Assess(in)
	img := image.NewRGBA(image.Rect(0, 0, OGWidth, OGHeight))
	fill(img, img.Bounds(), ogPaper)

	// The spiral panel on the right.
	panel := image.Rect(OGWidth-630+30, 30, OGWidth-30, OGHeight-30)
	fill(img, panel, ogWorldBg[a.World])
	cx, cy := float64(panel.Min.X+panel.Max.X)/2, float64(panel.Min.Y+panel.Max.Y)/2
	rad := float64(panel.Dy())/2 - 16
	ring(img, cx, cy, rad, 1.5, ogGrid)
	ring(img, cx, cy, rad/2, 1, ogGrid)
	pts := model.Spiral(nil, in, 400)
	for i := 1; i < len(pts); i++ {
		c := ogUS
		if pts[i].Side == model.SideChina {
			c = ogChina
		}
		line(img, cx+pts[i-1].X*rad, cy-pts[i-1].Y*rad, cx+pts[i].X*rad, cy-pts[i].Y*rad, 4, c)
	}
	disc(img, cx, cy, 6, ogInk)

	// Text on the left.
	x := 60
	text(img, x, 56, 3, ogInk, "Cyber security dilemma")
	text(img, x, 104, 2, ogMuted, "China-US, after Li Senlin's analysis")
	text(img, x, 170, 2, ogMuted, "Jervis's world")
	wt := WorldTitle[a.World]
	if len(wt) > 24 { // wrap the long names at the comma
		for i := 0; i < len(wt); i++ {
			if wt[i] == ',' {
				text(img, x, 200, 3, ogInk, wt[:i+1])
				text(img, x, 244, 3, ogInk, wt[i+2:])
				break
			}
		}
	} else {
		text(img, x, 200, 3, ogInk, wt)
	}
	text(img, x, 310, 2, ogMuted, "Intensity")
	text(img, x, 340, 4, ogInk, strconv.FormatFloat(a.Intensity, 'f', 2, 64)+" "+a.Band.String())
	race := "the race settles"
	if !a.Stable {
		race = "the race spirals out"
	}
	text(img, x, 400, 2, ogInk, race)
	in = a.Inputs
	text(img, x, 470, 2, ogMuted, fmt.Sprintf("tech %.2f  discourse %.2f", in.Tech, in.Discourse))
	text(img, x, 500, 2, ogMuted, fmt.Sprintf("attribution %.2f  dialogue %.2f", in.Attribution, in.Dialogue))
	text(img, x, 530, 2, ogMuted, "US "+in.US.String()+", China "+in.China.String())
	// Legend.
	line(img, float64(x), 584, float64(x+40), 584, 5, ogUS)
	text(img, x+52, 572, 2, ogInk, "US move")
	line(img, float64(x+220), 584, float64(x+260), 584, 5, ogChina)
	text(img, x+272, 572, 2, ogInk, "China move")
	return img
}

// OG answers GET /og.png?<state> with the preview image as PNG.
func OG(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	q, ok := parse(w, r, "lang", "theme", "controls")
	if !ok {
		return
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, RenderOG(q.Inputs)); err != nil {
		writeError(w, r, http.StatusBadRequest, "query", "the image could not be drawn")
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/png")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "public, max-age=86400")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

// blend mixes c into the pixel at (x, y) with coverage a in [0, 1].
func blend(img *image.RGBA, x, y int, c color.RGBA, a float64) {
	if a <= 0 || !(image.Point{x, y}.In(img.Bounds())) {
		return
	}
	if a > 1 {
		a = 1
	}
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	p[0] = uint8(float64(p[0]) + (float64(c.R)-float64(p[0]))*a + 0.5)
	p[1] = uint8(float64(p[1]) + (float64(c.G)-float64(p[1]))*a + 0.5)
	p[2] = uint8(float64(p[2]) + (float64(c.B)-float64(p[2]))*a + 0.5)
	p[3] = 0xff
}

// line draws an anti-aliased segment of the given width: each pixel is
// covered by how far its centre lies inside the capsule around the segment.
func line(img *image.RGBA, x0, y0, x1, y1, width float64, c color.RGBA) {
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

func disc(img *image.RGBA, cx, cy, r float64, c color.RGBA) { line(img, cx, cy, cx, cy, 2*r, c) }

func ring(img *image.RGBA, cx, cy, r, width float64, c color.RGBA) {
	const n = 180
	for i := 0; i < n; i++ {
		a0, a1 := 2*math.Pi*float64(i)/n, 2*math.Pi*float64(i+1)/n
		line(img, cx+r*math.Cos(a0), cy+r*math.Sin(a0), cx+r*math.Cos(a1), cy+r*math.Sin(a1), width, c)
	}
}

// text draws ASCII s with the 7×13 bitmap face at an integer scale; other
// runes are drawn as '?'.
func text(img *image.RGBA, x, y, scale int, c color.RGBA, s string) {
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			r = '?'
		}
		g := glyphs7x13[r-0x20]
		for gy, row := range g {
			for gx := 0; gx < 7; gx++ {
				if row&(1<<(6-gx)) != 0 {
					fill(img, image.Rect(x+gx*scale, y+gy*scale, x+(gx+1)*scale, y+(gy+1)*scale), c)
				}
			}
		}
		x += 7 * scale
	}
}
