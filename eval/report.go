package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// WriteText writes the report as a table: strict, relaxed, type and value
// precision, recall and F1 (in %), value accuracy, value scores per gold
// type, then the counts and the tagging speed.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	row := func(name string, s PRF) {
		fmt.Fprintf(bw, "%-10s %7.2f %7.2f %7.2f\n", name, pct(s.P), pct(s.R), pct(s.F1))
	}
	fmt.Fprintf(bw, "TempEval-3 Task A, micro-averaged (%%)\n\n")
	fmt.Fprintf(bw, "%-10s %7s %7s %7s\n", "", "P", "R", "F1")
	row("strict", r.PRF(r.Strict))
	row("relaxed", r.PRF(r.Relaxed))
	row("type", r.PRF(r.Type))
	row("value", r.PRF(r.Value))
	fmt.Fprintf(bw, "\nvalue accuracy %.2f (over %d relaxed matches)\n", pct(r.ValueAccuracy()), r.Relaxed)

	fmt.Fprintf(bw, "\n%-10s %7s %7s %7s %7s %7s\n", "value", "gold", "system", "P", "R", "F1")
	for _, t := range types() {
		s := r.ByType[t]
		v := s.PRF(s.Value)
		fmt.Fprintf(bw, "%-10s %7d %7d %7.2f %7.2f %7.2f\n", t, s.Gold, s.System, pct(v.P), pct(v.R), pct(v.F1))
	}

	fmt.Fprintf(bw, "\ndocs %d, gold %d, system %d\n", r.Docs, r.Gold, r.System)
	if r.Elapsed > 0 {
		fmt.Fprintf(bw, "docs/s %.1f, MB/s %.2f\n", r.DocsPerSecond(), r.MBPerSecond())
	} else {
		fmt.Fprintf(bw, "docs/s -, MB/s - (not measured)\n")
	}
	if r.TIMEX2Docs > 0 {
		fmt.Fprintf(bw, "\nnote: %d of %d documents are TIMEX2, which has no type: their gold types are\ninferred from the values, so type scores are only indicative.\n", r.TIMEX2Docs, r.Docs)
	}
	return bw.Flush()
}

// pct turns a fraction into a percentage.
func pct(f float64) float64 { return 100 * f }

// round2 rounds to 2 decimals.
func round2(f float64) float64 { return math.Round(f*100) / 100 }

type prfJSON struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func newPRFJSON(s PRF) prfJSON {
	return prfJSON{round2(pct(s.P)), round2(pct(s.R)), round2(pct(s.F1))}
}

type scoresJSON struct {
	Strict        prfJSON `json:"strict"`
	Relaxed       prfJSON `json:"relaxed"`
	Type          prfJSON `json:"type"`
	Value         prfJSON `json:"value"`
	ValueAccuracy float64 `json:"value_accuracy"`
}

func newScoresJSON(s Scores) scoresJSON {
	return scoresJSON{
		Strict:        newPRFJSON(s.PRF(s.Strict)),
		Relaxed:       newPRFJSON(s.PRF(s.Relaxed)),
		Type:          newPRFJSON(s.PRF(s.Type)),
		Value:         newPRFJSON(s.PRF(s.Value)),
		ValueAccuracy: round2(pct(s.ValueAccuracy())),
	}
}

type typeJSON struct {
	Gold   int `json:"gold"`
	System int `json:"system"`
	scoresJSON
}

type reportJSON struct {
	Docs   int `json:"docs"`
	Gold   int `json:"gold"`
	System int `json:"system"`
	scoresJSON
	ByType struct {
		Date     typeJSON `json:"DATE"`
		Time     typeJSON `json:"TIME"`
		Duration typeJSON `json:"DURATION"`
		Set      typeJSON `json:"SET"`
	} `json:"by_type"`
	DocsPerS float64 `json:"docs_per_s"`
	MBPerS   float64 `json:"mb_per_s"`
}

// WriteJSON writes the report as one indented JSON object:
//
//	{"docs", "gold", "system",
//	 "strict": {"p", "r", "f1"}, "relaxed": {...}, "type": {...}, "value": {...},
//	 "value_accuracy",
//	 "by_type": {"DATE": {"gold", "system", "strict", "relaxed", "type", "value", "value_accuracy"}, "TIME", "DURATION", "SET"},
//	 "docs_per_s", "mb_per_s"}
//
// Scores are percentages from 0 to 100 rounded to 2 decimals; the speeds are
// 0 when not measured.
func (r *Report) WriteJSON(w io.Writer) error {
	out := reportJSON{Docs: r.Docs, Gold: r.Gold, System: r.System, scoresJSON: newScoresJSON(r.Scores),
		DocsPerS: round2(r.DocsPerSecond()), MBPerS: round2(r.MBPerSecond())}
	for _, x := range []struct {
		typ string
		to  *typeJSON
	}{{Date, &out.ByType.Date}, {Time, &out.ByType.Time}, {Duration, &out.ByType.Duration}, {Set, &out.ByType.Set}} {
		s := r.ByType[x.typ]
		*x.to = typeJSON{Gold: s.Gold, System: s.System, scoresJSON: newScoresJSON(s)}
	}
	return writeJSON(w, out, "  ")
}

type timexJSON struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Type  string  `json:"type"`
	Value string  `json:"value"`
	Mod   string  `json:"mod"`
	Rule  *string `json:"rule,omitempty"`
}

func newTimexJSON(t *Timex, system bool) *timexJSON {
	if t == nil {
		return nil
	}
	j := &timexJSON{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value, Mod: t.Mod}
	if system {
		j.Rule = &t.Rule
	}
	return j
}

type mistakeJSON struct {
	Doc     string     `json:"doc"`
	Kind    Kind       `json:"kind"`
	Gold    *timexJSON `json:"gold"`
	System  *timexJSON `json:"system"`
	Context string     `json:"context"`
}

// WriteMistakes writes every mistake as one JSON line,
//
//	{"doc", "kind": "missed|spurious|wrong_value|wrong_type",
//	 "gold": {"start", "end", "text", "type", "value", "mod"} or null,
//	 "system": {"start", "end", "text", "type", "value", "mod", "rule"} or null,
//	 "context": "... [[phrase]] ..."}
//
// in document order, then text order.
func (r *Report) WriteMistakes(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, m := range r.Mistakes {
		line := mistakeJSON{Doc: m.Doc, Kind: m.Kind, Gold: newTimexJSON(m.Gold, false),
			System: newTimexJSON(m.System, true), Context: m.Context}
		if err := writeJSON(bw, line, ""); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeJSON writes v with a trailing newline, indented by indent (on one line
// when ""), without escaping <, > and &.
func writeJSON(w io.Writer, v any, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
