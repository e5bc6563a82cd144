package model

import "strconv"

// Version is the newest model version: the one used when a link, a query or
// an API call names none. A released version never changes its answers: each
// stays available, frozen, under its number (key v= in the fragment, the
// query and the API), and a test holds version 1 to its golden answers
// (testdata/assess-v1.golden) byte for byte.
//
// Version 1 (the first release) is DESIGN.md 2.2 as first written.
// Version 2 changes two things, each for a reason given where it is coded:
//   - the reaction falls faster as defense gains the advantage
//     (Reaction: (1−S)·(1+O)²·ReactionScaleV2 instead of (1−S)·(1+O)), so
//     that the paper's second future holds for China's technology lead
//     alone, "regardless of whether there is consensus";
//   - Posen's first condition reads attribution < 0.5 instead of S < 0.5,
//     since dialogue clears misunderstandings after a crisis and does not
//     let a side assess the other's technology and intentions beforehand.
const Version = 2

// Versions lists every released model version, oldest first.
var Versions = [...]int{1, 2}

// ValidVersion reports whether v is a released model version.
func ValidVersion(v int) bool { return v >= Versions[0] && v <= Version }

// ErrKindVersion is the kind of a ParamError for an unknown v=.
const ErrKindVersion = "version"

// versionError reports an unknown model version given as v=.
func versionError(got string) *ParamError {
	got = truncate(got)
	return &ParamError{Param: "v", Kind: ErrKindVersion, Got: got, Min: float64(Versions[0]), Max: Version,
		Message: "v must be a model version, 1 to " + strconv.Itoa(Version) + "; got " + strconv.Quote(got)}
}

// parseVersion reads v=: a released version number written plainly ("1",
// "2"; no sign, no leading zero, no decimals).
func parseVersion(s string) (int, bool) {
	if s == "" || len(s) > 3 || s[0] == '0' {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = 10*v + int(s[i]-'0')
	}
	return v, ValidVersion(v)
}
