// Package cite writes the references of a state of the calculator, the
// page's "Cite" panel (#cite) and GET /api/v1/cite: the calculator (its
// name, the model version, the access date and the permalink with the
// whole state and v=) and the paper it is built on (Li Senlin, "The Origin
// of Security Dilemma between China and US in Cyber Space"), in APA (7th
// edition), Chicago (17th edition, bibliography), BibTeX and CSL-JSON.
//
// The paper's file gives its title, its author and his institute, and no
// journal, year, volume, pages or DOI: the references give none either
// ("n.d." where a style asks for a date). The texts are in English in
// every language of the page, as a reference list is.
//
// It is pure Go without encoding/json or time, for the browser's binary.
package cite

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
)

// Format is a citation format.
type Format int

// The formats, in the order the page shows them.
const (
	APA Format = iota
	Chicago
	BibTeX
	CSL
)

// Formats lists every format.
var Formats = [...]Format{APA, Chicago, BibTeX, CSL}

var formatNames = [...]string{APA: "apa", Chicago: "chicago", BibTeX: "bibtex", CSL: "csl"}

// String returns the format's key: "apa", "chicago", "bibtex" or "csl"
// (the API's format= and the page's element ids).
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return "Format(" + strconv.Itoa(int(f)) + ")"
	}
	return formatNames[f]
}

// ParseFormat returns the format whose key is s.
func ParseFormat(s string) (Format, bool) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), true
		}
	}
	return 0, false
}

// ContentType returns the media type of the format's text as the API sends
// it: text/plain for APA and Chicago, application/x-bibtex, and
// application/vnd.citationstyles.csl+json (the CSL project's registered
// type).
func (f Format) ContentType() string {
	switch f {
	case BibTeX:
		return "application/x-bibtex; charset=utf-8"
	case CSL:
		return "application/vnd.citationstyles.csl+json; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}

// Date is a calendar day: the day the calculator was accessed.
type Date struct {
	Year, Month, Day int
}

// errDate is the message of a malformed accessed date.
var errDate = errors.New("cite: accessed must be a date YYYY-MM-DD between 2000-01-01 and 9999-12-31")

// ParseDate reads an ISO 8601 calendar date, YYYY-MM-DD, of a real day
// from 2000 on (the calculator did not exist before).
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, errDate
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	d := Date{num(s[:4]), num(s[5:7]), num(s[8:])}
	if !d.Valid() {
		return Date{}, errDate
	}
	return d, nil
}

// Valid reports whether d is a real day from 2000-01-01 to 9999-12-31.
func (d Date) Valid() bool {
	if d.Year < 2000 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[d.Month-1]
	if d.Month == 2 && d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0) {
		days = 29
	}
	return d.Day <= days
}

// String returns d as YYYY-MM-DD.
func (d Date) String() string {
	b := make([]byte, 0, 10)
	b = pad(b, d.Year, 4)
	b = append(b, '-')
	b = pad(b, d.Month, 2)
	b = append(b, '-')
	return string(pad(b, d.Day, 2))
}

func pad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for range width - len(s) {
		b = append(b, '0')
	}
	return append(b, s...)
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// long returns d as "December 1, 2026", the form APA and Chicago print.
func (d Date) long() string {
	return months[d.Month-1] + " " + strconv.Itoa(d.Day) + ", " + strconv.Itoa(d.Year)
}

// Calculator is the calculator as cited for one state.
type Calculator struct {
	// URL is the permalink of the state: the page's address with the whole
	// state and v= in its fragment (Permalink).
	URL string
	// Inputs is the state's inputs; their Version is the model version
	// cited.
	Inputs model.Inputs
	// Accessed is the day the state was read.
	Accessed Date
}

// Permalink returns the calculator page's address for a state: origin
// (scheme and host, no trailing slash, e.g. "https://dilemma.example"),
// "/#" and fragment (view.State.Fragment, which carries v=).
func Permalink(origin, fragment string) string {
	return origin + "/#" + fragment
}

// The names cited.
const (
	// Title is the calculator's name.
	Title = "Cyber security dilemma calculator"
	// PaperTitle is the paper's title, as its file gives it.
	PaperTitle = "The Origin of Security Dilemma between China and US in Cyber Space"
	// PaperFamily and PaperGiven are the paper's author, Li Senlin (family
	// name first, as the paper writes it).
	PaperFamily = "Li"
	PaperGiven  = "Senlin"
	// PaperInstitution is the author's institute, as the paper gives it.
	PaperInstitution = "The Institute for Social and Cultural Research, Macau University of Science and Technology"
	// PaperPlace is where the institute is.
	PaperPlace = "Macao"
)

// paperTitleSentence is PaperTitle in sentence case, as APA writes titles
// (proper nouns keep their capitals).
const paperTitleSentence = "The origin of security dilemma between China and US in cyber space"

// State returns the state's inputs in words, e.g. "technology share 0.85,
// discourse power 0.75, attribution confidence 0.20, dialogue 0.60; United
// States on offense, China on defense".
func State(in model.Inputs) string {
	in = in.Clamp()
	var b strings.Builder
	names := [...]string{"technology share", "discourse power", "attribution confidence", "dialogue"}
	for i, p := range model.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		name := p.Key
		if i < len(names) {
			name = names[i]
		}
		b.WriteString(name + " " + strconv.FormatFloat(p.Value(in), 'f', 2, 64))
	}
	b.WriteString("; United States on " + in.US.String() + ", China on " + in.China.String())
	return b.String()
}

// Text returns the references of c in format f: the calculator's, then the
// paper's. APA and Chicago are two paragraphs separated by a blank line;
// BibTeX two entries; CSL-JSON an array of two items. Every text ends with
// a newline.
func Text(f Format, c Calculator) string {
	switch f {
	case Chicago:
		return chicago(c)
	case BibTeX:
		return bibtex(c)
	case CSL:
		return cslJSON(c)
	}
	return apa(c)
}

// version is the model version cited.
func version(c Calculator) string { return strconv.Itoa(c.Inputs.Version) }

// apa follows APA 7 (10.10 software; 9.8 works without a date; the title
// of a work without an author takes the author's place; a retrieval date
// because the page changes as the state does).
func apa(c Calculator) string {
	return Title + " (Model version " + version(c) + ") [Computer software]. (n.d.). " +
		"State: " + State(c.Inputs) + ". Retrieved " + c.Accessed.long() + ", from " + c.URL + "\n\n" +
		PaperFamily + ", " + PaperGiven[:1] + ". (n.d.). " + paperTitleSentence + ". " + PaperInstitution + ".\n"
}

// chicago follows the Chicago Manual of Style, 17th edition, bibliography
// form (14.233 access dates; 14.169 works without a date, "n.d.").
func chicago(c Calculator) string {
	return "Cyber Security Dilemma Calculator. Model version " + version(c) + ". Computer software. " +
		"State: " + State(c.Inputs) + ". Accessed " + c.Accessed.long() + ". " + c.URL + ".\n\n" +
		PaperFamily + ", " + PaperGiven + ". \u201c" + PaperTitle + ".\u201d " + PaperPlace + ": " + PaperInstitution + ", n.d.\n"
}
