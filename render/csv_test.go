package render_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// exportTimeline is a hand-made timeline for the CSV and ICS writers: three
// sources (one with a URL, one without a title or URL, one with a URL that is
// not http), events of every grain from a decade to a minute, references and
// expected events, one with actors, a place, a kind and two citations whose
// dates disagree, and texts with what CSV and iCalendar must escape:
// quotes, commas, semicolons, backslashes, line breaks, formula starts and
// long multibyte text.
func exportTimeline() *timeline.Timeline {
	const geneva, notes, wire = "geneva-2016-08-26", "notes/council.txt", "wire"
	cite := func(doc string, n int) timeline.Citation {
		return timeline.Citation{Doc: doc, Sentence: n, Start: 100 * (n - 1), End: 100*n - 2}
	}
	kerry := timeline.Actor{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}
	lavrov := timeline.Actor{Name: "Sergey Lavrov", Role: "Russian Foreign Minister", Type: "person"}
	return &timeline.Timeline{
		Title: "Syria talks; summer, 2016",
		Sources: []timeline.Source{
			{ID: geneva, Title: "Kerry and Lavrov meet in Geneva", Published: date(2016, 8, 26),
				Path: "examples/geneva-2016/article.md", URL: "https://example.com/world/2016/08/26/kerry-lavrov-geneva"},
			{ID: notes, Published: date(2016, 8, 29), Path: "notes/council.txt"},
			{ID: wire, Title: "Wire copy", Published: date(2016, 8, 27), URL: "javascript:alert(1)"},
		},
		Events: []timeline.Event{
			{
				ID:     "e1",
				When:   timeline.When{Value: interval("199", dates.GrainDecade, "", date(1990, 1, 1), date(1999, 12, 31)), Phrase: "the 1990s", Rule: "decade"},
				Text:   "The two countries first discussed a joint force in the 1990s.",
				Source: cite(geneva, 9),
			},
			{
				ID:     "e2",
				When:   timeline.When{Value: interval("2015", dates.GrainYear, dates.ModMid, date(2015, 5, 2), date(2015, 8, 31)), Phrase: "mid-2015", Rule: "year"},
				Text:   "Russia began airstrikes after talks stalled in mid-2015.",
				Source: cite(geneva, 7),
			},
			{
				ID:     "e3",
				When:   timeline.When{Value: interval("2016-Q2", dates.GrainQuarter, "", date(2016, 4, 1), date(2016, 6, 30)), Phrase: "the second quarter", Rule: "quarter"},
				Text:   "Aid deliveries fell in the second quarter.",
				Source: cite(wire, 2),
			},
			{
				ID:           "e4",
				When:         timeline.When{Value: interval("2016-08", dates.GrainMonth, dates.ModEnd, date(2016, 8, 21), date(2016, 8, 31)), Phrase: "late August", Rule: "month"},
				Text:         "After missing an initial target date of Aug. 1, de Mistura had hoped to restart talks in late August.",
				Source:       cite(geneva, 14),
				Citations:    []timeline.Citation{cite(geneva, 14), cite(notes, 3), cite(wire, 5)},
				Actors:       []timeline.Actor{kerry, lavrov, {Name: "United Nations", Type: "organization"}},
				Place:        "Geneva",
				Kind:         timeline.Kind{Name: "negotiation", CAMEO: "046"},
				DateConflict: "2016-08 (2), 2016-09 (1)",
			},
			{
				ID:     "e5",
				When:   timeline.When{Value: interval("2016-W33", dates.GrainWeek, "", date(2016, 8, 15), date(2016, 8, 21)), Phrase: "last week", Rule: "relative_unit"},
				Text:   `Aid convoys were blocked last week near Aleppo; the U.N. said "enough," again.`,
				Source: cite(geneva, 4),
			},
			{
				ID:     "e6",
				When:   timeline.When{Value: dayValue(2016, 8, 21), Phrase: "Sunday", Rule: "weekday"},
				Text:   "=HYPERLINK(\"http://evil.example\",\"click\")\nsaid the \\ council, on Sunday",
				Source: cite(notes, 2),
				Actors: []timeline.Actor{{Name: "@everyone"}},
				Place:  "-Hasakah",
			},
			{
				ID:     "e7",
				When:   timeline.When{Value: dayValue(2016, 8, 26), Rule: "lead"},
				Text:   "Secretary of State John Kerry met his Russian counterpart in Genève — 🇨🇭 talks «à huis clos» went on for twelve hours, 会谈持续了十二个小时, officials said.",
				Source: cite(geneva, 1),
				Actors: []timeline.Actor{kerry, lavrov},
				Place:  "Geneva",
				Kind:   timeline.Kind{Name: "visit", CAMEO: "042"},
			},
			{
				ID: "e8",
				When: timeline.When{Value: dates.Value{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute,
					Start: time.Date(2016, 8, 26, 15, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 26, 15, 0, 59, 0, time.UTC)},
					Phrase: "3 p.m. Friday", Rule: "time_of_day"},
				Text:   "The ministers spoke to reporters at 3 p.m. Friday.",
				Source: cite(geneva, 2),
			},
			{
				ID: "e9",
				When: timeline.When{Value: dates.Value{Type: dates.Time, Value: "2016-08-26TNI", Grain: dates.GrainPartOfDay,
					Start: time.Date(2016, 8, 26, 21, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 27, 3, 59, 59, 0, time.UTC)},
					Phrase: "Friday night", Rule: "weekday"},
				Text:   "Talks went on late into Friday night.",
				Source: cite(wire, 3),
			},
			{
				ID:       "e10",
				When:     timeline.When{Value: interval("2016-W34-WE", dates.GrainWeekend, "", date(2016, 8, 27), date(2016, 8, 28)), Phrase: "this weekend", Rule: "relative_unit"},
				Text:     "+ Experts will keep working this weekend.",
				Expected: true,
				Source:   cite(geneva, 10),
			},
			{
				ID: "e11",
				When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-09-05", Grain: dates.GrainDay,
					Start: date(2016, 9, 5), End: date(2016, 9, 5), Future: true}, Phrase: "Sept. 5", Rule: "month_day"},
				Text:     "Experts will meet again on Sept. 5.",
				Expected: true,
				Source:   cite(geneva, 11),
			},
			{
				ID:       "e12",
				When:     timeline.When{Value: dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, Phrase: "in the coming weeks", Rule: "reference"},
				Text:     "A broader deal could follow in the coming weeks.",
				Expected: true,
				Source:   cite(geneva, 12),
			},
		},
	}
}

