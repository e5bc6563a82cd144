package explain

import (
	"math"
	"testing"
)

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"en", En, true},
		{"EN-us", En, true},
		{"zh-CN", ZhCN, true},
		{"zh", ZhCN, true},
		{"zh_cn", ZhCN, true},
		{"zh-Hans", ZhCN, true},
		{"zh-Hans-CN", ZhCN, true},
		{"zh-SG", ZhCN, true},
		{"zh-TW", ZhTW, true},
		{"zh-Hant", ZhTW, true},
		{"zh-Hant-TW", ZhTW, true},
		{"zh-HK", ZhTW, true},
		{"zh-Hant-CN", ZhTW, true},
		{"zh-Hans-TW", ZhCN, true},
		{"fr", En, false},
		{"", En, false},
		{"zhx", En, false},
	}
	for _, tt := range tests {
		got, ok := ParseLang(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for _, l := range Langs {
		if got, ok := ParseLang(l.String()); !ok || got != l {
			t.Errorf("ParseLang(%q) = %v, %v: tags must round-trip", l.String(), got, ok)
		}
	}
	if Lang(7).String() != "en" {
		t.Errorf("Lang(7).String() = %q, want the fallback en", Lang(7).String())
	}
}

func TestNumbers(t *testing.T) {
	for _, l := range Langs {
		tests := []struct {
			got, want string
		}{
			{Number(l, 0.2146, 2), "0.21"},
			{Number(l, -0.125, 2), "−0.12"},
			{Number(l, -0.001, 2), "0.00"},
			{Number(l, math.NaN(), 2), "–"},
			{Number(l, 0.7, -1), "0.7"},
			{Signed(l, 0.05, 2), "+0.05"},
			{Signed(l, -0.12, 2), "−0.12"},
			{Signed(l, 0.0001, 2), "0.00"},
			{Percent(l, 0.8167, 0), "82%"},
			{Percent(l, 0.5, 0), "50%"},
			{share(l, 0.503), "50.3%"},
		}
		for _, tt := range tests {
			if tt.got != tt.want {
				t.Errorf("%v: got %q, want %q", l, tt.got, tt.want)
			}
		}
	}
}

func TestLangOf(t *testing.T) {
	for _, l := range Langs {
		if got := LangOf(l.String()); got != l {
			t.Errorf("LangOf(%q) = %v", l.String(), got)
		}
		if p, _ := ParseLang(l.String()); p != l {
			t.Errorf("ParseLang(%q) = %v, LangOf %v", l.String(), p, l)
		}
	}
	for _, tag := range []string{"", "xx", "zh", "zh-cn", "EN", "zh-Hant"} {
		if got := LangOf(tag); got != En {
			t.Errorf("LangOf(%q) = %v, want en", tag, got)
		}
	}
}
