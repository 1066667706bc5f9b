package timeline_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

// rangeDay is the publication day of the range tests: Sun. Sept. 20, 2026.
var rangeDay = time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)

// sentenceDates returns the dates of the events of text's second sentence
// (the first is a lead that the tests leave alone), as "value/end_value
// phrase" or "value phrase", in timeline order.
func sentenceDates(t *testing.T, text string) []string {
	t.Helper()
	d := timeline.NewDocument("a", "", "Officials spoke today. "+text, rangeDay, "")
	tl, err := timeline.Build([]*timeline.Document{d}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Events {
		if e.Source.Sentence != 2 {
			continue
		}
		v := e.When.Value.Value
		if e.When.IsRange() {
			v += "/" + e.When.EndValue
		}
		got = append(got, v+" "+e.When.Phrase)
	}
	return got
}

// A range of dates, or a run of days, is one event dated from its first
// day to its last; dates that are two occasions stay two events.
func TestRanges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// ranges
		{"Leaders will meet at the Oct. 3-4 summit in Rome.", []string{"2026-10-03/2026-10-04 Oct. 3-4"}},
		{"The talks ran from Monday to Wednesday in Geneva.", []string{"2026-09-14/2026-09-16 Monday to Wednesday"}},
		{"The summit, held March 3-5, ended with a deal.", []string{"2026-03-03/2026-03-05 March 3-5"}},
		{"They met Monday through Wednesday.", []string{"2026-09-14/2026-09-16 Monday through Wednesday"}},
		{"The talks ran Monday-Wednesday.", []string{"2026-09-14/2026-09-16 Monday-Wednesday"}},
		{"They talked between March 3 and 5.", []string{"2026-03-03/2026-03-05 March 3 and 5"}},
		{"Talks lasted March 30 to April 2.", []string{"2026-03-30/2026-04-02 March 30 to April 2"}},
		{"They met Oct. 30-Nov. 2, 2025.", []string{"2025-10-30/2025-11-02 Oct. 30-Nov. 2, 2025"}},
		{"The meeting on Sept. 8 and 9 was tense.", []string{"2026-09-08/2026-09-09 Sept. 8 and 9"}},
		{"Talks were held on March 3, 4 and 5 in Doha.", []string{"2026-03-03/2026-03-05 March 3, 4 and 5"}},
		{"Talks were held Monday and Tuesday.", []string{"2026-09-14/2026-09-15 Monday and Tuesday"}},
		{"Talks will run from 9 a.m. to 5 p.m. Tuesday.", []string{"2026-09-22T09:00/2026-09-22T17:00 9 a.m. to 5 p.m. Tuesday"}},
		{"Sales fell between 1990 and 1995.", []string{"1990/1995 1990 and 1995"}},
		{"Demand peaks in July and August.", []string{"2026-07/2026-08 July and August"}},
		{"Cases rose in 2020 and 2021.", []string{"2020/2021 2020 and 2021"}},
		{"Prices rose from 1990 to 1995.", []string{"1990/1995 1990 to 1995"}},
		// two occasions, or two dates that are not a span
		{"He met Putin on Monday and on Friday.", []string{"2026-09-14 Monday", "2026-09-18 Friday"}},
		{"He met Putin on Monday and Friday.", []string{"2026-09-14 Monday", "2026-09-18 Friday"}},
		{"They met Sept. 8 and Oct. 9, 2026.", []string{"2026-09-08 Sept. 8", "2026-10-09 Oct. 9, 2026"}},
		{"Elections were held in 2018 and 2022.", []string{"2018 2018", "2022 2022"}},
		{"The vote was postponed from Monday to Wednesday.", []string{"2026-09-14 Monday", "2026-09-16 Wednesday"}},
		{"They moved the talks from Oct. 3 to Oct. 10.", []string{"2025-10-03 Oct. 3", "2026-10-10 Oct. 10"}},
		{"They will move the talks from Oct. 9 to Oct. 10.", []string{"2026-10-09 Oct. 9", "2026-10-10 Oct. 10"}},
		{"Voting was on Monday, Tuesday's count was slow.", []string{"2026-09-14 Monday", "2026-09-15 Tuesday"}},
		{"They met at 9 a.m. and 5 p.m. Tuesday.", []string{"2026-09-15T09:00 9 a.m.", "2026-09-15T17:00 5 p.m. Tuesday"}},
		// ends in two tenses: a past Friday, a coming Monday
		{"Fighting raged from Friday to Monday.", []string{"2026-09-18 Friday", "2026-09-21 Monday"}},
		// ends out of order, or of two grains
		{"They will meet from Oct. 9, 2026 to Oct. 3, 2026.", []string{"2026-10-03 Oct. 3, 2026", "2026-10-09 Oct. 9, 2026"}},
		{"They met from March to June 5.", []string{"2026-03 March", "2026-06-05 June 5"}},
	} {
		if got := sentenceDates(t, tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// A range's event sorts at its first day, after the events of that day
// alone, and its interval runs to its last day.
func TestRangeInterval(t *testing.T) {
	d := timeline.NewDocument("a", "", "Officials spoke today. Leaders will meet at the Oct. 3-4 summit in Rome. Aides arrive on Oct. 3.", rangeDay, "")
	tl, err := timeline.Build([]*timeline.Document{d}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Events[1:] {
		got = append(got, e.When.Start.Format(time.DateOnly)+" "+e.When.End.Format(time.DateOnly)+" "+e.When.Phrase)
	}
	want := []string{"2026-10-03 2026-10-03 Oct. 3", "2026-10-03 2026-10-04 Oct. 3-4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A range merges with a report of any one of its days in another article;
// the report, of one day, dates the merged event, and the two do not
// disagree on the date.
func TestRangeMerges(t *testing.T) {
	docs := []*timeline.Document{
		timeline.NewDocument("a", "", "Officials spoke today. Lavrov and Kerry will hold talks in Geneva on Oct. 3-4.", rangeDay, ""),
		timeline.NewDocument("b", "", "Officials spoke today. Kerry will hold talks with Lavrov in Geneva on Oct. 4.", rangeDay, ""),
	}
	tl, err := timeline.Build(docs, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var merged []string
	for _, e := range tl.Events {
		if len(e.Citations) > 1 {
			merged = append(merged, e.When.Phrase+" "+e.DateConflict)
		}
	}
	if want := []string{"Oct. 4 "}; !reflect.DeepEqual(merged, want) {
		t.Errorf("merged events %q, want %q: the talks of Oct. 3-4 and Oct. 4, in agreement", merged, want)
	}
}

// A range travels through partial timelines: shards built apart and added
// up give the timeline of one build, with its ranges.
func TestRangePartialShards(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"published: 2026-09-20\n\nLavrov and Kerry will hold talks in Geneva on Oct. 3-4.\n",
		"published: 2026-09-21\n\nKerry will hold talks with Lavrov in Geneva on Oct. 4. The talks ran from 9 a.m. to 5 p.m. Monday.\n",
		"published: 2026-09-19\n\nThe summit, held March 3-5, ended with a deal. Talks were held on Sept. 8 and 9.\n",
	}
	var inputs []timeline.Input
	for i, text := range texts {
		p := filepath.Join(dir, string(rune('a'+i))+".md")
		if err := os.WriteFile(p, []byte("---\n"+strings.Replace(text, "\n\n", "\n---\n\n", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, timeline.Input{Path: p})
	}
	opts := timeline.Options{}
	whole := buildInputs(t, inputs, opts)
	ranges := 0
	for _, e := range whole.Events {
		if e.When.IsRange() {
			ranges++
		}
	}
	if ranges < 3 {
		t.Fatalf("%d ranges in the whole timeline, want 3 at least", ranges)
	}
	want := renderAll(t, whole)
	var sum timeline.Partial
	for _, in := range inputs {
		sum.Add(readPartial(t, []timeline.Input{in}, opts))
	}
	if got := renderAll(t, mustTimeline(t, &sum, opts)); got != want {
		t.Errorf("shards added up differ from one build:\n%s\nwant\n%s", got, want)
	}
}
