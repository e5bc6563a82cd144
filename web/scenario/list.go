package scenario

import "encoding/json"

// StorageKey is the localStorage key under which the page keeps My
// scenarios (EncodeList).
const StorageKey = "dilemma.scenarios"

// MaxKept caps My scenarios; keeping one more drops the oldest.
const MaxKept = 50

// EncodeList returns My scenarios as the page stores them: a JSON array of
// scenario files, oldest first, at most MaxKept (the newest).
func EncodeList(list []File) string {
	if len(list) > MaxKept {
		list = list[len(list)-MaxKept:]
	}
	if list == nil {
		list = []File{}
	}
	b, err := json.Marshal(list)
	if err != nil {
		panic("scenario: a File always marshals: " + err.Error()) // programmer error
	}
	return string(b)
}

// DecodeList reads what EncodeList stored. An entry that is not a valid
// scenario (another program's, or an older format) is dropped rather than
// failing the list; a store that is not an array reads as empty.
func DecodeList(s string) []File {
	var raw []json.RawMessage
	if json.Unmarshal([]byte(s), &raw) != nil {
		return nil
	}
	var out []File
	for _, r := range raw {
		if f, err := Decode(r); err == nil {
			out = append(out, f)
		}
	}
	if len(out) > MaxKept {
		out = out[len(out)-MaxKept:]
	}
	return out
}
