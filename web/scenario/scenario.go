// Package scenario is the calculator's scenario file: the page's state
// saved as a small, versioned JSON document that a reader downloads, keeps
// in the browser ("My scenarios"), sends to a colleague and opens again.
//
//	{
//	  "schema": "cyberdilemma.scenario/1",
//	  "model_version": 2,
//	  "name": "No consensus",
//	  "note": "The paper's first future.",
//	  "a": {"tech": 0.85, "discourse": 0.75, "attribution": 0.2, "dialogue": 0,
//	        "us": "offense", "china": "defense"},
//	  "b": {…, optional: the second state of the compare mode}
//	}
//
// A scenario is applied as a URL fragment (File.Fragment), through the same
// path as a link, so that it stays independent of how the page builds its
// states: A's keys as a link has them, B's prefixed "b." with compare=1.
// Decode validates a file completely before anything is applied: a file
// that is too large, not JSON, of another schema or model version, or with a
// value out of range is an *Error that names what is wrong and what is
// allowed, in the page's three languages (Error.Message).
//
// The package is pure Go (no syscall/js): it is tested and fuzzed natively.
package scenario

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dilemma/cyberdilemma/model"
)

// Schema identifies version 1 of the scenario format. A later, incompatible
// format gets a new number; Decode refuses every schema but this one.
const Schema = "cyberdilemma.scenario/1"

// Limits of a scenario file. MaxSize is checked before the file is read
// (the page compares the File's size); a scenario is a few hundred bytes.
const (
	MaxSize    = 64 << 10 // bytes
	MaxNameLen = 80       // characters
	MaxNoteLen = 1000     // characters
)

// Side is one state of a scenario: the model's inputs, each number in
// [0, 1], each posture "offense" or "defense".
type Side struct {
	Tech        float64 `json:"tech"`
	Discourse   float64 `json:"discourse"`
	Attribution float64 `json:"attribution"`
	Dialogue    float64 `json:"dialogue"`
	US          string  `json:"us"`
	China       string  `json:"china"`
}

// File is one scenario. A is the page's state; B, when present, the second
// state of the compare mode.
type File struct {
	Schema       string `json:"schema"`
	ModelVersion int    `json:"model_version"`
	Name         string `json:"name,omitempty"`
	Note         string `json:"note,omitempty"`
	A            Side   `json:"a"`
	B            *Side  `json:"b,omitempty"`
}

// SideOf returns in's inputs as a Side, rounded to two decimals as the page
// shows them.
func SideOf(in model.Inputs) Side {
	in = in.Clamp().Round2()
	return Side{in.Tech, in.Discourse, in.Attribution, in.Dialogue, in.US.String(), in.China.String()}
}

// Inputs returns s as the model's inputs of model version v. s must be
// valid (Decode checked it); a bad posture reads as the default's.
func (s Side) Inputs(v int) model.Inputs {
	in := model.Default()
	in.Tech, in.Discourse, in.Attribution, in.Dialogue = s.Tech, s.Discourse, s.Attribution, s.Dialogue
	if p, ok := model.ParsePosture(s.US); ok {
		in.US = p
	}
	if p, ok := model.ParsePosture(s.China); ok {
		in.China = p
	}
	in.Version = v
	return in
}

// New returns the scenario of a page in state in, whose URL fragment is
// fragment: A is in; B is read from the fragment's "b."-prefixed keys
// (b.tech, b.discourse, b.attribution, b.dialogue, b.us, b.china), each
// missing one taken from A, and is absent when the fragment has none. The
// name and note are trimmed and cut to their limits.
func New(in model.Inputs, fragment, name, note string) File {
	in = in.Clamp()
	f := File{Schema: Schema, ModelVersion: in.Version, Name: cut(name, MaxNameLen), Note: cut(note, MaxNoteLen), A: SideOf(in)}
	var b []string
	for part := range strings.SplitSeq(strings.TrimPrefix(fragment, "#"), "&") {
		if rest, ok := strings.CutPrefix(part, "b."); ok {
			k, _, _ := strings.Cut(rest, "=")
			if k != "v" && k != "preset" {
				b = append(b, rest)
			}
		}
	}
	if len(b) > 0 {
		q, _ := model.Decode(strings.Join(b, "&"), in, model.Options{})
		s := SideOf(q.Inputs)
		f.B = &s
	}
	return f
}

