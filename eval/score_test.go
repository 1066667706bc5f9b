package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/golden"
)

// readTestDocs reads the two hand-made TimeML documents: 5 gold expressions,
// 2 DATE, 1 TIME, 1 DURATION, 1 SET.
func readTestDocs(t *testing.T) []*Doc {
	t.Helper()
	docs, skipped := ReadPaths([]string{"testdata/timeml"})
	if len(skipped) > 0 || len(docs) != 2 {
		t.Fatalf("read %d docs, skipped %v", len(docs), skipped)
	}
	return docs
}

// gold returns a copy of each document's gold expressions, as a perfect
// system would find them.
func gold(docs []*Doc) [][]Timex {
	out := make([][]Timex, len(docs))
	for i, d := range docs {
		out[i] = slices.Clone(d.Gold)
	}
	return out
}

// prf checks that s is (p, r, f1) in percent, to 2 decimals.
func checkPRF(t *testing.T, name string, s PRF, p, r, f1 float64) {
	t.Helper()
	for _, x := range []float64{s.P, s.R, s.F1} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			t.Errorf("%s: %+v is not a number", name, s)
			return
		}
	}
	if round2(pct(s.P)) != p || round2(pct(s.R)) != r || round2(pct(s.F1)) != f1 {
		t.Errorf("%s: P %.2f R %.2f F1 %.2f, want %.2f %.2f %.2f", name, pct(s.P), pct(s.R), pct(s.F1), p, r, f1)
	}
}

func TestScorePerfect(t *testing.T) {
	docs := readTestDocs(t)
	r := Score(docs, gold(docs))
	if r.Docs != 2 || r.Gold != 5 || r.System != 5 {
		t.Fatalf("docs %d gold %d system %d, want 2 5 5", r.Docs, r.Gold, r.System)
	}
	for _, m := range []int{r.Strict, r.Relaxed, r.Type, r.Value} {
		checkPRF(t, "overall", r.PRF(m), 100, 100, 100)
	}
	if r.ValueAccuracy() != 1 {
		t.Errorf("value accuracy %v, want 1", r.ValueAccuracy())
	}
	for typ, n := range map[string]int{Date: 2, Time: 1, Duration: 1, Set: 1} {
		s := r.ByType[typ]
		if s.Gold != n || s.System != n {
			t.Errorf("%s: gold %d system %d, want %d", typ, s.Gold, s.System, n)
		}
		checkPRF(t, typ, s.PRF(s.Value), 100, 100, 100)
	}
	if len(r.Mistakes) != 0 {
		t.Errorf("mistakes %+v, want none", r.Mistakes)
	}
}

func TestScoreEmpty(t *testing.T) {
	docs := readTestDocs(t)
	for name, system := range map[string][][]Timex{"empty": {{}, {}}, "nil": nil} {
		r := Score(docs, system)
		for _, m := range []int{r.Strict, r.Relaxed, r.Type, r.Value} {
			checkPRF(t, name, r.PRF(m), 0, 0, 0)
		}
		if r.ValueAccuracy() != 0 {
			t.Errorf("%s: value accuracy %v, want 0", name, r.ValueAccuracy())
		}
		if len(r.Mistakes) != 5 {
			t.Errorf("%s: %d mistakes, want 5 missed", name, len(r.Mistakes))
		}
	}
	// No documents at all: every 0/0 is 0.
	r := Score(nil, nil)
	checkPRF(t, "no docs", r.PRF(r.Relaxed), 0, 0, 0)
}

func TestScoreShiftedSpan(t *testing.T) {
	docs := readTestDocs(t)
	system := gold(docs)
	w := &system[0][0] // "Wednesday" -> "on Wednesday"
	w.Start -= len("on ")
	w.Text = docs[0].Text[w.Start:w.End]
	r := Score(docs, system)
	if r.Strict != 4 || r.Relaxed != 5 || r.Value != 5 {
		t.Errorf("strict %d relaxed %d value %d, want 4 5 5", r.Strict, r.Relaxed, r.Value)
	}
	checkPRF(t, "strict", r.PRF(r.Strict), 80, 80, 80)
	checkPRF(t, "relaxed", r.PRF(r.Relaxed), 100, 100, 100)
	if s := r.ByType[Date]; s.Strict != 1 || s.Relaxed != 2 {
		t.Errorf("DATE: strict %d relaxed %d, want 1 2", s.Strict, s.Relaxed)
	}
}

func TestScoreWrongValue(t *testing.T) {
	docs := readTestDocs(t)
	system := gold(docs)
	system[1][1].Value = "1998-Q4"       // "the fourth quarter": gold 1997-Q4
	system[0][0].Value = "1998-01-07"    // the same value...
	system[0][2].Value = "1998-01-08tev" // ...compared case-insensitively
	r := Score(docs, system)
	if r.Strict != 5 || r.Relaxed != 5 || r.Type != 5 || r.Value != 4 {
		t.Errorf("strict %d relaxed %d type %d value %d, want 5 5 5 4", r.Strict, r.Relaxed, r.Type, r.Value)
	}
	checkPRF(t, "value", r.PRF(r.Value), 80, 80, 80)
	checkPRF(t, "type", r.PRF(r.Type), 100, 100, 100)
	if got := r.ValueAccuracy(); got != 0.8 {
		t.Errorf("value accuracy %v, want 0.8", got)
	}
	d := r.ByType[Date]
	checkPRF(t, "DATE value", d.PRF(d.Value), 50, 50, 50)
	if len(r.Mistakes) != 1 || r.Mistakes[0].Kind != WrongValue || r.Mistakes[0].Gold.Text != "the fourth quarter" {
		t.Errorf("mistakes %+v, want one wrong_value", r.Mistakes)
	}
}

