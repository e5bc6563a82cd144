package cite

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// node runs an ES module script with node in the repository's root, where
// the pinned npm tools are (package.json: @retorquere/bibtex-parser, the
// parser of Better BibTeX for Zotero; @citation-js/core and
// @citation-js/plugin-csl, which read CSL-JSON and render it with
// citeproc-js), with stdin as its input, and decodes its JSON output into
// out. Outside make, without node_modules, the test is skipped; under make
// (which installs them first) it must run.
func node(t *testing.T, pkg, script, stdin string, out any) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	_, statErr := os.Stat(filepath.Join(root, "node_modules", pkg, "package.json"))
	bin, nodeErr := exec.LookPath("node")
	if statErr != nil || nodeErr != nil {
		if os.Getenv("MAKELEVEL") != "" {
			t.Fatalf("under make, node (%v) and node_modules/%s (%v) must be installed: make node_modules/.stamp", nodeErr, pkg, statErr)
		}
		t.Skipf("skipped: node or node_modules/%s is missing; run `make node_modules/.stamp` (npm ci)", pkg)
	}
	cmd := exec.Command(bin, "--input-type=module", "-e", script)
	cmd.Dir = root
	cmd.Stdin = strings.NewReader(stdin)
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, b)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("node's output %q: %v", b, err)
	}
}

const bibtexScript = `import { parse } from "@retorquere/bibtex-parser";
import fs from "node:fs";
const lib = parse(fs.readFileSync(0, "utf8"));
console.log(JSON.stringify({errors: lib.errors, entries: lib.entries.map(e => ({type: e.type, key: e.key, fields: e.fields}))}));`

type bibLibrary struct {
	Errors  []any
	Entries []struct {
		Type, Key string
		Fields    map[string]any
	}
}

// TestBibTeXParses reads the BibTeX with @retorquere/bibtex-parser: two
// entries without an error, the URL back byte for byte (with "#", "&", "_"
// and "%" in it), the titles and the author as written, and the proper
// nouns of the paper's title kept capitalised when the parser sentence-cases
// it.
func TestBibTeXParses(t *testing.T) {
	c := baseline()
	c.URL = "https://a_b.example:8443/x%20y/#tech=0.85&discourse=0.75&v=2"
	var lib bibLibrary
	node(t, "@retorquere/bibtex-parser", bibtexScript, Text(BibTeX, c), &lib)
	if len(lib.Errors) > 0 || len(lib.Entries) != 2 {
		t.Fatalf("parse: %d entries, errors %v", len(lib.Entries), lib.Errors)
	}
	calc, paper := lib.Entries[0], lib.Entries[1]
	if calc.Key != "cyberdilemma-v2" || calc.Fields["url"] != c.URL || calc.Fields["urldate"] != "2026-12-01" ||
		calc.Fields["title"] != Title || calc.Fields["version"] != "2" {
		t.Errorf("the calculator's entry reads %s %v", calc.Key, calc.Fields)
	}
	if note, _ := calc.Fields["note"].(string); !strings.Contains(note, "dialogue 0.60; United States on offense") {
		t.Errorf("the calculator's note reads %q", note)
	}
	if paper.Key != "li-origin" || paper.Fields["title"] != "The origin of security dilemma between China and US in cyber space" ||
		paper.Fields["howpublished"] != PaperInstitution {
		t.Errorf("the paper's entry reads %s %v", paper.Key, paper.Fields)
	}
	if a, _ := paper.Fields["author"].([]any); len(a) != 1 || a[0].(map[string]any)["lastName"] != "Li" || a[0].(map[string]any)["firstName"] != "Senlin" {
		t.Errorf("the paper's author reads %v", paper.Fields["author"])
	}
}

