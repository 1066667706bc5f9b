package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// richTimeline is a hand-made timeline with every grain the resolver
// produces (values as dates.Tagger resolves them, START/MID/END intervals
// narrowed), references, actors, places, kinds, a merged event with two
// citations and a date conflict, a week across two months, and a source
// whose URL is not a web address.
func richTimeline() *timeline.Timeline {
	const wire, council = "wire-2016-08-26", "council"
	cite := func(doc string, n int, quote string) timeline.Citation {
		return timeline.Citation{Doc: doc, Sentence: n, Start: 100 * (n - 1), End: 100*n - 2, Quote: quote}
	}
	event := func(id string, v dates.Value, phrase, rule, text string, c timeline.Citation) timeline.Event {
		if c.Quote == "" {
			c.Quote = text
		}
		return timeline.Event{ID: id, When: timeline.When{Value: v, Phrase: phrase, Rule: rule}, Text: text, Source: c,
			Citations: []timeline.Citation{c}, Expected: v.Future}
	}
	kerry := timeline.Actor{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}
	lavrov := timeline.Actor{Name: "Sergey Lavrov", Role: "Russian Foreign Minister", Type: "person"}
	negotiation := timeline.Kind{Name: "negotiation", CAMEO: "046"}
	t := &timeline.Timeline{
		Title: "Syria diplomacy, 1900s to 2016",
		Sources: []timeline.Source{
			{ID: wire, Title: "Kerry & Lavrov: talks go on", Published: date(2016, 8, 26),
				Path: "wire/2016-08-26.md", URL: "https://example.org/news/geneva?id=1&lang=en"},
			{ID: council, Published: date(2016, 8, 29), Path: "notes/council.txt", URL: "ftp://archive.example.org/council.txt"},
		},
	}
	t.Events = []timeline.Event{
		event("e1", interval("19", dates.GrainCentury, "", date(1900, 1, 1), date(1999, 12, 31)), "the 20th century", "century",
			"Borders drawn in the 20th century still shape the war.", cite(wire, 20, "")),
		event("e2", interval("199", dates.GrainDecade, dates.ModStart, date(1990, 1, 1), date(1993, 5, 1)), "the early 1990s", "decade",
			"Both diplomats served at the UN in the early 1990s.", cite(wire, 18, "")),
		event("e3", interval("2015-WI", dates.GrainSeason, "", date(2015, 12, 1), date(2016, 2, 29)), "last winter", "season",
			"A first truce was negotiated last winter.", cite(wire, 9, "")),
		event("e4", interval("2016", dates.GrainYear, dates.ModStart, date(2016, 1, 1), date(2016, 5, 1)), "early 2016", "year",
			"Aid deliveries resumed in early 2016.", cite(council, 4, "")),
		event("e5", interval("2016-H1", dates.GrainHalf, "", date(2016, 1, 1), date(2016, 6, 30)), "the first half", "half",
			"Fighting displaced 300,000 people in the first half.", cite(council, 5, "")),
		event("e6", interval("2016-Q3", dates.GrainQuarter, "", date(2016, 7, 1), date(2016, 9, 30)), "the third quarter", "quarter",
			"Talks are due to conclude in the third quarter.", cite(wire, 15, "")),
		event("e7", interval("2016-08", dates.GrainMonth, dates.ModMid, date(2016, 8, 11), date(2016, 8, 20)), "mid-August", "month",
			"Kerry and Lavrov spoke by phone in mid-August.", cite(wire, 6, "")),
		event("e8", interval("2016-W33-WE", dates.GrainWeekend, "", date(2016, 8, 20), date(2016, 8, 21)), "last weekend", "relative_unit",
			"Convoys reached Aleppo last weekend.", cite(council, 2, "")),
		event("e9", dates.Value{Type: dates.Date, Value: "PAST_REF"}, "recently", "reference",
			"Relief groups have recently warned of famine.", cite(wire, 12, "")),
		event("e10", dates.Value{Type: dates.Time, Value: "2016-08-26TMO", Grain: dates.GrainPartOfDay,
			Start: date(2016, 8, 26), End: date(2016, 8, 26)}, "Friday morning", "weekday",
			"Kerry and Lavrov met in Geneva on Friday morning.", cite(wire, 1, "")),
		event("e11", dates.Value{Type: dates.Date, Value: "PRESENT_REF"}, "now", "reference",
			"The ministers now say a deal is close.", cite(wire, 3, "")),
		event("e12", dates.Value{Type: dates.Date, Value: "2016-W35", Grain: dates.GrainWeek, Start: date(2016, 8, 29),
			End: date(2016, 9, 4), Future: true}, "next week", "relative_unit",
			"Experts will meet next week.", cite(wire, 16, "")),
	}
	e7 := &t.Events[6]
	e7.Actors = []timeline.Actor{kerry, lavrov}
	e7.Kind = negotiation
	e8 := &t.Events[7]
	e8.Place = "Aleppo"
	e8.Kind = timeline.Kind{Name: "provide humanitarian aid", CAMEO: "073"}
	e10 := &t.Events[9]
	e10.Actors = []timeline.Actor{kerry, lavrov, {Name: "Russia", Type: "state"}}
	e10.Place = "Geneva"
	e10.Kind = negotiation
	e10.Citations = append(e10.Citations, cite(council, 1, "The two ministers met in Geneva on Thursday."))
	e10.DateConflict = "2016-08-26 (1), 2016-08-25 (1)"
	return t
}

