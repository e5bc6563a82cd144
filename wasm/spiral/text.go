//go:build js && wasm

package main

import (
	_ "embed"
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// maxLabels bounds the label cache; a page shows five labels at a time.
const maxLabels = 24

// cjkOTF is Noto Sans CJK SC cut to printable ASCII and the characters the
// spiral draws in Chinese (fonts/subset.sh; SIL Open Font License,
// fonts/OFL.txt): about 18 KB.
//
//go:embed fonts/NotoSansCJKsc-spiral.otf
var cjkOTF []byte

// labels rasterizes lines of text once per string and size, white on
// transparent, and draws them tinted: in Go Regular, or in the CJK subset
// for a page in Chinese. It uses x/image's opentype rasterizer rather than
// ebiten/text/v2, whose shaping engine (go-text and x/text tables) would
// add about 0.85 MB to the brotli-compressed binary.
type labels struct {
	latin, cjk *opentype.Font
	font       *opentype.Font // latin or cjk
	size       float64
	face       font.Face
	imgs       map[string]*label
}

type label struct {
	img   *ebiten.Image
	width float64
}

func newLabels() (*labels, error) {
	latin, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("spiral: parse font: %w", err)
	}
	cjk, err := opentype.Parse(cjkOTF)
	if err != nil {
		return nil, fmt.Errorf("spiral: parse CJK font: %w", err)
	}
	return &labels{latin: latin, cjk: cjk, font: latin, imgs: map[string]*label{}}, nil
}

// setLang selects the font for a page language: the CJK subset for
// "zh-CN" and "zh-TW", Go Regular otherwise.
func (c *labels) setLang(lang string) {
	f := c.latin
	if lang == "zh-CN" || lang == "zh-TW" {
		f = c.cjk
	}
	if f != c.font {
		c.font, c.face = f, nil
		c.clear()
	}
}

// setSize selects the text size in device pixels, dropping the cache when it
// changes.
func (c *labels) setSize(size float64) error {
	if size == c.size && c.face != nil {
		return nil
	}
	face, err := opentype.NewFace(c.font, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return fmt.Errorf("spiral: font face: %w", err)
	}
	c.clear()
	c.size, c.face = size, face
	return nil
}

func (c *labels) clear() {
	for k, l := range c.imgs {
		l.img.Deallocate()
		delete(c.imgs, k)
	}
}

func (c *labels) get(s string) *label {
	if l, ok := c.imgs[s]; ok {
		return l
	}
	if len(c.imgs) >= maxLabels {
		c.clear()
	}
	m := c.face.Metrics()
	adv := font.MeasureString(c.face, s)
	w, h := adv.Ceil()+2, (m.Ascent + m.Descent).Ceil()
	rgba := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	d := font.Drawer{Dst: rgba, Src: image.White, Face: c.face, Dot: fixed.Point26_6{X: fixed.I(1), Y: m.Ascent}}
	d.DrawString(s)
	l := &label{img: ebiten.NewImageFromImage(rgba), width: float64(adv.Ceil())}
	c.imgs[s] = l
	return l
}

// width returns the advance of s in device pixels.
func (c *labels) width(s string) float64 { return c.get(s).width }

// draw draws s with its baseline's left end at (x, y), in clr.
func (c *labels) draw(dst *ebiten.Image, s string, x, y float64, clr color.Color) {
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(x-1, y-float64(c.face.Metrics().Ascent)/64)
	op.ColorScale.ScaleWithColor(clr)
	dst.DrawImage(c.get(s).img, op)
}