// TestEscapeTeXParses: every special character escaped by EscapeTeX reads
// back as itself in the parser, and a URL made brace-safe by escapeURL
// reads back as it is.
func TestEscapeTeXParses(t *testing.T) {
	text := `R&D 50% #1 a_b {x} $5 ~ ^ back\slash 中美`
	url := "https://x.example/{a}#b=1&c_d=%41"
	bib := "@misc{k,\n  note = {" + EscapeTeX(text) + "},\n  url = {" + escapeURL(url) + "}\n}\n"
	var lib bibLibrary
	node(t, "@retorquere/bibtex-parser", bibtexScript, bib, &lib)
	if len(lib.Errors) > 0 || len(lib.Entries) != 1 {
		t.Fatalf("parse %q: %d entries, errors %v", bib, len(lib.Entries), lib.Errors)
	}
	f := lib.Entries[0].Fields
	if f["note"] != text {
		t.Errorf("note %q reads back as %q", EscapeTeX(text), f["note"])
	}
	if f["url"] != "https://x.example/%7Ba%7D#b=1&c_d=%41" {
		t.Errorf("url reads back as %q", f["url"])
	}
}

// TestCSLRenders reads the CSL-JSON with citation.js, which must recognise
// it as a list of CSL items (@csl/list+object), and renders it in APA with
// citeproc-js: the calculator, its version, the access date and the
// permalink, and the paper.
func TestCSLRenders(t *testing.T) {
	script := `import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import fs from "node:fs";
const data = JSON.parse(fs.readFileSync(0, "utf8"));
const type = plugins.input.type(data);
const cite = new Cite(data, {forceType: "@csl/list+object"});
const apa = cite.format("bibliography", {template: "apa", format: "text", lang: "en-US"});
console.log(JSON.stringify({type, apa, n: cite.data.length}));`
	c := baseline()
	var out struct {
		Type, APA string
		N         int
	}
	node(t, "@citation-js/plugin-csl", script, Text(CSL, c), &out)
	if out.Type != "@csl/list+object" || out.N != 2 {
		t.Fatalf("citation.js reads the CSL-JSON as %q with %d items", out.Type, out.N)
	}
	for _, s := range []string{
		"Cyber security dilemma calculator (Version 2)", "[Computer software]",
		"Retrieved December 1, 2026, from " + c.URL,
		"Li, S. (n.d.). The Origin of Security Dilemma between China and US in Cyber Space. " + PaperInstitution,
	} {
		if !strings.Contains(out.APA, s) {
			t.Errorf("citeproc's APA lacks %q:\n%s", s, out.APA)
		}
	}
}

// TestCSLValidatesAgainstSchema validates the CSL-JSON of several states
// against the official CSL input schema (testdata/csl-data.json, from
// citation-style-language/schema, MIT) with Ajv, the JSON Schema
// validator, in strict mode (with the union types, such as an id that is a string or a number, that the schema uses).
func TestCSLValidatesAgainstSchema(t *testing.T) {
	script := `import Ajv from "ajv";
import fs from "node:fs";
const schema = JSON.parse(fs.readFileSync("web/cite/testdata/csl-data.json", "utf8"));
const validate = new Ajv({strict: true, allowUnionTypes: true, allErrors: true}).compile(schema);
const docs = JSON.parse(fs.readFileSync(0, "utf8"));
console.log(JSON.stringify(docs.map(d => validate(d) ? [] : validate.errors)));`
	var docs []json.RawMessage
	for _, url := range []string{
		"https://calc.example/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2",
		`https://calc.example/#tech=0.30&dialogue=0.10..0.50&samples=2000&seed=7&v=1&lang=zh-TW&note="quoted"\back`,
	} {
		c := baseline()
		c.URL = url
		docs = append(docs, json.RawMessage(Text(CSL, c)))
	}
	in, err := json.Marshal(docs)
	if err != nil {
		t.Fatalf("the CSL-JSON is not JSON: %v", err)
	}
	var errs [][]any
	node(t, "ajv", script, string(in), &errs)
	if len(errs) != len(docs) {
		t.Fatalf("Ajv answered %d results for %d documents", len(errs), len(docs))
	}
	for i, e := range errs {
		if len(e) > 0 {
			t.Errorf("document %d is not valid CSL-JSON: %v", i, e)
		}
	}
}