func renderTimelineJS(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := render.TimelineJS(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTimelineJSGolden(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"sample": sampleTimeline(), "rich": richTimeline()} {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, "timelinejs-"+name+".json.golden", renderTimelineJS(t, tl))
		})
	}
}

// tljsDoc is the part of TimelineJS3 JSON the tests read.
type tljsDoc struct {
	Title struct {
		Text tljsText `json:"text"`
	} `json:"title"`
	Events []struct {
		StartDate   json.RawMessage `json:"start_date"`
		EndDate     json.RawMessage `json:"end_date"`
		DisplayDate string          `json:"display_date"`
		Text        tljsText        `json:"text"`
		Group       string          `json:"group"`
		UniqueID    string          `json:"unique_id"`
	} `json:"events"`
}

type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

func decodeTimelineJS(t *testing.T, b []byte) tljsDoc {
	t.Helper()
	var doc tljsDoc
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("TimelineJS output is not the JSON expected: %v\n%s", err, b)
	}
	return doc
}

// TestTimelineJSDates checks the date fields of every grain, on values as
// the dates package resolves them in an article published Friday Aug. 26,
// 2016 (START, MID and END intervals narrowed to a third).
func TestTimelineJSDates(t *testing.T) {
	published := date(2016, 8, 26)
	clock := func(value string) dates.Value { // a TIME value keeps the day as its interval
		return dates.Value{Type: dates.Time, Value: value, Grain: dates.GrainMinute, Start: published, End: published}
	}
	ref := func(value string) dates.Value { return dates.Value{Type: dates.Date, Value: value} }
	tests := []struct {
		phrase     string
		v          dates.Value
		start, end string // compact JSON; end "" for none
		display    string
	}{
		{"Aug. 1", dayValue(2016, 8, 1), `{"year":2016,"month":8,"day":1}`, "", "Mon. Aug. 1, 2016"},
		{"3 p.m. Friday", clock("2016-08-26T15:00"), `{"year":2016,"month":8,"day":26,"hour":15,"minute":0}`, "", "Fri. Aug. 26, 2016, 3:00 p.m."},
		{"midnight Friday", clock("2016-08-26T00:00"), `{"year":2016,"month":8,"day":26,"hour":0,"minute":0}`, "", "Fri. Aug. 26, 2016, midnight"},
		{"Friday morning", dates.Value{Type: dates.Time, Value: "2016-08-26TMO", Grain: dates.GrainPartOfDay, Start: published, End: published},
			`{"year":2016,"month":8,"day":26}`, "", "Fri. Aug. 26, 2016, morning"},
		{"last weekend", interval("2016-W33-WE", dates.GrainWeekend, "", date(2016, 8, 20), date(2016, 8, 21)),
			`{"year":2016,"month":8,"day":20}`, `{"year":2016,"month":8,"day":21}`, "weekend of Aug. 20, 2016"},
		{"last week", interval("2016-W33", dates.GrainWeek, "", date(2016, 8, 15), date(2016, 8, 21)),
			`{"year":2016,"month":8,"day":15}`, `{"year":2016,"month":8,"day":21}`, "week of Aug. 15, 2016"},
		{"next week", interval("2016-W35", dates.GrainWeek, "", date(2016, 8, 29), date(2016, 9, 4)),
			`{"year":2016,"month":8,"day":29}`, `{"year":2016,"month":9,"day":4}`, "week of Aug. 29, 2016"},
		{"July", interval("2016-07", dates.GrainMonth, "", date(2016, 7, 1), date(2016, 7, 31)), `{"year":2016,"month":7}`, "", "July 2016"},
		{"late August", interval("2016-08", dates.GrainMonth, dates.ModEnd, date(2016, 8, 21), date(2016, 8, 31)),
			`{"year":2016,"month":8,"day":21}`, `{"year":2016,"month":8,"day":31}`, "late Aug. 2016"},
		{"mid-August", interval("2016-08", dates.GrainMonth, dates.ModMid, date(2016, 8, 11), date(2016, 8, 20)),
			`{"year":2016,"month":8,"day":11}`, `{"year":2016,"month":8,"day":20}`, "mid-Aug. 2016"},
		{"last winter", interval("2015-WI", dates.GrainSeason, "", date(2015, 12, 1), date(2016, 2, 29)),
			`{"year":2015,"month":12}`, `{"year":2016,"month":2}`, "winter 2015"},
		{"the third quarter", interval("2016-Q3", dates.GrainQuarter, "", date(2016, 7, 1), date(2016, 9, 30)),
			`{"year":2016,"month":7}`, `{"year":2016,"month":9}`, "Q3 2016"},
		{"the first half", interval("2016-H1", dates.GrainHalf, "", date(2016, 1, 1), date(2016, 6, 30)),
			`{"year":2016,"month":1}`, `{"year":2016,"month":6}`, "first half of 2016"},
		{"2015", interval("2015", dates.GrainYear, "", date(2015, 1, 1), date(2015, 12, 31)), `{"year":2015}`, "", "2015"},
		{"mid-2015", interval("2015", dates.GrainYear, dates.ModMid, date(2015, 5, 2), date(2015, 8, 31)),
			`{"year":2015,"month":5,"day":2}`, `{"year":2015,"month":8,"day":31}`, "mid-2015"},
		{"about 2015", interval("2015", dates.GrainYear, dates.ModApprox, date(2015, 1, 1), date(2015, 12, 31)), `{"year":2015}`, "", "about 2015"},
		{"the 1990s", interval("199", dates.GrainDecade, "", date(1990, 1, 1), date(1999, 12, 31)), `{"year":1990}`, `{"year":1999}`, "the 1990s"},
		{"the early 1990s", interval("199", dates.GrainDecade, dates.ModStart, date(1990, 1, 1), date(1993, 5, 1)),
			`{"year":1990}`, `{"year":1993}`, "the early 1990s"},
		{"the 20th century", interval("19", dates.GrainCentury, "", date(1900, 1, 1), date(1999, 12, 31)), `{"year":1900}`, `{"year":1999}`, "the 20th century"},
		// TimelineJS has no year 0: -499 is 499 BCE, which Go's time calls -498.
		{"499 BC", interval("BC0499", dates.GrainYear, "", date(-498, 1, 1), date(-498, 12, 31)), `{"year":-499}`, "", "499 BC"},
		{"2 August 480 BC", interval("BC0480-08-02", dates.GrainDay, "", date(-479, 8, 2), date(-479, 8, 2)),
			`{"year":-480,"month":8,"day":2}`, "", "Aug. 2, 480 BC"},
		{"1 BC", interval("BC0001", dates.GrainYear, "", date(0, 1, 1), date(0, 12, 31)), `{"year":-1}`, "", "1 BC"},
		{"AD 9", interval("0009", dates.GrainYear, "", date(9, 1, 1), date(9, 12, 31)), `{"year":9}`, "", "9"},
		{"recently", ref("PAST_REF"), `{"year":2016,"month":8,"day":25}`, "", "in the past"},
		{"now", ref("PRESENT_REF"), `{"year":2016,"month":8,"day":26}`, "", "now"},
		{"in the coming days", dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, `{"year":2016,"month":8,"day":27}`, "", "in the future (expected)"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			tl := &timeline.Timeline{
				Sources: []timeline.Source{{ID: "a", Title: "A", Published: published}},
				Events: []timeline.Event{{ID: "e1", When: timeline.When{Value: tt.v, Phrase: tt.phrase},
					Text: "It happened " + tt.phrase + ".", Expected: tt.v.Future, Source: timeline.Citation{Doc: "a", Sentence: 1}}},
			}
			doc := decodeTimelineJS(t, renderTimelineJS(t, tl))
			if len(doc.Events) != 1 {
				t.Fatalf("%d events, want 1", len(doc.Events))
			}
			ev := doc.Events[0]
			if got := compactJSON(t, ev.StartDate); got != tt.start {
				t.Errorf("start_date = %s, want %s", got, tt.start)
			}
			if got := compactJSON(t, ev.EndDate); got != tt.end {
				t.Errorf("end_date = %s, want %s", got, tt.end)
			}
			if ev.DisplayDate != tt.display {
				t.Errorf("display_date = %q, want %q", ev.DisplayDate, tt.display)
			}
		})
	}
}

