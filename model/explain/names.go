package explain

import "github.com/dilemma/cyberdilemma/model"

// WorldName returns the name of Jervis's world w in l, e.g. "Aggression
// possible" or "可能发生侵略".
func WorldName(l Lang, w model.World) string { return tr(l, "world."+w.String()) }

// WorldDescription returns one sentence that says what w means in l.
func WorldDescription(l Lang, w model.World) string { return tr(l, "world."+w.String()+".desc") }

// BandName returns the name of the intensity band b in l, e.g. "low" or "低".
func BandName(l Lang, b model.Band) string { return tr(l, "band."+b.String()) }

// PostureName returns the name of the posture p in l: "offense" or
// "defense"; "进攻" or "防御"; "攻勢" or "守勢".
func PostureName(l Lang, p model.Posture) string { return tr(l, "posture."+p.String()) }

// SideName returns the name of a side in l, for use within a sentence:
// "the United States" or "China" for "us" and "china" (any other string is
// returned as it is).
func SideName(l Lang, side string) string {
	if side != "us" && side != "china" {
		return side
	}
	return tr(l, "side."+side)
}

// InputName returns the label of an input or other parameter in l, e.g.
// "Technology share (US)" for "tech" or "对话" for "dialogue"; it covers the
// model's inputs ("tech", "discourse", "attribution", "dialogue", "us",
// "china"), "grievance" (model.Evidence.Informs) and the API's other keys
// ("preset", "steps", "query", "lang", "world", "band", "side"). An unknown
// key is returned as it is.
func InputName(l Lang, key string) string {
	for _, k := range [...]string{"input." + key, "param." + key} {
		if _, ok := textEN[k]; ok {
			return tr(l, k)
		}
	}
	return key
}

// Condition is one of Posen's conditions (1993) as the paper applies them.
type Condition struct {
	// ID is "intentions", "hegemony" or "ideology".
	ID string `json:"id"`
	// Text names the condition in the language asked for.
	Text string `json:"text"`
	// Met reports whether the condition holds.
	Met bool `json:"met"`
}

// PosenConditions returns Posen's three conditions, in the paper's order,
// named in l and marked as met or not by p.
func PosenConditions(l Lang, p model.Posen) []Condition {
	return []Condition{
		{ID: "intentions", Text: tr(l, "posen.intentions"), Met: p.IntentionsUnassessable},
		{ID: "hegemony", Text: tr(l, "posen.hegemony"), Met: p.HegemonyProjected},
		{ID: "ideology", Text: tr(l, "posen.ideology"), Met: p.IdeologyAsTool},
	}
}

// posenSentence says how many of Posen's conditions hold, and which.
func posenSentence(l Lang, p model.Posen) string {
	var met []string
	for _, c := range PosenConditions(l, p) {
		if c.Met {
			met = append(met, c.Text)
		}
	}
	if len(met) == 0 {
		return tr(l, "posen.none")
	}
	return tr(l, "posen.some", "met", Number(l, float64(len(met)), 0), "list", list(l, met))
}
