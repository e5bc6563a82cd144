package model

import (
	"math"
	"strconv"
)

// Evidence is one figure the paper reports, with the sentence it comes from.
type Evidence struct {
	// ID is a stable key, e.g. "root-servers".
	ID string `json:"id"`
	// Label names the figure.
	Label string `json:"label"`
	// US and China are the two countries' values, in Unit; NaN-free. Where
	// the paper gives one figure only, the other is 0 and Single is true.
	US     float64 `json:"us"`
	China  float64 `json:"china"`
	Single bool    `json:"single,omitempty"`
	// Unit is the unit of US and China, e.g. "% of root name servers".
	Unit string `json:"unit"`
	// Year is the year the figure refers to.
	Year int `json:"year"`
	// Quote is the paper's sentence, verbatim.
	Quote string `json:"quote"`
	// Section is where the quote stands in the paper.
	Section string `json:"section"`
	// Informs is the input the figure bears on ("tech", "discourse",
	// "attribution", "dialogue", or "grievance" for the race's drives).
	Informs string `json:"informs"`
}

// USShare returns US/(US+China), the US share of the pair, for paired figures.
func (e Evidence) USShare() float64 {
	if e.Single || e.US+e.China == 0 {
		return math.NaN()
	}
	return e.US / (e.US + e.China)
}

// EvidenceTable returns the paper's figures behind the defaults. The slice is
// new on every call.
func EvidenceTable() []Evidence {
	return []Evidence{
		{
			ID: "internet-users", Label: "Internet users", US: 64, China: 54, Unit: "users per 100 people", Year: 2017,
			Quote:   "According to the world bank, to the end of 2017, China 54 person in a hundred network. While the United States is every 64 people using the Internet, combined with the two population size, the total number of Internet users in China and the United States accounted for 28.2% of the number of Internet users in the world",
			Section: "2", Informs: "discourse",
		},
		{
			ID: "secure-servers", Label: "Secure Internet servers", US: 272, China: 209, Unit: "per million people", Year: 2017,
			Quote:   "only 272 per million people in the United States Taiwan security control server (Secure Internet servers) in order to protect the security of network activity, lower than some developed countries. China has only 209 security control servers, which is less than most developing countries.",
			Section: "2", Informs: "tech",
		},
		{
			ID: "root-servers", Label: "Root name servers", US: 17, China: 0.7, Unit: "% of root servers", Year: 2018,
			Quote:   "As a founding member of America's share of the network, the root name servers (Root Name Server) is about the number of root domain server in 17%, and Chinese accounted for only 0.7%.",
			Section: "3", Informs: "tech",
		},
		{
			ID: "foreign-os", Label: "Chinese devices on US operating systems (China's 10 % is the remainder, not a figure of the paper)", US: 90, China: 10, Unit: "% of Chinese computers and phones", Year: 2018,
			Quote:   "Not only that, about 90% of current Chinese computers and mobile terminals are installed with Microsoft, Apple or Android.",
			Section: "3", Informs: "tech",
		},
		{
			ID: "apt-groups", Label: "APT groups attacking China's critical infrastructure", China: 30, Single: true, Unit: "hacker organizations (more than)", Year: 2017,
			Quote:   "And more than 30 hacker organizations attacked China's critical infrastructure network with an Advanced Persistent Threat attack.",
			Section: "2", Informs: "attribution",
		},
		{
			ID: "ddos-us", Label: "US share of global DDoS attacks, Q4 2017", US: 16, Single: true, Unit: "% (Q4 vs Q2 2017)", Year: 2017,
			Quote:   "Network security giant Kabasiji (Kaspersky) Company statistics in 2017 fourth quarter U.S. suffered a distributed denial of service attacks accounted for the global increase in the ratio of 3%, compared with the second quarter reached 16%, after China, ranked second in the world.",
			Section: "2", Informs: "attribution",
		},
		{
			ID: "security-market-growth", Label: "Growth of the security market", US: 10.4, China: 27.6, Unit: "% per year", Year: 2017,
			Quote:   "In 2017, the overall size of the security market Chinese of domestic enterprises is about 43 billion 920 million yuan, an increase of about 27.6% … In addition, the North American cybersecurity market is expected to grow by 10.4% annually to reach $66 billion.",
			Section: "2", Informs: "grievance",
		},
		{
			ID: "us-cyber-budget", Label: "US cyber security budget, FY2019", US: 8, Single: true, Unit: "billion US$ (over)", Year: 2019,
			Quote:   "The report pointed out that the United States in fiscal year 2019, $8 billion over budget for security, and network information system security defense. … And maintain the 133 Cyber Mission Force",
			Section: "2", Informs: "grievance",
		},
		{
			ID: "dialogue-rounds", Label: "Crises resolved by talks, 1999–2014 (counted from the episodes the paper lists)", US: 4, Single: true, Unit: "episodes", Year: 2014,
			Quote:   "In 1999 -2010, the two sides folk hackers to attack each other, then, in 2009 -2012 years, high-level network to ease tensions held several talks. … In May 2014, the United States accused five Chinese soldiers of engaging in cyber espionage activities, but the two sides resolved the confrontation in a new round of strategic security dialogue. In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
			Section: "3", Informs: "dialogue",
		},
		{
			ID: "law-enforcement-dialogue", Label: "Law-enforcement and cybersecurity dialogues", US: 2, Single: true, Unit: "rounds (2017, 2018)", Year: 2018,
			Quote:   "In order to ensure the security and stability of cyberspace in which the two major cyber powers coexist, the first round of law enforcement and Cybersecurity dialogue between China and the United States was successfully held in Washington in 2017 and 2018.",
			Section: "3", Informs: "dialogue",
		},
	}
}

