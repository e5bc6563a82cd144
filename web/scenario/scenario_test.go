package scenario

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/view"
)

const good = `{"schema":"cyberdilemma.scenario/1","model_version":2,"name":"No consensus","note":"The paper's first future.",
"a":{"tech":0.85,"discourse":0.75,"attribution":0.2,"dialogue":0,"us":"offense","china":"defense"}}`

func TestDecodeGood(t *testing.T) {
	f, err := Decode([]byte(good))
	if err != nil {
		t.Fatalf("Decode(good) = %v", err)
	}
	want := File{Schema: Schema, ModelVersion: 2, Name: "No consensus", Note: "The paper's first future.",
		A: Side{0.85, 0.75, 0.2, 0, "offense", "defense"}}
	if f.B != nil || f.Schema != want.Schema || f.ModelVersion != want.ModelVersion || f.Name != want.Name || f.Note != want.Note || f.A != want.A {
		t.Errorf("Decode(good) = %+v, want %+v", f, want)
	}
	if got, w := f.Fragment(), "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.00&us=offense&china=defense&v=2"; got != w {
		t.Errorf("Fragment() = %q, want %q", got, w)
	}
}

// TestDecodeBad checks that every bad file is refused with an error naming
// the field and what is allowed, in English and Chinese.
func TestDecodeBad(t *testing.T) {
	side := `"a":{"tech":0.85,"discourse":0.75,"attribution":0.2,"dialogue":0.6,"us":"offense","china":"defense"}`
	head := `"schema":"cyberdilemma.scenario/1","model_version":2,`
	tests := []struct {
		name, in string
		kind     string
		en, zh   string // substrings of the English and Simplified Chinese messages
	}{
		{"not JSON", "tech=0.85", KindJSON, "not JSON", "JSON"},
		{"truncated JSON", `{"schema":`, KindJSON, "not JSON", "JSON"},
		{"array", `[1,2]`, KindSchema, "not a scenario of this calculator: schema must be cyberdilemma.scenario/1; got [1,2]", "[1,2]"},
		{"null", `null`, KindSchema, "got null", "null"},
		{"no schema", `{"model_version":2,` + side + `}`, KindSchema, "schema must be cyberdilemma.scenario/1", "schema"},
		{"wrong schema", `{"schema":"cyberdilemma.scenario/9","model_version":2,` + side + `}`, KindSchema, `got cyberdilemma.scenario/9`, "cyberdilemma.scenario/9"},
		{"unknown version", `{"schema":"cyberdilemma.scenario/1","model_version":3,` + side + `}`, KindVersion, "model_version must be a model version, 1 to 2; got 3", "1至2"},
		{"fraction version", `{"schema":"cyberdilemma.scenario/1","model_version":2.5,` + side + `}`, KindVersion, "got 2.5", "2.5"},
		{"no version", `{"schema":"cyberdilemma.scenario/1",` + side + `}`, KindMissing, "model_version is missing", "model_version"},
		{"no a", `{` + head + `"name":"x"}`, KindMissing, "a is missing", "缺少a"},
		{"a not an object", `{` + head + `"a":[1]}`, KindValue, "a must be an object of inputs", "a"},
		{"missing input", `{` + head + `"a":{"tech":0.85,"discourse":0.75,"attribution":0.2,"us":"offense","china":"defense"}}`, KindMissing, "a.dialogue is missing", "a.dialogue"},
		{"tech above 1", `{` + head + strings.Replace(side, `"tech":0.85`, `"tech":1.5`, 1) + `}`, KindValue, `state A: tech must be a number in [0, 1]; got "1.5"`, "[0, 1]"},
		{"dialogue below 0", `{` + head + strings.Replace(side, `"dialogue":0.6`, `"dialogue":-0.1`, 1) + `}`, KindValue, `dialogue must be a number in [0, 1]; got "-0.1"`, "[0, 1]"},
		{"tech a string", `{` + head + strings.Replace(side, `"tech":0.85`, `"tech":"0.85"`, 1) + `}`, KindValue, "tech must be a number in [0, 1]", "[0, 1]"},
		{"huge number", `{` + head + strings.Replace(side, `"tech":0.85`, `"tech":1e999`, 1) + `}`, KindValue, "tech must be a number in [0, 1]", "[0, 1]"},
		{"long text for a number", `{` + head + strings.Replace(side, `"tech":0.85`, `"tech":"`+strings.Repeat("1", 2000)+`"`, 1) + `}`, KindValue, "state A: tech must be a number in [0, 1]; got \"\\\"111", "[0, 1]"},
		{"long posture", `{` + head + strings.Replace(side, `"china":"defense"`, `"china":"`+strings.Repeat("d", 2000)+`"`, 1) + `}`, KindValue, "state A: china must be offense or defense", "china"},
		{"bad posture", `{` + head + strings.Replace(side, `"us":"offense"`, `"us":"attack"`, 1) + `}`, KindValue, `us must be offense or defense; got "attack"`, "attack"},
		{"posture a number", `{` + head + strings.Replace(side, `"us":"offense"`, `"us":1`, 1) + `}`, KindValue, "us must be offense or defense", "offense"},
		{"bad b", `{` + head + side + `,"b":{"tech":0.3,"discourse":2,"attribution":0.2,"dialogue":0.6,"us":"offense","china":"defense"}}`, KindValue, "state B: discourse must be a number in [0, 1]; got \"2\"", "状态B"},
		{"name not text", `{` + head + `"name":5,` + side + `}`, KindText, "name must be text; got 5", "name"},
		{"note too long", `{` + head + `"note":"` + strings.Repeat("x", MaxNoteLen+1) + `",` + side + `}`, KindLong, "note is 1001 characters long; at most 1000", "1000"},
		{"too large", `{` + head + side + `,"pad":"` + strings.Repeat(" ", MaxSize) + `"}`, KindSize, "a scenario file is at most 64 KB", "64 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Decode(%.60q) = %v, want an *Error", tt.in, err)
			}
			if e.Kind != tt.kind {
				t.Errorf("Decode(%.60q).Kind = %q, want %q (%v)", tt.in, e.Kind, tt.kind, err)
			}
			if en := e.Message("en"); !strings.Contains(en, tt.en) {
				t.Errorf("Message(en) = %q, want it to contain %q", en, tt.en)
			}
			if zh := e.Message("zh-CN"); !strings.Contains(zh, tt.zh) || zh == e.Message("en") {
				t.Errorf("Message(zh-CN) = %q, want Chinese containing %q", zh, tt.zh)
			}
			if tw := e.Message("zh-TW"); tw == e.Message("zh-CN") && e.Kind != KindValue {
				t.Errorf("Message(zh-TW) = Message(zh-CN) = %q", tw)
			}
		})
	}
}

