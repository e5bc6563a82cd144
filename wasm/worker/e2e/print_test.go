//go:build !js

package e2e

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

// pdfPage matches a PDF's page objects (/Type /Page, not /Pages).
var pdfPage = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// squash drops white space and undoes the typographic ligatures of a
// PDF's text.
func squash(s string) string {
	s = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl").Replace(s)
	return strings.Join(strings.Fields(s), "")
}

// TestPrint prints a state to PDF on A4 and on Letter: one page or two,
// that say the state, the headline intensity, the world, the explanation of
// that state, the evidence and the APA reference with the permalink, and
// show no control; the still of the spiral is drawn for that state before
// printing. Under print media, no control is
// shown and the parts a printout needs are: the state, the headline
// intensity and the world, the still, the explanation, the evidence's
// figures and the APA reference.
func TestPrint(t *testing.T) {
	tb := newTab(t)
	const frag = "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2"
	tb.open("/#" + frag)
	tb.poll(`document.querySelector("#print-apa-link").href.endsWith("/#` + frag + `")`)
	intensity := eval[string](tb, `document.querySelector("#intensity").textContent`)
	world := eval[string](tb, `document.querySelector("#world").textContent`)
	// "Why this result" is written when the reader pauses, or for printing.
	why := view.NewWhy("en", model.Inputs{Tech: 0.85, Discourse: 0.75, Attribution: 0.2, Dialogue: 0, US: model.Offense, China: model.Defense, Version: 2}).Summary
	if intensity != "0.78 · severe" || world != "Doubly dangerous" {
		t.Fatalf("the page shows %q, %q", intensity, world)
	}

	for _, paper := range []struct {
		name string
		w, h float64 // inches
	}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}} {
		res, err := chromedp.Call(tb.ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: paper.w, PaperHeight: paper.h})
		if err != nil {
			t.Fatalf("print to PDF on %s: %v", paper.name, err)
		}
		pdf := res.Data
		n := len(pdfPage.FindAll(pdf, -1))
		t.Logf("%s: %d pages, %d bytes", paper.name, n, len(pdf))
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) || n < 1 || n > 2 {
			t.Errorf("%s: %d pages, want one or two", paper.name, n)
		}
		// What it says: the state, the headline intensity and the world,
		// the explanation of this state, the evidence, and the reference
		// with the permalink (wrapped at any character: compared without
		// white space).
		text := pdfText(pdf)
		flat := squash(text)
		for _, want := range []string{
			"Dialogue: 0.00", intensity, world, why, "Root name servers",
			"Retrieved " + eval[string](tb, `new Date().toLocaleDateString("en-US", {month: "long", day: "numeric", year: "numeric"})`) + ", from " + baseURL + "/#" + frag,
			"Li, S. (n.d.). The origin of security dilemma between China and US in cyber space.",
		} {
			if !strings.Contains(flat, squash(want)) {
				t.Errorf("%s: the PDF does not say %q:\n%s", paper.name, want, text)
			}
		}
		for _, not := range []string{"Copy", "Download", "Reset"} {
			if strings.Contains(text, not) {
				t.Errorf("%s: the PDF shows the control %q", paper.name, not)
			}
		}
	}
	// The still was drawn for printing (beforeprint), for this state.
	if s := eval[string](tb, `document.querySelector("#print-spiral").dataset.state || ""`); s != frag {
		t.Errorf("the print still shows %q, want %q", s, frag)
	}

	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatalf("emulate print: %v", err)
	}
	shown := func(sel string) bool {
		t.Helper()
		return eval[bool](tb, `(() => { const el = document.querySelector(`+strconv.Quote(sel)+`); return !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0; })()`)
	}
	for _, sel := range []string{"#print-state-text", "#intensity", "#world", "#print-spiral", "#why-summary", "#why-world",
		"#posen", "[id^=figure-][id$=-values]", "#print-apa-calculator", "#print-apa-link", "#print-apa-paper"} {
		if !shown(sel) {
			t.Errorf("printed, %s is not shown", sel)
		}
	}
	if n := eval[int](tb, `[...document.querySelectorAll("button, input, select, textarea, iframe, summary:not(#evidence-toggle)")].filter(el => el.checkVisibility()).length`); n != 0 {
		t.Errorf("printed, %d controls are shown", n)
	}
	for _, sel := range []string{"#cite", "#export", "#controls", "#spiral", "#history"} {
		if shown(sel) {
			t.Errorf("printed, %s is shown", sel)
		}
	}
	for sel, want := range map[string]string{
		"#print-state-text":     "0.00",
		"#intensity":            eval[string](tb, `document.querySelector("#intensity").textContent`),
		"#print-apa-calculator": "Retrieved",
		"#print-apa-link":       baseURL + "/#" + frag,
		"#print-apa-paper":      "Li, S. (n.d.).",
	} {
		if got := eval[string](tb, `document.querySelector(`+strconv.Quote(sel)+`).innerText`); !bytes.Contains([]byte(got), []byte(want)) || want == "" {
			t.Errorf("printed, %s reads %q, want %q in it", sel, got, want)
		}
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "screen"}); err != nil {
		t.Fatal(err)
	}
	for _, sel := range []string{"#print-state", "#print-spiral", "#print-cite"} {
		if shown(sel) {
			t.Errorf("on screen, the print-only %s is shown", sel)
		}
	}
}
