package explain

import (
	"strings"

	"github.com/dilemma/cyberdilemma/model"
)

// Message returns the message of e in l: a sentence that names the
// parameter (its key, and in Chinese its name beside it) and the allowed
// range or values. In English it is the model's own message when e has one.
// A nil e gives "".
func Message(l Lang, e *model.ParamError) string {
	if e == nil {
		return ""
	}
	l = l.valid()
	if l == En && e.Message != "" {
		return e.Message
	}
	param := paramLabel(l, e.Param)
	got := quoted(l, e.Got)
	switch e.Kind {
	case model.ErrKindRange:
		return tr(l, "err.range", "param", param, "min", Number(l, e.Min, -1), "max", Number(l, e.Max, -1), "got", got)
	case model.ErrKindPosture:
		return tr(l, "err.posture", "param", param, "got", got)
	case model.ErrKindUnknown:
		return tr(l, "err.unknown", "got", got)
	case model.ErrKindDuplicate:
		return tr(l, "err.duplicate", "param", param)
	case model.ErrKindEncoding:
		if e.Param == "query" {
			return tr(l, "err.encoding.key", "got", got)
		}
		return tr(l, "err.encoding", "param", param, "got", got)
	case model.ErrKindTooLong:
		return tr(l, "err.too-long", "max", Number(l, e.Max, 0), "got", e.Got)
	case model.ErrKindEmptyKey:
		return tr(l, "err.empty-key")
	case model.ErrKindPreset:
		return tr(l, "err.preset", "list", strings.Join(model.PresetIDs(), ", "), "got", got)
	case model.ErrKindVersion:
		return tr(l, "err.version", "min", Number(l, e.Min, 0), "max", Number(l, e.Max, 0), "got", got)
	default:
		return tr(l, "err.other", "param", param)
	}
}

// paramLabel names a parameter in a message: its key, which is what the
// reader typed, and in Chinese its name after it, "tech（美国技术份额）".
func paramLabel(l Lang, key string) string {
	name := InputName(l, strings.TrimPrefix(key, "b.")) // b.tech: state B's tech (compare)
	if l == En || name == key {
		return key
	}
	return key + "（" + name + "）"
}
