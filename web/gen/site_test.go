package main

import (
	"encoding/json"
	"html/template"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web"
)

// site lays out a small source tree with the real index.html.
func site(t *testing.T) (src, out, goroot string) {
	t.Helper()
	dir := t.TempDir()
	src, out, goroot = filepath.Join(dir, "web"), filepath.Join(dir, "web", "dist"), filepath.Join(dir, "goroot")
	index, err := os.ReadFile("../index.html")
	if err != nil {
		t.Fatal(err)
	}
	head, err := os.ReadFile("../_head.html")
	if err != nil {
		t.Fatal(err)
	}
	sw, err := os.ReadFile("../sw.js")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"web/index.html":               string(index),
		"web/_head.html":               string(head),
		"web/_compare.html":            string(mustReadFile("../_compare.html")),
		"web/sw.js":                    string(sw),
		"web/boot.js":                  "fetch('app.wasm'); // app.wasm",
		"web/embed.js":                 "// for host pages",
		"web/plain.html":               "<!doctype html><p>no actions & {not one}</p>\n",
		"web/style.css":                "body{}",
		"web/sub/ignored.txt":          "x",
		"assets/icons/icon.svg":        "<svg/>",
		"goroot/lib/wasm/wasm_exec.js": "// go",
		"web/dist/app.wasm":            strings.Repeat("a", 1234),
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return src, out, goroot
}

