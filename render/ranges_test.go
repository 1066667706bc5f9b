package render_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// rangeWhen is a range of two dates of one grain, from first to last,
// the interval's days start and end.
func rangeWhen(typ dates.Type, g dates.Grain, first, last string, start, end time.Time) *timeline.When {
	return &timeline.When{Value: dates.Value{Type: typ, Value: first, Grain: g, Start: start, End: end}, EndValue: last}
}

// A range is labelled from its first date to its last, the words the two
// labels share at the end (or else at the start) written once.
func TestWhenLabel(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		w    *timeline.When
		want string
	}{
		{rangeWhen(dates.Date, dates.GrainDay, "2026-10-03", "2026-10-04", day(2026, 10, 3), day(2026, 10, 4)), "Sat. Oct. 3 – Sun. Oct. 4, 2026"},
		{rangeWhen(dates.Date, dates.GrainDay, "2026-12-30", "2027-01-02", day(2026, 12, 30), day(2027, 1, 2)), "Wed. Dec. 30, 2026 – Sat. Jan. 2, 2027"},
		{rangeWhen(dates.Date, dates.GrainMonth, "2026-03", "2026-06", day(2026, 3, 1), day(2026, 6, 30)), "March – June 2026"},
		{rangeWhen(dates.Date, dates.GrainYear, "1990", "1995", day(1990, 1, 1), day(1995, 12, 31)), "1990 – 1995"},
		{rangeWhen(dates.Time, dates.GrainMinute, "2026-09-22T09:00", "2026-09-22T17:00", day(2026, 9, 22), day(2026, 9, 22)), "Tue. Sept. 22, 2026, 9:00 a.m. – 5:00 p.m."},
		{rangeWhen(dates.Time, dates.GrainMinute, "2026-01-11T15:00", "2026-01-11T18:00", day(2026, 1, 11), day(2026, 1, 11)), "Sun. Jan. 11, 2026, 3:00 p.m. – 6:00 p.m."},
		{rangeWhen(dates.Date, dates.GrainWeek, "2016-W34", "2016-W35", day(2016, 8, 22), day(2016, 9, 4)), "week of Aug. 22 – week of Aug. 29, 2016"},
		{rangeWhen(dates.Date, dates.GrainYear, "BC0499", "BC0493", day(-498, 1, 1), day(-492, 12, 31)), "499 BC – 493 BC"},
		// a single date is its Label
		{&timeline.When{Value: dates.Value{Type: dates.Date, Value: "2026-10-03", Grain: dates.GrainDay, Start: day(2026, 10, 3), End: day(2026, 10, 3)}}, "Sat. Oct. 3, 2026"},
	} {
		if got := render.WhenLabel(tc.w); got != tc.want {
			t.Errorf("WhenLabel(%s/%s) = %q, want %q", tc.w.Value.Value, tc.w.EndValue, got, tc.want)
		}
	}
}

// Every format shows a range from its first date to its last: the label,
// JSON's end and end_value (absent for a single date), CSV's end column,
// the HTML page's label,
// TimelineJS's end_date and iCalendar's DTEND.
func TestRangeFormats(t *testing.T) {
	published := time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)
	doc := timeline.NewDocument("a", "", "Officials spoke today. Leaders will meet at the Oct. 3-4 summit in Rome.", published, "")
	tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const label = "Sat. Oct. 3 – Sun. Oct. 4, 2026"
	var md, js, csv, tljs, ics, page bytes.Buffer
	for _, w := range []struct {
		buf   *bytes.Buffer
		write func(*bytes.Buffer) error
	}{
		{&md, func(b *bytes.Buffer) error { return render.Markdown(b, tl) }},
		{&js, func(b *bytes.Buffer) error { return render.JSON(b, tl) }},
		{&csv, func(b *bytes.Buffer) error { return render.CSV(b, tl) }},
		{&tljs, func(b *bytes.Buffer) error { return render.TimelineJS(b, tl) }},
		{&ics, func(b *bytes.Buffer) error { return render.ICS(b, tl) }},
		{&page, func(b *bytes.Buffer) error { return render.HTML(b, tl) }},
	} {
		if err := w.write(w.buf); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(md.String(), "**"+label+" (expected)**\n\n- _Oct. 3-4_:") {
		t.Errorf("Markdown has no heading %q over the range:\n%s", label, md.String())
	}
	if !strings.Contains(page.String(), label) {
		t.Errorf("HTML has no label %q", label)
	}
	var rec render.TimelineRecord
	if err := json.Unmarshal(js.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	var ends []string
	for _, e := range rec.Events {
		ends = append(ends, e.When.Start+" "+e.When.End+" "+e.When.EndValue+" "+e.When.Label)
	}
	if want := "2026-09-20 2026-09-20  Sun. Sept. 20, 2026|2026-10-03 2026-10-04 2026-10-04 " + label; strings.Join(ends, "|") != want {
		t.Errorf("JSON dates %q, want %q", strings.Join(ends, "|"), want)
	}
	if !strings.Contains(csv.String(), ",2026-10-03,2026-10-04,\""+label+"\",Oct. 3-4,") {
		t.Errorf("CSV has no row from 2026-10-03 to 2026-10-04:\n%s", csv.String())
	}
	if !strings.Contains(tljs.String(), `"end_date": {`+"\n") || !strings.Contains(tljs.String(), `"day": 4`) {
		t.Errorf("TimelineJS has no end_date on Oct. 4:\n%s", tljs.String())
	}
	if !strings.Contains(ics.String(), "DTSTART;VALUE=DATE:20261003\r\nDTEND;VALUE=DATE:20261005\r\n") {
		t.Errorf("iCalendar has no event of Oct. 3 and 4:\n%s", ics.String())
	}
}
