// Package explain puts the model's reading of a state into words, in English,
// Simplified Chinese (zh-CN) and Traditional Chinese (zh-TW), with the
// paper's own sentences beside it (Li Senlin, "The Origin of Security
// Dilemma between China and US in Cyber Space").
//
// It answers four questions about a state of model.Inputs:
//
//   - Explain: why this result: which of Jervis's worlds and why, which
//     input drives the intensity most (MainDriver, computed from the model by
//     finite moves of DriverStep), what flipping a posture would do, and
//     whether the action–reaction race is contained;
//   - Evidence and Derivations: the paper's figures behind each default,
//     translated;
//   - Levers: the paper's three suggestions (its section 5) as moves of the
//     inputs, with their effect on the assessment;
//   - History: the episodes the paper recounts, from the hacker attacks of
//     1999–2010 to the first law-enforcement and cybersecurity dialogue
//     (which the paper dates "2017 and 2018") and the paper's standing of
//     2018, each as this calculator's reading of the moment, with a note
//     where the paper's date or count differs from the public record.
//
// Every sentence of the paper quoted here is verbatim from the English text
// (Quote.English) and carries a translation (Quote.Text). Message
// translates a *model.ParamError.
//
// Like the model, the package imports only errors, math, strconv, strings and
// unicode/utf8 from the standard library: it is compiled into the page's
// WebAssembly binary and into the edge Worker.
package explain
