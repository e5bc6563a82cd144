package figure

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestStyleVars holds web/style.css's colour custom properties equal to
// Vars in its three blocks: the light :root, the dark one under
// prefers-color-scheme, and the one that theme=dark forces.
func TestStyleVars(t *testing.T) {
	b, err := os.ReadFile("../style.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	blocks := []struct {
		name, open string
		dark       bool
	}{
		{"light :root", ":root {", false},
		{"prefers-color-scheme: dark", `:root:not([data-theme="light"]) {`, true},
		{`[data-theme="dark"]`, `:root[data-theme="dark"] {`, true},
	}
	prop := regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;`)
	for _, bl := range blocks {
		i := strings.Index(css, bl.open)
		if i < 0 {
			t.Errorf("style.css has no %q block", bl.open)
			continue
		}
		body := css[i+len(bl.open):]
		body = body[:strings.Index(body, "}")]
		got := map[string]string{}
		for _, m := range prop.FindAllStringSubmatch(body, -1) {
			got[m[1]] = strings.ToLower(m[2])
		}
		var want strings.Builder
		for _, v := range Vars {
			c := CSS(v.Light)
			if bl.dark {
				c = CSS(v.Dark)
			}
			fmt.Fprintf(&want, "  --%s: %s;\n", v.Name, c)
			if got[v.Name] != c {
				t.Errorf("style.css %s: --%s is %q, want %s (web/figure/palette.go)", bl.name, v.Name, got[v.Name], c)
			}
			delete(got, v.Name)
		}
		for name := range got {
			t.Errorf("style.css %s: --%s is not in figure.Vars", bl.name, name)
		}
		if t.Failed() {
			t.Logf("%s should read:\n%s", bl.name, want.String())
		}
	}
}