// CleanName returns a scenario's name as New keeps it: trimmed, and cut to
// MaxNameLen characters.
func CleanName(s string) string { return cut(s, MaxNameLen) }

func cut(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:n]))
}

// Encode returns f as indented JSON with a final newline, as
// json.MarshalIndent(f, "", "  ") writes it.
func (f File) Encode() []byte {
	return append(appendFile(make([]byte, 0, 320), f, true), '\n')
}

// Fragment returns the URL fragment (without "#") that puts a page in f's
// state: A as model.Inputs.Encode writes it, with v=; then, when B is
// present, B's inputs as b.tech=…&…&b.china=… and compare=1.
func (f File) Fragment() string {
	s := f.A.Inputs(f.ModelVersion).Encode()
	if f.B == nil {
		return s
	}
	var b strings.Builder
	b.WriteString(s)
	for part := range strings.SplitSeq(f.B.Inputs(f.ModelVersion).Encode(), "&") {
		if strings.HasPrefix(part, "v=") {
			continue // one model version for both states
		}
		b.WriteString("&b.")
		b.WriteString(part)
	}
	b.WriteString("&compare=1")
	return b.String()
}

// Kinds of Error.
const (
	KindSize    = "size"    // the file is over MaxSize bytes
	KindJSON    = "json"    // not JSON, or not a JSON object
	KindSchema  = "schema"  // schema is not Schema
	KindVersion = "version" // model_version is not a released model version
	KindMissing = "missing" // a required field is absent
	KindValue   = "value"   // an input is out of range or not a posture (Param)
	KindText    = "text"    // name or note is not a string
	KindLong    = "long"    // name or note is over its limit
	KindRead    = "read"    // the browser could not read the file
)

// Error is a scenario file's problem. Message says it in the page's
// language; Error in English.
type Error struct {
	// Kind is one of the Kind… constants.
	Kind string
	// Field is the offending field ("schema", "a.tech", "b", "name"), or ""
	// for the file as a whole.
	Field string
	// Got is the offending value (truncated), a size in bytes for KindSize,
	// a byte offset for KindJSON, a length in characters for KindLong.
	Got string
	// Max is the limit for KindSize (bytes) and KindLong (characters).
	Max int
	// Param is the model's own description of a bad input (KindValue).
	Param *model.ParamError
}

func (e *Error) Error() string { return "scenario: " + e.Message("en") }

// Size returns the error of a file of n bytes, or nil if n is within MaxSize.
// The page calls it with the file's size before reading it.
func Size(n int64) error {
	if n > MaxSize {
		return &Error{Kind: KindSize, Got: strconv.FormatInt(n, 10), Max: MaxSize}
	}
	return nil
}

// Decode reads and validates a scenario file: within MaxSize, a JSON object
// whose schema is Schema, whose model_version is a released model version
// (model.Versions), whose "a" (and "b", if present) holds every input, each
// number in [0, 1] and each posture offense or defense, and whose name and
// note are strings within their limits. Fields it does not know are
// ignored. The first problem is returned as an *Error.
func Decode(data []byte) (File, error) {
	if err := Size(int64(len(data))); err != nil {
		return File{}, err
	}
	v, serr := parseJSON(data)
	if serr != nil {
		return File{}, &Error{Kind: KindJSON, Got: strconv.Itoa(serr.off)}
	}
	return decodeValue(v)
}

// decodeValue validates a parsed scenario (Decode).
func decodeValue(v jsonValue) (File, error) {
	if v.kind != jsonObject { // JSON, but not a scenario
		return File{}, &Error{Kind: KindSchema, Got: model.Truncate(v.raw)}
	}
	f := File{}
	schema, ok := v.get("schema")
	if !ok || schema.kind != jsonString || schema.text != Schema {
		got := schema.raw
		if schema.kind == jsonString {
			got = schema.text
		}
		return File{}, &Error{Kind: KindSchema, Field: "schema", Got: model.Truncate(got)}
	}
	f.Schema = schema.text
	ver, err := version(v)
	if err != nil {
		return File{}, err
	}
	f.ModelVersion = ver
	for _, t := range []struct {
		key string
		max int
		dst *string
	}{{"name", MaxNameLen, &f.Name}, {"note", MaxNoteLen, &f.Note}} {
		r, present := v.get(t.key)
		if !present || r.kind == jsonNull {
			continue
		}
		if r.kind != jsonString {
			return File{}, &Error{Kind: KindText, Field: t.key, Got: model.Truncate(r.raw), Max: t.max}
		}
		if n := utf8.RuneCountInString(r.text); n > t.max {
			return File{}, &Error{Kind: KindLong, Field: t.key, Got: strconv.Itoa(n), Max: t.max}
		}
		*t.dst = r.text
	}
	a, present := v.get("a")
	if !present || a.kind == jsonNull {
		return File{}, &Error{Kind: KindMissing, Field: "a"}
	}
	if f.A, err = side("a", a, ver); err != nil {
		return File{}, err
	}
	if b, present := v.get("b"); present && b.kind != jsonNull {
		sb, err := side("b", b, ver)
		if err != nil {
			return File{}, err
		}
		f.B = &sb
	}
	return f, nil
}

