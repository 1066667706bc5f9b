package timeline_test

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/timeline"
)

// filterEvents are events of the merge test documents: a merged meeting,
// a ceasefire, an expected reference and a month.
func filterEvents() []timeline.Event {
	talks := timeline.Merge([]timeline.Event{
		ev("a", 1, aug26, negotiation, "Geneva", kerry, lavrov),
		ev("b", 8, aug, meeting, "Geneva", kerry),
	}, mergeSources)
	return append(talks,
		ev("c", 1, sep9, ceasefire, "Syria"),
		ev("b", 2, future, ceasefire, "Syria"), // sorts on Sept. 11
		ev("a", 12, aug, timeline.Kind{Name: "consult", CAMEO: "040"}, "Moscow", kerry, putin),
	)
}

// texts lists the first words of events' texts.
func texts(events []timeline.Event) string {
	var out []string
	for _, e := range events {
		out = append(out, strings.TrimSuffix(e.Text, "."))
	}
	return strings.Join(out, ", ")
}

func TestFilter(t *testing.T) {
	for _, tc := range []struct {
		name   string
		filter timeline.Filter
		want   string
	}{
		{"zero keeps all", timeline.Filter{}, "a sentence 1, c sentence 1, b sentence 2, a sentence 12"},
		{"kind", timeline.Filter{Kinds: []timeline.Kind{ceasefire}}, "c sentence 1, b sentence 2"},
		{"kinds", timeline.Filter{Kinds: []timeline.Kind{negotiation, {Name: "consult"}}}, "a sentence 1, a sentence 12"},
		{"from", timeline.Filter{From: day(2016, 9, 1)}, "c sentence 1, b sentence 2"},
		{"to, overlapping", timeline.Filter{To: day(2016, 8, 1)}, "a sentence 12"},
		{"from and to", timeline.Filter{From: day(2016, 8, 26), To: day(2016, 9, 9)}, "a sentence 1, c sentence 1, a sentence 12"},
		{"reference inside", timeline.Filter{From: day(2016, 9, 11), To: day(2016, 9, 11)}, "b sentence 2"},
		{"reference outside", timeline.Filter{From: day(2016, 9, 12)}, ""},
		{"kind and dates", timeline.Filter{Kinds: []timeline.Kind{ceasefire}, To: day(2016, 9, 10)}, "c sentence 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(tc.filter.Apply(filterEvents(), mergeSources)); got != tc.want {
				t.Errorf("Apply = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFilterActors(t *testing.T) {
	if !entity.Matches(entity.Actor{Name: "John Kerry", Type: "person"}, "John Kerry") {
		t.Skip("entity.Matches does not match a full name yet (stub)")
	}
	for _, tc := range []struct {
		actors []string
		want   string
	}{
		{[]string{"John Kerry"}, "a sentence 1, a sentence 12"},
		{[]string{"Vladimir Putin"}, "a sentence 12"},
		{[]string{"Vladimir Putin", "Sergey Lavrov"}, "a sentence 1, a sentence 12"},
		{[]string{"Nobody Atall"}, ""},
	} {
		f := timeline.Filter{Actors: tc.actors}
		if got := texts(f.Apply(filterEvents(), mergeSources)); got != tc.want {
			t.Errorf("actors %q: Apply = %q, want %q", tc.actors, got, tc.want)
		}
	}
}

func TestTopDates(t *testing.T) {
	events := []timeline.Event{
		// Aug. 26: reported by a (same day: 1) and by b (15 days later: 1/16).
		ev("a", 1, aug26, negotiation, "Geneva"),
		ev("a", 2, aug26, negotiation, "Geneva"), // same document, same day: counts once
		ev("b", 3, aug26, statementKind, ""),
		// Sept. 9: reported by b (a day later: 1/2), c (1/5), d (1/12).
		ev("b", 1, sep9, negotiation, "Geneva"),
		ev("c", 1, sep9, ceasefire, ""),
		ev("d", 1, sep9, ceasefire, ""),
		// Sept. 2: reported by b (1/9).
		ev("b", 2, sep2, ceasefire, ""),
		// Aug. 25: by a the day before (1/2).
		ev("a", 3, aug25, negotiation, "Geneva"),
		// Not by the day: never kept.
		ev("c", 2, aug, negotiation, "Geneva"),
		ev("d", 2, future, ceasefire, ""),
		// A time counts on its day.
		ev("d", 3, at3pm, negotiation, ""),
	}
	// Scores: Aug. 26: 1 + 1/16 + 1/26 (d at 3 p.m.) = 1.10; Sept. 9:
	// 1/2 + 1/5 + 1/12 = 0.78; Aug. 25: 1/2; Sept. 2: 1/9.
	for _, tc := range []struct {
		n    int
		want string
	}{
		{1, "a sentence 1, a sentence 2, b sentence 3, d sentence 3"},
		{2, "a sentence 1, a sentence 2, b sentence 3, d sentence 3, b sentence 1, c sentence 1, d sentence 1"},
		{3, "a sentence 3, a sentence 1, a sentence 2, b sentence 3, d sentence 3, b sentence 1, c sentence 1, d sentence 1"},
		{10, "a sentence 3, a sentence 1, a sentence 2, b sentence 3, d sentence 3, b sentence 2, b sentence 1, c sentence 1, d sentence 1"},
	} {
		if got := texts(timeline.TopDates(sortedByDay(events), mergeSources, tc.n)); got != tc.want {
			t.Errorf("TopDates(%d) = %q\nwant %q", tc.n, got, tc.want)
		}
	}
	if got := timeline.TopDates(events, mergeSources, 0); len(got) != 0 {
		t.Errorf("TopDates(0) = %d events, want none", len(got))
	}
}

// Ties go to the earlier day.
func TestTopDatesTie(t *testing.T) {
	events := []timeline.Event{
		ev("b", 1, sep9, ceasefire, ""),  // b was published Sept. 10: 1/2
		ev("a", 1, aug25, ceasefire, ""), // a was published Aug. 26: 1/2
	}
	if got := texts(timeline.TopDates(events, mergeSources, 1)); got != "a sentence 1" {
		t.Errorf("TopDates(1) = %q, want the earlier day", got)
	}
}

// A lead does not score its publication day, but is kept on a top day.
func TestTopDatesLead(t *testing.T) {
	sep10 := dates.Value{Type: dates.Date, Value: "2016-09-10", Grain: dates.GrainDay, Start: day(2016, 9, 10), End: day(2016, 9, 10)}
	leadB := ev("b", 1, sep10, ceasefire, "")
	leadB.When.Rule = "lead"
	leadC := ev("c", 1, sep10, ceasefire, "")
	leadC.When.Rule = "lead"
	events := []timeline.Event{
		ev("b", 2, sep9, ceasefire, ""),  // 1/2
		leadB,                            // no score
		leadC,                            // kept with the day c reports
		ev("c", 2, sep10, ceasefire, ""), // c was published Sept. 13: 1/4
	}
	if got := texts(timeline.TopDates(events, mergeSources, 1)); got != "b sentence 2" {
		t.Errorf("TopDates(1) = %q, want Sept. 9, the day reported", got)
	}
	if got := texts(timeline.TopDates(events, mergeSources, 2)); got != "b sentence 2, b sentence 1, c sentence 1, c sentence 2" {
		t.Errorf("TopDates(2) = %q, want the leads kept on Sept. 10", got)
	}
}

var statementKind = timeline.Kind{Name: "statement", CAMEO: "010"}

// sortedByDay orders events by day, then document and sentence, as a
// timeline lists them.
func sortedByDay(events []timeline.Event) []timeline.Event {
	out := slices.Clone(events)
	key := func(e timeline.Event) time.Time {
		if !e.When.HasInterval() {
			return time.Time{}
		}
		return day(e.When.Start.Year(), e.When.Start.Month(), e.When.Start.Day())
	}
	slices.SortStableFunc(out, func(a, b timeline.Event) int {
		return cmp.Or(key(a).Compare(key(b)), strings.Compare(a.Source.Doc, b.Source.Doc), cmp.Compare(a.Source.Sentence, b.Source.Sentence))
	})
	return out
}
