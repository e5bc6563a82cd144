package scenario

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

// TestEncodeIsEncodingJSON holds the hand-written JSON to encoding/json's,
// byte for byte, for texts that need escaping.
func TestEncodeIsEncodingJSON(t *testing.T) {
	names := []string{"", "plain", `quote " and \ back`, "<b>&amp;</b>", "tab\tnew\nline\rcr", "\x01\x1f\b\f",
		"名前 情境", "line\u2028sep\u2029", "bad \xff utf8", "emoji 🛰"}
	var list []File
	for i, n := range names {
		f := New(model.Default(), "", "", "")
		f.Name, f.Note = n, n+n
		if i%2 == 1 {
			s := SideOf(model.Inputs{Tech: 0.01, Discourse: 1, Attribution: 0.5, Dialogue: 0, US: model.Defense, China: model.Offense})
			f.B = &s
		}
		want, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Encode(); string(got) != string(want)+"\n" {
			t.Errorf("Encode() of name %q:\n%s\nwant (encoding/json):\n%s", n, got, want)
		}
		list = append(list, f)
	}
	want, _ := json.Marshal(list)
	if got := EncodeList(list); got != string(want) {
		t.Errorf("EncodeList:\n%s\nwant (encoding/json):\n%s", got, want)
	}
}

// toAny converts a parsed value as encoding/json decodes into an any.
func toAny(v jsonValue) (any, bool) {
	switch v.kind {
	case jsonNull:
		return nil, true
	case jsonBool:
		return v.text == "true", true
	case jsonNumber:
		f, err := strconv.ParseFloat(v.text, 64)
		return f, err == nil
	case jsonString:
		return v.text, true
	case jsonArray:
		out := []any{}
		for _, it := range v.items {
			a, ok := toAny(it)
			if !ok {
				return nil, false
			}
			out = append(out, a)
		}
		return out, true
	}
	out := map[string]any{}
	for i, k := range v.keys {
		a, ok := toAny(v.items[i])
		if !ok {
			return nil, false
		}
		out[k] = a
	}
	return out, true
}

// checkParse holds parseJSON to encoding/json: the same inputs accepted,
// the same values read.
func checkParse(t *testing.T, data []byte) {
	t.Helper()
	v, err := parseJSON(data)
	if valid := json.Valid(data); (err == nil) != valid {
		t.Fatalf("parseJSON(%.200q) (%d bytes): error %v, but json.Valid = %v", data, len(data), err, valid)
	}
	if err != nil {
		return
	}
	var want any
	if json.Unmarshal(data, &want) != nil {
		return // a number out of float64's range: valid JSON that encoding/json cannot hold
	}
	got, ok := toAny(v)
	if ok && !reflect.DeepEqual(got, want) {
		t.Fatalf("parseJSON(%.200q) = %#v, encoding/json %#v", data, got, want)
	}
}

func TestParseJSON(t *testing.T) {
	for _, s := range []string{
		`{}`, `[]`, ` {"a" : [1, -0, 0.5e+3, 1E-2, true, false, null, "x"]} `, `"\u00e9\ud83d\ude00\ud800 lone \u0041\/"`,
		`{"a":1,"a":2}`, `"\xff"`, "\"\xed\xa0\x80\"", `01`, `1.`, `.5`, `-`, `1e`, `[1,]`, `{"a":1,}`, `{a:1}`, `"\x"`, "\"a\tb\"",
		`nul`, `truex`, `[1 2]`, `{"a" 1}`, `"\u12"`, `[[[[[]]]]]`, ``, ` `, `"`, `"\`, `{"a":"b"`, "\"\u2028\"",
	} {
		checkParse(t, []byte(s))
	}
	for _, n := range []int{maxDepth - 1, maxDepth, maxDepth + 1, maxDepth + 5} {
		deep := make([]byte, 0, 2*n)
		for range n {
			deep = append(deep, '[')
		}
		for range n {
			deep = append(deep, ']')
		}
		checkParse(t, deep)
		// A scalar inside as many arrays: its depth does not count.
		checkParse(t, append(append(deep[:n:n], '1'), deep[n:]...))
	}
}
