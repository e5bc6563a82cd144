package scenario

// StorageKey is the localStorage key under which the page keeps My
// scenarios (EncodeList).
const StorageKey = "dilemma.scenarios"

// MaxKept caps My scenarios; keeping one more drops the oldest.
const MaxKept = 50

// Keep appends f to My scenarios and keeps the newest MaxKept: it returns
// the list and the oldest scenarios that made room, if any (the page says
// which were dropped).
func Keep(list []File, f File) (kept, dropped []File) {
	list = append(list, f)
	if n := len(list) - MaxKept; n > 0 {
		dropped = append([]File(nil), list[:n]...)
		list = append(list[:0:0], list[n:]...)
	}
	return list, dropped
}

// EncodeList returns My scenarios as the page stores them: a JSON array of
// scenario files, oldest first, at most MaxKept (the newest).
func EncodeList(list []File) string {
	if len(list) > MaxKept {
		list = list[len(list)-MaxKept:]
	}
	b := []byte{'['}
	for i, f := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFile(b, f, false)
	}
	return string(append(b, ']'))
}

// DecodeList reads what EncodeList stored. An entry that is not a valid
// scenario (another program's, or an older format) is dropped rather than
// failing the list; a store that is not an array reads as empty.
func DecodeList(s string) []File {
	v, err := parseJSON([]byte(s))
	if err != nil || v.kind != jsonArray {
		return nil
	}
	var out []File
	for _, item := range v.items {
		if f, err := decodeValue(item); err == nil {
			out = append(out, f)
		}
	}
	if len(out) > MaxKept {
		out = out[len(out)-MaxKept:]
	}
	return out
}
