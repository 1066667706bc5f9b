package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func writeICS(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := render.ICS(&buf, tl); err != nil {
		t.Fatal(err)
	}
	checkContentLines(t, buf.Bytes())
	return buf.Bytes()
}

// checkContentLines checks the physical lines of an iCalendar file: each
// ends in CRLF, is at most 75 octets long and is valid UTF-8 on its own (a
// fold never splits a character), and no fold splits an escape (\, \;).
func checkContentLines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("the calendar does not end in CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	for i, l := range lines {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets long: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if n := len(l) - len(strings.TrimRight(l, `\`)); n%2 == 1 {
			t.Errorf("line %d splits an escape: %q", i+1, l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF: %q", i+1, l)
		}
	}
}

func decodeICS(t *testing.T, data []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("decoding the calendar: %v\n%s", err, data)
	}
	return cal
}

func TestICSGolden(t *testing.T) {
	got := writeICS(t, exportTimeline())
	checkGolden(t, "ics_timeline.golden", got)
	if again := writeICS(t, exportTimeline()); !bytes.Equal(got, again) {
		t.Error("ICS is not deterministic")
	}
}

// TestICSEvents decodes the calendar with an independent iCalendar parser
// and checks that every event of a month or finer is there, with its days.
func TestICSEvents(t *testing.T) {
	tl := exportTimeline()
	cal := decodeICS(t, writeICS(t, tl))
	for name, want := range map[string]string{
		ical.PropVersion:   "2.0",
		ical.PropProductID: "-//timeline//timeline//EN",
		"CALSCALE":         "GREGORIAN",
		"X-WR-CALNAME":     "Syria talks; summer, 2016",
	} {
		if got, err := cal.Props.Text(name); err != nil || got != want {
			t.Errorf("calendar %s = %q, %v; want %q", name, got, err, want)
		}
	}

	// Event id, first day, day after the last day.
	want := []struct{ id, start, end string }{
		{"e4", "2016-08-21", "2016-09-01"}, // late August
		{"e5", "2016-08-15", "2016-08-22"}, // a week
		{"e6", "2016-08-21", "2016-08-22"},
		{"e7", "2016-08-26", "2016-08-27"},
		{"e8", "2016-08-26", "2016-08-27"},  // 3 p.m.: all day
		{"e9", "2016-08-26", "2016-08-27"},  // Friday night, on Friday
		{"e10", "2016-08-27", "2016-08-29"}, // a weekend
		{"e11", "2016-09-05", "2016-09-06"},
	}
	events := cal.Events()
	if len(events) != len(want) {
		t.Fatalf("%d events in the calendar, want %d", len(events), len(want))
	}
	if got := render.ICSSkipped(tl); got != len(tl.Events)-len(want) {
		t.Errorf("ICSSkipped = %d, want %d (decade, year, quarter, FUTURE_REF)", got, len(tl.Events)-len(want))
	}
	byID := make(map[string]*timeline.Event)
	for i := range tl.Events {
		byID[tl.Events[i].ID] = &tl.Events[i]
	}
	uids := make(map[string]bool)
	for i, ev := range events {
		w, e := want[i], byID[want[i].id]
		for prop, day := range map[string]string{ical.PropDateTimeStart: w.start, ical.PropDateTimeEnd: w.end} {
			p := ev.Props.Get(prop)
			if p == nil || p.ValueType() != ical.ValueDate {
				t.Errorf("%s: %s is not a DATE: %+v", w.id, prop, p)
				continue
			}
			if got, err := p.DateTime(time.UTC); err != nil || got.Format(time.DateOnly) != day {
				t.Errorf("%s: %s = %v, %v; want %s", w.id, prop, got, err, day)
			}
		}
		summary, _ := ev.Props.Text(ical.PropSummary)
		if l := render.Label(e.When.Value); !strings.HasPrefix(summary, l+": ") && !strings.HasPrefix(summary, l+" (expected): ") {
			t.Errorf("%s: SUMMARY %q does not start with the label %q", w.id, summary, l)
		}
		desc, err := ev.Props.Text(ical.PropDescription)
		if err != nil || !strings.HasPrefix(desc, e.Text+"\n\n") && e.ID != "e6" {
			t.Errorf("%s: DESCRIPTION %q, %v does not start with the text", w.id, desc, err)
		}
		uid, _ := ev.Props.Text(ical.PropUID)
		if !strings.HasSuffix(uid, "@timeline") || uids[uid] {
			t.Errorf("%s: UID %q is not unique", w.id, uid)
		}
		uids[uid] = true
		if stamp, err := ev.Props.DateTime(ical.PropDateTimeStamp, nil); err != nil || !stamp.Equal(date(2016, 8, 29)) {
			t.Errorf("%s: DTSTAMP = %v, %v; want the latest publication date", w.id, stamp, err)
		}
		status, _ := ev.Props.Text(ical.PropStatus)
		if (status == "TENTATIVE") != e.Expected {
			t.Errorf("%s: STATUS %q for expected = %v", w.id, status, e.Expected)
		}
	}
}