func TestBuild(t *testing.T) {
	src, out, goroot := site(t)
	if err := Build(Config{Src: src, Out: out, GOROOT: goroot, Origin: "https://calc.example"}); err != nil {
		t.Fatalf("Build: %v", err)
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("output %s: %v", name, err)
		}
		return string(b)
	}
	if got := read("plain.html"); got != "<!doctype html><p>no actions & {not one}</p>\n" {
		t.Errorf("plain.html changed: %q", got)
	}
	// Scripts are minified (their comments go); other files are copied.
	if read("style.css") != "body{}" || read("wasm_exec.js") != "" || read("assets/icons/icon.svg") != "<svg/>" || read("embed.js") != "" {
		t.Errorf("static files not copied, or scripts not minified")
	}
	if _, err := os.Stat(filepath.Join(out, "ignored.txt")); err == nil {
		t.Errorf("a file below web/'s top level was copied")
	}

	page := read("index.html")
	base := model.Assess(model.Default())
	for _, want := range []string{
		`data-value="` + strconv.FormatFloat(base.Intensity, 'g', -1, 64) + `"`,
		`0.21 · low`,
		`data-value="aggression-possible"`,
		`id="tech" name="tech" min="0" max="1" step="0.01" value="0.85"`,
		`data-total="1234"`,
		`value="baseline-2018" selected>`,
		`class="cell cell-aggression-possible current"`,
		`id="posen-hegemony" data-met="true"`,
		`<iframe id="spiral" data-src="spiral.html"`,
		`<meta name="description"`,
		`<html lang="en" data-build="`,
		`<style>body{}</style>`,
		`<script src="` + HashedName("boot.js", []byte(`fetch("`+HashedName("app.wasm", []byte(strings.Repeat("a", 1234)))+`")`)) + `" defer>`,
		`<link rel="manifest" href="manifest.webmanifest">`,
		`<meta property="og:image" content="https://calc.example/og.png?tech=0.85&amp;discourse=0.75&amp;attribution=0.20&amp;dialogue=0.60&amp;us=offense&amp;china=defense&amp;v=2">`,
		`<meta property="og:url" content="https://calc.example/">`,
		`<link rel="alternate" type="application/json+oembed" href="/oembed?url=https%3A%2F%2Fcalc.example%2F&amp;format=json"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	// The embed snippet, which a host page pastes, is text of a textarea.
	markup := strings.Replace(page, between(page, `<textarea id="embed-code"`, `</textarea>`), "", 1)
	for _, bad := range []string{"⟦", "<script>", " style=", " onclick=", "{{", `rel="stylesheet"`, "wasm_exec"} {
		if strings.Contains(markup, bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
}

func TestRenderError(t *testing.T) {
	if _, err := Render("bad.html", []byte("{{.NoSuchField}}"), NewPage("en", t.TempDir(), "")); err == nil {
		t.Errorf("Render of a template naming a missing field: no error")
	}
}

func TestMissingAssetsIsFine(t *testing.T) {
	src, out, goroot := site(t)
	if err := Build(Config{Src: src, Out: out, GOROOT: goroot, Assets: filepath.Join(src, "none")}); err != nil {
		t.Errorf("Build without assets: %v", err)
	}
}

func TestBuildHashesAndServiceWorker(t *testing.T) {
	src, out, goroot := site(t)
	build := func() (sw, page string) {
		t.Helper()
		if err := Build(Config{Src: src, Out: out, GOROOT: goroot}); err != nil {
			t.Fatalf("Build: %v", err)
		}
		b, err := os.ReadFile(filepath.Join(out, "sw.js"))
		if err != nil {
			t.Fatal(err)
		}
		p, _ := os.ReadFile(filepath.Join(out, "index.html"))
		return string(b), string(p)
	}
	sw1, page1 := build()
	app := HashedName("app.wasm", []byte(strings.Repeat("a", 1234)))
	// boot.js is served after wasm_exec.js, in one file, minified.
	bootText := `fetch("` + app + `")`
	boot := HashedName("boot.js", []byte(bootText))
	for _, want := range []string{`"` + app + `"`, `"` + boot + `"`, `"index.html"`, `"manifest.webmanifest"`, `"assets/icons/icon.svg"`} {
		if !strings.Contains(sw1, want) {
			t.Errorf("sw.js precache lacks %s:\n%s", want, sw1)
		}
	}
	for _, bad := range []string{`"app.wasm"`, `"boot.js"`, `"sw.js"`, `"embed.js"`, "/*gen:build*/ 'dev'"} {
		if strings.Contains(sw1, bad) {
			t.Errorf("sw.js holds %s", bad)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, boot)); string(b) != bootText {
		t.Errorf("%s = %q: boot.js not pointed at the hashed app.wasm", boot, b)
	}
	// The same sources give the same build; a change gives a new one and
	// removes the old hashed copy.
	if sw2, _ := build(); sw2 != sw1 {
		t.Errorf("a rebuild of the same sources changed sw.js")
	}
	if err := os.WriteFile(filepath.Join(src, "style.css"), []byte("body{color:red}"), 0o644); err != nil {
		t.Fatal(err)
	}
	sw3, page3 := build()
	if sw3 == sw1 || page3 == page1 {
		t.Errorf("a changed stylesheet left sw.js or index.html unchanged")
	}
	if _, err := os.Stat(filepath.Join(out, HashedName("style.css", []byte("body{}")))); err == nil {
		t.Errorf("the old hashed style.css was not removed")
	}
	b1 := between(page1, `data-build="`, `"`)
	b3 := between(page3, `data-build="`, `"`)
	if len(b1) != 16 || b1 == b3 || !strings.Contains(sw3, `"`+b3+`"`) {
		t.Errorf("build hashes %q, %q; sw.js must hold the page's", b1, b3)
	}
}

func between(s, a, b string) string {
	_, rest, _ := strings.Cut(s, a)
	v, _, _ := strings.Cut(rest, b)
	return v
}

func TestManifest(t *testing.T) {
	b, err := Manifest("en")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["display"] != "standalone" || m["start_url"] != "./" || m["short_name"] != "Cyber dilemma" || len(m["icons"].([]any)) != 3 {
		t.Errorf("manifest %s", b)
	}
	for _, ic := range Icons {
		f, err := os.Open(filepath.Join("..", "..", ic.Src))
		if err != nil {
			t.Fatalf("icon %s: %v (run go run ./web/gen -icons assets)", ic.Src, err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != ic.Size || cfg.Height != ic.Size {
			t.Errorf("%s: %dx%d %v, want %d", ic.Src, cfg.Width, cfg.Height, err, ic.Size)
		}
	}
}

func TestMarkBuild(t *testing.T) {
	if got := string(markBuild([]byte(`<!doctype html><html lang="en">`), "abc")); got != `<!doctype html><html data-build="abc" lang="en">` {
		t.Errorf("markBuild = %q", got)
	}
	if got := string(markBuild([]byte(`<html data-build="x">`), "abc")); got != `<html data-build="x">` {
		t.Errorf("markBuild overwrote a page's own data-build: %q", got)
	}
}

func TestScreenshotsAreNotServed(t *testing.T) {
	src, out, goroot := site(t)
	assets := filepath.Join(filepath.Dir(src), "assets")
	shot := filepath.Join(assets, "screenshots", "zh-CN-1280.png")
	if err := os.MkdirAll(filepath.Dir(shot), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shot, []byte("png"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Build(Config{Src: src, Out: out, GOROOT: goroot}); err != nil {
		t.Fatalf("Build: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "assets", "screenshots")); err == nil {
		t.Errorf("assets/screenshots was copied into the site")
	}
	sw, _ := os.ReadFile(filepath.Join(out, "sw.js"))
	if strings.Contains(string(sw), "screenshots") {
		t.Errorf("sw.js precaches the screenshots:\n%s", sw)
	}
	if !strings.Contains(string(sw), `"assets/icons/icon.svg"`) {
		t.Errorf("sw.js lost the other assets:\n%s", sw)
	}
}

// TestInlineStyleHash holds the calculator pages' inline stylesheet equal,
// byte for byte, to web/style.css, whose hash the servers' CSP allows
// (web.StyleHash): an <style> that differs would be refused.
func TestInlineStyleHash(t *testing.T) {
	for _, name := range []string{"index.html", "embed.html"} {
		text, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		p := NewPage("en", t.TempDir(), "")
		p.Style = template.CSS(web.Style)
		b, err := RenderWith(name, text, map[string][]byte{"_head.html": mustRead(t, "../_head.html"), "_compare.html": mustRead(t, "../_compare.html")}, p)
		if err != nil {
			t.Fatal(err)
		}
		css := between(string(b), "<style>", "</style>")
		if css != web.Style || web.CSPHash(css) != web.StyleHash {
			t.Errorf("%s: the inline <style> is not web/style.css byte for byte (%d bytes, want %d)", name, len(css), len(web.Style))
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mustReadFile reads a file of the repository that a test's fixture copies.
func mustReadFile(name string) []byte {
	b, err := os.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return b
}