// csvHeader is the header row CSV writes.
var csvHeader = []string{"id", "value", "type", "grain", "mod", "start", "end", "label", "phrase", "expected",
	"kind", "cameo", "actors", "place", "text", "sources", "urls", "sentences", "date_conflict"}

func writeCSV(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := render.CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readCSV parses CSV output as a spreadsheet or data frame would, requiring
// the same number of cells in every row.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading the CSV back: %v\n%s", err, data)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("header = %q, want %q", rows[0], csvHeader)
	}
	return rows
}

func TestCSVGolden(t *testing.T) {
	got := writeCSV(t, exportTimeline())
	checkGolden(t, "csv_timeline.golden", got)
	if again := writeCSV(t, exportTimeline()); !bytes.Equal(got, again) {
		t.Error("CSV is not deterministic")
	}
}

// TestCSVRoundTrip reads the CSV back and checks it as a table: UTF-8
// without a byte order mark, CRLF line ends, one row per event with the
// cells of the event.
func TestCSVRoundTrip(t *testing.T) {
	tl := exportTimeline()
	data := writeCSV(t, tl)
	if bytes.HasPrefix(data, []byte("\uFEFF")) || !utf8.Valid(data) {
		t.Error("CSV is not UTF-8 without a byte order mark")
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Error("CSV lines do not all end in CRLF")
	}
	rows := readCSV(t, data)
	if len(rows) != len(tl.Events)+1 {
		t.Fatalf("%d rows, want a header and %d events", len(rows), len(tl.Events))
	}
	col := make(map[string]int)
	for i, name := range csvHeader {
		col[name] = i
	}
	byID := make(map[string][]string)
	for i, row := range rows[1:] {
		if row[col["id"]] != tl.Events[i].ID {
			t.Errorf("row %d is event %s, want %s", i+1, row[col["id"]], tl.Events[i].ID)
		}
		byID[row[col["id"]]] = row
	}

	for _, tc := range []struct {
		id, column, want string
	}{
		{"e1", "value", "199"},
		{"e1", "grain", "decade"},
		{"e1", "label", "the 1990s"},
		{"e4", "value", "2016-08"},
		{"e4", "type", "DATE"},
		{"e4", "grain", "month"},
		{"e4", "mod", "END"},
		{"e4", "start", "2016-08-21"},
		{"e4", "end", "2016-08-31"},
		{"e4", "label", "late Aug. 2016"},
		{"e4", "phrase", "late August"},
		{"e4", "expected", "false"},
		{"e4", "kind", "negotiation"},
		{"e4", "cameo", "046"},
		{"e4", "actors", "John Kerry (US Secretary of State); Sergey Lavrov (Russian Foreign Minister); United Nations"},
		{"e4", "place", "Geneva"},
		{"e4", "sources", "geneva-2016-08-26; notes/council.txt; wire"},
		{"e4", "urls", "https://example.com/world/2016/08/26/kerry-lavrov-geneva; ; javascript:alert(1)"},
		{"e4", "sentences", "14; 3; 5"},
		{"e4", "date_conflict", "2016-08 (2), 2016-09 (1)"},
		{"e5", "text", `Aid convoys were blocked last week near Aleppo; the U.N. said "enough," again.`},
		{"e5", "sources", "geneva-2016-08-26"},
		{"e5", "sentences", "4"},
		{"e6", "text", "'=HYPERLINK(\"http://evil.example\",\"click\")\nsaid the \\ council, on Sunday"},
		{"e6", "actors", "'@everyone"},
		{"e6", "place", "'-Hasakah"},
		{"e6", "urls", ""},
		{"e7", "phrase", ""},
		{"e7", "text", tl.Events[6].Text},
		{"e8", "type", "TIME"},
		{"e8", "value", "2016-08-26T15:00"},
		{"e8", "start", "2016-08-26"},
		{"e10", "text", "'+ Experts will keep working this weekend."},
		{"e10", "expected", "true"},
		{"e12", "value", "FUTURE_REF"},
		{"e12", "grain", ""},
		{"e12", "start", ""},
		{"e12", "end", ""},
		{"e12", "label", "in the future"},
	} {
		if got := byID[tc.id][col[tc.column]]; got != tc.want {
			t.Errorf("%s %s = %q, want %q", tc.id, tc.column, got, tc.want)
		}
	}
}

