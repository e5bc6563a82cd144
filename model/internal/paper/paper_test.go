package paper

import "testing"

func TestContains(t *testing.T) {
	text := Text()
	for quote, want := range map[string]bool{
		"Which country has the dominant technology will occupy the dominant position of cyberspace.": true,
		"the United States in fiscal year 2019, $8 billion over budget for security":                 true, // a Markdown \$ in the file
		"In 1999 -2010, the two sides folk hackers … can always be properly resolved.":               true,
		"Which country has the dominant technology will occupy the dominant position of the moon.":   false,
		"In 1999 -2010, the two sides folk hackers … can never be resolved.":                         false,
	} {
		if got := Contains(text, quote); got != want {
			t.Errorf("Contains(%q) = %v, want %v", quote, got, want)
		}
	}
}