// version reads model_version: a released model version, written as a
// JSON integer.
func version(v jsonValue) (int, error) {
	r, ok := v.get("model_version")
	if !ok {
		return 0, &Error{Kind: KindMissing, Field: "model_version"}
	}
	n, err := strconv.Atoi(r.raw)
	if r.kind != jsonNumber || err != nil || !model.ValidVersion(n) {
		return 0, &Error{Kind: KindVersion, Field: "model_version", Got: model.Truncate(r.raw)}
	}
	return n, nil
}

// sideKeys are a Side's fields in the order the errors are reported.
var sideKeys = [...]string{"tech", "discourse", "attribution", "dialogue", "us", "china"}

// side reads state name ("a" or "b"): every input present, each checked by
// the model's own strict parser (model.Parse), so that the file and a link
// accept the same values.
func side(name string, r jsonValue, v int) (Side, error) {
	if r.kind != jsonObject {
		return Side{}, &Error{Kind: KindValue, Field: name, Got: model.Truncate(r.raw)}
	}
	in := model.Default()
	for _, k := range sideKeys {
		val, ok := r.get(k)
		if !ok {
			return Side{}, &Error{Kind: KindMissing, Field: name + "." + k}
		}
		// A posture is a JSON string; a number is a JSON number, whose
		// characters need no escaping in a query. Anything else is passed
		// on as its JSON text, escaped, for model.Parse to reject by name.
		text := val.raw
		if val.kind == jsonString && (k == "us" || k == "china") {
			text = val.text
		} else if f, err := strconv.ParseFloat(text, 64); err == nil && val.kind == jsonNumber {
			text = strconv.FormatFloat(f, 'g', -1, 64) // a JSON number, however many digits
		}
		pe := valueError(k, text)
		if pe == nil {
			q, err := model.Parse(k+"="+escape(text)+"&v="+strconv.Itoa(v), model.Options{})
			if err != nil {
				pe, _ = err.(*model.ParamError)
				if pe == nil {
					panic("scenario: model.Parse returns *model.ParamError: " + err.Error()) // programmer error
				}
			} else {
				in = merge(in, q.Inputs, k)
			}
		}
		if pe != nil {
			return Side{}, &Error{Kind: KindValue, Field: name + "." + pe.Param, Got: pe.Got, Param: pe}
		}
	}
	return SideOf(in), nil
}

// valueError reports a value too long to be a number or a posture, as
// model.Parse would report a bad one, or nil. (model.Parse refuses a query
// over model.MaxQueryLen as a whole, which would not name the input.)
func valueError(k, text string) *model.ParamError {
	if len(text) <= 64 {
		return nil
	}
	got := model.Truncate(text)
	if k == "us" || k == "china" {
		return &model.ParamError{Param: k, Kind: model.ErrKindPosture, Got: got, Message: k + " must be offense or defense; got " + strconv.Quote(got)}
	}
	return &model.ParamError{Param: k, Kind: model.ErrKindRange, Got: got, Min: 0, Max: 1, Message: k + " must be a number in [0, 1]; got " + strconv.Quote(got)}
}

// merge copies input k from src into dst.
func merge(dst, src model.Inputs, k string) model.Inputs {
	switch k {
	case "us":
		dst.US = src.US
	case "china":
		dst.China = src.China
	default:
		if p, ok := model.ParamByKey(k); ok {
			dst = p.Set(dst, p.Value(src))
		}
	}
	return dst
}

// escape percent-encodes the bytes of s that a query value cannot hold
// as they are.
func escape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '%' || c == '&' || c == '=' || c == '#' || c == '+' {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