// TestCSVFormulaInjection checks that text cells a spreadsheet would run as
// a formula are neutralised, and that machine columns are left alone.
func TestCSVFormulaInjection(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'=1+1"}, // a lone CR is dropped by RFC 4180 CRLF writing
		{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"1+1=2", "1+1=2"},
		{" =1", " =1"},
		{"'=1", "'=1"},
		{"", ""},
	} {
		e := timeline.Event{ID: "e1", When: timeline.When{Value: dayValue(2016, 8, 26), Phrase: tc.text}, Text: tc.text,
			Place: tc.text, Actors: []timeline.Actor{{Name: tc.text}}, Kind: timeline.Kind{Name: tc.text},
			Source: timeline.Citation{Doc: tc.text, Sentence: 1}, DateConflict: tc.text}
		tl := &timeline.Timeline{Sources: []timeline.Source{{ID: tc.text, URL: tc.text}}, Events: []timeline.Event{e}}
		row := readCSV(t, writeCSV(t, tl))[1]
		for i, name := range csvHeader {
			switch name {
			case "phrase", "kind", "actors", "place", "text", "sources", "urls", "date_conflict":
				if row[i] != tc.want {
					t.Errorf("text %q: %s = %q, want %q", tc.text, name, row[i], tc.want)
				}
			}
		}
	}
	// A machine column keeps its value, even one that starts like a formula.
	e := timeline.Event{ID: "e1", When: timeline.When{Value: dates.Value{Type: dates.Duration, Value: "-P1D"}}}
	row := readCSV(t, writeCSV(t, &timeline.Timeline{Events: []timeline.Event{e}}))[1]
	if row[1] != "-P1D" {
		t.Errorf("value = %q, want it unchanged", row[1])
	}
}

func TestCSVEmpty(t *testing.T) {
	want := strings.Join(csvHeader, ",") + "\r\n"
	for _, tl := range []*timeline.Timeline{nil, {}} {
		if got := string(writeCSV(t, tl)); got != want {
			t.Errorf("CSV(%v) = %q, want the header only", tl, got)
		}
	}
}

func ExampleCSV() {
	fri := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	t := &timeline.Timeline{
		Title:   "Geneva talks",
		Sources: []timeline.Source{{ID: "geneva", Title: "Kerry and Lavrov meet in Geneva", Published: fri, URL: "https://example.com/geneva"}},
		Events: []timeline.Event{{
			ID:     "e1",
			When:   timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: fri, End: fri}, Phrase: "Friday", Rule: "weekday"},
			Text:   `Kerry met Lavrov on Friday, calling the talks "productive".`,
			Source: timeline.Citation{Doc: "geneva", Sentence: 2, Start: 40, End: 99},
			Actors: []timeline.Actor{{Name: "John Kerry", Role: "US Secretary of State"}, {Name: "Sergey Lavrov"}},
			Place:  "Geneva",
		}},
	}
	var buf bytes.Buffer
	if err := render.CSV(&buf, t); err != nil {
		fmt.Println(err)
	}
	// Lines end in CRLF; shown here with LF.
	os.Stdout.WriteString(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	// Output:
	// id,value,type,grain,mod,start,end,label,phrase,expected,kind,cameo,actors,place,text,sources,urls,sentences,date_conflict
	// e1,2016-08-26,DATE,day,,2016-08-26,2016-08-26,"Fri. Aug. 26, 2016",Friday,false,,,John Kerry (US Secretary of State); Sergey Lavrov,Geneva,"Kerry met Lavrov on Friday, calling the talks ""productive"".",geneva,https://example.com/geneva,2,
}