func TestSize(t *testing.T) {
	if err := Size(MaxSize); err != nil {
		t.Errorf("Size(MaxSize) = %v, want nil", err)
	}
	err := Size(10 << 20)
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindSize {
		t.Fatalf("Size(10 MB) = %v, want a KindSize *Error", err)
	}
	if got, want := e.Message("en"), "the file is 10 MB; a scenario file is at most 64 KB"; got != want {
		t.Errorf("Size(10 MB).Message(en) = %q, want %q", got, want)
	}
}

func TestReadMessage(t *testing.T) {
	e := &Error{Kind: KindRead}
	if en, zh := e.Message("en"), e.Message("zh-TW"); en != "the file could not be read" || zh == en {
		t.Errorf("KindRead messages: %q, %q", en, zh)
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{812: "812 bytes", 64 << 10: "64 KB", 1536: "1.5 KB", 10 << 20: "10 MB"} {
		if got := Bytes("en", n); got != want {
			t.Errorf("Bytes(en, %d) = %q, want %q", n, got, want)
		}
	}
}

// TestRoundTrip saves states (with and without a B in the fragment),
// encodes, decodes and applies them through view.Parse: the same state.
func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		in       model.Inputs
		fragment string
		wantB    *Side
		wantFrag string
	}{
		{"baseline", model.Default(), "", nil, ""},
		{"version 1, china offense", model.Inputs{Tech: 0.3, Discourse: 0.5, Attribution: 0.12, Dialogue: 1, US: model.Defense, China: model.Offense, Version: 1}, "tech=0.30&v=1", nil, ""},
		{"with b", model.Default(), "#tech=0.85&b.tech=0.30&b.dialogue=0&b.china=offense&compare=1", &Side{0.3, 0.75, 0.2, 0, "offense", "offense"},
			"&b.tech=0.30&b.discourse=0.75&b.attribution=0.20&b.dialogue=0.00&b.us=offense&b.china=offense&compare=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(tt.in, tt.fragment, "  A name  ", "a note")
			if f.Name != "A name" {
				t.Errorf("New(…).Name = %q, want trimmed", f.Name)
			}
			g, err := Decode(f.Encode())
			if err != nil {
				t.Fatalf("Decode(Encode(%+v)) = %v", f, err)
			}
			if !bytes.Equal(g.Encode(), f.Encode()) {
				t.Errorf("Decode(Encode(f)) = %s, want %s", g.Encode(), f.Encode())
			}
			if (g.B == nil) != (tt.wantB == nil) || g.B != nil && *g.B != *tt.wantB {
				t.Errorf("B = %+v, want %+v", g.B, tt.wantB)
			}
			frag := g.Fragment()
			if tt.wantFrag != "" && !strings.HasSuffix(frag, tt.wantFrag) {
				t.Errorf("Fragment() = %q, want the suffix %q", frag, tt.wantFrag)
			}
			st, problems := view.Parse(frag, view.Default())
			if len(problems) > 0 {
				t.Errorf("view.Parse(%q): %v", frag, problems)
			}
			if st.Inputs != tt.in.Round2() {
				t.Errorf("applied %q = %+v, want %+v", frag, st.Inputs, tt.in.Round2())
			}
			if st.Compare != (tt.wantB != nil) || tt.wantB != nil && SideOf(st.B) != *tt.wantB {
				t.Errorf("applied %q: compare %v, B %+v; want B %+v", frag, st.Compare, st.B, tt.wantB)
			}
			// Saved again from the page's state: the same file.
			if again := New(st.Inputs, st.Fragment(), "A name", "a note"); !bytes.Equal(again.Encode(), g.Encode()) {
				t.Errorf("saved from the applied state:\n%s\nwant\n%s", again.Encode(), g.Encode())
			}
		})
	}
}

