package model

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits of the codec: anything longer is refused before it is parsed, so
// that the work per request is bounded.
const (
	// MaxQueryLen is the longest query or fragment accepted, in bytes.
	MaxQueryLen = 1024
	// MaxValueLen is the longest single value accepted, in bytes.
	MaxValueLen = 32
)

// ParamError is a bad input: the parameter it concerns and a message that
// names the parameter and the allowed range or values.
type ParamError struct {
	// Param is the offending key ("tech", "steps", …), or "query" for the
	// query as a whole.
	Param string `json:"param"`
	// Message is a sentence for people, e.g. `tech must be a number in [0, 1]; got "1.5"`.
	Message string `json:"message"`
	// Kind, Got, Min and Max describe the problem for callers that write
	// their own message (the page translates it): Kind is one of the Err…
	// constants, Got the offending value (truncated), Min and Max the range
	// for ErrKindRange.
	Kind     string  `json:"-"`
	Got      string  `json:"-"`
	Min, Max float64 `json:"-"`
}

// Kinds of ParamError.
const (
	ErrKindRange     = "range"     // a number missing, malformed or out of [Min, Max]
	ErrKindPosture   = "posture"   // not offense or defense
	ErrKindUnknown   = "unknown"   // an unknown key
	ErrKindDuplicate = "duplicate" // a key given twice
	ErrKindEncoding  = "encoding"  // malformed percent-encoding
	ErrKindTooLong   = "too-long"  // the query is over MaxQueryLen
	ErrKindEmptyKey  = "empty-key" // "=value" with no key
	ErrKindPreset    = "preset"    // an unknown preset
)

// Error returns "model: " followed by the message.
func (e *ParamError) Error() string { return "model: " + e.Message }

// Truncate shortens a user-supplied value for an error message to at most
// MaxValueLen bytes plus "…", cutting at a rune boundary.
func Truncate(s string) string { return truncate(s) }

