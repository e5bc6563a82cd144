package figure

import (
	"encoding/binary"
	"image"
	"image/color"
	"sync"

	"github.com/dilemma/cyberdilemma/model"
)

// CardPalette returns the card's palette (og.png, the PNG download): the
// flat colours it is drawn with keep their exact values and the
// anti-aliased edges fall on a 6×6×6 cube. A paletted PNG needs no per-row
// filters, which are most of the encoding time of an RGBA image, and the
// file is a third of the size.
var CardPalette = sync.OnceValue(func() *PaletteIndex {
	p := &PaletteIndex{}
	add := func(c color.RGBA) {
		k := rgbKey(c.R, c.G, c.B)
		for h := p.slot(k); ; h = (h + 1) & (len(p.keys) - 1) {
			if p.keys[h] == 0 {
				p.keys[h], p.idx[h] = k, uint8(len(p.pal))
				p.pal = append(p.pal, c)
				return
			}
			if p.keys[h] == k {
				return
			}
		}
	}
	for _, c := range Colours() {
		add(color.RGBA{c.R, c.G, c.B, 0xff})
	}
	p.cube = len(p.pal)
	for r := 0; r < 6; r++ {
		for g := 0; g < 6; g++ {
			for b := 0; b < 6; b++ {
				p.pal = append(p.pal, color.RGBA{uint8(r * 51), uint8(g * 51), uint8(b * 51), 0xff})
			}
		}
	}
	return p
})

// PaletteIndex finds a colour's palette entry: an exact colour through a
// small open-addressed table (a Go map per pixel run cost 6 ms a preview
// natively), any other on the cube.
type PaletteIndex struct {
	pal  color.Palette
	cube int         // index of the cube's first entry
	keys [256]uint32 // rgbKey, 0 for an empty slot
	idx  [256]uint8  // palette index of keys[i]
}

// rgbKey packs a colour with a set top bit, so that no key is 0.
func rgbKey(r, g, b uint8) uint32 { return 1<<24 | uint32(r)<<16 | uint32(g)<<8 | uint32(b) }

func (p *PaletteIndex) slot(k uint32) int { return int((k * 2654435761) >> 24) }

func (p *PaletteIndex) index(r, g, b uint8) uint8 {
	k := rgbKey(r, g, b)
	for h := p.slot(k); p.keys[h] != 0; h = (h + 1) & (len(p.keys) - 1) {
		if p.keys[h] == k {
			return p.idx[h]
		}
	}
	q := func(v uint8) int { return (int(v) + 25) / 51 }
	return uint8(p.cube + q(r)*36 + q(g)*6 + q(b))
}

// Colours returns the palette.
func (p *PaletteIndex) Colours() color.Palette { return p.pal }

// Row writes the palette indices of one row of RGBA pixels; a run of one
// colour, most of the card, costs one comparison a pixel.
func (p *PaletteIndex) Row(dst, src []byte) {
	if len(src) < 4 {
		return
	}
	last := binary.LittleEndian.Uint32(src)
	lastIdx := p.index(src[0], src[1], src[2])
	for j := range dst {
		px := src[4*j : 4*j+4 : 4*j+4]
		if v := binary.LittleEndian.Uint32(px); v != last {
			last, lastIdx = v, p.index(px[0], px[1], px[2])
		}
		dst[j] = lastIdx
	}
}

// Quantize replaces every pixel of img by its palette colour (opaque): the
// pixels a PNG encoded with the palette decodes to.
func (p *PaletteIndex) Quantize(img *image.RGBA) {
	w := img.Rect.Dx()
	idx := make([]byte, w)
	for y := 0; y < img.Rect.Dy(); y++ {
		row := img.Pix[y*img.Stride:][:4*w]
		p.Row(idx, row)
		for x, k := range idx {
			c := p.pal[k].(color.RGBA)
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = c.R, c.G, c.B, 0xff
		}
	}
}

// DrawCardRaster draws the card of in with text t onto r (fully), with pts
// as the spiral's buffer, in the light palette: og.png's picture, and the
// PNG download's in English.
func DrawCardRaster(r *Raster, t CardText, in model.Inputs, pts []model.SpiralPoint) []model.SpiralPoint {
	a := model.Assess(in)
	pts = model.Spiral(pts[:0], in, MaxMoves)
	DrawCard(r, t, pts, a.World, false)
	return pts
}
