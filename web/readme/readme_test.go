package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readme returns the module's README.md.
func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func tables(t *testing.T) []Table {
	t.Helper()
	ts, err := Tables()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// Every generated table of README.md is what the code renders now.
func TestREADMEUpToDate(t *testing.T) {
	doc := readme(t)
	ts := tables(t)
	rs, err := regions(doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Rewrite(doc, ts); err != nil {
		t.Fatal(err)
	}
	byName := map[string]Table{}
	for _, tb := range ts {
		byName[tb.Name] = tb
	}
	for _, r := range rs {
		got, want := doc[r.start:r.end], content(byName[r.name])
		if got != want {
			t.Errorf("README.md table %s is stale; run go run ./web/readme\n%s", r.name, firstDiff(got, want))
		}
	}
}

// firstDiff shows the first line where README.md and the generated table differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl == wl {
			continue
		}
		gc, wc := strings.Split(gl, " | "), strings.Split(wl, " | ")
		if len(gc) == len(wc) && len(gc) > 1 {
			var b strings.Builder
			for j := range gc {
				if gc[j] != wc[j] {
					b.WriteString("line " + strconv.Itoa(i) + ", cell " + strconv.Itoa(j+1) + ":\n  README.md: " + gc[j] + "\n  generated: " + wc[j] + "\n")
				}
			}
			return b.String()
		}
		return "line " + strconv.Itoa(i) + ":\n  README.md: " + gl + "\n  generated: " + wl

	}
	return ""
}

// outside returns the parts of doc outside the markers' regions (markers
// included), in order.
func outside(t *testing.T, doc string) []string {
	t.Helper()
	rs, err := regions(doc)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	prev := 0
	for _, r := range rs {
		parts = append(parts, doc[prev:r.start])
		prev = r.end
	}
	return append(parts, doc[prev:])
}

// Rewriting changes the text between the markers and nothing else: run on
// the README with every table emptied or scrambled, it gives back the same
// text outside the markers and the generated tables inside; run twice, it
// changes nothing the second time.
func TestRewriteTouchesOnlyMarkedRegions(t *testing.T) {
	ts := tables(t)
	real := readme(t)
	rs, err := regions(real)
	if err != nil {
		t.Fatal(err)
	}
	// The README with every region's content replaced by junk.
	var b strings.Builder
	prev := 0
	for i, r := range rs {
		b.WriteString(real[prev:r.start])
		if i%2 == 0 {
			b.WriteString("| stale | table |\n|---|---|\n| 1 | 2 |\n")
		}
		prev = r.end
	}
	b.WriteString(real[prev:])
	scrambled := b.String()

	for name, doc := range map[string]string{"README.md": real, "scrambled README.md": scrambled, "synthetic": synthetic(ts)} {
		out, err := Rewrite(doc, ts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		before, after := outside(t, doc), outside(t, out)
		if len(before) != len(after) {
			t.Fatalf("%s: %d parts outside the markers before rewriting, %d after", name, len(before), len(after))
		}
		for i := range before {
			if before[i] != after[i] {
				t.Errorf("%s: rewriting changed text outside the markers (part %d):\n%s", name, i, firstDiff(after[i], before[i]))
			}
		}
		stale, err := Stale(out, ts)
		if err != nil || len(stale) > 0 {
			t.Errorf("%s: after rewriting, stale tables %v (err %v)", name, stale, err)
		}
		again, err := Rewrite(out, ts)
		if err != nil || again != out {
			t.Errorf("%s: a second rewrite changed the text (err %v)", name, err)
		}
	}
}

// synthetic is a document with every table's markers, text around them that
// looks like markers and tables, and no trailing newline.
func synthetic(ts []Table) string {
	var b strings.Builder
	b.WriteString("# Title\n\n| a | table | outside |\n|---|---|---|\n\n")
	for _, tb := range ts {
		b.WriteString("Before " + tb.Name + ": `<!-- generated` in prose.\n" + beginMarker(tb.Name) + "\nold\n" + endMarker(tb.Name) + "\n")
	}
	b.WriteString("The end, without a newline.")
	return b.String()
}

// Bad markers are refused with a message, never silently skipped.
func TestRewriteRefusesBadMarkers(t *testing.T) {
	ts := tables(t)
	good := synthetic(ts)
	first := ts[0].Name
	cases := map[string]string{
		"missing end":   strings.Replace(good, endMarker(first)+"\n", "", 1),
		"missing table": strings.Replace(strings.Replace(good, beginMarker(first)+"\n", "", 1), endMarker(first)+"\n", "", 1),
		"unknown name":  good + "\n" + beginMarker("nosuch") + "\n" + endMarker("nosuch") + "\n",
		"twice":         good + "\n" + beginMarker(first) + "\n" + endMarker(first) + "\n",
		"nested":        strings.Replace(good, beginMarker(first)+"\n", beginMarker(first)+"\n"+beginMarker(ts[1].Name)+"\n", 1),
		"not own line":  strings.Replace(good, beginMarker(first), "text "+beginMarker(first), 1),
		"malformed":     strings.Replace(good, beginMarker(first), beginPrefix+first+" -->", 1),
	}
	for name, doc := range cases {
		if _, err := Rewrite(doc, ts); err == nil {
			t.Errorf("%s: Rewrite accepted it", name)
		}
	}
}

// The tables carry the code's numbers and texts, with no placeholder left.
func TestTablesAreFilled(t *testing.T) {
	for _, tb := range tables(t) {
		lines := strings.Split(strings.TrimSuffix(tb.Text, "\n"), "\n")
		if len(lines) < 3 {
			t.Errorf("table %s has no rows", tb.Name)
		}
		cols := strings.Count(lines[0], " |")
		for _, l := range lines {
			if strings.Count(strings.ReplaceAll(l, `\|`, ""), "|") != cols+1 {
				t.Errorf("table %s: row with a wrong number of cells: %s", tb.Name, l)
			}
			for _, bad := range []string{"⟦", "{", "NaN", "\t"} {
				if strings.Contains(l, bad) {
					t.Errorf("table %s: %q in %s", tb.Name, bad, l)
				}
			}
		}
	}
}
