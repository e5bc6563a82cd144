package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
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
	files := map[string]string{
		"web/index.html":               string(index),
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
	if err := Build(Config{Src: src, Out: out, GOROOT: goroot}); err != nil {
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
	if read("style.css") != "body{}" || read("wasm_exec.js") != "// go" || read("assets/icons/icon.svg") != "<svg/>" {
		t.Errorf("static files not copied")
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
		`<option value="baseline-2018" selected>`,
		`class="cell cell-aggression-possible current"`,
		`id="posen-hegemony" data-met="true"`,
		`<iframe id="spiral" src="spiral.html"`,
		`<meta name="description"`,
		`<html lang="en">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	for _, bad := range []string{"⟦", "<script>", " style=", " onclick=", "{{"} {
		if strings.Contains(page, bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
}

func TestRenderError(t *testing.T) {
	if _, err := Render("bad.html", []byte("{{.NoSuchField}}"), NewPage("en", t.TempDir())); err == nil {
		t.Errorf("Render of a template naming a missing field: no error")
	}
}

func TestMissingAssetsIsFine(t *testing.T) {
	src, out, goroot := site(t)
	if err := Build(Config{Src: src, Out: out, GOROOT: goroot, Assets: filepath.Join(src, "none")}); err != nil {
		t.Errorf("Build without assets: %v", err)
	}
}