func TestScoreWrongType(t *testing.T) {
	docs := readTestDocs(t)
	system := gold(docs)
	system[0][1].Type = Date // "more than two years": gold DURATION
	r := Score(docs, system)
	if r.Relaxed != 5 || r.Type != 4 || r.Value != 5 {
		t.Errorf("relaxed %d type %d value %d, want 5 4 5", r.Relaxed, r.Type, r.Value)
	}
	// Per type, a matched system expression counts for its gold's type.
	if s := r.ByType[Duration]; s.Gold != 1 || s.System != 1 || s.Relaxed != 1 || s.Type != 0 {
		t.Errorf("DURATION %+v, want gold 1 system 1 relaxed 1 type 0", s)
	}
	if s := r.ByType[Date]; s.Gold != 2 || s.System != 2 || s.Relaxed != 2 {
		t.Errorf("DATE %+v, want gold 2 system 2 relaxed 2", s)
	}
	if len(r.Mistakes) != 1 || r.Mistakes[0].Kind != WrongType {
		t.Errorf("mistakes %+v, want one wrong_type", r.Mistakes)
	}
}

func TestScoreOneToOne(t *testing.T) {
	doc := &Doc{ID: "d", Text: "It rained from Monday to Friday last week.", Gold: []Timex{
		{Start: 15, End: 31, Text: "Monday to Friday", Type: Date, Value: "2016-W33"},
	}}
	system := [][]Timex{{
		{Start: 15, End: 21, Text: "Monday", Type: Date, Value: "2016-08-15"},
		{Start: 25, End: 41, Text: "Friday last week", Type: Date, Value: "2016-08-19"},
	}}
	r := Score([]*Doc{doc}, system)
	if r.Relaxed != 1 || r.Strict != 0 || r.System != 2 {
		t.Fatalf("relaxed %d strict %d system %d, want 1 0 2", r.Relaxed, r.Strict, r.System)
	}
	checkPRF(t, "relaxed", r.PRF(r.Relaxed), 50, 100, 66.67)
	// The larger overlap wins: "Friday last week" overlaps by 6 bytes like
	// "Monday", so the earlier one does.
	var kinds []string
	for _, m := range r.Mistakes {
		kinds = append(kinds, string(m.Kind)+" "+m.System.Text)
	}
	if want := "wrong_value Monday,spurious Friday last week"; strings.Join(kinds, ",") != want {
		t.Errorf("mistakes %q, want %q", kinds, want)
	}

	// An identical span wins over an equal overlap that starts earlier.
	doc.Gold = []Timex{{Start: 15, End: 21, Text: "Monday", Type: Date}, {Start: 25, End: 31, Text: "Friday", Type: Date}}
	system = [][]Timex{{
		{Start: 15, End: 31, Text: "Monday to Friday", Type: Date},
		{Start: 25, End: 31, Text: "Friday", Type: Date},
	}}
	r = Score([]*Doc{doc}, system)
	if r.Relaxed != 2 || r.Strict != 1 {
		t.Errorf("relaxed %d strict %d, want 2 1", r.Relaxed, r.Strict)
	}
}

func TestContext(t *testing.T) {
	text := strings.Repeat("é", 40) + "\nin May\n" + strings.Repeat("ü", 40)
	start := strings.Index(text, "May")
	got := context(text, start, start+3)
	want := strings.Repeat("é", 28) + " in [[May]] " + strings.Repeat("ü", 29)
	if got != want {
		t.Errorf("context\n%q\nwant\n%q", got, want)
	}
	if got := context("May", 0, 3); got != "[[May]]" {
		t.Errorf("context %q, want [[May]]", got)
	}
}

// TestReport checks the text, JSON and mistakes outputs against golden
// files, for a system that gets one span wrong, one value wrong, misses one
// expression and adds one.
func TestReport(t *testing.T) {
	docs := readTestDocs(t)
	system := gold(docs)
	a := docs[0]
	on := strings.Index(a.Text, "on Wednesday")
	system[0] = []Timex{
		{Start: on, End: on + len("on Wednesday"), Text: "on Wednesday", Type: Date, Value: "1998-01-07", Rule: "weekday"},
		system[0][1],
		// "this evening" missed; "Smith" taken for a date.
	}
	system[0][1].Rule = "duration"
	smith := strings.Index(a.Text, "Smith")
	system[0] = append([]Timex{{Start: smith, End: smith + 5, Text: "Smith", Type: Date, Value: "XXXX", Rule: "oops"}}, system[0]...)
	system[1][1].Value, system[1][1].Rule = "1998-Q4", "quarter"
	system[1][0].Rule = "set"
	r := Score(docs, system)

	var text, js, mistakes bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/report.txt.golden", text.Bytes())
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/report.json.golden", js.Bytes())
	if err := r.WriteMistakes(&mistakes); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/mistakes.jsonl.golden", mistakes.Bytes())

	// Every line is a JSON object with null for a missing side.
	for line := range strings.Lines(mistakes.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if _, ok := m["gold"]; !ok {
			t.Errorf("%q: no gold field", line)
		}
		if _, ok := m["system"]; !ok {
			t.Errorf("%q: no system field", line)
		}
	}

	// The speed is printed once measured.
	r.Elapsed = 2 * time.Second
	text.Reset()
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "docs/s 1.0, MB/s 0.00") {
		t.Errorf("text does not show the speed:\n%s", text.String())
	}
}

func TestReportTIMEX2Note(t *testing.T) {
	docs, skipped := ReadPaths([]string{"testdata/wikiwars"})
	if len(skipped) > 0 {
		t.Fatal(skipped)
	}
	var text bytes.Buffer
	if err := Score(docs, gold(docs)).WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "only indicative") {
		t.Errorf("text does not say that TIMEX2 types are inferred:\n%s", text.String())
	}
}
