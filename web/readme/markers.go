package main

import (
	"errors"
	"strings"
)

// A generated table sits between two marker lines:
//
//	<!-- generated:NAME (go run ./web/readme) -->
//
//	| … the table … |
//
//	<!-- end generated:NAME -->
//
// The blank lines keep the table a block of its own in every Markdown
// renderer. Everything outside the markers is the README's own text.
const (
	beginPrefix = "<!-- generated:"
	beginSuffix = " (go run ./web/readme) -->"
	endPrefix   = "<!-- end generated:"
	endSuffix   = " -->"
)

func beginMarker(name string) string { return beginPrefix + name + beginSuffix }
func endMarker(name string) string   { return endPrefix + name + endSuffix }

// region is one generated table's place in the README: the byte offsets of
// its content, from after the begin marker's line to the start of the end
// marker's line.
type region struct {
	name       string
	start, end int
}

// regions finds the marked regions of doc, in order. Markers must stand on
// lines of their own, each begin marker followed by its end marker before
// any other marker.
func regions(doc string) ([]region, error) {
	var out []region
	seen := map[string]bool{}
	var open *region
	off := 0
	for _, line := range strings.SplitAfter(doc, "\n") {
		text := strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(text, beginPrefix):
			name, ok := strings.CutSuffix(strings.TrimPrefix(text, beginPrefix), beginSuffix)
			if !ok || name == "" || strings.ContainsAny(name, " \t") {
				return nil, errors.New("README.md: malformed marker line " + quote(text) + "; want " + quote(beginMarker("NAME")))
			}
			if open != nil {
				return nil, errors.New("README.md: marker for table " + name + " inside table " + open.name + "; close it with " + quote(endMarker(open.name)))
			}
			if seen[name] {
				return nil, errors.New("README.md: table " + name + " is marked twice")
			}
			seen[name] = true
			open = &region{name: name, start: off + len(line)}
		case strings.HasPrefix(text, endPrefix):
			name, ok := strings.CutSuffix(strings.TrimPrefix(text, endPrefix), endSuffix)
			if !ok || open == nil || name != open.name {
				return nil, errors.New("README.md: unexpected end marker " + quote(text))
			}
			open.end = off
			out = append(out, *open)
			open = nil
		case strings.Contains(text, beginPrefix) || strings.Contains(text, endPrefix):
			return nil, errors.New("README.md: a marker must stand on a line of its own: " + quote(text))
		}
		off += len(line)
	}
	if open != nil {
		return nil, errors.New("README.md: table " + open.name + " has no end marker " + quote(endMarker(open.name)))
	}
	return out, nil
}

func quote(s string) string { return "\"" + s + "\"" }

// content is what goes between a table's markers.
func content(t Table) string { return "\n" + t.Text + "\n" }

// Rewrite returns doc with the content between each table's markers
// replaced by the table, and everything outside the markers as it was. Every
// table must be marked exactly once, and every marked name must be a table.
func Rewrite(doc string, tables []Table) (string, error) {
	rs, err := regions(doc)
	if err != nil {
		return "", err
	}
	byName := map[string]Table{}
	for _, t := range tables {
		byName[t.Name] = t
	}
	marked := map[string]bool{}
	for _, r := range rs {
		if _, ok := byName[r.name]; !ok {
			return "", errors.New("README.md: no generated table named " + r.name)
		}
		marked[r.name] = true
	}
	for _, t := range tables {
		if !marked[t.Name] {
			return "", errors.New("README.md: table " + t.Name + " has no markers; add " +
				quote(beginMarker(t.Name)) + " and " + quote(endMarker(t.Name)) + " around it")
		}
	}
	var b strings.Builder
	prev := 0
	for _, r := range rs {
		b.WriteString(doc[prev:r.start])
		b.WriteString(content(byName[r.name]))
		prev = r.end
	}
	b.WriteString(doc[prev:])
	return b.String(), nil
}

// Stale returns the names of the tables whose text in doc differs from the
// generated one, in the README's order.
func Stale(doc string, tables []Table) ([]string, error) {
	if _, err := Rewrite(doc, tables); err != nil {
		return nil, err
	}
	rs, _ := regions(doc)
	byName := map[string]Table{}
	for _, t := range tables {
		byName[t.Name] = t
	}
	var stale []string
	for _, r := range rs {
		if doc[r.start:r.end] != content(byName[r.name]) {
			stale = append(stale, r.name)
		}
	}
	return stale, nil
}
