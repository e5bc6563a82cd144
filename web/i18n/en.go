package i18n

// English is the English catalog, the reference that every other language
// translates. Keys are grouped by the part of the page they label.
var English = Catalog{
	// Page.
	"site.title":       "Cyber security dilemma calculator: China and the US",
	"site.description": "Move four sliders and see where China and the United States stand in Jervis's four worlds, how intense their cyber security dilemma is, and whether the action–reaction spiral settles or escalates. After Li Senlin's paper; computed in your browser.",
	"site.heading":     "Cyber security dilemma calculator",
	"site.lede":        "China and the United States in cyberspace, after Li Senlin's “The Origin of Security Dilemma between China and US in Cyber Space”. Move a slider or pick a preset: the assessment is recomputed at once, in your browser.",
	"site.skip":        "Skip to the assessment",
	"site.footer":      "Model: Jervis (1978), Posen (1993), Richardson (1960), after Li Senlin. Everything is computed in your browser; nothing you set is sent anywhere.",
	"site.noscript":    "The figures shown are the paper's 2018 baseline. Turn on JavaScript to move the sliders.",

	// Loading.
	"loading.label": "Loading the calculator…",
	"loading.error": "The calculator could not be loaded. The figures shown are the paper's 2018 baseline; reload the page to try again.",

	// Inputs.
	"controls.heading":        "Inputs",
	"input.tech.label":        "Technology share (US)",
	"input.tech.help":         "US share of the pair's core network technology: root name servers, operating systems, secure servers.",
	"input.discourse.label":   "Discourse power (US)",
	"input.discourse.help":    "US share of online discourse power: language, media industry, platform giants, cultural pull.",
	"input.attribution.label": "Attribution confidence",
	"input.attribution.help":  "How surely an attack's source and intent can be attributed to a state.",
	"input.dialogue.label":    "Dialogue",
	"input.dialogue.help":     "Strength of consensus and crisis channels: the guiding principles, the law-enforcement and cybersecurity dialogue, talks after each crisis.",

	"posture.heading":       "Postures",
	"posture.us":            "United States",
	"posture.china":         "China",
	"posture.offense.label": "Offense",
	"posture.defense.label": "Defense",

	"preset.label":                       "Preset",
	"preset.custom":                      "Custom",
	"preset.custom.note":                 "Your own settings. Pick a preset to see the sentence of the paper it stands for.",
	"preset.source":                      "Li Senlin, section {section}",
	"preset.baseline-2018":               "Baseline (2018)",
	"preset.us-superiority-no-consensus": "US superiority, no consensus",
	"preset.china-tech-advantage":        "China's technology advantage",
	"preset.parity":                      "Parity",
	"preset.both-defensive":              "Both defensive",
	"preset.both-offensive":              "Both offensive",

	"button.reset":   "Reset to the 2018 baseline",
	"share.label":    "Link to this state",
	"button.copy":    "Copy link",
	"copy.done":      "Link copied.",
	"copy.manual":    "Link selected: press Ctrl+C (⌘C on a Mac) to copy it.",
	"button.dismiss": "Dismiss",

	// Results.
	"results.heading":       "Assessment",
	"result.intensity":      "Intensity",
	"result.intensity.text": "{value} · {band}",
	"result.world":          "World",
	"result.margin":         "Stability margin",
	"result.stable":         "stable: the race settles",
	"result.unstable":       "diverging: the race escalates",
	"result.metrics":        "Model quantities",
	"metric.power":          "US power share P",
	"metric.offense":        "Offense–defense balance O",
	"metric.distinct":       "Distinguishability S",

	"grid.caption":    "Jervis's four worlds (1978). The dot marks the current state: across by the offense–defense balance, down by how well offensive and defensive postures can be told apart.",
	"grid.offense":    "Offense has the advantage",
	"grid.defense":    "Defense has the advantage",
	"grid.indistinct": "Indistinguishable",
	"grid.distinct":   "Distinguishable",
	"grid.here":       "(current state)",

	"result.posen":          "Posen's conditions",
	"posen.met":             "Met:",
	"posen.unmet":           "Not met:",
	"posen.count":           "{met} of 3 conditions met.",
	"posen.intentions.text": "Intentions cannot be assessed: an attack's source and intent cannot be attributed with confidence (attribution < 0.5). Dialogue settles misunderstandings after a crisis; it does not reveal intentions beforehand. (Model version 1 read S < 0.5.)",
	"posen.hegemony.text":   "Hegemony projected into cyberspace: the offensive side holds most of the power.",
	"posen.ideology.text":   "Ideology used as a security tool: discourse power is far from parity.",

	"live.summary": "Intensity {value}, {band}. World: {world}.",

	"spiral.heading":   "Action–reaction spiral",
	"spiral.title":     "Action–reaction spiral",
	"spiral.converges": "The spiral winds inward: each side's build-up answers the other's less and less, and the race settles. World: {world}; intensity {value}, {band}.",
	"spiral.diverges":  "The spiral winds outward: each side's build-up provokes a larger one, and the race escalates. World: {world}; intensity {value}, {band}.",

	// Notices about the URL.
	"notice.heading":  "Part of the link could not be used:",
	"notice.kept":     "{message} — kept {value}",
	"notice.using":    "{message} — using {value}",
	"notice.ignored":  "{message} — ignored",
	"notice.lang":     "lang must be one of {langs}; got “{got}”",
	"notice.theme":    "theme must be one of light, dark, auto; got “{got}”",
	"notice.controls": "controls must be 0 or 1; got “{got}”",

	// Model versions: which version computed the result, and an old link's notice.
	"version.label":   "Computed by model version {v}.",
	"version.old":     "This link was made with model version {v}, and shows that version's result. The newest model, version {newest}, gives {value} · {band}, {world}.",
	"version.upgrade": "Use version {newest}",

	// Install, offline and updates (web/boot.js shows these; the generator
	// writes the manifest's name and description from here).
	"pwa.name":       "Cyber security dilemma calculator",
	"pwa.short_name": "Cyber dilemma",
	"offline.status": "Offline: the calculator works from its saved copy.",
	"update.text":    "A new version of the calculator is ready.",
	"update.button":  "Reload to update",

	// Embedding.
	"embed.heading": "Embed",
	"embed.help":    "Paste this into an article: the calculator with the current state, resized to its content by the script.",
	"embed.label":   "Embed code",
	"embed.copy":    "Copy embed code",
	"embed.copied":  "Embed code copied.",
	"embed.manual":  "Embed code selected: press Ctrl+C (⌘C on a Mac) to copy it.",
	"embed.title":   "Cyber security dilemma calculator: {world}, intensity {value} ({band})",
	"embed.open":    "Open the full calculator",
	"oembed.title":  "Cyber security dilemma calculator (oEmbed)",

	// Share and export.
	"export.heading":   "Share and export",
	"export.png":       "Download PNG",
	"export.json":      "Download JSON",
	"export.csv":       "Download CSV",
	"export.help":      "The image shows the spiral with the state and the result; the data holds the inputs, the assessment and 60 rounds of the race, in the API's format.",
	"export.saved":     "Saved {file}.",
	"export.failed":    "The file could not be made.",
	"card.title":       "Cyber security dilemma: China and the US",
	"card.subtitle":    "After Li Senlin's analysis; Jervis (1978), Richardson (1960)",
	"card.postures":    "US: {us} · China: {china}",
	"meta.description": "{world}: intensity {value} ({band}); {race}",

	// Explanation, evidence, levers, history and the language picker.
	"lang.label":          "Language",
	"lang.name":           "English",
	"why.heading":         "Why this result",
	"why.quotes":          "What the paper says",
	"levers.heading":      "Policy levers",
	"levers.help":         "The paper's three suggestions (section 5), applied to the current state: each button moves the inputs it names.",
	"evidence.heading":    "Evidence behind the defaults",
	"evidence.help":       "The paper's figures behind each default, with its sentences, and how each default follows from them.",
	"evidence.default":    "{name}: default {value}",
	"evidence.figures":    "The paper's figures",
	"evidence.derivation": "How the default is derived",
	"evidence.values":     "United States {us} · China {china} ({unit})",
	"evidence.single":     "{value} ({unit})",
	"history.heading":     "History: the paper's episodes",
	"history.help":        "Step through the episodes the paper recounts, 1999–2018: each step sets the inputs to this calculator's reading of that moment (the paper gives the events, not the numbers), and the spiral redraws. A note marks where the paper's date or count differs from the public record.",
	"history.prev":        "Previous",
	"history.next":        "Next",
	"history.list":        "Episodes",
	"history.start":       "{n} episodes, from the hacker attacks of 1999–2010 to the paper's own standing in 2018, the baseline. Press Next to begin.",
	"history.position":    "Episode {i} of {n}",
	"history.judgments":   "Why these values",
	"history.step":        "{date}: {title}",
}
