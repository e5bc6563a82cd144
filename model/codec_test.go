package model

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestEncodeCanonical(t *testing.T) {
	want := "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2"
	if got := Default().Encode(); got != want {
		t.Errorf("Default().Encode() = %q, want %q", got, want)
	}
	in := Inputs{Tech: 0.004, Discourse: 1, Attribution: -0.001, Dialogue: 0.125, US: Defense, China: Offense}
	if got, want := in.Encode(), "tech=0.00&discourse=1.00&attribution=0.00&dialogue=0.13&us=defense&china=offense&v=2"; got != want {
		t.Errorf("Encode(%#v) = %q, want %q", in, got, want)
	}
	in.Version = 1
	if got, want := in.Encode(), "tech=0.00&discourse=1.00&attribution=0.00&dialogue=0.13&us=defense&china=offense&v=1"; got != want {
		t.Errorf("Encode(%#v) = %q, want %q", in, got, want)
	}
}

// Key v: absent means the newest; 1 and 2 are kept; anything else is an
// error naming v (strict) or reported with the newest used (lenient).
func TestVersionKey(t *testing.T) {
	for raw, want := range map[string]int{"": Version, "tech=0.3": Version, "v=1": 1, "v=2": 2, "tech=0.3&v=1&us=defense": 1, "preset=china-tech-advantage&v=1": 1, "v=1&preset=baseline-2018": 1} {
		q, err := Parse(raw, Options{})
		if err != nil || q.Inputs.Version != want {
			t.Errorf("Parse(%q): version %d, %v; want %d", raw, q.Inputs.Version, err, want)
		}
		if got := Assess(q.Inputs).ModelVersion; got != want {
			t.Errorf("Assess(Parse(%q)).ModelVersion = %d, want %d", raw, got, want)
		}
	}
	for _, bad := range []string{"v=0", "v=3", "v=", "v=01", "v=1.0", "v=+1", "v=-1", "v=two", "v=99999", "v=1&v=1"} {
		_, err := Parse(bad, Options{})
		var pe *ParamError
		if !errors.As(err, &pe) || pe.Param != "v" || (bad != "v=1&v=1" && !strings.Contains(pe.Message, "v must be a model version, 1 to 2")) {
			t.Errorf("Parse(%q) = %v; want an error naming v and the versions", bad, err)
		}
	}
	// The page: an old link's base does not leak into a link without v.
	base := Default()
	base.Version = 1
	if q, errs := Decode("tech=0.5", base, Options{}); q.Inputs.Version != Version || len(errs) != 0 {
		t.Errorf("Decode without v from a version-1 state: version %d, %v", q.Inputs.Version, errs)
	}
	if q, errs := Decode("tech=0.5&v=9", base, Options{}); q.Inputs.Version != Version || q.Inputs.Tech != 0.5 || len(errs) != 1 || errs[0].Param != "v" {
		t.Errorf("Decode with v=9: %v, %v; want the newest version, tech kept, one error naming v", q.Inputs, errs)
	}
	if err := (Inputs{Version: 7}).Validate(); err == nil {
		t.Errorf("Validate accepted version 7")
	}
}

func TestParseGood(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want Inputs
	}{
		{"empty gives defaults", "", Default()},
		{"fragment", "#tech=0.5&us=defense", Inputs{0.5, 0.75, 0.2, 0.6, Defense, Defense, Version}},
		{"query", "?dialogue=1", Inputs{0.85, 0.75, 0.2, 1, Offense, Defense, Version}},
		{"preset then override, any order", "dialogue=0.3&preset=china-tech-advantage", Inputs{0.3, 0.5, 0.2, 0.3, Offense, Defense, Version}},
		{"escaped", "tech=%30.5&china=%6Fffense", Inputs{0.5, 0.75, 0.2, 0.6, Offense, Offense, Version}},
		{"bounds", "tech=0&discourse=1&attribution=0.0&dialogue=1e0", Inputs{0, 1, 0, 1, Offense, Defense, Version}},
		{"stray ampersands", "&&tech=0.4&", Inputs{0.4, 0.75, 0.2, 0.6, Offense, Defense, Version}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.raw, Options{})
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.raw, err)
			}
			if q.Inputs != tt.want {
				t.Errorf("Parse(%q) = %v, want %v", tt.raw, q.Inputs, tt.want)
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct {
		raw, param, contains string
	}{
		{"tech=1.5", "tech", "tech must be a number in [0, 1]"},
		{"tech=-0.1", "tech", "[0, 1]"},
		{"discourse=abc", "discourse", `got "abc"`},
		{"attribution=NaN", "attribution", "[0, 1]"},
		{"attribution=nan", "attribution", "[0, 1]"},
		{"dialogue=Inf", "dialogue", "[0, 1]"},
		{"dialogue=-Inf", "dialogue", "[0, 1]"},
		{"dialogue=+Inf", "dialogue", "[0, 1]"},
		{"tech=0x1p-2", "tech", "[0, 1]"},
		{"tech=1_0", "tech", "[0, 1]"},
		{"tech=", "tech", "[0, 1]"},
		{"tech", "tech", "[0, 1]"},
		{"tech=0.1&tech=0.2", "tech", "more than once"},
		{"us=attack", "us", "offense or defense"},
		{"china=", "china", "offense or defense"},
		{"china=Offense", "china", "offense or defense"},
		{"bogus=1", "bogus", "unknown parameter"},
		{"preset=nope", "preset", "preset must be one of baseline-2018"},
		{"tech=%zz", "tech", "percent-encoding"},
		{"%zz=1", "query", "malformed key"},
		{"tech=" + strings.Repeat("1", 40), "tech", "[0, 1]"},
		{"tech=0." + strings.Repeat("1", 1100), "query", "at most 1024 bytes"},
		{"tech=%ff", "tech", "[0, 1]"},
		{"=1", "query", "empty name"},
		{"=%", "query", "empty name"},
	}
	for _, tt := range tests {
		t.Run(tt.raw[:min(len(tt.raw), 30)], func(t *testing.T) {
			_, err := Parse(tt.raw, Options{})
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error = %v, want a *ParamError", tt.raw, err)
			}
			if pe.Param != tt.param || !strings.Contains(pe.Message, tt.contains) {
				t.Errorf("Parse(%q) = {%q, %q}, want param %q and a message containing %q", tt.raw, pe.Param, pe.Message, tt.param, tt.contains)
			}
			if len(pe.Message) > 400 {
				t.Errorf("Parse(%q): message of %d bytes; user values must be truncated", tt.raw, len(pe.Message))
			}
		})
	}
}

