package timeline

import (
	"fmt"
	"slices"
	"testing"

	"github.com/timelinehq/timeline/dates"
)

// firstPass returns the members of events and the groups the first pass
// of the merge makes of them, as mergeKeyed does on one goroutine, with
// the events as merge reads them and the actor matcher.
func firstPass(events []Event, sources []Source) ([]*Event, []*member, []*group, *actorMatcher) {
	ptrs := make([]*Event, len(events))
	for i := range events {
		ptrs[i] = &events[i]
	}
	keying := startKeys(ptrs, 1)
	ms := newMembers(ptrs, indexSourcesByID(sources), 1)
	numberDocs(ms, 1)
	slices.SortStableFunc(ms, compareMembers)
	keying.keys.give(ms)
	return ptrs, ms, makeGroups(ms, mergePairs(ms, keying.same, 1), 1), keying.same
}

// copiesInput returns n copies, under n document IDs, of a story of two
// sentences of kind "other" dated to one day that name a person and no
// place, which the first pass does not join: one alike to itself as two
// reports of kind "other" must be (kinRule.others), one of too few words.
func copiesInput(n int) (events []Event, sources []Source) {
	aug26 := day(2016, 8, 26)
	when := When{Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: aug26, End: aug26}}
	ortiz := []Actor{{Name: "Lena Ortiz", Type: "person"}}
	texts := []string{"Ortiz pleaded guilty to two counts of securities fraud on Friday in Boston.", "Ortiz was in court on Friday."}
	for d := range n {
		id := fmt.Sprintf("copy%03d/story", d)
		sources = append(sources, Source{ID: id, Published: day(2016, 8, 27)})
		for s, text := range texts {
			c := Citation{Doc: id, Sentence: s + 1, Quote: text}
			events = append(events, Event{When: when, Text: text, Source: c, Citations: []Citation{c}, Kind: Kind{Name: "other"}, Actors: ortiz})
		}
	}
	return events, sources
}

// joinCopies joins the copies of a report of kind "other" alike to itself
// in one step, and marks those of one that is not so that kinPairs pairs
// none of them: sixty copies make no pair rather than 1,770 of each
// sentence, and merge makes one event of the first sentence and sixty of
// the second, as pairing every two copies (kinRule.others) would.
func TestJoinCopies(t *testing.T) {
	const n = 60
	events, sources := copiesInput(n)
	ptrs, ms, groups, same := firstPass(events, sources)
	if live := len(groups) - countNil(groups); live != 2*n {
		t.Fatalf("the first pass makes %d groups, want %d: the test needs copies it does not join", live, 2*n)
	}
	info, entries, days, copies := kinEntries(ms, groups, same, 1)
	if len(copies) != 2*n {
		t.Fatalf("%d groups may be copies, want %d", len(copies), 2*n)
	}
	sc := newKinScorer(ms, groups, same)
	if !sc.joinCopies(info, copies) {
		t.Fatal("joinCopies joined no groups")
	}
	if live := len(groups) - countNil(groups); live != n+1 {
		t.Errorf("%d groups after joinCopies, want %d", live, n+1)
	}
	entries, days = withoutJoined(groups, entries), withoutJoined(groups, days)
	marked := 0
	for _, g := range copies {
		if groups[g] != nil && len(groups[g].members) == 1 && info[g].copies != 0 {
			marked++
		}
	}
	if marked != n {
		t.Errorf("%d copies marked as not alike, want %d", marked, n)
	}
	if pairs := kinPairs(sc, info, entries, days, 1); len(pairs) != 0 {
		t.Errorf("kinPairs finds %d pairs of copies, want none", len(pairs))
	}
	if got := merge(ptrs, sources, 1); len(got) != n+1 {
		t.Errorf("merge makes %d events, want %d", len(got), n+1)
	}
}

// countNil returns how many groups are nil.
func countNil(groups []*group) int {
	n := 0
	for _, g := range groups {
		if g == nil {
			n++
		}
	}
	return n
}

// joinAllCopies shares the copies out among goroutines and gives what one
// goroutine gives: the same groups and marks, on copies of several
// stories, enough for two shards at the least.
func TestJoinAllCopies(t *testing.T) {
	const n = 1100 // copies of each story: 2,200 groups of copies
	var events []Event
	var sources []Source
	for story, person := range []string{"Lena Ortiz", "Marcus Delaney"} {
		ev, src := copiesInput(n)
		for i := range src {
			src[i].ID = fmt.Sprintf("s%d-%s", story, src[i].ID)
		}
		for i := range ev {
			ev[i].Source.Doc = fmt.Sprintf("s%d-%s", story, ev[i].Source.Doc)
			ev[i].Citations = []Citation{ev[i].Source}
			ev[i].Actors = []Actor{{Name: person, Type: "person"}}
		}
		events, sources = append(events, ev...), append(sources, src...)
	}
	run := func(jobs int) ([]*group, []kinGroup) {
		_, ms, groups, same := firstPass(slices.Clone(events), sources)
		info, _, _, copies := kinEntries(ms, groups, same, 1)
		if len(copies) < 2*minCopyShard {
			t.Fatalf("%d groups may be copies: too few for two shards", len(copies))
		}
		if !joinAllCopies(newKinScorer(ms, groups, same), info, copies, jobs) {
			t.Fatal("joinAllCopies joined no groups")
		}
		return groups, info
	}
	g1, i1 := run(1)
	g3, i3 := run(3)
	if len(g1) != len(g3) {
		t.Fatalf("%d groups on one goroutine, %d on three", len(g1), len(g3))
	}
	for i := range g1 {
		if (g1[i] == nil) != (g3[i] == nil) || g1[i] != nil && !slices.Equal(g1[i].members, g3[i].members) || i1[i].copies != i3[i].copies {
			t.Fatalf("group %d differs on three goroutines", i)
		}
	}
}
