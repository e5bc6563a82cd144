package server

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
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
// the page's English text and link (the page's address for the state), on
// the raster backend, in the light palette. The PNG download in English is
// the same picture (figure.DrawCardRaster, then quantised to the card's
// palette): same state and link, same pixels.
func RenderOG(in model.Inputs, link string) *image.RGBA {
	r := figure.NewRaster(OGWidth, OGHeight)
	drawOG(r, in, link, nil)
	return r.Img
}

// drawOG draws the preview of in onto r (fully: the card paints every
// pixel), with pts as the spiral's buffer.
func drawOG(r *figure.Raster, in model.Inputs, link string, pts []model.SpiralPoint) []model.SpiralPoint {
	return figure.DrawCardRaster(r, view.NewCard(view.New(view.State{Inputs: in}), link).Figure(), in, pts)
}

// OGLink is the page's address for in, as the preview prints it.
func OGLink(origin string, in model.Inputs) string { return origin + "/#" + in.Encode() }

// ogWork is what drawing and encoding one preview needs, kept between
// previews (sync.Pool): a 3 MB raster, the spiral's points and the
// encoder's row and compressor, whose allocation and collection were a
// good part of a preview's cost in the Worker.
type ogWork struct {
	r    *figure.Raster
	pts  []model.SpiralPoint
	ptsB []model.SpiralPoint // state B's, on the compare card
	enc  palettedEncoder
}

var ogPool = sync.Pool{New: func() any {
	return &ogWork{r: figure.NewRaster(OGWidth, OGHeight), pts: make([]model.SpiralPoint, 0, figure.MaxMoves+1),
		ptsB: make([]model.SpiralPoint, 0, figure.MaxMoves+1)}
}}

