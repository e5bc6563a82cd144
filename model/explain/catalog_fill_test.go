package explain

import (
	"strings"
	"testing"
)

// Fill agrees with a strings.Replacer, the way tr used to fill texts.
func TestFillMatchesReplacer(t *testing.T) {
	args := []string{"world", "双重危险", "value", "0.21", "band", "low"}
	r := strings.NewReplacer("{world}", "双重危险", "{value}", "0.21", "{band}", "low")
	for _, s := range []string{"", "plain", "{world}", "{value} · {band}", "a {x} b {value}", "{{value}}", "{", "}{", "{value", "end {band}"} {
		if got, want := Fill(s, args...), r.Replace(s); got != want {
			t.Errorf("Fill(%q) = %q, want %q", s, got, want)
		}
	}
	for _, l := range Langs {
		for key, s := range catalogs[l] {
			if got, want := Fill(s, args...), r.Replace(s); got != want {
				t.Errorf("%s %s: Fill = %q, Replacer = %q", l, key, got, want)
			}
		}
	}
}

func TestFill(t *testing.T) {
	tests := []struct {
		name, s string
		args    []string
		want    string
	}{
		{"two", "{a} and {b}", []string{"a", "1", "b", "2"}, "1 and 2"},
		{"repeated", "{a}{a}", []string{"a", "x"}, "xx"},
		{"unknown stays", "{a} {c}", []string{"a", "1"}, "1 {c}"},
		{"values are not expanded", "{a}", []string{"a", "{b}", "b", "no"}, "{b}"},
		{"unclosed", "{a} {", []string{"a", "1"}, "1 {"},
		{"no args", "{a}", nil, "{a}"},
		{"multibyte", "强度{value}（{band}）", []string{"value", "0.21", "band", "低"}, "强度0.21（低）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fill(tt.s, tt.args...); got != tt.want {
				t.Errorf("Fill(%q, %q) = %q, want %q", tt.s, tt.args, got, tt.want)
			}
		})
	}
	defer func() {
		if recover() == nil {
			t.Errorf("Fill with an odd number of args did not panic")
		}
	}()
	Fill("{a}", "a")
}

func TestLookupAndText(t *testing.T) {
	if s, ok := Lookup(ZhTW, "band.low"); !ok || s != "低" {
		t.Errorf("Lookup(zh-TW, band.low) = %q, %v", s, ok)
	}
	if s, ok := Lookup(Lang(9), "band.low"); !ok || s != "low" {
		t.Errorf("Lookup(9, band.low) = %q, %v, want the English", s, ok)
	}
	if s, ok := Lookup(En, "no.such.key"); ok || s != "" {
		t.Errorf("Lookup(no.such.key) = %q, %v", s, ok)
	}
	if got, want := Text(ZhCN, "figure.title", "world", "双重危险"), "世界：双重危险"; got != want {
		t.Errorf("Text(figure.title) = %q, want %q", got, want)
	}
	if got, want := Text(En, "no.such.key"), "⟦no.such.key⟧"; got != want {
		t.Errorf("Text(no.such.key) = %q, want %q", got, want)
	}
}
