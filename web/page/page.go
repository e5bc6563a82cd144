// Package page holds the data every page template gets (Page), built from a
// view.State with the same view code as the page's WebAssembly (web/view),
// and renders index.html for the state of a query where WebAssembly does
// not run (Index: the servers' fallback). The site generator (web/gen)
// renders the baseline at build time with html/template; Index uses
// text/template with every printed value HTML-escaped (see escapeActions),
// because html/template would add more than a megabyte to the Worker (its
// reflection keeps every exported method of the binary), which would not
// fit the free plan's 3 MB.
package page

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"text/template"
	tparse "text/template/parse"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// Page is the data every template gets.
type Page struct {
	Lang string
	// View is the state's view: what the calculator shows before the wasm
	// has run (the baseline at build time).
	View view.View
	// Assessment is model.Assess of the state's inputs.
	Assessment model.Assessment
	Presets    []model.Preset
	// AppSize and SpiralSize are the uncompressed sizes in bytes of
	// app.wasm and spiral.wasm (0 when unknown), for loading progress.
	AppSize, SpiralSize int64

	// Build is the build's content hash (Site.Build), "" while it is being
	// computed and in the server-rendered page.
	Build string
	// Share is the state's sharing data (og: and twitter: metadata).
	Share view.Share
	// URL is the page's own URL: Origin and its path.
	URL string
	// OEmbedHref is the page's oEmbed discovery link.
	OEmbedHref string

	// Why is the state's explanation; Levers, History and Evidence
	// are the paper's suggestions, episodes and figures; Langs the
	// language picker's entries. The app rewrites them in the reader's
	// language and state.
	Why          view.Why
	Levers       []view.LeverText
	History      []view.Episode
	HistoryIntro string
	Evidence     []view.EvidenceGroup
	Langs        []view.LangOption

	// Style is the site's stylesheet (style.css), which the calculator's
	// pages inline, so that no stylesheet blocks their first paint; the
	// servers' CSP allows it by its hash (web.StyleHash). It is the
	// renderer's trusted type: html/template's template.CSS at build time
	// (web/gen), Raw in Index.
	Style any

	// Server says that the server rendered the page for a query (Index):
	// the page says so, shows the spiral as a static image (/og.png) and
	// lists Problems, the query's bad values as view.Parse words them.
	Server   bool
	Problems []string

	// Compare is state B beside A (compare=1): B's controls and results.
	Compare view.Compare
}

// New returns the data for the page of state s, for a site at origin (""
// for origin-relative URLs).
func New(s view.State, origin string) Page {
	lang := s.Lang
	v := view.New(s)
	return Page{
		Lang:       lang,
		View:       v,
		Share:      view.NewShare(v, origin),
		URL:        origin + "/",
		OEmbedHref: view.OEmbedHref(origin + "/"),
		Assessment: model.Assess(s.Inputs),
		Presets:    model.Presets(),

		Why:          view.NewWhy(lang, s.Inputs),
		Levers:       view.Levers(lang),
		History:      view.History(lang),
		HistoryIntro: view.HistoryPosition(lang, -1, len(view.History(lang))),
		Evidence:     view.Evidence(lang),
		Langs:        view.LangOptions(lang),
		Compare:      view.NewCompare(s, v),
	}
}

// Raw is text that Index prints as it is (the inlined stylesheet); every
// other value it prints is HTML-escaped.
type Raw string

// parse parses text (named name) and the partials with text/template, the
// function t that looks a text up in lang, and every printed value escaped.
func parse(name string, text []byte, partials map[string][]byte, lang string) (*template.Template, error) {
	t := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"t":   func(key string) string { return i18n.T(lang, key) },
		"esc": escape,
	})
	for _, p := range slices.Sorted(maps.Keys(partials)) {
		if _, err := t.New(p).Parse(string(partials[p])); err != nil {
			return nil, err
		}
	}
	tt, err := t.New(name).Parse(string(text))
	if err != nil {
		return nil, err
	}
	for _, x := range tt.Templates() {
		if x.Tree != nil {
			escapeActions(x.Tree.Root)
		}
	}
	return tt, nil
}

// escapeActions appends "| esc" to every action that prints: the values of
// the pages are text in HTML content or in double-quoted attributes, where
// escaping & < > " ' is what keeps them text. (The pages have no inline
// script, and their URLs are built by the view code from validated states.)
func escapeActions(n tparse.Node) {
	switch n := n.(type) {
	case *tparse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			escapeActions(c)
		}
	case *tparse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			n.Pipe.Cmds = append(n.Pipe.Cmds, &tparse.CommandNode{NodeType: tparse.NodeCommand,
				Args: []tparse.Node{&tparse.IdentifierNode{NodeType: tparse.NodeIdentifier, Ident: "esc"}}})
		}
	case *tparse.IfNode:
		escapeActions(n.List)
		escapeActions(n.ElseList)
	case *tparse.RangeNode:
		escapeActions(n.List)
		escapeActions(n.ElseList)
	case *tparse.WithNode:
		escapeActions(n.List)
		escapeActions(n.ElseList)
	}
}

// escape prints v HTML-escaped, or as it is when it is Raw.
func escape(v any) string {
	if r, ok := v.(Raw); ok {
		return string(r)
	}
	return template.HTMLEscapeString(fmt.Sprint(v))
}

// Index is the page's template and partials as the binary holds them
// (web.Pages): parsed once per language, on first use.
var index struct {
	sync.Mutex
	byLang map[string]*template.Template
}

// Index renders web/index.html (as the binary embeds it) for the state of
// a query, s, with problems (view.Parse's) listed in the page's notice:
// the server-rendered fallback. Its URLs are origin-relative and it names
// the site's files by their plain names (app.wasm, boot.js), which every
// build serves beside the content-hashed copies.
func Index(s view.State, problems []string) ([]byte, error) {
	t, err := indexTemplate(s.Lang)
	if err != nil {
		return nil, err
	}
	p := New(s, "")
	p.Style = Raw(web.Style)
	p.Server = true
	p.Problems = problems
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func indexTemplate(lang string) (*template.Template, error) {
	index.Lock()
	defer index.Unlock()
	if t, ok := index.byLang[lang]; ok {
		return t, nil
	}
	text, err := fs.ReadFile(web.Pages, "index.html")
	if err != nil {
		return nil, err
	}
	partials := map[string][]byte{}
	names, err := fs.Glob(web.Pages, "_*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if partials[n], err = fs.ReadFile(web.Pages, n); err != nil {
			return nil, err
		}
	}
	t, err := parse("index.html", text, partials, lang)
	if err != nil {
		return nil, err
	}
	if index.byLang == nil {
		index.byLang = map[string]*template.Template{}
	}
	index.byLang[lang] = t
	return t, nil
}

// QueryState is the state of "/?…" (the form's query, or a link's): the
// query read by view.Parse on top of the baseline, English unless it says
// lang=, with the problems of its bad values.
func QueryState(rawQuery string) (view.State, []string) {
	return view.Parse(strings.TrimPrefix(rawQuery, "?"), view.Default())
}
