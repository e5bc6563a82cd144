package main

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/page"
	"github.com/dilemma/cyberdilemma/web/view"
)

// Config says where Build reads and writes.
type Config struct {
	Src    string // the site's sources: *.html templates and static files
	Out    string // the output directory, served flat at /
	Assets string // copied to Out/assets; "" means Src/../assets
	GOROOT string // "" means $GOROOT, else `go env GOROOT`
	// Origin is the site's public origin, e.g. "https://dilemma.example"
	// (no trailing slash), for the absolute URLs that crawlers read in the
	// pages (og:url, og:image, the oEmbed discovery link). "" writes
	// origin-relative URLs, which the app makes absolute in the browser.
	Origin string
}

// Page is the data every template gets (web/page, which the servers
// share to render the page for a query).
type Page = page.Page

// NewPage returns the data for the baseline page in lang, with the wasm
// sizes read from dir, for a site at origin ("" for origin-relative URLs).
func NewPage(lang, dir, origin string) Page {
	s := view.Default()
	s.Lang = lang
	p := page.New(s, origin)
	p.AppSize = fileSize(filepath.Join(dir, "app.wasm"))
	p.SpiralSize = fileSize(filepath.Join(dir, "spiral.wasm"))
	return p
}

func fileSize(name string) int64 {
	fi, err := os.Stat(name)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// Build generates the site described by c: it copies the static files,
// gives the .wasm, JS and CSS files content-hashed copies (name.<hash>.ext)
// and points the pages and scripts at them, renders the pages, writes the
// web app manifest and the service worker with the build's precache list.
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
	page := NewPage(i18n.Default, c.Out, c.Origin)
	if css, err := os.ReadFile(filepath.Join(c.Src, "style.css")); err == nil {
		page.Style = template.CSS(css)
	}
	entries, err := os.ReadDir(c.Src)
	if err != nil {
		return err
	}
	site := newSite(c.Out)
	var pages []string
	partials := map[string][]byte{}
	var sw []byte
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || filepath.Ext(name) == ".md" || filepath.Ext(name) == ".go" {
			continue // notes for developers and Go code are not part of the site
		}
		src := filepath.Join(c.Src, name)
		switch {
		case strings.HasPrefix(name, "_") && filepath.Ext(name) == ".html":
			if partials[name], err = os.ReadFile(src); err != nil {
				return err
			}
		case filepath.Ext(name) == ".html":
			pages = append(pages, name)
		case name == ServiceWorker:
			if sw, err = os.ReadFile(src); err != nil {
				return err
			}
		case name == BootScript:
			// The calculator's pages load one script: Go's wasm_exec.js and
			// boot.js in one file, so that the chain is HTML → boot.js →
			// app.wasm.
			if err := concatFiles(filepath.Join(c.Out, name), filepath.Join(c.Out, "wasm_exec.js"), src); err != nil {
				return err
			}
			if err := minifyFile(filepath.Join(c.Out, name)); err != nil {
				return fmt.Errorf("minify %s: %w", name, err)
			}
			site.add(name)
		default:
			if err := copyFile(src, filepath.Join(c.Out, name)); err != nil {
				return err
			}
			if filepath.Ext(name) == ".js" {
				if err := minifyFile(filepath.Join(c.Out, name)); err != nil {
					return fmt.Errorf("minify %s: %w", name, err)
				}
			}
			site.add(name)
		}
	}
	assets := c.Assets
	if assets == "" {
		assets = filepath.Join(filepath.Dir(filepath.Clean(c.Src)), "assets")
	}
	names, err := copyTree(assets, filepath.Join(c.Out, "assets"), notServed...)
	if err != nil {
		return err
	}
	for _, n := range names {
		site.add("assets/" + n)
	}
	// Go's wasm_exec.js as its own file (spiral.html loads it), minified
	// after boot.js took its copy (minified with boot.js).
	if err := minifyFile(filepath.Join(c.Out, "wasm_exec.js")); err != nil {
		return fmt.Errorf("minify wasm_exec.js: %w", err)
	}
	for _, n := range []string{"app.wasm", "spiral.wasm", "wasm_exec.js"} {
		if fileSize(filepath.Join(c.Out, n)) > 0 || n == "wasm_exec.js" {
			site.add(n)
		}
	}
	manifest, err := Manifest(page.Lang)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(c.Out, ManifestName), manifest, 0o644); err != nil {
		return err
	}
	site.add(ManifestName)
	if err := site.hashAssets(); err != nil {
		return err
	}

	// The pages twice: without the build hash, which is computed over
	// them, then with it.
	render := func(build string) (map[string][]byte, error) {
		out := map[string][]byte{}
		for _, name := range pages {
			text, err := os.ReadFile(filepath.Join(c.Src, name))
			if err != nil {
				return nil, err
			}
			p := page
			p.Build = build
			p.URL = c.Origin + "/"
			if name != "index.html" {
				p.URL += name
			}
			p.OEmbedHref = view.OEmbedHref(p.URL)
			b, err := RenderWith(name, text, partials, p)
			if err != nil {
				return nil, err
			}
			out[name] = markBuild(site.rewrite(b), build)
		}
		return out, nil
	}
	draft, err := render("")
	if err != nil {
		return err
	}
	build, err := site.buildHash(draft)
	if err != nil {
		return err
	}
	final, err := render(build)
	if err != nil {
		return err
	}
	for name, b := range final {
		if err := os.WriteFile(filepath.Join(c.Out, name), b, 0o644); err != nil {
			return err
		}
		site.add(name)
	}
	if sw != nil {
		out, err := ServiceWorkerScript(sw, build, site.Precache())
		if err != nil {
			return err
		}
		if out, err = MinifyJS(out); err != nil {
			return fmt.Errorf("minify %s: %w", ServiceWorker, err)
		}
		if err := os.WriteFile(filepath.Join(c.Out, ServiceWorker), out, 0o644); err != nil {
			return err
		}
	}
	if err := site.removeStale(); err != nil {
		return err
	}
	names = slices.Clone(site.files)
	if sw != nil {
		names = append(names, ServiceWorker)
	}
	if _, err := Precompress(c.Out, names); err != nil {
		return fmt.Errorf("precompress: %w", err)
	}
	return nil
}

