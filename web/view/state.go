package view

import (
	"strconv"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// State is everything the page's URL fragment holds.
type State struct {
	Inputs model.Inputs
	// Preset is the preset the user picked, while the inputs are still
	// its own; "" otherwise.
	Preset string
	// Lang is the page's language tag: the URL's lang=, else the language
	// the page had (see PickLang), else i18n.Default.
	Lang string
	// Theme forces a colour scheme: "light", "dark" or "projector" (large
	// text, thick lines, contrast ≥ 7:1; theme=light|dark|projector); ""
	// follows the browser (theme=auto, or no theme key).
	Theme string
	// NoControls hides the inputs of the embed, which then shows the
	// results only (controls=0).
	NoControls bool
	// View is what the spiral's canvas shows: "" the spiral (view=spiral
	// or no key), "plane" Richardson's phase plane (view=plane).
	View string
	// Spread holds each numeric input's half-width when the reader judges
	// it a range rather than a point (0): the range is the input ± its
	// spread, within [0, 1] (Ranges).
	Spread [len(model.Params)]float64
	// Samples and Seed set the Monte Carlo of a state with ranges; 0 and
	// !HasSeed mean the defaults (model.DefaultSamples, model.DefaultSeed).
	Samples int
	Seed    uint64
	HasSeed bool
	// Compare is on when the page shows state B beside A (compare=1, or any
	// b.* key). B is B's inputs; it is read by A's model version (its
	// Version is kept equal to A's), and starts as a copy of A.
	Compare bool
	B       model.Inputs
}

// BState returns B as a State of its own (A's language, theme, view and
// model version; no ranges), for the views of B's results and spiral.
func (s State) BState() State {
	b := s.B
	b.Version = s.Inputs.Version
	return State{Inputs: b, Lang: s.Lang, Theme: s.Theme, NoControls: s.NoControls, View: s.View}
}

// SwapAB exchanges A's and B's inputs (each keeps the model version);
// A's ranges and preset, which B does not have, are dropped.
func (s *State) SwapAB() {
	v := s.Inputs.Version
	s.Inputs, s.B = s.B, s.Inputs
	s.Inputs.Version, s.B.Version = v, v
	s.Preset = ""
	s.Spread = [len(model.Params)]float64{}
}

// CopyAToB makes B a copy of A's inputs.
func (s *State) CopyAToB() { s.B = s.Inputs }

// Default returns the state of a page opened without a fragment.
func Default() State {
	return State{Inputs: model.Default(), Lang: i18n.Default}
}

// Ranges returns each numeric input's range: its value ± its spread within
// [0, 1], two decimals; a point where the spread is 0.
func (s State) Ranges() model.Ranges {
	in := s.Inputs.Clamp()
	var r model.Ranges
	for i, p := range model.Params {
		v := p.Value(in)
		r[i] = model.Range{Lo: v, Hi: v}
		if sp := s.Spread[i]; sp > 0 {
			r[i] = model.Range{Lo: round2(max(0, v-sp)), Hi: round2(min(1, v+sp))}
		}
	}
	return r
}

// Uncertain reports whether some input is a range.
func (s State) Uncertain() bool {
	for _, sp := range s.Spread {
		if sp > 0 {
			return true
		}
	}
	return false
}

// MCSamples and MCSeed return the Monte Carlo's settings, defaults filled.
func (s State) MCSamples() int {
	if s.Samples > 0 {
		return s.Samples
	}
	return model.DefaultSamples
}

func (s State) MCSeed() uint64 {
	if s.HasSeed {
		return s.Seed
	}
	return model.DefaultSeed
}

// ApplyPreset moves s to preset p's state, keeping the model version: its
// inputs, and its ranges (spreads) if it has any, else none.
func (s *State) ApplyPreset(p model.Preset) {
	v := s.Inputs.Version
	s.Inputs, s.Preset = p.Inputs, p.ID
	s.Inputs.Version = v
	s.Spread = [len(model.Params)]float64{}
	if p.Ranges != nil {
		for i, r := range p.Ranges {
			mid := r.Mid()
			s.Inputs = model.Params[i].Set(s.Inputs, mid)
			s.Spread[i] = float64(int64((r.Hi-r.Lo)/2*1000+0.5)) / 1000
		}
	}
}

func round2(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }

// Fragment returns s's URL fragment without the "#": the canonical
// model.Inputs.Encode form (inputs with a range as lo..hi, then samples=
// and seed=), then preset= and lang= when they say anything,
// e.g. "tech=0.85&discourse=0.75&attribution=0.20&dialogue=0.60&us=offense&china=defense&v=2".
func (s State) Fragment() string {
	b := make([]byte, 0, 160)
	if s.Uncertain() {
		b = model.AppendEncodeRanges(b, s.Inputs, s.Ranges())
		b = append(b, "&samples="...)
		b = strconv.AppendInt(b, int64(s.MCSamples()), 10)
		b = append(b, "&seed="...)
		b = strconv.AppendUint(b, s.MCSeed(), 10)
	} else {
		b = s.Inputs.AppendEncode(b)
	}
	if s.Preset != "" {
		b = append(b, "&preset="...)
		b = append(b, s.Preset...)
	}
	if s.Lang != "" && s.Lang != i18n.Default {
		b = append(b, "&lang="...)
		b = append(b, s.Lang...)
	}
	b = s.appendB(b)
	return string(s.appendView(s.appendFlags(b)))
}

// appendView appends view= when the canvas shows the phase plane.
func (s State) appendView(b []byte) []byte {
	if s.View == figure.ViewPlane.String() {
		b = append(b, "&view="...)
		b = append(b, s.View...)
	}
	return b
}

// bPrefix marks state B's keys in a fragment or query: b.tech, b.us, …
const bPrefix = "b."

// appendB appends compare=1 and B's inputs as b.-prefixed keys, in the
// canonical order, when compare is on (B's model version is A's, so it
// has no b.v).
func (s State) appendB(b []byte) []byte {
	if !s.Compare {
		return b
	}
	b = append(b, "&compare=1"...)
	enc := s.BState().Inputs.AppendEncode(make([]byte, 0, 96))
	for part := range strings.SplitSeq(string(enc), "&") {
		if strings.HasPrefix(part, "v=") {
			continue
		}
		b = append(b, '&')
		b = append(b, bPrefix...)
		b = append(b, part...)
	}
	return b
}

// SplitB separates state B's keys (b.tech=…, or b%2Etech=…) from the rest
// of a fragment: it returns the rest, and B's keys without their prefix.
// (Not net/url: it would add to the browser's binary for one prefix.)
func SplitB(raw string) (rest, b string, hasB bool) {
	raw = strings.TrimPrefix(strings.TrimPrefix(raw, "#"), "?")
	var rs, bs []string
	for part := range strings.SplitSeq(raw, "&") {
		switch {
		case strings.HasPrefix(part, bPrefix):
			bs = append(bs, part[len(bPrefix):])
		case len(part) >= 4 && strings.EqualFold(part[:4], "b%2E"):
			bs = append(bs, part[4:])
		default:
			rs = append(rs, part)
		}
	}
	if len(bs) == 0 {
		return raw, "", false
	}
	return strings.Join(rs, "&"), strings.Join(bs, "&"), true
}

// appendFlags appends the display flags, theme= and controls=, when they
// say anything.
func (s State) appendFlags(b []byte) []byte {
	if s.Theme != "" {
		b = append(b, "&theme="...)
		b = append(b, s.Theme...)
	}
	if s.NoControls {
		b = append(b, "&controls=0"...)
	}
	return b
}

// SpiralState returns the state the spiral's page draws: the canonical
// inputs, the theme, the language and the view, e.g.
// "tech=0.85&…&china=defense&theme=dark&view=plane".
func (s State) SpiralState() string {
	b := s.Inputs.AppendEncode(make([]byte, 0, 112))
	if s.Theme != "" {
		b = append(b, "&theme="...)
		b = append(b, s.Theme...)
	}
	if s.Lang != "" && s.Lang != "en" {
		b = append(b, "&lang="...)
		b = append(b, s.Lang...)
	}
	return string(s.appendView(b))
}

// Parse reads a URL fragment (with or without "#") on top of cur with
// model.Decode: keys that are present override cur, bad values keep cur's
// (numbers out of range are clamped). It never fails; each problem comes
// back as a sentence in cur's language that says what was used instead,
// e.g. `tech must be a number in [0, 1]; got "abc" — kept 0.85`.
func Parse(fragment string, cur State) (State, []string) {
	base := cur.Inputs.Clamp()
	fragment, bRaw, hasB := SplitB(fragment)
	q, errs := model.Decode(fragment, base, model.Options{Extra: []string{"lang", "theme", "controls", "samples", "seed", "compare", "view"}, Ranges: true})
	// Without lang= the page keeps its language: the reader's pick
	// (PickLang) outlives a fragment that does not say.
	lang := cur.Lang
	if !i18n.Supported(lang) {
		lang = i18n.Default
	}
	next := State{Inputs: q.Inputs, Preset: q.Preset, Lang: lang}
	for i, r := range q.Ranges {
		if !r.Point() {
			next.Spread[i] = float64(int64((r.Hi-r.Lo)/2*1000+0.5)) / 1000
		}
	}
	if next.Preset != "" {
		if p, _ := model.PresetByID(next.Preset); !SamePreset(p, next.Inputs.Clamp().Round2(), next.Ranges()) {
			next.Preset = "" // explicit keys moved the state away from the preset
		}
	}
	var problems []string
	if v, ok := q.Extra["samples"]; ok {
		if n, err := model.ParseSamples(v); err != nil {
			problems = append(problems, i18n.F(lang, "notice.ignored", "message", explain.Message(explain.LangOf(lang), err.(*model.ParamError))))
		} else {
			next.Samples = n
		}
	}
	if v, ok := q.Extra["seed"]; ok {
		if n, err := model.ParseSeed(v); err != nil {
			problems = append(problems, i18n.F(lang, "notice.ignored", "message", explain.Message(explain.LangOf(lang), err.(*model.ParamError))))
		} else {
			next.Seed, next.HasSeed = n, true
		}
	}
	if tag, ok := q.Extra["lang"]; ok {
		if i18n.Supported(tag) {
			next.Lang = tag
			lang = tag
		} else {
			problems = append(problems, i18n.F(lang, "notice.ignored", "message",
				i18n.F(lang, "notice.lang", "langs", strings.Join(i18n.Langs(), ", "), "got", tag)))
		}
	}
	switch v, ok := q.Extra["theme"]; {
	case !ok || v == "auto":
	case v == "light" || v == "dark" || v == "projector":
		next.Theme = v
	default:
		next.Theme = cur.Theme
		problems = append(problems, i18n.F(lang, "notice.ignored", "message", i18n.F(lang, "notice.theme", "got", v)))
	}
	switch v, ok := q.Extra["controls"]; {
	case !ok || v == "1":
	case v == "0":
		next.NoControls = true
	default:
		next.NoControls = cur.NoControls
		problems = append(problems, i18n.F(lang, "notice.ignored", "message", i18n.F(lang, "notice.controls", "got", v)))
	}
	switch v, ok := q.Extra["view"]; {
	case !ok || v == figure.ViewSpiral.String():
	case v == figure.ViewPlane.String():
		next.View = v
	default:
		next.View = cur.View
		problems = append(problems, i18n.F(lang, "notice.ignored", "message", i18n.F(lang, "notice.view", "got", v)))
	}
	for _, e := range errs {
		problems = append(problems, describe(lang, e, base, next.Inputs))
	}
	problems = append(problems, parseB(&next, cur, q.Extra, bRaw, hasB)...) // before next is returned
	return next, problems
}

// CompareOn reads whether a link compares two states, from its compare=
// (in extra) and whether it has state B's b.* keys (hasB): compare=1 turns
// it on, compare=0 off, and without compare= the b.* keys decide. ok is
// false for any other value of compare= (on is then hasB): the page
// ignores it with a notice, the servers answer 400.
func CompareOn(extra map[string]string, hasB bool) (on, ok bool) {
	switch v, given := extra["compare"]; {
	case !given:
		return hasB, true
	case v == "1":
		return true, true
	case v == "0":
		return false, true
	}
	return hasB, false
}

// parseB reads compare= and B's keys into next: compare=1 or any b.* key
// turns compare on (compare=0 turns it off and ignores B's keys); B's
// keys override cur's B, or a copy of A when compare was off. Problems
// name the b.-prefixed key.
func parseB(next *State, cur State, extra map[string]string, bRaw string, hasB bool) []string {
	lang := next.Lang
	var problems []string
	on, ok := CompareOn(extra, hasB)
	if !ok {
		on = on || cur.Compare
		problems = append(problems, i18n.F(lang, "notice.ignored", "message", i18n.F(lang, "notice.compare", "got", extra["compare"])))
	}
	if !on {
		return problems
	}
	next.Compare = true
	base := next.Inputs
	if cur.Compare {
		base = cur.B
	}
	base.Version = next.Inputs.Version
	base = base.Clamp()
	// B has no model version or preset of its own, nor any other key
	// than the six inputs.
	var keep []string
	for part := range strings.SplitSeq(bRaw, "&") {
		k, v, hasV := strings.Cut(part, "=")
		if uk, ok := model.UnescapeKey(k); ok && uk != k {
			k = uk // as model.Parse reads A's keys ("%74ech" is tech)
			if part = k; hasV {
				part += "=" + v
			}
		}
		switch k {
		case "tech", "discourse", "attribution", "dialogue", "us", "china":
			keep = append(keep, part)
		case "":
		default:
			problems = append(problems, i18n.F(lang, "notice.ignored", "message", i18n.F(lang, "notice.bkey", "got", bPrefix+k)))
		}
	}
	q, errs := model.Decode(strings.Join(keep, "&"), base, model.Options{})
	next.B = q.Inputs
	next.B.Version = next.Inputs.Version
	for _, e := range errs {
		e.Param = bPrefix + e.Param
		e.Message = "" // the catalog's message, which names b.<key>
		problems = append(problems, describe(lang, e, base, next.B))
	}
	return problems
}

// describe turns a codec problem into a notice: its message and what the
// page used instead.
func describe(lang string, e *model.ParamError, before, after model.Inputs) string {
	msg := explain.Message(explain.LangOf(lang), e)
	key := strings.TrimPrefix(e.Param, bPrefix) // B's keys are A's
	used := func(was, now string) string {
		key := "notice.using"
		if was == now {
			key = "notice.kept"
		}
		return i18n.F(lang, key, "message", msg, "value", now)
	}
	if p, ok := model.ParamByKey(key); ok {
		return used(i18n.Number(lang, p.Value(before), 2), i18n.Number(lang, p.Value(after), 2))
	}
	switch key {
	case "us":
		return used(before.US.String(), after.US.String())
	case "china":
		return used(before.China.String(), after.China.String())
	}
	return i18n.F(lang, "notice.ignored", "message", msg)
}