func compactJSON(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	if len(raw) == 0 {
		return ""
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestTimelineJSReferenceWithoutSource checks that an event that can be
// placed neither by its interval nor by a dated source is left out, and
// that the others keep their order and IDs.
func TestTimelineJSReferenceWithoutSource(t *testing.T) {
	tl := &timeline.Timeline{
		Sources: []timeline.Source{{ID: "undated", Title: "No date"}},
		Events: []timeline.Event{
			{ID: "e1", When: timeline.When{Value: dayValue(2016, 8, 1)}, Text: "One.", Source: timeline.Citation{Doc: "undated"}},
			{ID: "e2", When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "FUTURE_REF"}}, Text: "Two.", Source: timeline.Citation{Doc: "undated"}},
			{ID: "e3", When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "PAST_REF"}}, Text: "Three.", Source: timeline.Citation{Doc: "missing"}},
			{ID: "e4", When: timeline.When{Value: dayValue(2016, 8, 2)}, Text: "Four.", Source: timeline.Citation{Doc: "undated"}},
		},
	}
	doc := decodeTimelineJS(t, renderTimelineJS(t, tl))
	var ids []string
	for _, e := range doc.Events {
		ids = append(ids, e.UniqueID)
	}
	if got := strings.Join(ids, " "); got != "e1 e4" {
		t.Errorf("unique_ids = %s, want e1 e4", got)
	}
}

