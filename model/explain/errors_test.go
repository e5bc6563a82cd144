package explain

import (
	"strings"
	"testing"

	"github.com/dilemma/cyberdilemma/model"
)

func parseErr(t *testing.T, q string) *model.ParamError {
	t.Helper()
	_, err := model.Parse(q, model.Options{})
	pe, ok := err.(*model.ParamError)
	if !ok {
		t.Fatalf("Parse(%q) = %v, want a *model.ParamError", q, err)
	}
	return pe
}

func TestMessage(t *testing.T) {
	tests := []struct {
		query string
		want  []string // in every Chinese message
	}{
		{"tech=1.5", []string{"tech", "[0, 1]", "1.5"}},
		{"dialogue=x", []string{"dialogue", "[0, 1]", "x"}},
		{"attribution=-1", []string{"attribution", "[0, 1]"}},
		{"us=attack", []string{"us", "offense", "defense", "attack"}},
		{"tempo=1", []string{"tempo"}},
		{"tech=0.1&tech=0.2", []string{"tech"}},
		{"tech=%zz", []string{"tech", "%zz"}},
		{"%zz=1", []string{"%zz"}},
		{"=1", []string{"查"}},
		{"preset=nope", []string{"preset", "baseline-2018", "nope"}},
		{strings.Repeat("a", model.MaxQueryLen+1), []string{"1024"}},
	}
	for _, tt := range tests {
		pe := parseErr(t, tt.query)
		if got := Message(En, pe); got != pe.Message {
			t.Errorf("Message(en, %q) = %q, want the model's %q", tt.query, got, pe.Message)
		}
		for _, l := range []Lang{ZhCN, ZhTW} {
			got := Message(l, pe)
			if msg := checkZh(l, got, pe.Message); msg != "" {
				t.Errorf("Message(%v, %q) %s: %q", l, tt.query, msg, got)
			}
			for _, w := range tt.want {
				w = strings.ReplaceAll(w, "查", map[Lang]string{ZhCN: "查询", ZhTW: "查詢"}[l])
				if !strings.Contains(got, w) {
					t.Errorf("Message(%v, %q) = %q, want it to contain %q", l, tt.query, got, w)
				}
			}
		}
	}
	// The Chinese name of the parameter stands beside its key.
	if got := Message(ZhCN, parseErr(t, "tech=2")); !strings.Contains(got, "美国技术份额") {
		t.Errorf("Message(zh-CN, tech=2) = %q: no name", got)
	}
	// Errors made by hand: the English is built when the model gave none.
	pe := &model.ParamError{Param: "steps", Kind: model.ErrKindRange, Got: "0", Min: 1, Max: 500}
	if got := Message(En, pe); got != `steps must be a number in [1, 500]; got “0”` {
		t.Errorf("Message(en, steps) = %q", got)
	}
	if got := Message(ZhTW, pe); !strings.Contains(got, "steps（回合數）") || !strings.Contains(got, "[1, 500]") {
		t.Errorf("Message(zh-TW, steps) = %q", got)
	}
	if Message(ZhCN, nil) != "" {
		t.Error("Message(zh-CN, nil) is not empty")
	}
	var side model.Side
	err := side.UnmarshalText([]byte("moon"))
	if got := Message(ZhCN, err.(*model.ParamError)); !strings.Contains(got, "side") {
		t.Errorf("Message(zh-CN, side) = %q", got)
	}
}
