package figure

import (
	"image/color"

	"github.com/dilemma/cyberdilemma/model"
)

// CompareSide is one state's words on the compare card.
type CompareSide struct {
	Label     string // "A" or "B"
	World     string // the world's name
	Intensity string // e.g. "0.21 · low"
	Race      string // the stability sentence
}

// CompareCardText is the text of the card of two states (compare=1).
type CompareCardText struct {
	Title string
	// Delta says the difference, e.g. "Difference B − A: +0.57".
	Delta                 string
	Sides                 [2]CompareSide
	LegendUS, LegendChina string
	// Link is the page's URL for the two states, on the last line.
	Link string
}

// The compare card's geometry: a title line, then two columns, each with
// its state's words over its spiral's panel (tinted by its world), then
// the legend and the link.
var (
	compareTitleY  = 52.0
	compareColumnW = 555.0
	compareGap     = 30.0
	comparePanelY0 = 168.0
	comparePanelY1 = 540.0
)

// ComparePanel returns the spiral panel of side i (0 for A, 1 for B).
func ComparePanel(i int) Rect {
	x0 := (CardW-2*compareColumnW-compareGap)/2 + float64(i)*(compareColumnW+compareGap)
	return Rect{x0, comparePanelY0, x0 + compareColumnW, comparePanelY1}
}

// DrawCompareCard draws the card of two states: each state's world,
// intensity and race over its spiral (pts[i], model.Spiral) on its world's
// tint (worlds[i]), the difference on the title line, the legend and the
// link under them.
func DrawCompareCard(cv Canvas, t CompareCardText, pts [2][]model.SpiralPoint, worlds [2]model.World, dark bool) {
	base := PaletteFor(worlds[0], dark)
	cv.Fill(Rect{0, 0, CardW, CardH}, base.Paper)
	left := ComparePanel(0).X0
	title, delta := Font{Size: 30, Bold: true}, Font{Size: 24, Bold: true}
	// The title, shortened to leave the difference its room.
	dw := cv.Measure(delta, t.Delta)
	s := t.Title
	for len(s) > 0 && cv.Measure(title, s) > CardW-2*left-dw-30 {
		s = trimLast(s)
	}
	cv.Text(left, compareTitleY, title, base.Text, s)
	cv.Text(CardW-left-dw, compareTitleY, delta, base.Text, t.Delta)

	var path Path
	for i, side := range t.Sides {
		pal := PaletteFor(worlds[i], dark)
		p := ComparePanel(i)
		head := Font{Size: 24, Bold: true}
		line := head
		for len(side.Label)+len(side.World) > 0 && cv.Measure(line, side.Label+" · "+side.World) > compareColumnW && line.Size > 14 {
			line.Size -= 2
		}
		cv.Text(p.X0, 96, line, pal.Text, side.Label+" · "+side.World)
		for j, l := range [...]struct {
			f    Font
			c    color.RGBA
			text string
		}{{Font{Size: 20, Bold: true}, pal.Text, side.Intensity}, {Font{Size: 16}, pal.Muted, side.Race}} {
			for cv.Measure(l.f, l.text) > compareColumnW && l.f.Size > 11 {
				l.f.Size--
			}
			cv.Text(p.X0, 126+24*float64(j), l.f, l.c, l.text)
		}

		cv.Fill(p, pal.Background)
		l := Layout{Scale: 1, CX: (p.X0 + p.X1) / 2, CY: (p.Y0 + p.Y1) / 2, R: (p.Y1-p.Y0)/2 - 14, LineWidth: cardSpiralWidth - 1}
		path.Reset()
		path.Circle(l.CX, l.CY, l.R)
		path.Circle(l.CX, l.CY, l.R/2)
		cv.Stroke(&path, cardRingWidth, pal.Guide)
		StrokeMoves(cv, &path, &l, pts[i], pal)
		cv.Disc(l.CX, l.CY, cardCentreR, pal.Text)
	}

	cardFooter(cv, &path, left, comparePanelY1+34, t.LegendUS, t.LegendChina, t.Link, base)
}

// trimLast drops s's last rune and, once shortened, ends it with "…".
func trimLast(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	if r[len(r)-1] == '…' {
		r = r[:len(r)-1]
	}
	if len(r) == 0 {
		return ""
	}
	return string(r[:len(r)-1]) + "…"
}

// DrawCompareCardRaster draws the compare card of a and b (read by a's
// model version) on r, with pts as the spirals' scratch space.
func DrawCompareCardRaster(r *Raster, t CompareCardText, a, b model.Inputs, pts [2][]model.SpiralPoint) [2][]model.SpiralPoint {
	b.Version = a.Version
	pts[0] = model.Spiral(pts[0][:0], a, MaxMoves)
	pts[1] = model.Spiral(pts[1][:0], b, MaxMoves)
	DrawCompareCard(r, t, pts, [2]model.World{model.Assess(a).World, model.Assess(b).World}, false)
	return pts
}