// TestTimelineJSFields checks the text, group and ID of every slide, and
// that the output is deterministic.
func TestTimelineJSFields(t *testing.T) {
	tl := richTimeline()
	out := renderTimelineJS(t, tl)
	if again := renderTimelineJS(t, tl); !bytes.Equal(out, again) {
		t.Error("two renderings of the same timeline differ")
	}
	doc := decodeTimelineJS(t, out)
	if doc.Title.Text.Headline != "Syria diplomacy, 1900s to 2016" {
		t.Errorf("title headline = %q", doc.Title.Text.Headline)
	}
	if want := `<a href="https://example.org/news/geneva?id=1&amp;lang=en">Kerry &amp; Lavrov: talks go on</a>`; !strings.Contains(doc.Title.Text.Text, want) {
		t.Errorf("title text %q lacks the linked source %q", doc.Title.Text.Text, want)
	}
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("%d events, want %d", len(doc.Events), len(tl.Events))
	}
	seen := map[string]bool{}
	for i, ev := range doc.Events {
		e := tl.Events[i]
		if ev.UniqueID != e.ID || seen[ev.UniqueID] {
			t.Errorf("event %d: unique_id %q, want %q once", i, ev.UniqueID, e.ID)
		}
		seen[ev.UniqueID] = true
		if !strings.Contains(ev.Text.Text, "<mark>"+e.When.Phrase+"</mark>") {
			t.Errorf("event %s: text %q does not mark the phrase %q", e.ID, ev.Text.Text, e.When.Phrase)
		}
		wantGroup := e.Kind.Name
		if wantGroup == "" {
			wantGroup = map[string]string{"wire-2016-08-26": "Kerry &amp; Lavrov: talks go on", "council": "council"}[e.Source.Doc]
		}
		if ev.Group != wantGroup {
			t.Errorf("event %s: group %q, want %q", e.ID, ev.Group, wantGroup)
		}
		if ev.Text.Headline == "" {
			t.Errorf("event %s: empty headline", e.ID)
		}
	}
	e10 := doc.Events[9].Text.Text
	for _, want := range []string{
		"<strong>Actors:</strong> John Kerry (US Secretary of State), Sergey Lavrov (Russian Foreign Minister), Russia",
		"<strong>Place:</strong> Geneva",
		"<strong>Kind:</strong> negotiation (CAMEO 046)",
		"<strong>Sources disagree on the date:</strong> 2016-08-26 (1), 2016-08-25 (1)",
		`<a href="https://example.org/news/geneva?id=1&amp;lang=en">Kerry &amp; Lavrov: talks go on</a>, sentence 1; council, sentence 1`,
	} {
		if !strings.Contains(e10, want) {
			t.Errorf("event e10 text lacks %q:\n%s", want, e10)
		}
	}
	if strings.Contains(string(out), "ftp://") {
		t.Error("the ftp URL of a source appears in the output; only http(s) URLs are shown, as links")
	}
}