// TestICSText checks escaping of TEXT values and what goes into SUMMARY,
// DESCRIPTION, LOCATION, CATEGORIES and URL.
func TestICSText(t *testing.T) {
	tl := exportTimeline()
	cal := decodeICS(t, writeICS(t, tl))
	events := make(map[string]ical.Event)
	for _, ev := range cal.Events() {
		summary, _ := ev.Props.Text(ical.PropSummary)
		for _, e := range tl.Events {
			if strings.HasPrefix(summary, render.Label(e.When.Value)) && strings.Contains(summary, e.Text[:10]) {
				events[e.ID] = ev
			}
		}
	}
	text := func(id, prop string) string {
		ev, ok := events[id]
		if !ok {
			t.Fatalf("no event %s in the calendar", id)
		}
		if prop == ical.PropURL { // a URI, not TEXT
			if p := ev.Props.Get(prop); p != nil {
				return p.Value
			}
			return ""
		}
		s, err := ev.Props.Text(prop)
		if err != nil {
			t.Errorf("%s %s: %v", id, prop, err)
		}
		return s
	}
	for _, tc := range []struct{ id, prop, want string }{
		{"e4", ical.PropSummary, "late Aug. 2016: After missing an initial target date of Aug. 1, de Mistura…"},
		{"e4", ical.PropDescription, "After missing an initial target date of Aug. 1, de Mistura had hoped to restart talks in late August.\n\n" +
			"Date: late Aug. 2016, from “late August”\n" +
			"Source: Kerry and Lavrov meet in Geneva, sentence 14, https://example.com/world/2016/08/26/kerry-lavrov-geneva\n" +
			"Source: notes/council.txt, sentence 3\n" +
			"Source: Wire copy, sentence 5, javascript:alert(1)\n" +
			"Sources differ on the date: 2016-08 (2), 2016-09 (1)"},
		{"e4", ical.PropLocation, "Geneva"},
		{"e4", ical.PropCategories, "negotiation"},
		{"e4", ical.PropURL, "https://example.com/world/2016/08/26/kerry-lavrov-geneva"},
		{"e5", ical.PropSummary, `week of Aug. 15, 2016: Aid convoys were blocked last week near Aleppo; the U.N.…`},
		{"e6", ical.PropDescription, "=HYPERLINK(\"http://evil.example\",\"click\") said the \\ council, on Sunday\n\n" +
			"Date: Sun. Aug. 21, 2016, from “Sunday”\nSource: notes/council.txt, sentence 2"},
		{"e6", ical.PropURL, ""},
		{"e7", ical.PropSummary, "Fri. Aug. 26, 2016: Secretary of State John Kerry met his Russian counterpart in…"},
		{"e9", ical.PropURL, ""}, // javascript: is not a web URL
		{"e11", ical.PropSummary, "Mon. Sept. 5, 2016 (expected): Experts will meet again on Sept. 5."},
	} {
		if got := text(tc.id, tc.prop); got != tc.want {
			t.Errorf("%s %s = %q, want %q", tc.id, tc.prop, got, tc.want)
		}
	}
	if got, err := events["e4"].Props.Get(ical.PropCategories).TextList(); err != nil || len(got) != 1 {
		t.Errorf("e4 CATEGORIES = %q, %v; want one category", got, err)
	}
}

// TestICSFolding folds long lines of multibyte text at every offset within
// a character and checks that they unfold to the text again.
func TestICSFolding(t *testing.T) {
	for pad := range 5 {
		for _, word := range []string{"é", "—", "🇨🇭", "会谈", "a;b,c\\d"} {
			text := strings.Repeat("x", pad) + strings.Repeat(word, 60) + " done."
			tl := &timeline.Timeline{
				Title:   strings.Repeat(word, 40),
				Sources: []timeline.Source{{ID: "a", Published: date(2016, 8, 26)}},
				Events: []timeline.Event{{ID: "e1", When: timeline.When{Value: dayValue(2016, 8, 26)}, Text: text,
					Source: timeline.Citation{Doc: "a", Sentence: 1}}},
			}
			cal := decodeICS(t, writeICS(t, tl))
			if got, _ := cal.Props.Text("X-WR-CALNAME"); got != tl.Title {
				t.Errorf("X-WR-CALNAME = %q, want %q", got, tl.Title)
			}
			desc, _ := cal.Events()[0].Props.Text(ical.PropDescription)
			if want := text + "\n\nDate: Fri. Aug. 26, 2016\nSource: a, sentence 1"; desc != want {
				t.Errorf("DESCRIPTION = %q, want %q", desc, want)
			}
		}
	}
}

