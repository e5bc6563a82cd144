package main

import (
	"errors"
	"strings"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
	"github.com/dilemma/cyberdilemma/web/i18n"
)

// Table is one generated Markdown table of the README: its marker name and
// its text, one line per row, each ending in a newline.
type Table struct {
	Name string
	Text string
}

// en is the README's language.
const en = explain.En

// Tables renders every generated table of the README from the code, in the
// order they appear there. Nothing in them is typed but the column headings,
// the row labels of the baseline's numbers and a few words of glue; every
// number comes from model.Assess and every sentence from the model's or the
// explanation's English texts.
func Tables() ([]Table, error) {
	evidence, err := evidenceTable()
	if err != nil {
		return nil, err
	}
	return []Table{
		{"levers", leversTable()},
		{"history", historyTable()},
		{"baseline", baselineTable()},
		{"evidence", evidence},
		{"presets", presetsTable()},
	}, nil
}

// num formats a number as the page does: two decimals, a true minus sign.
func num(v float64) string { return explain.Number(en, v, 2) }

// cell escapes a text for a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// code formats an id as inline code.
func code(s string) string { return "`" + s + "`" }

// quoted puts a sentence of the paper in quotation marks, with its section.
func quoted(q explain.Quote) string {
	s := `"` + q.English + `"`
	if q.Section != "" {
		s += " (§" + q.Section + ")"
	}
	return s
}

// markdown renders a header and rows as a Markdown table.
func markdown(header []string, rows [][]string) string {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + cell(c) + " |")
		}
		b.WriteString("\n")
	}
	line(header)
	b.WriteString(strings.Repeat("|---", len(header)) + "|\n")
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

// leversTable: the paper's three suggestions (explain.Levers), each with its
// moves, the explanation's reason (Lever.How), its effect at the baseline
// (Lever.Effect) and the paper's recommendation (the lever's last quote).
func leversTable() string {
	base := model.Default()
	var rows [][]string
	for _, lv := range explain.Levers() {
		var moves []string
		for _, m := range lv.Moves {
			if m.TowardParity {
				moves = append(moves, m.Input+" "+num(m.Step)+" toward parity (0.5)")
			} else {
				moves = append(moves, m.Input+" "+explain.Signed(en, m.Step, 2))
			}
		}
		sentence := ""
		if n := len(lv.Quotes); n > 0 {
			if q, ok := explain.PaperQuote(en, lv.Quotes[n-1]); ok {
				sentence = quoted(q)
			}
		}
		rows = append(rows, []string{
			lv.Name(en) + " (" + code(lv.ID) + ")",
			strings.Join(moves, ", "),
			lv.How(en),
			lv.Effect(en, base).Text,
			sentence,
		})
	}
	return markdown([]string{"lever", "inputs moved, by how much", "why", "at the baseline", "the paper's sentence"}, rows)
}

// historyTable: the episodes the paper recounts (explain.History), each with
// its inputs and the model's result for them.
func historyTable() string {
	var rows [][]string
	for _, ep := range explain.History(en) {
		a := model.Assess(ep.Inputs)
		result := num(a.Intensity) + ", " + explain.WorldName(en, a.World)
		if ep.Inputs.Clamp() == model.Default() {
			result += " (the baseline)"
		}
		in := ep.Inputs
		rows = append(rows, []string{
			ep.Date, ep.Title + " (" + code(ep.ID) + ")",
			num(in.Tech), num(in.Discourse), num(in.Attribution), num(in.Dialogue),
			result, ep.Note,
		})
	}
	return markdown([]string{"date", "episode (`id`)", "tech", "discourse", "attribution", "dialogue", "intensity, world", "note (where the paper's date or count differs from the public record)"}, rows)
}

// baselineTable: the model's numbers at the paper's baseline, model.Default().
func baselineTable() string {
	a := model.Assess(model.Default())
	equilibrium := "none: the race diverges"
	if a.Equilibrium.Valid {
		equilibrium = "US " + num(a.Equilibrium.US) + ", China " + num(a.Equilibrium.China)
	}
	var met []string
	for _, c := range explain.PosenConditions(en, a.Posen) {
		if c.Met {
			met = append(met, c.Text)
		}
	}
	posen := explain.Number(en, float64(a.Posen.Met), 0) + " of 3"
	if len(met) > 0 {
		posen += ": " + strings.Join(met, "; ")
	}
	t := func(key string) string { return i18n.T("en", key) }
	rows := [][]string{
		{t("metric.power"), num(a.PowerShare)},
		{t("metric.offense"), num(a.OffenseBalance)},
		{t("metric.distinct"), num(a.Distinguishability)},
		{t("result.world"), explain.WorldName(en, a.World)},
		{t("result.intensity") + " I", num(a.Intensity)},
		{"Band", explain.BandName(en, a.Band)},
		{"Reaction θ = a = b", num(a.Reaction)},
		{"Restraint μ = m = n", num(a.Restraint)},
		{t("result.margin") + " m·n − a·b", num(a.StabilityMargin)},
		{"Equilibrium (x*, y*)", equilibrium},
		{t("result.posen"), posen},
	}
	return markdown([]string{"quantity", "at the baseline"}, rows)
}

// evidenceTable: how each default follows from the paper (explain.Derivations
// in English, the model's own method texts), and the postures, for which the
// code holds the paper's sentence but no method.
func evidenceTable() (string, error) {
	base := model.Default()
	var rows [][]string
	for _, d := range explain.Derivations(en) {
		rows = append(rows, []string{code(d.Input), num(d.Default), d.Method, quoted(d.Quote)})
	}
	q, ok := explain.PaperQuote(en, "dominant-party")
	if !ok {
		return "", errors.New("readme: no paper quote \"dominant-party\" for the postures")
	}
	rows = append(rows, []string{
		code("us") + ", " + code("china"),
		explain.PostureName(en, base.US) + ", " + explain.PostureName(en, base.China),
		"—", quoted(q),
	})
	return markdown([]string{"input", "default", "how it follows from the paper", "the paper's judgment"}, rows), nil
}

// presetsTable: the presets (model.Presets, in English through
// explain.Presets), the sentence each stands for, how it was turned into
// inputs, and the model's result in the explanation's summary sentence.
func presetsTable() string {
	texts := explain.Presets(en)
	var rows [][]string
	for i, p := range model.Presets() {
		rows = append(rows, []string{
			code(p.ID), quoted(texts[i].Quote), texts[i].Note, explain.Explain(en, p.Inputs).Summary,
		})
	}
	return markdown([]string{"id", "stands for", "inputs", "result"}, rows)
}
