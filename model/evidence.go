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
	// Year is the year the figure refers to, or 0 where the paper gives
	// none: a figure it calls "current", a forecast, a figure it leaves
	// undated.
	Year int `json:"year"`
	// When says, in the paper's terms, when the figure holds: "end of
	// 2017", "current", "forecast, no year given", … Where the paper's date
	// differs from the public record, When says both.
	When string `json:"when"`
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
//
// Each figure is dated as the paper dates it. The root name servers and the
// operating systems are "current" in the paper, with no year; the 10.4 % is
// the paper's forecast for the North American market, with no year, and
// stands for the US side of the race (GrievanceUS) only as the nearest
// figure the paper gives; the more than 30 APT groups and the DDoS shares
// count attacks by victim, not by source. The law-enforcement and
// cybersecurity dialogue is one first round, which the paper dates "2017 and
// 2018"; the public record has one round, in Washington on 4 October 2017
// (US Department of Justice, press release "First U.S.-China Law Enforcement
// and Cybersecurity Dialogue", 6 October 2017).
func EvidenceTable() []Evidence {
	return []Evidence{
		{
			ID: "internet-users", Label: "Internet users", US: 64, China: 54, Unit: "users per 100 people", Year: 2017, When: "end of 2017",
			Quote:   "According to the world bank, to the end of 2017, China 54 person in a hundred network. While the United States is every 64 people using the Internet, combined with the two population size, the total number of Internet users in China and the United States accounted for 28.2% of the number of Internet users in the world",
			Section: "2", Informs: "discourse",
		},
		{
			ID: "secure-servers", Label: "Secure Internet servers", US: 272, China: 209, Unit: "per million people", When: "year not given",
			Quote:   "only 272 per million people in the United States Taiwan security control server (Secure Internet servers) in order to protect the security of network activity, lower than some developed countries. China has only 209 security control servers, which is less than most developing countries.",
			Section: "2", Informs: "tech",
		},
		{
			ID: "root-servers", Label: "Root name servers", US: 17, China: 0.7, Unit: "% of root servers", When: "current",
			Quote:   "As a founding member of America's share of the network, the root name servers (Root Name Server) is about the number of root domain server in 17%, and Chinese accounted for only 0.7%.",
			Section: "3", Informs: "tech",
		},
		{
			ID: "foreign-os", Label: "Chinese devices on US operating systems (China's 10 % is the remainder, not a figure of the paper)", US: 90, China: 10, Unit: "% of Chinese computers and phones", When: "current",
			Quote:   "Not only that, about 90% of current Chinese computers and mobile terminals are installed with Microsoft, Apple or Android.",
			Section: "3", Informs: "tech",
		},
		{
			ID: "apt-groups", Label: "APT groups that attacked China's critical infrastructure (counted by victim)", China: 30, Single: true, Unit: "hacker organizations (more than)", Year: 2017, When: "2017",
			Quote:   "And more than 30 hacker organizations attacked China's critical infrastructure network with an Advanced Persistent Threat attack.",
			Section: "2", Informs: "attribution",
		},
		{
			ID: "ddos-us", Label: "Share of the world's DDoS attacks that the US suffered (by victim; second after China)", US: 16, Single: true, Unit: "% of DDoS attacks worldwide", Year: 2017, When: "Q4 2017",
			Quote:   "Network security giant Kabasiji (Kaspersky) Company statistics in 2017 fourth quarter U.S. suffered a distributed denial of service attacks accounted for the global increase in the ratio of 3%, compared with the second quarter reached 16%, after China, ranked second in the world.",
			Section: "2", Informs: "attribution",
		},
		{
			ID: "security-market-china", Label: "Growth of China's domestic security market", China: 27.6, Single: true, Unit: "% on the year before", Year: 2017, When: "2017",
			Quote:   "In 2017, the overall size of the security market Chinese of domestic enterprises is about 43 billion 920 million yuan, an increase of about 27.6%",
			Section: "2", Informs: "grievance",
		},
		{
			ID: "security-market-north-america", Label: "Expected growth of the North American cybersecurity market (the paper's nearest figure for the US side)", US: 10.4, Single: true, Unit: "% per year", When: "forecast, no year given",
			Quote:   "In addition, the North American cybersecurity market is expected to grow by 10.4% annually to reach $66 billion.",
			Section: "2", Informs: "grievance",
		},
		{
			ID: "us-cyber-budget", Label: "US cyber security budget", US: 8, Single: true, Unit: "billion US$ (over)", Year: 2019, When: "fiscal year 2019",
			Quote:   "The report pointed out that the United States in fiscal year 2019, $8 billion over budget for security, and network information system security defense. … And maintain the 133 Cyber Mission Force",
			Section: "2", Informs: "grievance",
		},
		{
			ID: "dialogue-rounds", Label: "Crises resolved by talks (counted from the episodes the paper lists)", US: 4, Single: true, Unit: "episodes", Year: 2014, When: "1999–2014",
			Quote:   "In 1999 -2010, the two sides folk hackers to attack each other, then, in 2009 -2012 years, high-level network to ease tensions held several talks. … In May 2014, the United States accused five Chinese soldiers of engaging in cyber espionage activities, but the two sides resolved the confrontation in a new round of strategic security dialogue. In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
			Section: "3", Informs: "dialogue",
		},
		{
			ID: "law-enforcement-dialogue", Label: "Law-enforcement and cybersecurity dialogue", US: 1, Single: true, Unit: "round, the first", Year: 2017, When: "the paper: 2017 and 2018; the public record: 4 October 2017",
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
	// Spread is the half-width of the input's range under the preset "the
	// paper's uncertainty" (paper-uncertainty): narrow where the default is
	// computed from the paper's figures, wide where it is a judgment placed
	// on the scale (see PaperUncertainty).
	Spread float64 `json:"spread"`
}

func evidenceByID(id string) Evidence {
	for _, e := range EvidenceTable() {
		if e.ID == id {
			return e
		}
	}
	panic("model: no evidence " + id) // programmer error: ids are constants below
}

// Population2017US and Population2017China are the two countries' 2017
// populations in millions (World Bank, World Development Indicators). They
// are not figures of the paper, which says only "combined with the two
// population size"; the discourse derivation uses them to turn the paper's
// users per 100 people into absolute numbers.
const (
	Population2017US    = 326
	Population2017China = 1386
)

// DiscourseReach returns the US share of the pair's Internet users in
// absolute numbers: the paper's users per 100 people times the 2017
// populations, which are not the paper's (Population2017US,
// Population2017China). About 0.22.
func DiscourseReach() float64 {
	users := evidenceByID("internet-users")
	us, cn := users.US/100*Population2017US, users.China/100*Population2017China
	return us / (us + cn)
}

// Derivations returns, for each of the four inputs, how its default follows
// from the paper. Tech is computed from the figures; discourse, attribution
// and dialogue are the paper's qualitative judgments placed on the scale as
// the Method says. Each method says which comparisons are per person and
// which absolute, and marks the figures that are not the paper's.
func Derivations() []Derivation {
	root := evidenceByID("root-servers").USShare()     // 17/(17+0.7) ≈ 0.960
	os := evidenceByID("foreign-os").USShare()         // 0.90
	secure := evidenceByID("secure-servers").USShare() // 272/(272+209) ≈ 0.565
	tech := 0.4*root + 0.4*os + 0.2*secure             // ≈ 0.857
	return []Derivation{
		{
			Input: "tech", Default: 0.85, Computed: tech, Spread: SpreadComputed,
			Evidence: []string{"root-servers", "foreign-os", "secure-servers"},
			Method:   "0.4 × US share of the root name servers (17/(17+0.7) = 0.96, of all root servers, so an absolute comparison) + 0.4 × share of Chinese computers and phones on US operating systems (0.90, a share within China) + 0.2 × US share of secure servers compared per person (272/(272+209) = 0.57, from the paper's figures per million people, not scaled by population) = 0.86, rounded to 0.85. The two control points the paper stresses, \"of the starting end to the terminal\", weigh twice the server count.",
			Quote:    "That is to say, the United States has implemented the overall technical control of the starting end to the terminal in the cyberspace, such as: Prism.",
		},
		{
			Judgment: true,
			Input:    "discourse", Default: 0.75, Computed: 0.75, Spread: SpreadJudgment,
			Evidence: []string{"internet-users"},
			Method:   fmtDiscourse(DiscourseReach()),
			Quote:    "Second, the offensive side of the United States has more advantages in online public opinion.",
		},
		{
			Judgment: true,
			Input:    "attribution", Default: 0.20, Computed: 0.20, Spread: SpreadJudgment,
			Evidence: []string{"apt-groups", "ddos-us"},
			Method:   "The paper judges attribution impossible (0) between the two states, yet names the US \"the primary source of cyber attacks\" from attack maps and recounts one public attribution (Mandiant, 2013): partial, technical attribution without proof of intent. Its attack figures count victims, not sources: more than 30 APT groups attacked China's critical infrastructure, and the US suffered 16 % of the world's DDoS attacks; who attacked is not established. Placed at 0.20, one fifth of the way from impossible to certain.",
			Quote:    "It is impossible for China and the United States to confirm whether each other is the source of the attack, whether it has some kind of attack capability, and whether it is intended to be an attack target.",
		},
		{
			Judgment: true,
			Input:    "dialogue", Default: 0.60, Computed: 0.60, Spread: SpreadDialogue,
			Evidence: []string{"dialogue-rounds", "law-enforcement-dialogue"},
			Method:   "Four crises from 1999 to 2014 (the hacker attacks of 1999–2010, the Mandiant report and the Snowden disclosures of 2013, the indictments of 2014), each resolved by talks, then the 2015 Guiding Principles and the first round of the law-enforcement and cybersecurity dialogue (the paper dates it \"2017 and 2018\"; the public record has one round, October 2017): standing channels that work, but no regime that ends the dilemma (collective security \"failed to eliminate the security dilemma\"). Placed at 0.60, above the midpoint.",
			Quote:    "In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
		},
	}
}

func fmtDiscourse(reach float64) string {
	return "The paper names four US advantages (English as the web's language, the media industry, platform giants whose output is \"much higher than that of China network company\", the pull of American culture) and none for China. China's larger user base counts against them when users are compared in absolute numbers, not per person as the secure servers are: the paper's 64 vs 54 users per 100 people times the 2017 populations (326 million vs 1,386 million; World Bank figures, not the paper's) would give the US only " +
		ftoa2(reach) + " on reach alone. The four advantages in content lift it to a clear lead short of dominance: 0.75, halfway from parity (0.5) to dominance (1)."
}

func ftoa2(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// The half-widths of the ranges of "the paper's uncertainty" (our reading,
// not the paper's figures): SpreadComputed for a default computed from the
// paper's figures (tech: 0.857 from root servers, operating systems and
// secure servers; the spread covers the rounding to 0.85 and the choice of
// the 0.4/0.4/0.2 weights, which moves it by a few hundredths);
// SpreadJudgment for a qualitative judgment placed on the scale
// (discourse, attribution: ±0.10, two steps of the 0.05 grid each way);
// SpreadDialogue for dialogue, the judgment resting on the most episodes
// and the widest reading ("can always be properly resolved" against the
// indictments and a dialogue whose rounds the paper miscounts): ±0.15.
const (
	SpreadComputed = 0.03
	SpreadJudgment = 0.10
	SpreadDialogue = 0.15
)

// PaperUncertainty returns the ranges of the preset "the paper's
// uncertainty": each default ± its Derivation's Spread, within [0, 1].
func PaperUncertainty() Ranges {
	in := Default()
	var r Ranges
	for i, p := range Params {
		v := p.Value(in)
		sp := 0.0
		for _, d := range Derivations() {
			if d.Input == p.Key {
				sp = d.Spread
			}
		}
		r[i] = Range{Lo: round2(max(0, v-sp)), Hi: round2(min(1, v+sp))}
	}
	return r
}
