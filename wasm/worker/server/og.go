package server

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"strconv"
	"sync"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// OGWidth and OGHeight are the size of the social preview image, the 1.91:1
// that OpenGraph and Twitter cards expect.
const (
	OGWidth  = figure.CardW
	OGHeight = figure.CardH
)

// WorldTitle is the English name of a world, as the catalog names it
// everywhere (model/explain).
var WorldTitle = func() map[model.World]string {
	m := map[model.World]string{}
	for _, w := range model.Worlds {
		m[w] = explain.WorldName(explain.En, w)
	}
	return m
}()

// RenderOG draws the social preview of in: the card (figure.DrawCard) with
// the page's English text, on the raster backend, in the light palette.
// The PNG download draws the same card in the page's language.
func RenderOG(in model.Inputs) *image.RGBA {
	r := figure.NewRaster(OGWidth, OGHeight)
	v := view.New(view.State{Inputs: in})
	pts := model.Spiral(make([]model.SpiralPoint, 0, figure.MaxMoves+1), in, figure.MaxMoves)
	figure.DrawCard(r, CardText(view.NewCard(v, "")), pts, v.Assessment.World, false)
	return r.Img
}

// CardText is the text of the card c for figure.DrawCard.
func CardText(c view.Card) figure.CardText {
	return figure.CardText{
		Title: c.Title, Subtitle: c.Subtitle,
		WorldLabel: c.WorldLabel, World: c.World,
		IntensityLabel: c.IntensityLabel, Intensity: c.Intensity,
		Race: c.Race, Inputs: c.Inputs[:], Postures: c.Postures,
		LegendUS: c.LegendUS, LegendChina: c.LegendCN, Link: c.Link,
	}
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
	exact := figure.Colours()
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