func TestParseExtra(t *testing.T) {
	q, err := Parse("steps=50&tech=0.3", Options{Extra: []string{"steps"}})
	if err != nil || q.Extra["steps"] != "50" || q.Inputs.Tech != 0.3 {
		t.Fatalf("Parse with extra steps: %+v, %v", q, err)
	}
	if _, err := Parse("steps=50", Options{}); err == nil {
		t.Fatalf("Parse(steps=50) without the extra key succeeded")
	}
	if got := strings.Join(q.Set, ","); got != "tech" {
		t.Errorf("Set = %q, want tech", got)
	}
}

func TestDecodeKeepsNearestValidState(t *testing.T) {
	cur := Inputs{0.4, 0.4, 0.4, 0.4, Defense, Defense, Version}
	q, errs := Decode("#tech=abc&dialogue=2&discourse=-1&attribution=0.5&us=x&foo=1&attribution=0.9", cur, Options{})
	want := Inputs{Tech: 0.4, Discourse: 0, Attribution: 0.5, Dialogue: 1, US: Defense, China: Defense, Version: Version}
	if q.Inputs != want {
		t.Errorf("Decode: %v, want %v", q.Inputs, want)
	}
	params := []string{}
	for _, e := range errs {
		params = append(params, e.Param)
	}
	if got := strings.Join(params, ","); got != "foo,attribution,tech,dialogue,discourse,us" {
		t.Errorf("Decode reported %q", got)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, p := range Presets() {
		q, err := Parse(p.Inputs.Encode(), Options{})
		if err != nil || q.Inputs != p.Inputs.Round2() {
			t.Errorf("Parse(Encode(%v)) = %v, %v", p.Inputs, q.Inputs, err)
		}
	}
	in := Inputs{0.123, 0.456, 0.789, 0.999, Defense, Offense, Version}
	q, _ := Parse(in.Encode(), Options{})
	if q.Inputs != in.Round2() || q.Inputs.Encode() != in.Encode() {
		t.Errorf("round trip of %#v gave %#v", in, q.Inputs)
	}
}

func TestValidate(t *testing.T) {
	for _, bad := range []Inputs{
		{Tech: math.NaN()}, {Discourse: 2}, {Attribution: -1}, {Dialogue: math.Inf(1)}, {US: 7}, {China: -1},
	} {
		var pe *ParamError
		if err := bad.Validate(); !errors.As(err, &pe) {
			t.Errorf("Validate(%#v) = %v, want a *ParamError", bad, err)
		}
	}
	if err := Default().Validate(); err != nil {
		t.Errorf("Validate(Default()) = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense",
		"preset=parity&tech=1", "tech=NaN", "%", "tech=1e308", "tech=-0", "us=offense&us=defense", "#?&=", "tech=0.5%00", "=%", "%41=%",
		"tech=0.8..0.9&v=1", "dialogue=0.9..0.1", "v=2&attribution=..", "tech=1..1e0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		// Ranges are allowed: every range parsed is ordered and in [0, 1].
		if q, err := Parse(raw, Options{Ranges: true}); err == nil {
			for i, r := range q.Ranges {
				if !(0 <= r.Lo && r.Lo <= r.Hi && r.Hi <= 1) || q.Inputs.Validate() != nil || Params[i].Value(q.Inputs) != r.Mid() {
					t.Fatalf("Parse(%q) ranges %+v, inputs %v", raw, q.Ranges, q.Inputs)
				}
			}
		}
		q, err := Parse(raw, Options{Extra: []string{"steps", "lang"}})
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) || pe.Param == "" || pe.Message == "" {
				t.Fatalf("Parse(%q) error %v is not a ParamError naming a parameter", raw, err)
			}
			return
		}
		if verr := q.Inputs.Validate(); verr != nil {
			t.Fatalf("Parse(%q) accepted invalid inputs %v: %v", raw, q.Inputs, verr)
		}
		enc := q.Inputs.Encode()
		q2, err := Parse(enc, Options{})
		if err != nil {
			t.Fatalf("Parse(Encode(Parse(%q))) = %v", raw, err)
		}
		if q2.Inputs != q.Inputs.Round2() || q2.Inputs.Encode() != enc {
			t.Fatalf("round trip of %q: %v then %v", raw, q.Inputs, q2.Inputs)
		}
		// The lenient decoder agrees when the strict one accepts.
		d, errs := Decode(raw, Default(), Options{Extra: []string{"steps", "lang"}})
		if len(errs) != 0 || d.Inputs != q.Inputs {
			t.Fatalf("Decode(%q) = %v, %v; Parse gave %v", raw, d.Inputs, errs, q.Inputs)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add("tech=abc&dialogue=2", 0.5)
	f.Add("preset=parity&&us=x", 0.1)
	f.Fuzz(func(t *testing.T, raw string, v float64) {
		base := Inputs{v, v, v, v, Offense, Defense, Version}
		q, _ := Decode(raw, base, Options{})
		if err := q.Inputs.Validate(); err != nil {
			t.Fatalf("Decode(%q, %v) = %v: %v", raw, base, q.Inputs, err)
		}
	})
}

func FuzzAssess(f *testing.F) {
	f.Add(0.85, 0.75, 0.2, 0.6, true, false)
	f.Add(1.0, 1.0, 0.0, 0.0, true, true)
	f.Add(math.NaN(), math.Inf(1), -1.0, 2.0, false, false)
	f.Fuzz(func(t *testing.T, tech, disc, attr, dlg float64, us, cn bool) {
		in := Inputs{tech, disc, attr, dlg, Defense, Defense, Version}
		if us {
			in.US = Offense
		}
		if cn {
			in.China = Offense
		}
		checkAssessment(t, in, Assess(in))
		pts := Spiral(nil, in, 300)
		for _, p := range pts {
			if !finite(p.X, p.Y, p.Radius) || p.Radius < 0 || p.Radius > 1 {
				t.Fatalf("Spiral(%v): point %+v", in, p)
			}
		}
	})
}

// Ranges "lo..hi" where the caller allows them: the input's middle in
// Inputs, the range in Ranges; a point stays a point; without the option, or
// with lo > hi or a bound outside [0, 1], an error naming the input.
func TestParseRanges(t *testing.T) {
	q, err := Parse("tech=0.80..0.90&dialogue=0.6&attribution=0.2..0.2", Options{Ranges: true})
	if err != nil {
		t.Fatal(err)
	}
	if q.Ranges[0] != (Range{0.8, 0.9}) || math.Abs(q.Inputs.Tech-0.85) > 1e-12 || q.Ranges[3] != (Range{0.6, 0.6}) || !q.Ranges[2].Point() || q.Ranges[1] != (Range{0.75, 0.75}) {
		t.Errorf("Parse ranges: %+v, tech %v", q.Ranges, q.Inputs.Tech)
	}
	for _, bad := range []struct {
		raw   string
		opt   Options
		param string
	}{
		{"tech=0.8..0.9", Options{}, "tech"},
		{"tech=0.9..0.8", Options{Ranges: true}, "tech"},
		{"dialogue=-0.1..0.5", Options{Ranges: true}, "dialogue"},
		{"dialogue=0.5..1.1", Options{Ranges: true}, "dialogue"},
		{"discourse=0.5..", Options{Ranges: true}, "discourse"},
		{"discourse=..0.5", Options{Ranges: true}, "discourse"},
		{"discourse=0.1..0.2..0.3", Options{Ranges: true}, "discourse"},
		{"us=offense..defense", Options{Ranges: true}, "us"},
	} {
		_, err := Parse(bad.raw, bad.opt)
		var pe *ParamError
		if !errors.As(err, &pe) || pe.Param != bad.param {
			t.Errorf("Parse(%q, %+v) = %v; want an error naming %s", bad.raw, bad.opt, err, bad.param)
		}
	}
	// Lenient: a bad range keeps the current value.
	q2, errs := Decode("tech=0.9..0.1&dialogue=0.3..0.5", Default(), Options{Ranges: true})
	if len(errs) != 1 || errs[0].Param != "tech" || q2.Inputs.Tech != 0.85 || q2.Ranges[3] != (Range{0.3, 0.5}) {
		t.Errorf("Decode: %v, %+v", errs, q2.Ranges)
	}
}