func TestICSEscaping(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`a\b;c,d`, `a\\b\;c\,d`},
		{"two\nlines\r\n", `two lines`}, // names and texts are collapsed to one line
		{"bell\a and tab", "bell  and tab"},
		{"bad \xff byte", "bad \uFFFD byte"},
	} {
		tl := &timeline.Timeline{Title: tc.text}
		data := string(writeICS(t, tl))
		if !strings.Contains(data, "\r\nX-WR-CALNAME:"+tc.want+"\r\n") {
			t.Errorf("title %q: want X-WR-CALNAME:%s in\n%s", tc.text, tc.want, data)
		}
	}
	// Line breaks between the parts of a description are escaped.
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "e1", When: timeline.When{Value: dayValue(2016, 8, 26)},
		Text: "Talks; more talks, \\o/.", Source: timeline.Citation{Doc: "a", Sentence: 1}}}}
	want := `DESCRIPTION:Talks\; more talks\, \\o/.\n\nDate: Fri. Aug. 26\, 2016\nSource: a\, sentence 1` + "\r\n"
	if data := strings.ReplaceAll(string(writeICS(t, tl)), "\r\n ", ""); !strings.Contains(data, want) {
		t.Errorf("want %q in\n%s", want, data)
	}
}

func TestICSEmpty(t *testing.T) {
	want := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline//timeline//EN\r\nCALSCALE:GREGORIAN\r\n" +
		"X-WR-CALNAME:Timeline\r\nEND:VCALENDAR\r\n"
	for _, tl := range []*timeline.Timeline{nil, {}} {
		if got := string(writeICS(t, tl)); got != want {
			t.Errorf("ICS(%v) = %q, want %q", tl, got, want)
		}
		if n := render.ICSSkipped(tl); n != 0 {
			t.Errorf("ICSSkipped(%v) = %d", tl, n)
		}
	}
}

// TestICSStamp checks DTSTAMP without publication dates: the latest first
// day of an event.
func TestICSStamp(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "e1", When: timeline.When{Value: dayValue(2016, 8, 21)}},
		{ID: "e2", When: timeline.When{Value: dayValue(2016, 9, 5)}},
		{ID: "e3", When: timeline.When{Value: dayValue(2016, 8, 21)}},
		{ID: "e4", When: timeline.When{Value: interval("2017", dates.GrainYear, "", date(2017, 1, 1), date(2017, 12, 31))}},
	}}
	data := writeICS(t, tl)
	if n := bytes.Count(data, []byte("\r\nDTSTAMP:20160905T000000Z\r\n")); n != 3 {
		t.Errorf("%d events with DTSTAMP 2016-09-05, want 3:\n%s", n, data)
	}
	// Two events of the same value, document and sentence get distinct UIDs.
	cal := decodeICS(t, data)
	uid := func(i int) string { s, _ := cal.Events()[i].Props.Text(ical.PropUID); return s }
	if a, b := uid(0), uid(2); b != strings.TrimSuffix(a, "@timeline")+"-2@timeline" {
		t.Errorf("UIDs of events with the same value and citation = %q, %q; want <hash>@timeline, <hash>-2@timeline", a, b)
	}
}

func ExampleICS() {
	fri := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	t := &timeline.Timeline{
		Title:   "Geneva talks",
		Sources: []timeline.Source{{ID: "geneva", Title: "Kerry and Lavrov meet in Geneva", Published: fri, URL: "https://example.com/geneva"}},
		Events: []timeline.Event{
			{
				ID:     "e1",
				When:   timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModEnd, Start: fri.AddDate(0, 0, -5), End: fri.AddDate(0, 0, 5)}, Phrase: "late August", Rule: "month"},
				Text:   "The talks stalled in late August.",
				Source: timeline.Citation{Doc: "geneva", Sentence: 3, Start: 80, End: 109},
				Place:  "Geneva",
			},
			{
				ID:     "e2",
				When:   timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Start: fri.AddDate(0, -7, -25), End: fri.AddDate(0, 4, 5)}, Phrase: "this year", Rule: "relative_unit"},
				Text:   "Fighting intensified this year.",
				Source: timeline.Citation{Doc: "geneva", Sentence: 4, Start: 110, End: 141},
			},
		},
	}
	var buf bytes.Buffer
	if err := render.ICS(&buf, t); err != nil {
		fmt.Println(err)
	}
	// Lines end in CRLF; shown here with LF.
	os.Stdout.WriteString(strings.ReplaceAll(buf.String(), "\r\n", "\n"))
	fmt.Println(render.ICSSkipped(t), "event not in the calendar")
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//timeline//timeline//EN
	// CALSCALE:GREGORIAN
	// X-WR-CALNAME:Geneva talks
	// BEGIN:VEVENT
	// UID:9bb8912e4b9c7d94@timeline
	// DTSTAMP:20160826T000000Z
	// DTSTART;VALUE=DATE:20160821
	// DTEND;VALUE=DATE:20160901
	// SUMMARY:late Aug. 2016: The talks stalled in late August.
	// DESCRIPTION:The talks stalled in late August.\n\nDate: late Aug. 2016\, fro
	//  m “late August”\nSource: Kerry and Lavrov meet in Geneva\, sentence 3
	//  \, https://example.com/geneva
	// LOCATION:Geneva
	// URL:https://example.com/geneva
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
	// 1 event not in the calendar
}
