package timeline_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/golden"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

var published = time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)

func readSeed(t *testing.T) *timeline.Document {
	t.Helper()
	const path = "../testdata/geneva-2016-08-26.txt"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := timeline.ReadDocument(path, b)
	if err != nil {
		t.Fatal(err)
	}
	d.Published = published
	return d
}

// TestSeedOrder checks the acceptance order of the seed article's events.
func TestSeedOrder(t *testing.T) {
	tl, err := timeline.Build([]*timeline.Document{readSeed(t)}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Each step: the event's value and a phrase of its sentence, in order.
	want := []struct{ value, text string }{
		{"2016-02", "renewing a February ceasefire"},
		{"2016-07", "initial meetings in July"},
		{"2016-07", "Kerry met with Russian President Vladimir Putin in Moscow"},
		{"2016-08-01", "initial target date of Aug. 1"},
		{"2016-08", "in late August"},
		{"2016-W34", "told reporters in Geneva earlier this week"},
		{"2016-08-26", "The top diplomats of Russian Federation"},
		{"FUTURE_REF", "in the coming days"},
	}
	i := 0
	for _, e := range tl.Events {
		if i < len(want) && e.When.Value.Value == want[i].value && strings.Contains(e.Text, want[i].text) {
			i++
		}
	}
	if i < len(want) {
		var got strings.Builder
		for _, e := range tl.Events {
			got.WriteString(e.When.Value.Value + " " + e.Text[:min(60, len(e.Text))] + "\n")
		}
		t.Fatalf("event %d (%s %q) missing or out of order; events:\n%s", i, want[i].value, want[i].text, got.String())
	}
	last := tl.Events[len(tl.Events)-1]
	if !last.Expected || last.When.Value.Value != "FUTURE_REF" {
		t.Errorf("last event = %+v, want the expected FUTURE_REF event", last)
	}
	for _, e := range tl.Events {
		for _, bad := range []string{"Advertisement", "Share", "arrives at the Hotel President Wilson"} {
			if strings.Contains(e.Text, bad) {
				t.Errorf("event from a skipped line: %q", e.Text)
			}
		}
		if e.When.Value.Type != "DATE" && e.When.Value.Type != "TIME" {
			t.Errorf("event dated by a %s: %q", e.When.Value.Type, e.When.Phrase)
		}
	}
}

// TestSeedGolden renders the seed timeline and compares it with golden
// files (go test ./timeline -update rewrites them).
func TestSeedGolden(t *testing.T) {
	tl, err := timeline.Build([]*timeline.Document{readSeed(t)}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var md, js bytes.Buffer
	if err := render.Markdown(&md, tl); err != nil {
		t.Fatal(err)
	}
	if err := render.JSON(&js, tl); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/seed.md.golden", md.Bytes())
	golden.Check(t, "testdata/seed.json.golden", js.Bytes())

	// Deterministic: a second build gives the same bytes.
	tl2, _ := timeline.Build([]*timeline.Document{readSeed(t)}, timeline.Options{})
	var js2 bytes.Buffer
	_ = render.JSON(&js2, tl2)
	if !bytes.Equal(js.Bytes(), js2.Bytes()) {
		t.Error("two builds of the same input differ")
	}
}

// A document without a publication date is left out and listed, with
// what to do; the others still make a timeline.
func TestBuildNeedsPublicationDate(t *testing.T) {
	d := readSeed(t)
	d.Published = time.Time{}
	other, _ := timeline.ReadDocument("other.txt", []byte("Kerry met Putin in Moscow last month.\n"))
	other.Published = published
	tl, err := timeline.Build([]*timeline.Document{d, other}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Skipped) != 1 || tl.Skipped[0].Path != "../testdata/geneva-2016-08-26.txt" || !strings.Contains(tl.Skipped[0].Reason, "--published") {
		t.Fatalf("Skipped = %+v, want the seed file with the fix", tl.Skipped)
	}
	if len(tl.Sources) != 1 || tl.Sources[0].ID != "other.txt" || tl.Sources[0].Events != len(tl.Events) {
		t.Errorf("Sources = %+v, want other.txt alone with all %d events", tl.Sources, len(tl.Events))
	}
}

// TestBuildOrdersAcrossDocuments checks the ordering keys: interval start,
// interval end, then document (by publication date, then ID, whatever the
// order given), with the lead first on its day.
func TestBuildOrdersAcrossDocuments(t *testing.T) {
	a, _ := timeline.ReadDocument("a.txt", []byte("Talks in Geneva\n\nThe ministers are meeting in Geneva. They met on Monday. Talks will resume next month.\n"))
	b, _ := timeline.ReadDocument("b.txt", []byte("Aid convoy\n\nA convoy reached Aleppo in August. It had waited since Monday.\n"))
	a.Published = time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	b.Published = time.Date(2016, 8, 24, 0, 0, 0, 0, time.UTC)
	tl, err := timeline.Build([]*timeline.Document{a, b}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Source.Doc+":"+e.When.Value.Value)
	}
	want := "b.txt:2016-08 b.txt:2016-08-22 a.txt:2016-08-22 b.txt:2016-08-24 a.txt:2016-08-26 a.txt:2016-09"
	if strings.Join(got, " ") != want {
		t.Errorf("order = %s\nwant    %s", strings.Join(got, " "), want)
	}
	if tl.Title != "Timeline" || len(tl.Sources) != 2 {
		t.Errorf("title %q, %d sources", tl.Title, len(tl.Sources))
	}
	for i, e := range tl.Events {
		if e.ID != "e"+string(rune('1'+i)) {
			t.Errorf("event %d has id %q", i, e.ID)
		}
	}
}

// TestSeedEventFields checks actors, place and kind of the seed's key events.
func TestSeedEventFields(t *testing.T) {
	tl, err := timeline.Build([]*timeline.Document{readSeed(t)}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string) timeline.Event {
		t.Helper()
		for _, e := range tl.Events {
			if strings.Contains(e.Text, text) {
				return e
			}
		}
		t.Fatalf("no event %q", text)
		return timeline.Event{}
	}
	has := func(e timeline.Event, name, role string) bool {
		for _, a := range e.Actors {
			if a.Name == name && (role == "" || a.Role == role) {
				return true
			}
		}
		return false
	}
	moscow := find("Kerry met with Russian President Vladimir Putin in Moscow")
	if !has(moscow, "John Kerry", "US Secretary of State") || !has(moscow, "Vladimir Putin", "Russian President") {
		t.Errorf("Moscow event actors %+v", moscow.Actors)
	}
	if moscow.Place != "Moscow" || (moscow.Kind.Name != "visit" && moscow.Kind.Name != "meeting") {
		t.Errorf("Moscow event place %q kind %+v", moscow.Place, moscow.Kind)
	}
	lead := find("The top diplomats of Russian Federation")
	if !has(lead, "John Kerry", "") || !(has(lead, "Sergey Lavrov", "") || has(lead, "Lavrov", "")) {
		t.Errorf("lead actors %+v", lead.Actors)
	}
	if lead.Place != "Geneva" || lead.Kind.Name != "negotiation" || lead.Kind.CAMEO != "046" {
		t.Errorf("lead place %q kind %+v", lead.Place, lead.Kind)
	}
}

// TestRangePhrase checks that a run of days is one event, from its first
// day to its last, named with the run ("Sept. 8 and 9"), not by a bare
// number.
func TestRangePhrase(t *testing.T) {
	d := timeline.NewDocument("a", "", "Kerry and Lavrov will meet in Geneva on Sept. 8 and 9, officials said.", published, "")
	tl, err := timeline.Build([]*timeline.Document{d}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.When.Value.Value+" "+e.When.EndValue+" "+e.When.Phrase)
	}
	want := []string{"2016-08-26  ", "2016-09-08 2016-09-09 Sept. 8 and 9"} // the lead, then the days
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("events %q, want %q", got, want)
	}
}

// A news article's lead is an event of its publication day; a narrative's
// first sentence is not (a history is not news of the day it was
// written). In both, "the following year" counts on from the year the text
// named last, BC years included, and a range of years is one event.
func TestLeadOnlyInNews(t *testing.T) {
	text := "The Ionian Revolt\n\nThe revolt lasted from 499 to 493 BC. In 492 BC Mardonius sailed. The following year, envoys came.\n"
	for _, tc := range []struct {
		docType dates.DocType
		want    string
	}{
		{dates.News, "BC0499/BC0493 BC0492 BC0491 2016-08-26"},
		{dates.Narrative, "BC0499/BC0493 BC0492 BC0491"},
	} {
		d, err := timeline.ReadDocument("ionian.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Published = published
		tl, err := timeline.Build([]*timeline.Document{d}, timeline.Options{DocType: tc.docType})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range tl.Events {
			got = append(got, strings.TrimSuffix(e.When.Value.Value+"/"+e.When.EndValue, "/"))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("doc type %v: events %s, want %s", tc.docType, strings.Join(got, " "), tc.want)
		}
	}
}
