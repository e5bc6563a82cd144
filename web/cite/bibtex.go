package cite

import "strings"

// bibtex writes two @misc entries, readable by BibTeX's standard styles
// and by biblatex (url, urldate and version are biblatex fields that
// natbib's styles print too). Text fields are escaped (EscapeTeX); the
// URL is in a verbatim field, only made brace-safe (escapeURL).
func bibtex(c Calculator) string {
	var b strings.Builder
	field := func(name, value string, last bool) {
		b.WriteString("  " + name + strings.Repeat(" ", 12-len(name)) + " = {" + value + "}")
		if !last {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	v := version(c)
	b.WriteString("@misc{cyberdilemma-v" + v + ",\n")
	field("title", "{"+EscapeTeX(Title)+"}", false)
	field("howpublished", "Computer software", false)
	field("version", v, false)
	field("note", EscapeTeX("Model version "+v+"; state: "+State(c.Inputs)+". Accessed "+c.Accessed.String()), false)
	field("url", escapeURL(c.URL), false)
	field("urldate", c.Accessed.String(), true)
	b.WriteString("}\n\n")
	b.WriteString("@misc{li-origin,\n")
	field("author", EscapeTeX(PaperFamily+", "+PaperGiven), false)
	field("title", protect(PaperTitle, "China", "US"), false)
	field("howpublished", EscapeTeX(PaperInstitution), false)
	field("address", EscapeTeX(PaperPlace), true)
	b.WriteString("}\n")
	return b.String()
}

// texSpecial maps each character that TeX reads as markup to its escape.
var texSpecial = strings.NewReplacer(
	`\`, `\textbackslash{}`,
	`{`, `\{`, `}`, `\}`,
	`&`, `\&`, `%`, `\%`, `$`, `\$`, `#`, `\#`, `_`, `\_`,
	`~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`,
)

// EscapeTeX escapes the characters TeX reads as markup (\ { } & % $ # _ ~
// ^) in s, for a BibTeX text field. Other characters, Chinese among them,
// stay as they are (UTF-8, for biber or a UTF-8 BibTeX).
func EscapeTeX(s string) string { return texSpecial.Replace(s) }

// protect escapes s and braces each of the proper nouns given, so that a
// style that lower-cases titles keeps their capitals.
func protect(s string, nouns ...string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = EscapeTeX(w)
		for _, n := range nouns {
			if w == n {
				words[i] = "{" + words[i] + "}"
			}
		}
	}
	return strings.Join(words, " ")
}

// escapeURL percent-encodes the bytes a URL never holds raw and that would
// break a BibTeX field or \url: braces, backslashes, spaces, quotes,
// controls and non-ASCII. "#", "%", "&" and "_" stay: url is a verbatim
// field.
func escapeURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c >= 0x7f || c == '{' || c == '}' || c == '\\' || c == '"' || c == '<' || c == '>' || c == '^' || c == '`' || c == '|':
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
