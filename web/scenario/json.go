package scenario

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
)

// The package reads and writes its JSON by hand, as web/export does:
// encoding/json would add about 230 KB to the calculator's brotli'd binary.
// The reader accepts exactly the JSON that encoding/json accepts (a fuzz
// test holds it to json.Valid) and the writer writes what it would.

// jsonKind is the kind of a JSON value.
type jsonKind byte

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

// jsonValue is a parsed JSON value. text is a number's literal, a
// string's decoded text, or "true"/"false"; raw is the value's source,
// trimmed. An object's members keep their order; a repeated key's last
// value wins, as in encoding/json.
type jsonValue struct {
	kind  jsonKind
	text  string
	raw   string
	items []jsonValue
	keys  []string
}

// get returns member key of an object, or false.
func (v jsonValue) get(key string) (jsonValue, bool) {
	for i := len(v.keys) - 1; i >= 0; i-- {
		if v.keys[i] == key {
			return v.items[i], true
		}
	}
	return jsonValue{}, false
}

// maxDepth bounds the nesting of arrays and objects that parseJSON
// follows, as encoding/json bounds it, so that a hostile file cannot
// exhaust the stack.
const maxDepth = 10000

// syntaxError is a JSON syntax error at byte offset off.
type syntaxError struct{ off int }

// parseJSON parses data as one JSON value, surrounded by whitespace only.
func parseJSON(data []byte) (jsonValue, *syntaxError) {
	p := jsonParser{s: data}
	p.space()
	v, err := p.value(0)
	if err != nil {
		return jsonValue{}, err
	}
	p.space()
	if p.i != len(p.s) {
		return jsonValue{}, &syntaxError{p.i}
	}
	return v, nil
}

type jsonParser struct {
	s []byte
	i int
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) fail() *syntaxError { return &syntaxError{p.i} }

func (p *jsonParser) value(depth int) (jsonValue, *syntaxError) {
	if p.i >= len(p.s) {
		return jsonValue{}, p.fail()
	}
	start := p.i
	var v jsonValue
	var err *syntaxError
	switch c := p.s[p.i]; {
	case c == '{':
		v, err = p.object(depth)
	case c == '[':
		v, err = p.array(depth)
	case c == '"':
		var s string
		s, err = p.str()
		v = jsonValue{kind: jsonString, text: s}
	case c == 't' || c == 'f' || c == 'n':
		v, err = p.literal()
	case c == '-' || '0' <= c && c <= '9':
		v, err = p.number()
	default:
		err = p.fail()
	}
	if err != nil {
		return jsonValue{}, err
	}
	v.raw = string(p.s[start:p.i])
	return v, nil
}

func (p *jsonParser) literal() (jsonValue, *syntaxError) {
	for _, l := range [...]struct {
		word string
		kind jsonKind
	}{{"true", jsonBool}, {"false", jsonBool}, {"null", jsonNull}} {
		if len(p.s)-p.i >= len(l.word) && string(p.s[p.i:p.i+len(l.word)]) == l.word {
			p.i += len(l.word)
			return jsonValue{kind: l.kind, text: l.word}, nil
		}
	}
	return jsonValue{}, p.fail()
}

// number reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (p *jsonParser) number() (jsonValue, *syntaxError) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.s[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.s) && p.s[p.i] == '0':
		p.i++
	case digits() == 0:
		return jsonValue{}, p.fail()
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return jsonValue{}, p.fail()
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return jsonValue{}, p.fail()
		}
	}
	return jsonValue{kind: jsonNumber, text: string(p.s[start:p.i])}, nil
}

// str reads a string, decoding its escapes; invalid UTF-8 and lone
// surrogates become U+FFFD, as in encoding/json.
func (p *jsonParser) str() (string, *syntaxError) {
	p.i++ // the opening quote
	var b []byte
	for {
		if p.i >= len(p.s) {
			return "", p.fail()
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), nil
		case c < 0x20:
			return "", p.fail()
		case c == '\\':
			p.i++
			if p.i >= len(p.s) {
				return "", p.fail()
			}
			e := p.s[p.i]
			p.i++
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.fail()
				}
				if utf16.IsSurrogate(r) {
					// A pair, if a second \u escape follows.
					save := p.i
					if p.i+1 < len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
						p.i += 2
						if r2, ok := p.hex4(); ok {
							if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
								b = utf8.AppendRune(b, d)
								continue
							}
						}
					}
					p.i = save
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
			default:
				p.i--
				return "", p.fail()
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			p.i++
		default:
			r, n := utf8.DecodeRune(p.s[p.i:])
			b = utf8.AppendRune(b, r) // RuneError for invalid UTF-8
			p.i += n
		}
	}
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.s)-p.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.s[p.i : p.i+4] {
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	p.i += 4
	return r, true
}