// Render executes the html/template text (named name) with page. Text with
// no template action comes back byte for byte.
func Render(name string, text []byte, page Page) ([]byte, error) {
	return RenderWith(name, text, nil, page)
}

// RenderWith executes the html/template text (named name) with page, with
// the templates that partials (web/_*.html, by name) define. Text with no
// template action comes back byte for byte.
func RenderWith(name string, text []byte, partials map[string][]byte, p Page) ([]byte, error) {
	if !bytes.Contains(text, []byte("{{")) {
		return text, nil
	}
	t := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"t": func(key string) string { return i18n.T(p.Lang, key) },
	})
	for _, n := range slices.Sorted(maps.Keys(partials)) {
		if _, err := t.New(n).Parse(string(partials[n])); err != nil {
			return nil, err
		}
	}
	tt, err := t.New(name).Parse(string(text))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := tt.Execute(&b, p); err != nil {
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

// notServed are the folders of assets/ that are not part of the site:
// the screenshots that the READMEs show.
var notServed = []string{"screenshots"}

// copyTree copies the regular files under src to dst and returns their
// slash-separated names relative to src, leaving out the folders skip
// names (slash-separated, relative to src); a missing src is no error (the
// site has no assets yet).
func copyTree(src, dst string, skip ...string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() && slices.Contains(skip, filepath.ToSlash(rel)) {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		names = append(names, filepath.ToSlash(rel))
		return copyFile(path, filepath.Join(dst, rel))
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return names, err
}

// BootScript is the calculator pages' one script, which the generator
// writes as Go's wasm_exec.js followed by web/boot.js.
const BootScript = "boot.js"

// concatFiles writes the files srcs, one after the other, to dst.
func concatFiles(dst string, srcs ...string) error {
	var b bytes.Buffer
	for _, src := range srcs {
		text, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		b.Write(text)
		b.WriteString("\n")
	}
	return os.WriteFile(dst, b.Bytes(), 0o644)
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