// TestDecodeLongNumber: a number with many digits is still a number.
func TestDecodeLongNumber(t *testing.T) {
	in := strings.Replace(good, `"tech":0.85`, `"tech":0.`+strings.Repeat("1", 2000), 1)
	f, err := Decode([]byte(in))
	if err != nil || f.A.Tech != 0.11 {
		t.Errorf("Decode(tech 0.111…) = %+v, %v; want tech 0.11", f.A, err)
	}
}

func TestNewCutsText(t *testing.T) {
	f := New(model.Default(), "", strings.Repeat("名", MaxNameLen+5), strings.Repeat("n", MaxNoteLen+5))
	if _, err := Decode(f.Encode()); err != nil {
		t.Errorf("a new scenario with long texts does not decode: %v", err)
	}
}

// FuzzDecode: the JSON reader accepts what encoding/json accepts and reads
// the same values; Decode never panics; what it accepts re-encodes to a file it
// accepts again, equal, whose fragment the page's parser applies without a
// problem.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(good))
	f.Add(New(model.Default(), "b.tech=0.3", "x", "y").Encode())
	f.Add([]byte(`{"schema":"cyberdilemma.scenario/1","model_version":1,"a":{"tech":1,"discourse":0,"attribution":1e-3,"dialogue":0.5,"us":"defense","china":"offense"},"b":null}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`not json`))
	f.Add([]byte(`{"a":[1,-0,2.5e-3,"\u00e9\ud83d\ude00",true,null]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) <= MaxSize {
			checkParse(t, data)
		}
		sc, err := Decode(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Message("en") == "" || e.Message("zh-TW") == "" {
				t.Fatalf("Decode error %v is not a described *Error", err)
			}
			return
		}
		again, err := Decode(sc.Encode())
		if err != nil || !bytes.Equal(again.Encode(), sc.Encode()) {
			t.Fatalf("re-decode of %s = %v, %s", sc.Encode(), err, again.Encode())
		}
		st, problems := view.Parse(sc.Fragment(), view.Default())
		if len(problems) > 0 {
			t.Fatalf("view.Parse(%q) = %v", sc.Fragment(), problems)
		}
		if st.Inputs != sc.A.Inputs(sc.ModelVersion) || st.Compare != (sc.B != nil) || sc.B != nil && SideOf(st.B) != *sc.B {
			t.Fatalf("view.Parse(%q) = %+v, want the scenario %+v", sc.Fragment(), st, sc)
		}
	})
}