func (p *jsonParser) array(depth int) (jsonValue, *syntaxError) {
	v := jsonValue{kind: jsonArray}
	if empty, err := p.open(']', depth); err != nil || empty {
		return v, err
	}
	for {
		p.space()
		item, err := p.value(depth + 1)
		if err != nil {
			return jsonValue{}, err
		}
		v.items = append(v.items, item)
		if done, err := p.sep(']'); err != nil || done {
			return v, err
		}
	}
}

func (p *jsonParser) object(depth int) (jsonValue, *syntaxError) {
	v := jsonValue{kind: jsonObject}
	if empty, err := p.open('}', depth); err != nil || empty {
		return v, err
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return jsonValue{}, p.fail()
		}
		key, err := p.str()
		if err != nil {
			return jsonValue{}, err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return jsonValue{}, p.fail()
		}
		p.i++
		p.space()
		item, err := p.value(depth + 1)
		if err != nil {
			return jsonValue{}, err
		}
		v.keys = append(v.keys, key)
		v.items = append(v.items, item)
		if done, err := p.sep('}'); err != nil || done {
			return v, err
		}
	}
}

// open steps over an array's or an object's opening bracket (at p.i) and
// reports whether close follows at once: an empty container. A container
// at depth maxDepth would be nested maxDepth+1 deep, and is refused.
func (p *jsonParser) open(close byte, depth int) (empty bool, err *syntaxError) {
	if depth >= maxDepth {
		return false, p.fail()
	}
	p.i++
	p.space()
	if p.i < len(p.s) && p.s[p.i] == close {
		p.i++
		return true, nil
	}
	return false, nil
}

// sep steps over what follows a container's member: a comma (more
// members) or close (done).
func (p *jsonParser) sep(close byte) (done bool, err *syntaxError) {
	p.space()
	if p.i >= len(p.s) {
		return false, p.fail()
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return false, nil
	case close:
		p.i++
		return true, nil
	}
	return false, p.fail()
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (HTML characters included).
func appendJSONString(b []byte, s string) []byte { return export.AppendJSONString(b, s, true) }

// appendJSONNumber appends f as encoding/json writes a float64.
func appendJSONNumber(b []byte, f float64) []byte { return model.AppendJSONFloat(b, f) }

// appendSide appends s as a JSON object, its members on lines indented by
// indent ("" for one line).
func appendSide(b []byte, s Side, indent string) []byte {
	sep, nl := ",", ""
	if indent != "" {
		nl = "\n" + indent
	}
	b = append(b, '{')
	for i, k := range sideKeys {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, nl...)
		if indent != "" {
			b = append(b, "  "...)
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		if indent != "" {
			b = append(b, ' ')
		}
		switch k {
		case "tech":
			b = appendJSONNumber(b, s.Tech)
		case "discourse":
			b = appendJSONNumber(b, s.Discourse)
		case "attribution":
			b = appendJSONNumber(b, s.Attribution)
		case "dialogue":
			b = appendJSONNumber(b, s.Dialogue)
		case "us":
			b = appendJSONString(b, s.US)
		case "china":
			b = appendJSONString(b, s.China)
		}
	}
	b = append(b, nl...)
	return append(b, '}')
}

// appendFile appends f as a JSON object: indented by two spaces as
// json.MarshalIndent(f, "", "  ") writes it, or on one line (indent false)
// as json.Marshal does.
func appendFile(b []byte, f File, indent bool) []byte {
	nl, sp, in := "", "", ""
	if indent {
		nl, sp, in = "\n  ", " ", "  "
	}
	member := func(first bool, key string) {
		if !first {
			b = append(b, ',')
		}
		b = append(b, nl...)
		b = appendJSONString(b, key)
		b = append(b, ':')
		b = append(b, sp...)
	}
	b = append(b, '{')
	member(true, "schema")
	b = appendJSONString(b, f.Schema)
	member(false, "model_version")
	b = strconv.AppendInt(b, int64(f.ModelVersion), 10)
	if f.Name != "" {
		member(false, "name")
		b = appendJSONString(b, f.Name)
	}
	if f.Note != "" {
		member(false, "note")
		b = appendJSONString(b, f.Note)
	}
	member(false, "a")
	b = appendSide(b, f.A, in)
	if f.B != nil {
		member(false, "b")
		b = appendSide(b, *f.B, in)
	}
	if indent {
		b = append(b, '\n')
	}
	return append(b, '}')
}
