package explain

// textEN is the English catalog, the reference that the Chinese catalogs
// translate. Keys are grouped by the part of the package that uses them.
var textEN = map[string]string{
	// Jervis's four worlds (1978) and their readings.
	"world.doubly-dangerous":         "Doubly dangerous",
	"world.compatible":               "Security requirements compatible",
	"world.aggression-possible":      "Aggression possible",
	"world.doubly-safe":              "Doubly safe",
	"world.doubly-dangerous.desc":    "Offense has the advantage and intentions cannot be read: the worst of Jervis's worlds.",
	"world.compatible.desc":          "A security dilemma, but defense has the advantage: the two sides' security requirements may be compatible.",
	"world.aggression-possible.desc": "Offense has the advantage and intentions can be told apart: not a high-intensity security dilemma, but still a security dilemma, in which the dominant side makes a \"positive conflict\" possible.",
	"world.doubly-safe.desc":         "Defense has the advantage and intentions can be read: neither side need fear the other.",

	// Bands of intensity.
	"band.none":     "none",
	"band.low":      "low",
	"band.moderate": "moderate",
	"band.high":     "high",
	"band.severe":   "severe",

	// Postures and sides.
	"posture.offense": "offense",
	"posture.defense": "defense",
	"side.us":         "the United States",
	"side.china":      "China",

	// Inputs and other parameters.
	"input.tech":        "Technology share (US)",
	"input.discourse":   "Discourse power (US)",
	"input.attribution": "Attribution confidence",
	"input.dialogue":    "Dialogue",
	"input.us":          "US posture",
	"input.china":       "China's posture",
	"input.grievance":   "Grievances (the race's drives)",
	"param.preset":      "preset",
	"param.steps":       "number of rounds",
	"param.query":       "query",
	"param.lang":        "language",
	"param.world":       "world",
	"param.band":        "band",
	"param.side":        "side",

	// Posen's conditions (1993), as the paper lists them.
	"posen.intentions": "intentions cannot be assessed",
	"posen.hegemony":   "hegemony projected into cyberspace",
	"posen.ideology":   "ideology used as a security tool",
	"posen.some":       "Posen's conditions met: {met} of 3 ({list}).",
	"posen.none":       "None of Posen's three conditions is met.",

	// Explanation: summary.
	"summary":             "{world}, intensity {intensity} ({band}): {race}.",
	"race.short.contain":  "the race is contained",
	"race.short.diverge":  "the race escalates",
	"race.short.boundary": "the race is on the stability boundary",

	// Explanation: the offense–defense balance.
	"balance.offense":      "Offense has the advantage: {side}, on the offensive, holds {share} of the pair's cyber power (offense–defense balance {o}).",
	"balance.defense":      "Defense has the advantage: {side}, on the defensive, holds {share} of the pair's cyber power (offense–defense balance {o}).",
	"balance.even":         "Offense has no advantage: the side on the offensive and the side on the defensive hold equal shares of cyber power (offense–defense balance {o}).",
	"balance.both-offense": "Both sides are on the offensive, so offense has the full advantage (offense–defense balance {o}).",
	"balance.both-defense": "Both sides are on the defensive, so defense has the full advantage (offense–defense balance {o}).",

	// Explanation: distinguishability.
	"intent.dialogue":    "Intentions can be told apart (distinguishability {s} ≥ 0.5), mainly thanks to dialogue ({d}) rather than attribution ({a}).",
	"intent.attribution": "Intentions can be told apart (distinguishability {s} ≥ 0.5), mainly thanks to attribution ({a}) rather than dialogue ({d}).",
	"intent.both":        "Intentions can be told apart (distinguishability {s} ≥ 0.5), thanks to attribution ({a}) and dialogue ({d}) alike.",
	"intent.hidden":      "Intentions cannot be told apart (distinguishability {s} < 0.5): attribution ({a}) and dialogue ({d}) are too weak to clarify them.",

	// Explanation: the main driver and the posture flip.
	"driver.raise": "{input} drives the intensity most right now: raising it from {from} to {to} would take the intensity from {i0} to {i1} ({delta}).",
	"driver.lower": "{input} drives the intensity most right now: lowering it from {from} to {to} would take the intensity from {i0} to {i1} ({delta}).",
	"driver.none":  "No move of {step} in any one input changes the intensity.",
	"flip.offense": "Putting {side} on the offensive would take the intensity from {i0} to {i1} ({delta}).",
	"flip.defense": "Putting {side} on the defensive would take the intensity from {i0} to {i1} ({delta}).",
	"flip.none":    "Changing either side's posture would not change the intensity.",

	// Explanation: containment of the race (Richardson 1960).
	"race.contain":  "The race is contained: restraint outweighs reaction (stability margin {margin}), so the spiral converges on an equilibrium of {us} for the United States and {china} for China, in capability added above the starting level.",
	"race.diverge":  "The race is not contained: reaction outweighs restraint (stability margin {margin}), so the spiral diverges and each side's build-up provokes a larger one.",
	"race.boundary": "The race is on the stability boundary (stability margin {margin}): it neither settles nor escalates.",

	// Levers: the paper's three suggestions (section 5).
	"lever.law.name":       "Responsibility: laws and supervision",
	"lever.law.how":        "Concealment is what makes tracing an attack's source impossible; laws and supervision systems make people, organizations and states answer for what they do on their networks. Attribution rises by {attribution}.",
	"lever.domain.name":    "State management of its own domain",
	"lever.domain.how":     "Each state answers for the cleanliness of the domain it controls and the two set up a network security maintenance mechanism: a standing channel (dialogue up by {dialogue}) and traffic that can be traced to the state that manages it (attribution up by {attribution}).",
	"lever.exchanges.name": "Multi-level exchanges and cooperation",
	"lever.exchanges.how":  "Exchanges and cooperation in art, ideology, culture and science open more channels (dialogue up by {dialogue}) and stop treating culture as a battlefield: discourse power moves {discourse} toward parity (0.5), weakening Posen's third condition. That move lowers the intensity when the offensive side leads in discourse, as the US does in the paper, and raises it when the offensive side lags.",
	"lever.result.band":    "{lever} ({changes}): intensity {delta}, {from} → {to}.",
	"lever.result.same":    "{lever} ({changes}): intensity {delta}, still {band}.",
	"lever.result.none":    "{lever}: no input can move further, so nothing changes.",
	"lever.result.world":   "World: {from} → {to}.",

	// History: date labels.
	"date.month": "{month} {year}",
	"date.year":  "{year}",
	"date.range": "{from}–{to}",
	"month.1":    "January",
	"month.2":    "February",
	"month.3":    "March",
	"month.4":    "April",
	"month.5":    "May",
	"month.6":    "June",
	"month.7":    "July",
	"month.8":    "August",
	"month.9":    "September",
	"month.10":   "October",
	"month.11":   "November",
	"month.12":   "December",

	// History: the episodes the paper recounts (section 3).
	"episode.hackers.title":         "Hacker groups attack each other",
	"episode.hackers.tech":          "Before China's network industry grew, the US held even more of the core technology than the 2017–2018 figures give: 0.90, 0.05 above the baseline.",
	"episode.hackers.discourse":     "English, the US media industry and the platform giants already dominated online opinion while China's online population was still catching up: 0.80, 0.05 above the baseline.",
	"episode.hackers.attribution":   "The attacks came from \"folk hackers\", non-state actors whose links to either state could not be shown: 0.10, half the baseline.",
	"episode.hackers.dialogue":      "No government channel on cyber issues yet: a decade of attacks passed before the talks of 2009. Dialogue 0.05.",
	"episode.hackers.us":            "Postures as the paper gives them throughout: the United States on offense.",
	"episode.hackers.china":         "China on defense.",
	"episode.talks.title":           "High-level talks to ease tensions",
	"episode.talks.dialogue":        "Several high-level talks open a first channel: dialogue rises from 0.05 to 0.30.",
	"episode.mandiant.title":        "Mandiant report accuses China of military-backed espionage",
	"episode.mandiant.attribution":  "A private firm attributes a campaign to a military unit with technical evidence: attribution becomes partly possible, from 0.10 to the baseline 0.20.",
	"episode.mandiant.dialogue":     "A public accusation strains the channels: dialogue falls from 0.30 to 0.20.",
	"episode.sunnylands.title":      "Sunnylands summit eases the tension",
	"episode.sunnylands.dialogue":   "A summit of the two presidents eases the tension: dialogue rises from 0.20 to 0.40.",
	"episode.snowden.title":         "Snowden disclosures",
	"episode.snowden.discourse":     "The disclosures showed the US \"overall technical control\" of cyberspace, \"such as: Prism\", and cost it standing in online opinion: discourse falls from 0.80 to the baseline 0.75. They revealed the US technology lead rather than changed it, so technology stays at 0.90.",
	"episode.snowden.note":          "The paper dates the incident July 2013; Snowden's disclosures began in early June 2013 (the first reports appeared on 5 and 6 June), on the eve of the Sunnylands summit. The timeline follows the paper's order.",
	"episode.indictment.title":      "US indicts five Chinese soldiers for cyber espionage",
	"episode.indictment.dialogue":   "An accusation in law, against named officers, sets the channels back further than Mandiant's report (China suspended the bilateral cyber working group); the paper says a new round of strategic security dialogue resolved the confrontation, so dialogue falls only from 0.40 to 0.35.",
	"episode.principles.title":      "Guiding Principles for Combating Cybercrime",
	"episode.principles.dialogue":   "A signed agreement at ministerial level and a standing mechanism: dialogue rises from 0.35 to 0.50.",
	"episode.dialogue2017.title":    "First law-enforcement and cybersecurity dialogue",
	"episode.dialogue2017.tech":     "The paper's figures (root name servers 17% vs 0.7%, about 90% of Chinese devices on US operating systems) are those of 2017–2018 and give the baseline 0.85.",
	"episode.dialogue2017.dialogue": "A regular law-enforcement and cybersecurity dialogue: dialogue rises from 0.50 to 0.55.",
	"episode.dialogue2018.title":    "Second law-enforcement and cybersecurity dialogue",
	"episode.dialogue2018.dialogue": "The dialogue is held again; the channels work but no regime ends the dilemma: dialogue reaches the baseline 0.60.",

	// Evidence: the paper's figures (model.EvidenceTable).
	"evidence.internet-users.label":           "Internet users",
	"evidence.internet-users.unit":            "users per 100 people",
	"evidence.secure-servers.label":           "Secure Internet servers",
	"evidence.secure-servers.unit":            "per million people",
	"evidence.root-servers.label":             "Root name servers",
	"evidence.root-servers.unit":              "% of root servers",
	"evidence.foreign-os.label":               "Chinese devices on US operating systems",
	"evidence.foreign-os.unit":                "% of Chinese computers and phones",
	"evidence.apt-groups.label":               "APT groups attacking China's critical infrastructure",
	"evidence.apt-groups.unit":                "hacker organizations (more than)",
	"evidence.ddos-us.label":                  "US share of global DDoS attacks, Q4 2017",
	"evidence.ddos-us.unit":                   "% (Q4 vs Q2 2017)",
	"evidence.security-market-growth.label":   "Growth of the security market",
	"evidence.security-market-growth.unit":    "% per year",
	"evidence.us-cyber-budget.label":          "US cyber security budget, FY2019",
	"evidence.us-cyber-budget.unit":           "billion US$ (over)",
	"evidence.dialogue-rounds.label":          "Crises resolved by talks, 1999–2014",
	"evidence.dialogue-rounds.unit":           "episodes",
	"evidence.law-enforcement-dialogue.label": "Law-enforcement and cybersecurity dialogues",
	"evidence.law-enforcement-dialogue.unit":  "rounds (2017, 2018)",

	// Evidence: how each default is derived (model.Derivations).
	"derivation.tech":        "0.4 × US share of root name servers (17/(17+0.7) = 0.96) + 0.4 × share of Chinese devices on US operating systems (0.90) + 0.2 × US share of secure servers per person (272/(272+209) = 0.57) = {computed}, rounded to {default}. The two control points the paper stresses, \"from the starting end to the terminal\", weigh twice the server count.",
	"derivation.discourse":   "The paper names four US advantages (English as the web's language, the media industry, platform giants whose output is \"much higher than that of China network company\", the pull of American culture) and none for China. China's larger user base (54 per 100 of 1.39 billion vs 64 per 100 of 0.33 billion) would give the US only {reach} on reach alone; the four advantages in content lift it to a clear lead short of dominance: {default}, halfway from parity (0.5) to dominance (1).",
	"derivation.attribution": "The paper judges attribution impossible (0) for states, but reports attack statistics by source (attack maps, more than 30 APT groups, DDoS shares) and a public attribution (Mandiant, 2013): partial, technical attribution without proof of intent. Placed at {default}, one fifth of the way from impossible to certain.",
	"derivation.dialogue":    "Four crises from 1999 to 2014 (the hacker attacks of 1999–2010, the Mandiant report and the Snowden disclosures of 2013, the indictments of 2014), each resolved by talks, then the 2015 Guiding Principles and two rounds of law-enforcement and cybersecurity dialogue (2017, 2018): standing channels that work, but no regime that ends the dilemma (collective security \"failed to eliminate the security dilemma\"). Placed at {default}, above the midpoint.",

	// Presets (model.Presets).
	"preset.baseline-2018.name":               "Baseline (2018)",
	"preset.baseline-2018.note":               "The paper's own judgment of 2018: the defaults, each traced to its evidence.",
	"preset.us-superiority-no-consensus.name": "US superiority, no consensus",
	"preset.us-superiority-no-consensus.note": "The paper's first future: US technology stays at the baseline and dialogue falls to 0.",
	"preset.china-tech-advantage.name":        "China's technology advantage",
	"preset.china-tech-advantage.note":        "The paper's second future: the US technology share falls to 0.30 and discourse reaches parity (0.50).",
	"preset.parity.name":                      "Parity",
	"preset.parity.note":                      "A reference point: technology and discourse shared equally, the baseline's attribution and dialogue.",
	"preset.both-defensive.name":              "Both defensive",
	"preset.both-defensive.note":              "A reference point: the baseline with the US, too, on the defensive.",
	"preset.both-offensive.name":              "Both offensive",
	"preset.both-offensive.note":              "A reference point: the baseline with China, too, on the offensive.",

	// Errors (model.ParamError).
	"err.range":        "{param} must be a number in [{min}, {max}]; got {got}",
	"err.posture":      "{param} must be offense or defense; got {got}",
	"err.unknown":      "unknown parameter {got}",
	"err.duplicate":    "{param} is given more than once",
	"err.encoding":     "{param} has malformed percent-encoding; got {got}",
	"err.encoding.key": "the query has a malformed parameter name {got}",
	"err.too-long":     "the query must be at most {max} bytes; got {got}",
	"err.empty-key":    "the query has a parameter with an empty name",
	"err.preset":       "preset must be one of {list}; got {got}",
	"err.other":        "{param} has an invalid value",
}
