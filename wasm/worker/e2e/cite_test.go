//go:build !js

package e2e

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/web/cite"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// citeAPI returns GET /api/v1/cite?query's text.
func citeAPI(t *testing.T, query string) string {
	t.Helper()
	resp, err := http.Get(baseURL + "/api/v1/cite?" + query)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /api/v1/cite?%s: %d %s", query, resp.StatusCode, b)
	}
	return string(b)
}

// TestCitePanel: the "Cite this" panel is written only once opened; each of
// its four texts is the API's for the page's state and date, with the
// permalink of the state (its v= and lang=); they follow a slider; a copy
// button puts its text on the clipboard and says so in the page's language;
// the open panel passes axe.
func TestCitePanel(t *testing.T) {
	tb := newTab(t)
	injectAxe(tb, axeSource(t))
	tb.open("/#tech=0.30&dialogue=0.10&us=defense&china=offense&lang=zh-CN")
	if v := eval[string](tb, `document.querySelector("#cite-apa").value`); v != "" {
		t.Errorf("the closed panel's APA text is already written: %q", v)
	}
	tb.click("#cite-toggle")
	tb.poll(`document.querySelector("#cite-csl").value !== ""`)
	check := func(frag string) {
		t.Helper()
		citePanelIsTheAPI(tb, frag)
	}
	check("tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.10&us=defense&china=offense&v=2&lang=zh-CN")
	// The open panel passes axe, as the rest of the page does (TestAxe).
	tb.axeClean("")
	eval[bool](tb, `(() => { const s = document.querySelector("#tech"); s.value = "0.31"; s.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	tb.poll(`document.querySelector("#cite-bibtex").value.includes("tech=0.31")`)
	check("tech=0.31&discourse=0.75&attribution=0.20&dialogue=0.10&us=defense&china=offense&v=2&lang=zh-CN")

	// Copy: the clipboard holds the BibTeX, and the status says so.
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: baseURL}); err != nil {
			t.Fatalf("grant %s: %v", name, err)
		}
	}
	tb.click("#copy-cite-bibtex")
	want := i18n.T("zh-CN", "cite.copied")
	tb.poll(`document.querySelector("#cite-status").textContent === ` + strconv.Quote(want))
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("read the clipboard: %v", err)
	}
	if bib := eval[string](tb, `document.querySelector("#cite-bibtex").value`); got != bib || !strings.HasPrefix(got, "@misc{cyberdilemma-v2,") {
		t.Errorf("the clipboard holds %q, want the BibTeX %q", got, bib)
	}
}

// TestCiteCompareRanges: for a state with ranges, state B and the phase
// plane, each of the panel's texts is the API's answer for the page's own
// link (its whole fragment: ranges, samples=, seed=, compare=1, b.*,
// view=), whose permalink is that link; and "The same from the API" links
// to the API with the same keys.
func TestCiteCompareRanges(t *testing.T) {
	tb := newTab(t)
	tb.open("/#tech=0.20..0.40&dialogue=0.10&us=defense&samples=500&seed=7&compare=1&b.dialogue=0.90&b.china=offense&view=plane&theme=dark")
	tb.click("#cite-toggle")
	tb.poll(`document.querySelector("#cite-csl").value !== ""`)
	// A move writes the page's own link (view.State.Fragment) in the URL.
	eval[bool](tb, `(() => { const s = document.querySelector("#dialogue"); s.value = "0.15"; s.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	tb.poll(`location.hash.includes("dialogue=0.15") && document.querySelector("#cite-csl").value.includes("dialogue=0.15")`)
	frag := strings.TrimPrefix(eval[string](tb, `location.hash`), "#")
	for _, key := range []string{"tech=0.20..0.40", "samples=500", "seed=7", "compare=1", "b.dialogue=0.90", "b.china=offense", "view=plane", "theme=dark"} {
		if !strings.Contains(frag, key) {
			t.Fatalf("the page's link %q lacks %s", frag, key)
		}
	}
	citePanelIsTheAPI(tb, frag)
	if href := eval[string](tb, `document.querySelector("#cite-api").getAttribute("href")`); href != "/api/v1/cite?"+frag+"&format=apa" {
		t.Errorf("#cite-api's href = %q, want /api/v1/cite?%s&format=apa", href, frag)
	}
}

// citePanelIsTheAPI checks each format's text in the open #cite panel
// against /api/v1/cite for the page's link frag (accessed today, in the
// browser's calendar), and that it carries the permalink.
func citePanelIsTheAPI(tb *tab, frag string) {
	tb.t.Helper()
	today := eval[string](tb, `(() => { const d = new Date(); return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0"); })()`)
	for _, f := range cite.Formats {
		page := eval[string](tb, `document.querySelector("#cite-`+f.String()+`").value`)
		api := citeAPI(tb.t, frag+"&format="+f.String()+"&accessed="+today)
		if page != api {
			tb.t.Errorf("#cite-%s =\n%s\nthe API answers for the page's link\n%s", f, page, api)
		}
		if !strings.Contains(page, baseURL+"/#"+frag) {
			tb.t.Errorf("#cite-%s lacks the permalink %s/#%s:\n%s", f, baseURL, frag, page)
		}
	}
}