// truncate shortens a user-supplied value for an error message.
func truncate(s string) string {
	if len(s) <= MaxValueLen {
		return s
	}
	cut := MaxValueLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func rangeError(p Param, got string) *ParamError {
	got = truncate(got)
	return &ParamError{Param: p.Key, Kind: ErrKindRange, Got: got, Min: p.Min, Max: p.Max,
		Message: p.Key + " must be a number in [" + ftoa(p.Min) + ", " + ftoa(p.Max) + "]; got " + strconv.Quote(got)}
}

func postureError(key, got string) *ParamError {
	got = truncate(got)
	return &ParamError{Param: key, Kind: ErrKindPosture, Got: got, Message: key + " must be offense or defense; got " + strconv.Quote(got)}
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// UnescapeKey decodes a query key as Parse does ("%74ech" is "tech"),
// for the callers that read keys of their own (state B's b.<key>), so that
// they accept the same spellings as Parse.
func UnescapeKey(s string) (string, bool) { return unescape(s) }

// unescape decodes a query component as url.QueryUnescape does ("+" is a
// space, "%XX" a byte) without importing net/url, which would weigh on the
// browser's binary.
func unescape(s string) (string, bool) {
	if !strings.ContainsAny(s, "%+") {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
				return "", false
			}
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}

func ishex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// Options say which keys besides the model's inputs a query may carry.
type Options struct {
	// Extra lists further keys that are allowed; their raw values are
	// returned in Query.Extra for the caller to validate.
	Extra []string
	// Ranges allows a numeric input to be a range "lo..hi" (0 ≤ lo ≤ hi ≤
	// 1), read as a 90 % interval (uncertainty.go). Without it a range is
	// an error naming the input.
	Ranges bool
}

// Query is a parsed query or fragment.
type Query struct {
	// Inputs are the inputs: the preset's (or the defaults) overridden by the
	// keys present.
	Inputs Inputs
	// Preset is the preset named by preset=, or "".
	Preset string
	// Set lists the input keys present, in canonical order of Params then us, china.
	Set []string
	// Extra holds the values of the allowed extra keys that were present.
	Extra map[string]string
	// Ranges holds each numeric input's range: a point (the input's value)
	// unless the query gave "lo..hi" (Options.Ranges); Inputs then holds
	// the range's middle.
	Ranges Ranges
}

// inputKeys are the keys of Inputs in canonical order; "v" is the model
// version (absent means the newest).
var inputKeys = [...]string{"tech", "discourse", "attribution", "dialogue", "us", "china", "v"}

// Parse parses a URL query or fragment ("tech=0.85&us=offense", with or
// without a leading "?" or "#") strictly: it returns the first problem as a
// *ParamError. Missing keys take the preset's values (preset=) or the
// defaults. Keys may appear once; unknown keys, empty values, numbers that are
// not finite or out of [0, 1], postures other than offense and defense, a
// v= that is not a released model version, malformed percent-encoding and
// over-long input are errors. Without v= the newest version reads the inputs.
func Parse(raw string, opt Options) (Query, error) {
	q, errs := decode(raw, Default(), opt, true)
	if len(errs) > 0 {
		return q, errs[0]
	}
	return q, nil
}

// Decode parses a fragment leniently for the page: it never fails, but
// returns the nearest valid state and every problem found. A number out of
// range is clamped into it; any other bad value keeps base's value (the
// page's current state); unknown and repeated keys are reported and ignored
// (the first occurrence wins). A v= that is not a released version is
// reported and the newest version is used, as when v= is absent.
func Decode(raw string, base Inputs, opt Options) (Query, []*ParamError) {
	return decode(raw, base.Clamp(), opt, false)
}

func decode(raw string, base Inputs, opt Options, strict bool) (Query, []*ParamError) {
	q := Query{Inputs: base}
	q.Inputs.Version = Version // absent means the newest, whatever base was
	var errs []*ParamError
	fail := func(e *ParamError) bool {
		errs = append(errs, e)
		return strict
	}
	raw = strings.TrimPrefix(strings.TrimPrefix(raw, "#"), "?")
	if len(raw) > MaxQueryLen {
		fail(&ParamError{Param: "query", Kind: ErrKindTooLong, Got: strconv.Itoa(len(raw)), Max: MaxQueryLen,
			Message: "query must be at most " + strconv.Itoa(MaxQueryLen) + " bytes; got " + strconv.Itoa(len(raw))})
		return q, errs
	}
	type kv struct{ k, v string }
	var pairs []kv
	seen := map[string]bool{}
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		key, ok := unescape(k)
		if !ok || !utf8.ValidString(key) {
			if fail(&ParamError{Param: "query", Kind: ErrKindEncoding, Got: truncate(k), Message: "query has a malformed key " + strconv.Quote(truncate(k))}) {
				return q, errs
			}
			continue
		}
		if key == "" {
			if fail(&ParamError{Param: "query", Kind: ErrKindEmptyKey, Message: "query has a parameter with an empty name"}) {
				return q, errs
			}
			continue
		}
		val, ok := unescape(v)
		if !ok {
			if fail(&ParamError{Param: key, Kind: ErrKindEncoding, Got: truncate(v), Message: truncate(key) + " has malformed percent-encoding; got " + strconv.Quote(truncate(v))}) {
				return q, errs
			}
			continue
		}
		if !known(key, opt) {
			if fail(&ParamError{Param: truncate(key), Kind: ErrKindUnknown, Got: truncate(key), Message: "unknown parameter " + strconv.Quote(truncate(key)) + "; allowed: " + strings.Join(allowed(opt), ", ")}) {
				return q, errs
			}
			continue
		}
		if seen[key] {
			if fail(&ParamError{Param: key, Kind: ErrKindDuplicate, Message: key + " is given more than once"}) {
				return q, errs
			}
			continue
		}
		seen[key] = true
		pairs = append(pairs, kv{key, val})
	}
	// The preset comes first, whatever its place, so that explicit keys
	// override it.
	for _, p := range pairs {
		if p.k != "preset" {
			continue
		}
		pr, ok := PresetByID(p.v)
		if !ok {
			if fail(&ParamError{Param: "preset", Kind: ErrKindPreset, Got: truncate(p.v), Message: "preset must be one of " + strings.Join(PresetIDs(), ", ") + "; got " + strconv.Quote(truncate(p.v))}) {
				return q, errs
			}
			continue
		}
		q.Preset = pr.ID
		q.Inputs = pr.Inputs
		q.Inputs.Version = Version
		if pr.Ranges != nil && opt.Ranges {
			q.Ranges = *pr.Ranges
		}
	}
	for _, p := range pairs {
		switch p.k {
		case "preset":
		case "v":
			v, ok := parseVersion(p.v)
			if !ok {
				if fail(versionError(p.v)) {
					return q, errs
				}
				continue
			}
			q.Inputs.Version = v
			q.Set = append(q.Set, p.k)
		case "us", "china":
			if p.v == "" || len(p.v) > MaxValueLen {
				if fail(postureError(p.k, p.v)) {
					return q, errs
				}
				continue
			}
			v, ok := ParsePosture(p.v)
			if !ok {
				if fail(postureError(p.k, p.v)) {
					return q, errs
				}
				continue
			}
			if p.k == "us" {
				q.Inputs.US = v
			} else {
				q.Inputs.China = v
			}
			q.Set = append(q.Set, p.k)
		default:
			par, ok := ParamByKey(p.k)
			if !ok { // an allowed extra key
				if q.Extra == nil {
					q.Extra = map[string]string{}
				}
				q.Extra[p.k] = p.v
				continue
			}
			if lo, hi, ok := strings.Cut(p.v, ".."); ok && opt.Ranges {
				r, e := parseRange(par, p.v, lo, hi)
				if e != nil {
					if fail(e) {
						return q, errs
					}
					continue
				}
				q.Ranges[par.index] = r
				q.Inputs = par.Set(q.Inputs, r.Mid())
				q.Set = append(q.Set, p.k)
				continue
			}
			v, err := parseNumber(p.v)
			if err != nil || v < par.Min || v > par.Max {
				if fail(rangeError(par, p.v)) {
					return q, errs
				}
				if err == nil { // nearest valid value
					q.Inputs = par.Set(q.Inputs, math.Min(par.Max, math.Max(par.Min, v)))
					q.Set = append(q.Set, p.k)
				}
				continue
			}
			q.Inputs = par.Set(q.Inputs, v)
			q.Ranges[par.index] = Range{v, v}
			q.Set = append(q.Set, p.k)
		}
	}
	q.Set = canonicalOrder(q.Set)
	for i, par := range Params {
		if r := q.Ranges[i]; r.Lo == 0 && r.Hi == 0 || r.Point() {
			v := par.Value(q.Inputs)
			q.Ranges[i] = Range{v, v}
		}
	}
	return q, errs
}

// parseRange reads "lo..hi" for par: two plain numbers in par's range with
// lo ≤ hi.
func parseRange(par Param, raw, lo, hi string) (Range, *ParamError) {
	a, errA := parseNumber(lo)
	b, errB := parseNumber(hi)
	if errA != nil || errB != nil || a < par.Min || b > par.Max || a > b {
		got := truncate(raw)
		return Range{}, &ParamError{Param: par.Key, Kind: ErrKindRange, Got: got, Min: par.Min, Max: par.Max,
			Message: par.Key + " must be a number or a range lo..hi with " + ftoa(par.Min) + " ≤ lo ≤ hi ≤ " + ftoa(par.Max) + "; got " + strconv.Quote(got)}
	}
	return Range{a, b}, nil
}

// parseNumber accepts a plain decimal number (no NaN, Inf, hex or
// underscores) of at most MaxValueLen bytes.
func parseNumber(s string) (float64, error) {
	if s == "" || len(s) > MaxValueLen {
		return 0, strconv.ErrSyntax
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E' {
			return 0, strconv.ErrSyntax
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, strconv.ErrSyntax
	}
	if v == 0 {
		v = 0 // "-0" is 0
	}
	return v, nil
}

func known(key string, opt Options) bool {
	if key == "preset" {
		return true
	}
	for _, k := range inputKeys {
		if k == key {
			return true
		}
	}
	for _, k := range opt.Extra {
		if k == key {
			return true
		}
	}
	return false
}

func allowed(opt Options) []string {
	out := append([]string{}, inputKeys[:]...)
	out = append(out, "preset")
	return append(out, opt.Extra...)
}

func canonicalOrder(set []string) []string {
	if len(set) < 2 {
		return set
	}
	out := set[:0:0]
	for _, k := range inputKeys {
		for _, s := range set {
			if s == k {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// Encode returns the canonical encoding of in: every key in fixed order,
// numbers with two decimals, and the model version, e.g.
// "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2".
// Inputs are clamped first (version 0 becomes the newest), so the result
// always parses, and a link made from it keeps its meaning when a newer
// model version is released.
func (in Inputs) Encode() string {
	return string(in.AppendEncode(make([]byte, 0, 96)))
}

// AppendEncode appends the canonical encoding of in to b.
func (in Inputs) AppendEncode(b []byte) []byte { return appendEncode(b, in, nil) }

// AppendEncodeRanges appends the canonical encoding of in with each input
// that rg makes a range written as "lo..hi" (two decimals each) instead of
// its value: the page's link for a state with judgments. Points encode as
// Encode does.
func AppendEncodeRanges(b []byte, in Inputs, rg Ranges) []byte { return appendEncode(b, in, &rg) }

// appendEncode writes the canonical encoding, with rg's ranges when rg is
// not nil.
func appendEncode(b []byte, in Inputs, rg *Ranges) []byte {
	in = in.Clamp()
	for i, p := range Params {
		if i > 0 {
			b = append(b, '&')
		}
		b = append(b, p.Key...)
		b = append(b, '=')
		if rg != nil {
			if lo, hi := round2(clamp01(rg[i].Lo)), round2(clamp01(rg[i].Hi)); lo < hi {
				b = strconv.AppendFloat(b, lo+0, 'f', 2, 64)
				b = append(b, ".."...)
				b = strconv.AppendFloat(b, hi, 'f', 2, 64)
				continue
			}
		}
		v := round2(p.Value(in))
		if v == 0 {
			v = 0 // no "-0.00"
		}
		b = strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	b = append(b, "&us="...)
	b = append(b, in.US.String()...)
	b = append(b, "&china="...)
	b = append(b, in.China.String()...)
	b = append(b, "&v="...)
	return strconv.AppendInt(b, int64(in.Version), 10)
}

// String returns the canonical encoding.
func (in Inputs) String() string { return in.Encode() }
