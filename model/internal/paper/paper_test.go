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

// TestContainsRefusesVacuousQuotes holds the cases that passed before the
// checker looked at more than "each part is somewhere in the paper".
func TestContainsRefusesVacuousQuotes(t *testing.T) {
	text := Text()
	for name, quote := range map[string]string{
		"empty":           "",
		"blank":           "  \n ",
		"only an elision": "…",
		"empty part":      "Which country has the dominant technology … ",
		"leading elision": " … will occupy the dominant position of cyberspace",
		"reversed order":  "can always be properly resolved. … In 1999 -2010, the two sides folk hackers",
		"tiny parts":      "the … of … China",
		"one tiny part":   "In 1999 -2010, the two sides folk hackers … of China",
		"short whole":     "cyber security",
		"three words":     "the United States",
	} {
		if Contains(text, quote) {
			t.Errorf("%s: Contains(%q) = true, want false", name, quote)
		}
	}
}

// TestContainsOrderUsesLaterOccurrence: a part found earlier in the paper
// than the part before it still passes if the paper holds it again later.
func TestContainsOrderUsesLaterOccurrence(t *testing.T) {
	text := Text()
	q := "the first round of law enforcement … China and the United States are"
	if !Contains(text, q) {
		t.Errorf("Contains(%q) = false, want true", q)
	}
	if !Contains("a b c d x e f g h y a b c d", "e f g h … a b c d") {
		t.Error("a repeated part after the first one was not found")
	}
}