// Derivation says how one default input follows from the evidence.
type Derivation struct {
	// Input is the input's key.
	Input string `json:"input"`
	// Default is the default value (as in Default).
	Default float64 `json:"default"`
	// Computed is the value the method computes from the evidence, before it
	// is rounded to the 0.05 grid of the defaults; NaN-free. For a Judgment
	// it is the default itself.
	Computed float64 `json:"computed"`
	// Judgment is true when the paper gives no figure to compute the default
	// from, only a qualitative judgment that Method places on the scale.
	Judgment bool `json:"judgment"`
	// Evidence lists the ids of the figures used.
	Evidence []string `json:"evidence"`
	// Method says, in words, how Computed follows from the figures and how
	// the paper's judgment sets the default.
	Method string `json:"method"`
	// Quote is the paper's judgment the default encodes.
	Quote string `json:"quote"`
}

func evidenceByID(id string) Evidence {
	for _, e := range EvidenceTable() {
		if e.ID == id {
			return e
		}
	}
	panic("model: no evidence " + id) // programmer error: ids are constants below
}

// Derivations returns, for each of the four inputs, how its default follows
// from the paper. Tech is computed from the figures; discourse, attribution
// and dialogue are the paper's qualitative judgments placed on the scale as
// the Method says.
func Derivations() []Derivation {
	root := evidenceByID("root-servers").USShare()     // 17/(17+0.7) ≈ 0.960
	os := evidenceByID("foreign-os").USShare()         // 0.90
	secure := evidenceByID("secure-servers").USShare() // 272/(272+209) ≈ 0.565
	tech := 0.4*root + 0.4*os + 0.2*secure             // ≈ 0.857
	users := evidenceByID("internet-users")
	// Users in absolute numbers: the paper's per-100 figures times the 2017
	// populations (World Bank: China 1,386 million, US 326 million).
	usUsers, cnUsers := users.US/100*326, users.China/100*1386
	reach := usUsers / (usUsers + cnUsers) // ≈ 0.22: reach alone, not content
	return []Derivation{
		{
			Input: "tech", Default: 0.85, Computed: tech,
			Evidence: []string{"root-servers", "foreign-os", "secure-servers"},
			Method:   "0.4 × US share of root name servers (17/(17+0.7) = 0.96) + 0.4 × share of Chinese devices on US operating systems (0.90) + 0.2 × US share of secure servers per person (272/(272+209) = 0.57) = 0.86, rounded to 0.85. The two control points the paper stresses, \"from the starting end to the terminal\", weigh twice the server count.",
			Quote:    "That is to say, the United States has implemented the overall technical control of the starting end to the terminal in the cyberspace, such as: Prism.",
		},
		{
			Judgment: true,
			Input:    "discourse", Default: 0.75, Computed: 0.75,
			Evidence: []string{"internet-users"},
			Method:   fmtDiscourse(reach),
			Quote:    "Second, the offensive side of the United States has more advantages in online public opinion.",
		},
		{
			Judgment: true,
			Input:    "attribution", Default: 0.20, Computed: 0.20,
			Evidence: []string{"apt-groups", "ddos-us"},
			Method:   "The paper judges attribution impossible (0) for states, but reports attack statistics by source (attack maps, more than 30 APT groups, DDoS shares) and a public attribution (Mandiant, 2013): partial, technical attribution without proof of intent. Placed at 0.20, one fifth of the way from impossible to certain.",
			Quote:    "It is impossible for China and the United States to confirm whether each other is the source of the attack, whether it has some kind of attack capability, and whether it is intended to be an attack target.",
		},
		{
			Judgment: true,
			Input:    "dialogue", Default: 0.60, Computed: 0.60,
			Evidence: []string{"dialogue-rounds", "law-enforcement-dialogue"},
			Method:   "Four crises from 1999 to 2014 (the hacker attacks of 1999–2010, the Mandiant report and the Snowden disclosures of 2013, the indictments of 2014), each resolved by talks, then the 2015 Guiding Principles and two rounds of law-enforcement and cybersecurity dialogue (2017, 2018): standing channels that work, but no regime that ends the dilemma (collective security \"failed to eliminate the security dilemma\"). Placed at 0.60, above the midpoint.",
			Quote:    "In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
		},
	}
}

func fmtDiscourse(reach float64) string {
	return "The paper names four US advantages (English as the web's language, the media industry, platform giants whose output is \"much higher than that of China network company\", the pull of American culture) and none for China. China's larger user base (54 per 100 of 1.39 billion vs 64 per 100 of 0.33 billion) would give the US only " +
		ftoa2(reach) + " on reach alone; the four advantages in content lift it to a clear lead short of dominance: 0.75, halfway from parity (0.5) to dominance (1)."
}

func ftoa2(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
