package main

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/wasm/app/view"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Config says where Build reads and writes.
type Config struct {
	Src    string // the site's sources: *.html templates and static files
	Out    string // the output directory, served flat at /
	Assets string // copied to Out/assets; "" means Src/../assets
	GOROOT string // "" means $GOROOT, else `go env GOROOT`
}

// Page is the data every template gets.
type Page struct {
	Lang string
	// View is the baseline's view: what the calculator shows before the
	// wasm has run.
	View view.View
	// Assessment is model.Assess(model.Default()).
	Assessment model.Assessment
	Presets    []model.Preset
	// Catalog is the page language's string table; templates use the t
	// function, which falls back to English.
	Catalog i18n.Catalog
	// AppSize and SpiralSize are the uncompressed sizes in bytes of
	// app.wasm and spiral.wasm (0 when missing), for loading progress.
	AppSize, SpiralSize int64
}

// NewPage returns the data for the baseline page in lang, with the wasm
// sizes read from dir.
func NewPage(lang, dir string) Page {
	s := view.Default()
	s.Lang = lang
	return Page{
		Lang:       lang,
		View:       view.New(s),
		Assessment: model.Assess(model.Default()),
		Presets:    model.Presets(),
		Catalog:    i18n.Table(lang),
		AppSize:    fileSize(filepath.Join(dir, "app.wasm")),
		SpiralSize: fileSize(filepath.Join(dir, "spiral.wasm")),
	}
}

func fileSize(name string) int64 {
	fi, err := os.Stat(name)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// Build generates the site described by c.
func Build(c Config) error {
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return err
	}
	root, err := goroot(c.GOROOT)
	if err != nil {
		return err
	}
	if err := copyFile(filepath.Join(root, "lib", "wasm", "wasm_exec.js"), filepath.Join(c.Out, "wasm_exec.js")); err != nil {
		return fmt.Errorf("copy wasm_exec.js: %w", err)
	}
	page := NewPage(i18n.Default, c.Out)
	entries, err := os.ReadDir(c.Src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") {
			continue
		}
		src, dst := filepath.Join(c.Src, name), filepath.Join(c.Out, name)
		if filepath.Ext(name) != ".html" {
			if err := copyFile(src, dst); err != nil {
				return err
			}
			continue
		}
		text, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		out, err := Render(name, text, page)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, out, 0o644); err != nil {
			return err
		}
	}
	assets := c.Assets
	if assets == "" {
		assets = filepath.Join(filepath.Dir(filepath.Clean(c.Src)), "assets")
	}
	return copyTree(assets, filepath.Join(c.Out, "assets"))
}

// Render executes the html/template text (named name) with page. Text with
// no template action comes back byte for byte.
func Render(name string, text []byte, page Page) ([]byte, error) {
	if !bytes.Contains(text, []byte("{{")) {
		return text, nil
	}
	lang := page.Lang
	t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"t": func(key string) string { return i18n.T(lang, key) },
	}).Parse(string(text))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, page); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// goroot returns dir, or $GOROOT, or what `go env GOROOT` says.
func goroot(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	if dir = os.Getenv("GOROOT"); dir != "" {
		return dir, nil
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("find GOROOT: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// copyTree copies the regular files under src to dst; a missing src is no
// error (the site has no assets yet).
func copyTree(src, dst string) error {
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