func TestTimelineJSHeadline(t *testing.T) {
	tl := sampleTimeline()
	doc := decodeTimelineJS(t, renderTimelineJS(t, tl))
	for i, want := range map[int]string{
		0: "The two countries first discussed a joint force in the 1990s.",
		4: "The council&#39;s statement of Aug. 21 called it &#34;fragile&#34; &amp; asked for …",
		5: "1. Officials say *late August* talks &lt;script&gt;alert(1)&lt;/script&gt; were [urgent](javascript:alert(1)) #breaking",
	} {
		if got := doc.Events[i].Text.Headline; got != want {
			t.Errorf("event %d: headline %q, want %q", i, got, want)
		}
	}
}

// TestTimelineJSEscaping checks that article text and titles reach
// TimelineJS (which reads headline and text as HTML) only as text.
func TestTimelineJSEscaping(t *testing.T) {
	tl := maliciousTimeline()
	out := renderTimelineJS(t, tl)
	if bytes.Contains(bytes.ToLower(out), []byte("</script")) {
		t.Errorf("the JSON holds </script, which would end a <script> element it is pasted into:\n%s", out)
	}
	doc := decodeTimelineJS(t, out)
	all := doc.Title.Text.Headline + doc.Title.Text.Text
	for _, e := range doc.Events {
		all += e.Text.Headline + e.Text.Text + e.DisplayDate + e.Group
	}
	for _, bad := range []string{"<script", "<img", "<style", "</style", `"onload=`, "javascript:alert(1)\"", `href="javascript`, "<b>"} {
		if strings.Contains(all, bad) {
			t.Errorf("TimelineJS text contains %q:\n%s", bad, all)
		}
	}
	if !strings.Contains(all, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Errorf("the script tag is not kept as escaped text:\n%s", all)
	}
}

