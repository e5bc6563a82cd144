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
	"sync"

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
	model.AggressionPossible: "Aggression possible, still a security dilemma",
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
	// At most 240 moves: 30 turns, more than any race needs to show its
	// trend, and a bound on the work per request.
	pts := model.Spiral(nil, in, 240)
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
	text(img, x, 530, 2, ogMuted, "US "+in.US.String()+", China "+in.China.String()+"  model v"+strconv.Itoa(a.ModelVersion))
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
	// The preview shows the state at the two decimals of the page's URLs;
	// recent previews are kept, so a crawler's repeated fetches cost nothing.
	in := q.Inputs.Round2()
	key := in.Encode()
	b, ok := ogCache.get(key)
	if !ok {
		var buf bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(&buf, toPaletted(RenderOG(in))); err != nil {
			writeError(w, r, http.StatusBadRequest, "query", "the image could not be drawn")
			return
		}
		b = buf.Bytes()
		ogCache.put(key, b)
	}
	h := w.Header()
	h.Set("Content-Type", "image/png")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Cache-Control", "public, max-age=86400")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

// ogCache keeps the last previews drawn (about 30 KB each).
var ogCache = &pngCache{max: 64, m: map[string][]byte{}}

// pngCache is a small first-in-first-out cache, safe for concurrent use.
type pngCache struct {
	mu    sync.Mutex
	max   int
	m     map[string][]byte
	order []string
}

func (c *pngCache) get(k string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[k]
	return b, ok
}

func (c *pngCache) put(k string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok {
		return
	}
	if len(c.order) >= c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[k] = b
	c.order = append(c.order, k)
}

// toPaletted converts the preview to 8-bit colour: the flat colours it is
// drawn with keep their exact values and the anti-aliased edges fall on a
// 6×6×6 cube. PNG skips its per-row filters for paletted images, which is
// most of the encoding time of an RGBA image (measured: 50 ms → 10 ms per
// preview natively), and the file is a third of the size.
func toPaletted(src *image.RGBA) *image.Paletted {
	exact := []color.RGBA{ogInk, ogMuted, ogPaper, ogUS, ogChina, ogGrid}
	for _, w := range model.Worlds {
		exact = append(exact, ogWorldBg[w])
	}
	pal := make(color.Palette, 0, 256)
	index := map[color.RGBA]uint8{}
	for _, c := range exact {
		if _, ok := index[c]; !ok {
			index[c] = uint8(len(pal))
			pal = append(pal, c)
		}
	}
	cube := len(pal)
	for r := 0; r < 6; r++ {
		for g := 0; g < 6; g++ {
			for b := 0; b < 6; b++ {
				pal = append(pal, color.RGBA{uint8(r * 51), uint8(g * 51), uint8(b * 51), 0xff})
			}
		}
	}
	dst := image.NewPaletted(src.Bounds(), pal)
	var last color.RGBA
	var lastIdx uint8
	have := false
	for i, j := 0, 0; i < len(src.Pix); i, j = i+4, j+1 {
		c := color.RGBA{src.Pix[i], src.Pix[i+1], src.Pix[i+2], 0xff}
		if !have || c != last {
			if k, ok := index[c]; ok {
				lastIdx = k
			} else {
				q := func(v uint8) int { return (int(v) + 25) / 51 }
				lastIdx = uint8(cube + q(c.R)*36 + q(c.G)*6 + q(c.B))
			}
			last, have = c, true
		}
		dst.Pix[j] = lastIdx
	}
	return dst
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return
	}
	// One row by hand, the others copied from it.
	first := img.Pix[img.PixOffset(r.Min.X, r.Min.Y) : img.PixOffset(r.Max.X-1, r.Min.Y)+4]
	for i := 0; i < len(first); i += 4 {
		first[i], first[i+1], first[i+2], first[i+3] = c.R, c.G, c.B, c.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		i := img.PixOffset(r.Min.X, y)
		copy(img.Pix[i:i+len(first)], first)
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
// Pixels farther than the half-width plus one are rejected on the squared
// distance, so the square root runs only along the edge: the preview must
// stay cheap in the Worker, where CPU time per request is limited.
func line(img *image.RGBA, x0, y0, x1, y1, width float64, c color.RGBA) {
	// A long diagonal's bounding box is mostly empty: draw it as pieces of
	// at most 12 px, whose boxes hug the line.
	if l := math.Hypot(x1-x0, y1-y0); l > 12 {
		n := int(math.Ceil(l / 12))
		for i := 0; i < n; i++ {
			t0, t1 := float64(i)/float64(n), float64(i+1)/float64(n)
			segment(img, x0+(x1-x0)*t0, y0+(y1-y0)*t0, x0+(x1-x0)*t1, y0+(y1-y0)*t1, width, c)
		}
		return
	}
	segment(img, x0, y0, x1, y1, width, c)
}

// segment draws one short piece of a line.
func segment(img *image.RGBA, x0, y0, x1, y1, width float64, c color.RGBA) {
	hw := width / 2
	reach := hw + 0.5
	reach2 := reach * reach
	inner := math.Max(0, hw-0.5)
	inner2 := inner * inner
	b := img.Bounds()
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
				blend(img, x, y, c, 1)
			default:
				blend(img, x, y, c, reach-math.Sqrt(d2))
			}
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
