package page

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web"
	"github.com/dilemma/cyberdilemma/web/view"
)

// The binary's copy of the templates is web/'s (go:embed), so the server
// renders the text that the site generator renders.
func TestIndexIsTheSitesTemplate(t *testing.T) {
	for _, n := range []string{"index.html", "_head.html"} {
		disk, err := os.ReadFile("../" + n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parse(n, disk, nil, "en"); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
}

// Index escapes every value it prints (text/template with escapeActions),
// but the inlined stylesheet, which it prints as it is.
func TestIndexEscapes(t *testing.T) {
	s, _ := QueryState("?tech=0.5")
	b, err := Index(s, []string{`<b>x</b> & "q" 'r'`})
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if strings.Contains(page, "<b>x</b>") || !strings.Contains(page, "&lt;b&gt;x&lt;/b&gt; &amp; &#34;q&#34; &#39;r&#39;") {
		t.Errorf("a problem's text is not escaped")
	}
	if !strings.Contains(page, "<style>"+string(web.Style)+"</style>") {
		t.Errorf("the stylesheet is not inlined as it is")
	}
	if escape(Raw("<a>")) != "<a>" || escape("<a>") != "&lt;a&gt;" || escape(0.5) != "0.5" {
		t.Errorf("escape")
	}
}

func TestIndexRendersTheQueryState(t *testing.T) {
	for _, q := range []string{
		"tech=0.30&discourse=0.75&attribution=0.20&dialogue=0.10&us=defense&china=offense",
		"tech=0.9&dialogue=0.05&lang=zh-CN",
		"tech=0.42&lang=zh-TW&us=offense",
	} {
		s, problems := QueryState("?" + q)
		if len(problems) > 0 {
			t.Fatalf("%s: problems %q", q, problems)
		}
		b, err := Index(s, problems)
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		a := model.Assess(s.Inputs)
		for _, want := range []string{
			`<html lang="` + s.Lang + `"`,
			`id="intensity" class="big" data-value="` + strconv.FormatFloat(a.Intensity, 'g', -1, 64) + `"`,
			`id="world" class="big" data-value="` + a.World.String() + `"`,
			`id="server-mode"`,
			`<form id="state-form" method="get" action="/">`,
			`<img id="spiral-static" class="fallback spiral-static" src="/og.png?` + strings.ReplaceAll(s.Inputs.Encode(), "&", "&amp;") + `"`,
			`id="why-summary" class="why-summary">` + view.NewWhy(s.Lang, s.Inputs).Summary,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page lacks %s", q, want)
			}
		}
		hidden := `<input type="hidden" name="lang" value="` + s.Lang + `">`
		if got := strings.Contains(page, hidden); got != (s.Lang != "en") {
			t.Errorf("%s: hidden lang input present = %v", q, got)
		}
		if strings.Contains(page, `rel="preload"`) {
			t.Errorf("%s: the server's page preloads", q)
		}
	}
}

func TestIndexListsProblems(t *testing.T) {
	s, problems := QueryState("tech=abc&china=maybe&dialogue=0.2")
	if len(problems) != 2 {
		t.Fatalf("problems %q, want 2", problems)
	}
	b, err := Index(s, problems)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`<div id="notice" class="notice" role="status">`)) {
		t.Error("the notice is hidden")
	}
	for _, p := range problems {
		var esc bytes.Buffer
		esc.WriteString(strings.NewReplacer(`"`, "&#34;", "'", "&#39;", "<", "&lt;", ">", "&gt;", "&", "&amp;").Replace(p))
		if !bytes.Contains(b, esc.Bytes()) {
			t.Errorf("the page lacks the problem %q", p)
		}
	}
}

// The baseline the site generator renders has no server notice, no static
// spiral, an empty hidden notice and the form.
func TestBaselineHasNoServerParts(t *testing.T) {
	disk, _ := os.ReadFile("../index.html")
	head, _ := os.ReadFile("../_head.html")
	compare, _ := os.ReadFile("../_compare.html")
	tm, err := parse("index.html", disk, map[string][]byte{"_head.html": head, "_compare.html": compare}, "en")
	if err != nil {
		t.Fatal(err)
	}
	p := New(view.Default(), "")
	p.Style = Raw("")
	var out bytes.Buffer
	if err := tm.Execute(&out, p); err != nil {
		t.Fatal(err)
	}
	b := out.Bytes()
	for _, bad := range []string{`id="server-mode"`, `id="spiral-static"`, `name="lang" value=`} {
		if bytes.Contains(b, []byte(bad)) {
			t.Errorf("the baseline has %s", bad)
		}
	}
	for _, want := range []string{`<form id="state-form" method="get" action="/">`, `id="compute"`, `id="server-offline"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the baseline lacks %s", want)
		}
	}
	// No preload of app.wasm: boot.js's compiling worker fetches it, and a
	// preload's 4 MB body would be taken in on the page's main thread (one
	// task of about 40 ms, 155 ms at Lighthouse's 4× slowdown).
	if bytes.Contains(b, []byte(`rel="preload"`)) {
		t.Errorf("the baseline preloads")
	}
}