func TestTimelineJSEmpty(t *testing.T) {
	for _, tl := range []*timeline.Timeline{nil, {}} {
		got := string(renderTimelineJS(t, tl))
		want := "{\n  \"title\": {\n    \"text\": {\n      \"headline\": \"Timeline\",\n      \"text\": \"\"\n    }\n  },\n  \"events\": []\n}\n"
		if got != want {
			t.Errorf("TimelineJS(%v) = %q, want %q", tl, got, want)
		}
	}
}

// maliciousTimeline is a timeline whose every field tries to inject markup
// or script into a page: each payload would set window.__pwned.
func maliciousTimeline() *timeline.Timeline {
	const doc = `evil"><script>window.__pwned=1</script>`
	v := dayValue(2016, time.August, 26)
	return &timeline.Timeline{
		Title: `</title><script>window.__pwned=1</script><style>body{display:none}</style>`,
		Sources: []timeline.Source{
			{ID: doc, Title: `<img src=x onerror="window.__pwned=1">`, Published: date(2016, 8, 26),
				Path: `</style><script>window.__pwned=1</script>`, URL: "javascript:window.__pwned=1"},
			{ID: "data", Title: "Data URL", Published: date(2016, 8, 26), URL: "data:text/html,<script>window.__pwned=1</script>"},
		},
		Events: []timeline.Event{
			{
				ID:   `e1" onmouseover="window.__pwned=1`,
				When: timeline.When{Value: v, Phrase: `<b>Friday</b>`, Rule: "weekday"},
				Text: `It ended <script>window.__pwned=1</script> on <b>Friday</b> "onload=window.__pwned=1 x="` +
					` </style><style>*{color:red}</style> [click](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">here</a>.`,
				Source: timeline.Citation{Doc: doc, Sentence: 1, Quote: `<svg onload="window.__pwned=1">`},
				Actors: []timeline.Actor{{Name: `<img src=x onerror="window.__pwned=1">`, Role: "</style>"}},
				Place:  `<iframe src="javascript:window.__pwned=1"></iframe>`,
				Kind:   timeline.Kind{Name: `"onload=window.__pwned=1`, CAMEO: "<b>1</b>"},
			},
			{
				ID:           "e2",
				When:         timeline.When{Value: v, Phrase: "on Friday", Rule: "weekday"},
				Text:         "Talks went on on Friday.",
				Source:       timeline.Citation{Doc: "data", Sentence: 2},
				DateConflict: `<script>window.__pwned=1</script>`,
			},
		},
	}
}

func ExampleTimelineJS() {
	t := exampleTimeline()
	t.Events = t.Events[1:]
	if err := render.TimelineJS(os.Stdout, t); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "title": {
	//     "text": {
	//       "headline": "Geneva talks",
	//       "text": "<p>Sources:</p><ul><li><a href=\"https://example.com/geneva\">Kerry and Lavrov meet in Geneva</a>, published Fri. Aug. 26, 2016</li></ul>"
	//     }
	//   },
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2016,
	//         "month": 8,
	//         "day": 27
	//       },
	//       "display_date": "in the future (expected)",
	//       "text": {
	//         "headline": "Experts will meet in the coming weeks.",
	//         "text": "<p>Experts will meet <mark>in the coming weeks</mark>.</p><p><strong>Source:</strong> <a href=\"https://example.com/geneva\">Kerry and Lavrov meet in Geneva</a>, sentence 4</p>"
	//       },
	//       "group": "Kerry and Lavrov meet in Geneva",
	//       "unique_id": "e2"
	//     }
	//   ]
	// }
}