// OGComparePNG returns the preview of A and B (compare=1), with link, as a
// paletted PNG: the compare card (figure.DrawCompareCard), in English.
func OGComparePNG(a, b model.Inputs, link string) ([]byte, error) {
	wk := ogPool.Get().(*ogWork)
	defer ogPool.Put(wk)
	clear(wk.r.Img.Pix)
	pts := figure.DrawCompareCardRaster(wk.r, CompareCard(a, b, link), a, b, [2][]model.SpiralPoint{wk.pts, wk.ptsB})
	wk.pts, wk.ptsB = pts[0], pts[1]
	var buf bytes.Buffer
	buf.Grow(64 << 10)
	if err := wk.enc.encode(&buf, wk.r.Img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// CompareCard is the English text of the card of A and B with link.
func CompareCard(a, b model.Inputs, link string) figure.CompareCardText {
	s := view.State{Inputs: a, Compare: true, B: b}
	return view.NewCompareCard(view.NewCompare(s, view.New(s)), link)
}

// OGPNG returns the preview of in, with link, as a paletted PNG.
func OGPNG(in model.Inputs, link string) ([]byte, error) {
	wk := ogPool.Get().(*ogWork)
	defer ogPool.Put(wk)
	clear(wk.r.Img.Pix)
	wk.pts = drawOG(wk.r, in, link, wk.pts)
	var buf bytes.Buffer
	buf.Grow(48 << 10)
	if err := wk.enc.encode(&buf, wk.r.Img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// OG answers GET /og.png?<state> with the preview image as PNG.
func OG(w http.ResponseWriter, r *http.Request) {
	if !getOnly(w, r) {
		return
	}
	// State B's keys (compare=1, b.tech=…) apart from A's.
	raw, bRaw, hasB := view.SplitB(r.URL.RawQuery)
	q, err := model.Parse(raw, model.Options{Extra: []string{"lang", "theme", "controls", "view", "compare"}})
	if err != nil {
		writeParamError(w, r, err, true)
		return
	}
	// The preview shows the state at the two decimals of the page's URLs;
	// recent previews are kept, so a crawler's repeated fetches cost nothing.
	in := q.Inputs.Round2()
	compare, ok := view.CompareOn(q.Extra, hasB)
	if !ok {
		v := q.Extra["compare"]
		writeParamError(w, r, &model.ParamError{Param: "compare", Kind: model.ErrKindUnknown, Got: v,
			Message: "compare must be 0 or 1; got " + strconv.Quote(v)}, false)
		return
	}
	var bIn model.Inputs
	if compare {
		if bIn, err = view.ParseB(bRaw, in); err != nil {
			writeParamError(w, r, err, true)
			return
		}
		bIn = bIn.Round2()
	}
	key := in.Encode()
	link := OGLink(Origin(r), in)
	if compare {
		key = view.CompareQuery(in, bIn)
		link = Origin(r) + "/#" + key
	}
	b, ok := ogCache.get(link)
	if !ok {
		if compare {
			b, err = OGComparePNG(in, bIn, link)
		} else {
			b, err = OGPNG(in, link)
		}
		if err != nil {
			writeError(w, r, http.StatusBadRequest, "query", "the image could not be drawn")
			return
		}
		ogCache.put(link, b)
	}
	h := w.Header()
	// The canonical URL of this image: the Worker (entry.mjs) keeps each
	// state's image in the edge cache under it.
	h.Set("Link", "</og.png?"+key+`>; rel="canonical"`)
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

// ogPalette is the card's palette (figure.CardPalette), which the PNG
// download in the browser quantises to as well.
var ogPalette = figure.CardPalette

// toPaletted converts the preview to 8-bit colour (ogPalette).
func toPaletted(src *image.RGBA) *image.Paletted {
	p := ogPalette()
	dst := image.NewPaletted(src.Bounds(), p.Colours())
	for y := 0; y < src.Rect.Dy(); y++ {
		p.Row(dst.Pix[y*dst.Stride:][:src.Rect.Dx()], src.Pix[y*src.Stride:][:4*src.Rect.Dx()])
	}
	return dst
}

// palettedEncoder writes an RGBA image as an 8-bit paletted PNG
// (ogPalette) in one pass: each row is quantised into a reused buffer and
// compressed by a reused zlib writer at its fastest level, with no
// intermediate paletted image.
type palettedEncoder struct {
	row  []byte
	idat bytes.Buffer
	zw   *zlib.Writer
}

func (e *palettedEncoder) encode(w *bytes.Buffer, img *image.RGBA) error {
	p := ogPalette()
	wd, ht := img.Rect.Dx(), img.Rect.Dy()
	e.idat.Reset()
	if e.zw == nil {
		e.zw, _ = zlib.NewWriterLevel(&e.idat, zlib.BestSpeed)
	} else {
		e.zw.Reset(&e.idat)
	}
	if cap(e.row) < 1+wd {
		e.row = make([]byte, 1+wd)
	}
	row := e.row[:1+wd]
	row[0] = 0 // filter: none
	for y := 0; y < ht; y++ {
		p.Row(row[1:], img.Pix[y*img.Stride:][:4*wd])
		if _, err := e.zw.Write(row); err != nil {
			return err
		}
	}
	if err := e.zw.Close(); err != nil {
		return err
	}
	w.WriteString("\x89PNG\r\n\x1a\n")
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(wd))
	binary.BigEndian.PutUint32(hdr[4:], uint32(ht))
	hdr[8], hdr[9] = 8, 3 // 8 bits per index, paletted
	chunk(w, "IHDR", hdr[:])
	plte := make([]byte, 0, 3*len(p.Colours()))
	for _, c := range p.Colours() {
		rc := c.(color.RGBA)
		plte = append(plte, rc.R, rc.G, rc.B)
	}
	chunk(w, "PLTE", plte)
	chunk(w, "IDAT", e.idat.Bytes())
	chunk(w, "IEND", nil)
	return nil
}

// chunk writes one PNG chunk: length, type, data and CRC.
func chunk(w *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	w.WriteString(typ)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
