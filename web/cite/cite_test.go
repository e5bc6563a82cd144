package cite

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// baseline is the calculator at the paper's baseline, read on 1 December 2026.
func baseline() Calculator {
	in := model.Default()
	return Calculator{
		URL:      Permalink("https://calculator.example", in.Encode()),
		Inputs:   in,
		Accessed: Date{2026, 12, 1},
	}
}

func TestFormats(t *testing.T) {
	for _, f := range Formats {
		g, ok := ParseFormat(f.String())
		if !ok || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v, want %v", f.String(), g, ok, f)
		}
	}
	for _, s := range []string{"", "APA", "mla", "json", "csl-json"} {
		if _, ok := ParseFormat(s); ok {
			t.Errorf("ParseFormat(%q) accepted", s)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2026-12-01", Date{2026, 12, 1}, true},
		{"2024-02-29", Date{2024, 2, 29}, true},
		{"2000-02-29", Date{2000, 2, 29}, true},
		{"2100-02-29", Date{}, false},
		{"2023-02-29", Date{}, false},
		{"2026-04-31", Date{}, false},
		{"2026-13-01", Date{}, false},
		{"2026-00-10", Date{}, false},
		{"2026-1-01", Date{}, false},
		{"1999-12-31", Date{}, false},
		{"2026-12-1x", Date{}, false},
		{"+026-12-01", Date{}, false},
		{"2026/12/01", Date{}, false},
		{"", Date{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v, want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok && got.String() != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got.String())
		}
	}
}

func TestAPA(t *testing.T) {
	want := "Cyber security dilemma calculator (Model version 2) [Computer software]. (n.d.). State: technology share 0.85, discourse power 0.75, attribution confidence 0.20, dialogue 0.60; United States on offense, China on defense. Retrieved December 1, 2026, from https://calculator.example/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2\n\n" +
		"Li, S. (n.d.). The origin of security dilemma between China and US in cyber space. The Institute for Social and Cultural Research, Macau University of Science and Technology.\n"
	if got := Text(APA, baseline()); got != want {
		t.Errorf("Text(APA, baseline) =\n%s\nwant\n%s", got, want)
	}
}

func TestChicago(t *testing.T) {
	want := "Cyber Security Dilemma Calculator. Model version 2. Computer software. State: technology share 0.85, discourse power 0.75, attribution confidence 0.20, dialogue 0.60; United States on offense, China on defense. Accessed December 1, 2026. https://calculator.example/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2.\n\n" +
		"Li, Senlin. \u201cThe Origin of Security Dilemma between China and US in Cyber Space.\u201d Macao: The Institute for Social and Cultural Research, Macau University of Science and Technology, n.d.\n"
	if got := Text(Chicago, baseline()); got != want {
		t.Errorf("Text(Chicago, baseline) =\n%s\nwant\n%s", got, want)
	}
}

// TestFollowsState: every format names the state's inputs, its model
// version and its permalink, and changes with them.
func TestFollowsState(t *testing.T) {
	c := baseline()
	c.Inputs.Dialogue = 0
	c.Inputs.Version = 1
	c.Inputs.China = model.Offense
	c.URL = Permalink("http://127.0.0.1:9900", c.Inputs.Encode())
	for _, f := range Formats {
		got := Text(f, c)
		for _, s := range []string{"dialogue 0.00", "China on offense", c.Accessed.String()[:4], "127.0.0.1:9900/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=offense&v=1"} {
			if !strings.Contains(got, s) {
				t.Errorf("Text(%v) lacks %q:\n%s", f, s, got)
			}
		}
		if !strings.Contains(got, "ersion 1") || strings.Contains(got, "ersion 2") {
			t.Errorf("Text(%v) does not cite model version 1:\n%s", f, got)
		}
		if got == Text(f, baseline()) {
			t.Errorf("Text(%v) is the baseline's", f)
		}
	}
}

func TestEscapeTeX(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"R&D 50% #1 a_b {x} $5", `R\&D 50\% \#1 a\_b \{x\} \$5`},
		{`back\slash ~ ^`, `back\textbackslash{}slash \textasciitilde{} \textasciicircum{}`},
		{"中美网络空间安全困境", "中美网络空间安全困境"},
	}
	for _, tt := range tests {
		if got := EscapeTeX(tt.in); got != tt.want {
			t.Errorf("EscapeTeX(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBibTeXShape(t *testing.T) {
	got := Text(BibTeX, baseline())
	for _, s := range []string{
		"@misc{cyberdilemma-v2,\n",
		"  url          = {https://calculator.example/#tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2},\n",
		"  urldate      = {2026-12-01}\n",
		"  title        = {The Origin of Security Dilemma between {China} and {US} in Cyber Space},\n",
		"  author       = {Li, Senlin},\n",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("Text(BibTeX) lacks %q:\n%s", s, got)
		}
	}
	if strings.Count(got, "{") != strings.Count(got, "}") {
		t.Errorf("Text(BibTeX) has unbalanced braces:\n%s", got)
	}
}

func TestEscapeURL(t *testing.T) {
	in := `https://x.example/a b{c}\d"e#f=1&g_h%20~`
	want := `https://x.example/a%20b%7Bc%7D%5Cd%22e#f=1&g_h%20~`
	if got := escapeURL(in); got != want {
		t.Errorf("escapeURL(%q) = %q, want %q", in, got, want)
	}
}

// TestCSLDecodes: the hand-written CSL-JSON is JSON, with the fields a
// citation processor reads, and quotes what it must.
func TestCSLDecodes(t *testing.T) {
	c := baseline()
	c.URL = "https://x.example/\"q\"\\\n\x01#é"
	var items []struct {
		ID, Type, Title, Version, Note, URL, Publisher string
		Accessed                                       struct {
			DateParts [][]int `json:"date-parts"`
		}
		Author []struct{ Family, Given string }
	}
	text := Text(CSL, c)
	if err := json.Unmarshal([]byte(text), &items); err != nil {
		t.Fatalf("Text(CSL) is not JSON: %v\n%s", err, text)
	}
	if len(items) != 2 {
		t.Fatalf("Text(CSL) has %d items, want 2", len(items))
	}
	calc, paper := items[0], items[1]
	if calc.Type != "software" || calc.Title != Title || calc.Version != "2" || calc.URL != c.URL ||
		len(calc.Accessed.DateParts) != 1 || len(calc.Accessed.DateParts[0]) != 3 || calc.Accessed.DateParts[0][0] != 2026 || calc.Accessed.DateParts[0][1] != 12 || calc.Accessed.DateParts[0][2] != 1 {
		t.Errorf("Text(CSL)[0] = %+v", calc)
	}
	if paper.Type != "article" || paper.Title != PaperTitle || len(paper.Author) != 1 || paper.Author[0].Family != "Li" || paper.Author[0].Given != "Senlin" || paper.Publisher != PaperInstitution {
		t.Errorf("Text(CSL)[1] = %+v", paper)
	}
	// Invalid UTF-8 reads back as U+FFFD (written \ufffd, as encoding/json
	// writes it).
	var back string
	if got := jsonString("a\xffb"); json.Unmarshal([]byte(got), &back) != nil || back != "a\ufffdb" {
		t.Errorf("jsonString(invalid UTF-8) = %q, reads back %q", got, back)
	}
}
