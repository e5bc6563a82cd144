package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzAppendJSONString holds AppendJSONString to encoding/json, with and
// without HTML escaping.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `a"b\c`, "\n\r\t\b\f\x00\x1f", "<a href='x'>&</a>", "\u2028\u2029", "中美\xff\xfe", "b.tech=0.85&v=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			if got := AppendJSONString(nil, s, html); !bytes.Equal(got, bytes.TrimRight(want.Bytes(), "\n")) {
				t.Fatalf("AppendJSONString(%q, html %v) = %s, encoding/json %s", s, html, got, want.Bytes())
			}
		}
	})
}
