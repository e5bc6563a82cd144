package explain

import "github.com/dilemma/cyberdilemma/model"

// Judgment is the reasoning behind one input of an episode.
type Judgment struct {
	// Input is the input's key ("tech", …, "us", "china").
	Input string `json:"input"`
	// Name is the input's label in the language asked for.
	Name string `json:"name"`
	// Text is the judgment, a sentence.
	Text string `json:"text"`
}

// Episode is one episode of China–US relations in cyberspace that the paper
// recounts (section 3), as a state of the model: the inputs are this
// calculator's reading of the moment, not figures of the paper.
type Episode struct {
	// ID is a stable key, e.g. "sunnylands".
	ID string `json:"id"`
	// Year and Month date the episode as the paper does (Month 0 when the
	// paper gives a year or a span only); EndYear closes a span, else 0.
	Year    int `json:"year"`
	Month   int `json:"month,omitempty"`
	EndYear int `json:"end_year,omitempty"`
	// Date is the date as a label in the language asked for, e.g.
	// "June 2013", "2013年6月", "1999–2010".
	Date string `json:"date"`
	// Title names the episode.
	Title string `json:"title"`
	// Inputs are the model's inputs after the episode.
	Inputs model.Inputs `json:"inputs"`
	// Judgments state the reasoning behind each input the episode changed
	// (for the first episode, every input), in canonical order.
	Judgments []Judgment `json:"judgments"`
	// Quote is the paper's sentence for the episode.
	Quote Quote `json:"quote"`
	// Note is a remark on the paper's account, or "": it is set wherever
	// the paper's date or count differs from the public record, or the
	// episode is not an event of its own.
	Note string `json:"note,omitempty"`
}

type episode struct {
	id                   string
	year, month, endYear int
	in                   model.Inputs
	quote                string
	note                 bool
}

// episodes are the paper's episodes in its order, which is date order. Each
// sets the inputs after it: the values are this calculator's reading of each
// moment, not the paper's, which recounts the events but gives no numbers;
// the reasons are in the catalogs under "episode.<id>.<input>". The postures
// stay as the paper gives them, the US on offense and China on defense, and
// the last episode is the baseline, model.Default().
//
// Dates are the paper's. Where the paper gives a year only, the month is 0.
// Where the paper's date or count differs from the public record, the
// episode has a note ("episode.<id>.note"), and the source is given here.
var episodes = []episode{
	{id: "hackers", year: 1999, endYear: 2010, in: state(0.90, 0.80, 0.10, 0.05), quote: "hackers-talks"},
	{id: "talks", year: 2009, endYear: 2012, in: state(0.90, 0.80, 0.10, 0.30), quote: "hackers-talks"},
	{id: "mandiant", year: 2013, month: 2, in: state(0.90, 0.80, 0.20, 0.20), quote: "mandiant-sunnylands"},
	// The paper: "in 2013 years at the Annenberg estate (Sunnylands)", the
	// year only. The note gives the summit's dates, 7–8 June 2013 (The White
	// House, "Remarks by President Obama and President Xi Jinping of the
	// People's Republic of China Before Bilateral Meeting", 7 June 2013).
	{id: "sunnylands", year: 2013, in: state(0.90, 0.80, 0.20, 0.40), quote: "mandiant-sunnylands", note: true},
	// The paper says July 2013; the disclosures began in early June (The
	// Guardian, 5 and 6 June 2013; The Washington Post, 6 June 2013).
	{id: "snowden", year: 2013, month: 7, in: state(0.90, 0.75, 0.20, 0.40), quote: "snowden", note: true},
	{id: "indictment", year: 2014, month: 5, in: state(0.90, 0.75, 0.20, 0.35), quote: "indictment"},
	// The paper: signed in Washington "on December 4, 2015". The public
	// record: agreed at the first US–China High-Level Joint Dialogue on
	// Cybercrime and Related Issues, Washington, 1 December 2015 (US
	// Department of Justice, press release "First U.S.-China High-Level
	// Joint Dialogue on Cybercrime and Related Issues Summary of Outcomes",
	// 2 December 2015).
	{id: "principles", year: 2015, month: 12, in: state(0.90, 0.75, 0.20, 0.50), quote: "guiding-principles", note: true},
	// The paper: "the first round … was successfully held in Washington in
	// 2017 and 2018". The public record has one round of the US–China Law
	// Enforcement and Cybersecurity Dialogue, in Washington on 4 October
	// 2017 (US Department of Justice, press release "First U.S.-China Law
	// Enforcement and Cybersecurity Dialogue", 6 October 2017), and none in
	// 2018.
	{id: "dialogue2017", year: 2017, in: state(0.85, 0.75, 0.20, 0.55), quote: "dialogues-2017-2018", note: true},
	// Not a second dialogue: the paper's standing of 2018, the baseline, as
	// it judges it ("not in a high-intensity security dilemma").
	{id: "dialogue2018", year: 2018, in: state(0.85, 0.75, 0.20, 0.60), quote: "not-high-intensity", note: true},
}

func state(tech, discourse, attribution, dialogue float64) model.Inputs {
	return model.Inputs{Tech: tech, Discourse: discourse, Attribution: attribution, Dialogue: dialogue,
		US: model.Offense, China: model.Defense}
}

// History returns the paper's episodes in date order (as the paper dates
// them), in l, each with this calculator's reading of it as inputs. The
// first is the hacker attacks of 1999–2010, the last the paper's standing of
// 2018, whose inputs are the paper's baseline, model.Default(). The slice is
// new on every call.
func History(l Lang) []Episode {
	out := make([]Episode, len(episodes))
	var prev *model.Inputs
	for i, e := range episodes {
		ep := Episode{
			ID: e.id, Year: e.year, Month: e.month, EndYear: e.endYear,
			Date:   dateLabel(l, e.year, e.month, e.endYear),
			Title:  tr(l, "episode."+e.id+".title"),
			Inputs: e.in,
			Quote:  quote(l, e.quote),
		}
		for _, key := range changedInputs(prev, e.in) {
			ep.Judgments = append(ep.Judgments, Judgment{Input: key, Name: InputName(l, key),
				Text: tr(l, "episode."+e.id+"."+key)})
		}
		if e.note {
			ep.Note = tr(l, "episode."+e.id+".note")
		}
		out[i] = ep
		prev = &episodes[i].in
	}
	return out
}

// changedInputs lists the keys of the inputs that differ between prev and
// in, in canonical order; all six when prev is nil.
func changedInputs(prev *model.Inputs, in model.Inputs) []string {
	var keys []string
	for _, p := range model.Params {
		if prev == nil || p.Value(*prev) != p.Value(in) {
			keys = append(keys, p.Key)
		}
	}
	if prev == nil || prev.US != in.US {
		keys = append(keys, "us")
	}
	if prev == nil || prev.China != in.China {
		keys = append(keys, "china")
	}
	return keys
}

// dateLabel formats a month, a year or a span of years in l.
func dateLabel(l Lang, year, month, endYear int) string {
	y := Number(l, float64(year), 0)
	switch {
	case endYear != 0:
		return tr(l, "date.range", "from", y, "to", Number(l, float64(endYear), 0))
	case month >= 1 && month <= 12:
		return tr(l, "date.month", "year", y, "month", tr(l, "month."+Number(l, float64(month), 0)))
	default:
		return tr(l, "date.year", "year", y)
	}
}
