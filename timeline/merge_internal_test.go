package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
)

// allPairs is mergePairs without match keys: every two members of one kind
// family whose dates overlap are tried.
func allPairs(ms []*member, same *actorMatcher) []pair {
	var pairs []pair
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := ms[i], ms[j]
			if kindFamily(a.ev.Kind) != kindFamily(b.ev.Kind) || a.interval != b.interval {
				continue
			}
			if a.interval && (b.day0 > a.day1 || a.day0 > b.day1) {
				continue
			}
			if !a.interval && (a.ev.When.Value.Value != b.ev.When.Value.Value || a.pub != b.pub) {
				continue
			}
			if s, ok := matchScore(a, b, same); ok {
				pairs = append(pairs, pair{int32(i), int32(j), s})
			} else if s, ok := wordOracle(a, b); ok {
				pairs = append(pairs, pair{int32(i), int32(j), s})
			}
		}
	}
	return pairs
}

// wordOracle says whether two members that cannot merge for their actors
// or place can merge for their words: both dated to one same day, one
// naming no actor, no document in common, and wordScore.
func wordOracle(a, b *member) (float64, bool) {
	if a.days != 1 || b.days != 1 || a.day0 != b.day0 || len(a.ev.Actors) > 0 && len(b.ev.Actors) > 0 || !apart(a, b) {
		return 0, false
	}
	wa, wb := contentWords(a.ev.Text), contentWords(b.ev.Text)
	return wordScore(a, b, &wa, &wb)
}

// analyzeFiles returns the partial timeline of the articles that match
// patterns, each with an ID of its own and, if it has none, the
// publication date 2016-08-26.
func analyzeFiles(t testing.TB, patterns ...string) *Partial {
	t.Helper()
	var paths []string
	for _, pattern := range patterns {
		ps, _ := filepath.Glob(pattern)
		paths = append(paths, ps...)
	}
	var p Partial
	tg := dates.New()
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ReadDocument(path, data)
		if err != nil {
			t.Fatal(err)
		}
		d.ID = fmt.Sprint(path, i)
		if d.Published.IsZero() {
			d.Published = time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
		}
		p.Add(analyze(d, tg, dates.News, "", Digest))
	}
	return &p
}

// mergeMembers returns the members of events as merge makes them, in
// canonical order, with their actor matcher.
func mergeMembers(events []Event, sources []Source) ([]*member, *actorMatcher) {
	idx := indexSourcesByID(sources)
	ptrs := make([]*Event, len(events))
	for i := range events {
		ptrs[i] = &events[i]
	}
	ms := newMembers(ptrs, idx, 1)
	numberDocs(ms, 1)
	slices.SortStableFunc(ms, compareMembers)
	same := newActorMatcher()
	keys := same.numberKeys(ptrs)
	keys.give(ms)
	return ms, same
}

// checkPairs checks that mergePairs finds exactly the pairs of allPairs,
// in the same order on one goroutine as on three.
func checkPairs(t *testing.T, name string, events []Event, sources []Source) {
	t.Helper()
	ms, same := mergeMembers(events, sources)
	got := pairsOf(mergePairs(ms, same, 1))
	if got3 := pairsOf(mergePairs(ms, same, 3)); !slices.Equal(got, got3) {
		t.Errorf("%s: mergePairs on three goroutines gives %d pairs in another order than on one (%d)", name, len(got3), len(got))
	}
	want := allPairs(ms, same)
	key := func(p pair) string { return fmt.Sprintf("%d-%d %.6f", p.a, p.b, p.score) }
	gotKeys, wantKeys := make([]string, len(got)), make([]string, len(want))
	for i, p := range got {
		gotKeys[i] = key(p)
	}
	for i, p := range want {
		wantKeys[i] = key(p)
	}
	slices.Sort(gotKeys)
	slices.Sort(wantKeys)
	if !slices.Equal(gotKeys, wantKeys) {
		t.Errorf("%s: mergePairs found %d pairs, every pair tried gives %d", name, len(got), len(want))
	}
	if len(want) == 0 {
		t.Errorf("%s: no pairs to compare", name)
	}
}

// pairsOf lists the pairs of mergePairs's sets, kind family by kind
// family, each strongest first.
func pairsOf(sets []*pairSet) []pair {
	sortAndJoin(sets, 1, func(int) {})
	var out []pair
	for _, ps := range sets {
		out = slices.AppendSeq(out, ps.sorted())
	}
	return out
}

// globalGroups is makeGroups as it was before the kind families were
// joined apart: one set holds the pairs of every family, which join
// groups strongest first.
func globalGroups(ms []*member, sets []*pairSet) [][]int32 {
	all := newPairSet(len(ms))
	for _, ps := range sets {
		for p := range ps.sorted() {
			all.add(p.a, p.b, p.score)
		}
	}
	return groupMembers(makeGroups(ms, []*pairSet{joinPairSets([]*pairSet{all}, len(ms))}, 1))
}

// groupMembers lists the members of the groups that are not nil.
func groupMembers(groups []*group) [][]int32 {
	var out [][]int32
	for _, g := range groups {
		if g != nil {
			out = append(out, g.members)
		}
	}
	return out
}

// makeGroups, which joins each kind family's groups apart, on one
// goroutine or three, makes the groups of joining them all in one order.
func TestMakeGroupsByFamily(t *testing.T) {
	events, sources := randomMergeInput(3000, 40)
	ms, same := mergeMembers(events, sources)
	want := globalGroups(ms, mergePairs(ms, same, 1))
	if len(want) == len(ms) || len(want) < 2 {
		t.Fatalf("%d groups of %d members: nothing to compare", len(want), len(ms))
	}
	for _, jobs := range []int{1, 3} {
		if got := groupMembers(makeGroups(ms, mergePairs(ms, same, jobs), jobs)); !reflect.DeepEqual(got, want) {
			t.Errorf("jobs %d: %d groups, joining all pairs in one order makes %d", jobs, len(got), len(want))
		}
	}
}

// Match keys leave out only pairs that cannot merge: on the example
// articles and on random events with tricky actors and places, mergePairs
// finds the same pairs as trying every two events.
func TestMergePairsKeys(t *testing.T) {
	p := analyzeFiles(t, "../testdata/multi/*.md", "../examples/geneva-2016/article*.md", "testdata/*.txt", "testdata/*.md")
	var events []Event
	var sources []Source
	for _, s := range p.Sources {
		sources = append(sources, s.Source)
	}
	for _, e := range p.Events {
		events = append(events, e.Event)
	}
	checkPairs(t, "articles", events, sources)

	events, sources = randomMergeInput(600, 12)
	checkPairs(t, "random", events, sources)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Pair sets joined (joinPairSets) yield their pairs as comparing them one
// by one orders them: strongest first, then by a and b, whether the
// members are few (one range of pairs, packed with few bits of b) or
// millions (thousands of ranges, most bits b's).
func TestPairSetSorted(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	scores := []float64{1, 1.5, 2, 2.25, 3, 0.125, 1.0 / 3}
	for _, members := range []int32{2, 800, 70_000, 1 << 22} {
		var pairs []pair
		for range 5000 {
			a := r.Int32N(members - 1)
			pairs = append(pairs, pair{a, a + 1 + r.Int32N(members-1-a), scores[r.IntN(len(scores))]})
		}
		pairs = append(pairs, pair{0, members - 1, 1}, pair{members - 2, members - 1, 3})
		want := slices.Clone(pairs)
		slices.SortFunc(want, func(p, q pair) int {
			if p.score != q.score {
				return cmp.Compare(q.score, p.score)
			}
			return cmp.Or(cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
		})
		for _, n := range []int{1, 3} {
			sets := make([]*pairSet, n)
			for i := range sets {
				sets[i] = newPairSet(int(members))
			}
			for i, p := range pairs {
				sets[i%n].add(p.a, p.b, p.score)
			}
			if got := slices.Collect(joinPairSets(sets, int(members)).sorted()); !slices.Equal(got, want) {
				t.Errorf("%d members, %d sets joined: pairSet.sorted differs from sorting by score, a, b", members, n)
			}
		}
	}
}

// A pairMemo gives back what was put in it, through its growth, and
// nothing else.
func TestPairMemo(t *testing.T) {
	var pm pairMemo[bool]
	want := make(map[uint64]bool)
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		k := uint64(r.Uint32N(300))<<32 | uint64(r.Uint32N(300))
		if _, ok := want[k]; ok {
			continue
		}
		v := r.IntN(2) == 0
		pm.put(k, v)
		want[k] = v
	}
	for x := range uint64(310) {
		for y := range uint64(310) {
			k := x<<32 | y
			v, ok := pm.get(k)
			if wv, wok := want[k]; v != wv || ok != wok {
				t.Fatalf("get(%d, %d) = %v, %v; want %v, %v", x, y, v, ok, wv, wok)
			}
		}
	}
}

// randomMergeInput returns n events of the given number of documents, with
// actors, places, kinds and dates that merge in many ways, some tricky.
func randomMergeInput(n, docs int) (events []Event, sources []Source) {
	actors := []Actor{
		{Name: "John Kerry", Type: "person"}, {Name: "Kerry", Type: "person"}, {Name: "kerry", Type: ""},
		{Name: "J. Kerry", Type: "person"}, {Name: "Sergey Lavrov", Type: "person"}, {Name: "Sergei Lavrov", Type: "person"},
		{Name: "Bashar al-Assad", Type: "person"}, {Name: "Assad", Type: "person"}, {Name: "AL-ASSAD", Type: ""},
		{Name: "United Nations", Type: "organization"}, {Name: "U.N.", Type: "organization"}, {Name: "UN", Type: ""},
		{Name: "Russia", Type: "state"}, {Name: "Russian Federation", Type: "state"}, {Name: "the United States", Type: "state"},
		{Name: "United States", Type: ""}, {Name: "Kremlin", Type: "organization"}, {Name: " ", Type: "person"},
		{Name: "", Type: "person"}, {Name: "Straße", Type: "person"}, {Name: "STRASSE", Type: "person"},
	}
	places := []string{"", "Geneva", "geneva", " Geneva ", "New York", "Moscow", "Aleppo", " "}
	kinds := []Kind{{Name: "negotiation", CAMEO: "046"}, {Name: "meeting", CAMEO: "044"}, {Name: "visit", CAMEO: "042"}, {Name: "other"}, {Name: "statement", CAMEO: "010"}}
	values := []dates.Value{
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(2016, 8, 26), End: day(2016, 8, 26)},
		{Type: dates.Date, Value: "2016-08-25", Grain: dates.GrainDay, Start: day(2016, 8, 25), End: day(2016, 8, 25)},
		{Type: dates.Date, Value: "2016-W34", Grain: dates.GrainWeek, Start: day(2016, 8, 22), End: day(2016, 8, 28)},
		{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Start: day(2016, 8, 1), End: day(2016, 8, 31)},
		{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Start: day(2016, 1, 1), End: day(2016, 12, 31)},
		{Type: dates.Date, Value: "FUTURE_REF", Future: true},
		{Type: dates.Date, Value: "PAST_REF"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for d := range docs {
		sources = append(sources, Source{ID: fmt.Sprint("d", d), Published: day(2016, 8, 20+d%3)})
	}
	for n := range n {
		doc := sources[rng.IntN(len(sources))].ID
		c := Citation{Doc: doc, Sentence: n + 1, Quote: fmt.Sprint("s", n)}
		e := Event{When: When{Value: values[rng.IntN(len(values))]}, Text: c.Quote, Source: c, Citations: []Citation{c},
			Kind: kinds[rng.IntN(len(kinds))], Place: places[rng.IntN(len(places))]}
		for range rng.IntN(3) {
			e.Actors = append(e.Actors, actors[rng.IntN(len(actors))])
		}
		events = append(events, e)
	}
	return events, sources
}

// merge gives the same events on one goroutine as on three, on enough
// events for its parallel steps (making members, finding pairs, sorting
// each bucket) to split their work.
func TestMergeJobs(t *testing.T) {
	events, sources := randomMergeInput(8000, 2) // two documents: groups of two at most
	ptrs := make([]*Event, len(events))
	for i := range events {
		ptrs[i] = &events[i]
	}
	one, three := merge(ptrs, sources, 1), merge(ptrs, sources, 3)
	if len(one) < 3*1024 {
		t.Fatalf("%d merged events: too few to split", len(one))
	}
	if !reflect.DeepEqual(one, three) {
		t.Error("merge on three goroutines differs from merge on one")
	}
}

// matchScore says whether two members of the same kind with overlapping
// dates can merge, and how strongly they match: the rule mergePairs
// applies, without its memos, for allPairs.
func matchScore(a, b *member, same *actorMatcher) (float64, bool) {
	if !apart(a, b) {
		return 0, false
	}
	m := profileMatch(a, b, same)
	if m < 0 || !datesAgree(m, a.interval, a.day0, a.day1, b.day0, b.day1) {
		return 0, false
	}
	return dateScore(a.interval, a.day0, a.day1, b.day0, b.day1, m), true
}

// numberEvents, countCitations and numberDocs, which skip map lookups for
// runs of one document, give what looking up every citation gives, on
// citations of documents in runs and interleaved.
func TestDocRuns(t *testing.T) {
	events, sources := randomMergeInput(500, 7)
	for i := range events {
		if i%3 == 0 { // several citations, some of one document
			events[i].Citations = append(events[i].Citations, events[(i*7)%len(events)].Citations[0], events[i].Citations[0])
		}
	}
	numberEvents(events)
	countCitations(sources, events, 1)
	count := make(map[string]int)
	for i, e := range events {
		if want := fmt.Sprint("e", i+1); e.ID != want {
			t.Fatalf("event %d: ID %q, want %q", i, e.ID, want)
		}
		for _, c := range e.Citations {
			count[c.Doc]++
		}
	}
	for _, s := range sources {
		if s.Events != count[s.ID] {
			t.Errorf("source %s: %d events, want %d", s.ID, s.Events, count[s.ID])
		}
	}

	ms, _ := mergeMembers(events, sources)
	for _, m := range ms {
		var want []int32
		for _, c := range m.cites {
			n, _ := strconv.Atoi(strings.TrimPrefix(c.Doc, "d")) // d0 ... d6: numbered in ID order
			want = append(want, int32(n))
		}
		if want = slices.Compact(want); !slices.Equal(m.docs, want) || m.doc0 != want[0] {
			t.Fatalf("citations %v: docs %v, doc0 %d; want %v", m.cites, m.docs, m.doc0, want)
		}
	}
}

// dayOf gives what time.Date of the time's year, month and day gives,
// equal as values (==), for days already and other times, in UTC and
// elsewhere, before 1970 and after.
func TestDayOf(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("", 0), time.FixedZone("x", -5*3600), time.FixedZone("y", 13*3600)}
	r := rand.New(rand.NewPCG(7, 8))
	for i := range 20000 {
		sec := r.Int64N(400*365*24*3600) - 200*365*24*3600
		if i%2 == 0 {
			sec -= sec % (24 * 3600) // a midnight UTC
		}
		tm := time.Unix(sec, int64(r.IntN(3))*int64(r.IntN(1e9))).In(zones[r.IntN(len(zones))])
		want := time.Date(tm.Year(), tm.Month(), tm.Day(), 0, 0, 0, 0, time.UTC)
		if got := dayOf(tm); got != want {
			t.Fatalf("dayOf(%v) = %#v, want %#v", tm, got, want)
		}
	}
}

// quickKey gives equal texts one key and different texts different keys,
// none of which looks like a digest.
func TestQuickKey(t *testing.T) {
	texts := []string{"", "a", "b", "Kerry met Lavrov.", "Kerry met Lavrov!", strings.Repeat("x", 1000), strings.Repeat("x", 1001)}
	seen := make(map[string]string)
	for _, text := range texts {
		k := quickKey(text)
		if k != quickKey(strings.Clone(text)) {
			t.Errorf("quickKey(%q) differs between calls", text)
		}
		if !strings.HasPrefix(k, "quick:") || len(k) == len(Digest(text)) {
			t.Errorf("quickKey(%q) = %q: could pass for a digest", text, k)
		}
		if prev, dup := seen[k]; dup {
			t.Errorf("quickKey(%q) = quickKey(%q)", text, prev)
		}
		seen[k] = text
	}
}

// sortItems sorts as a stable sort by the key does, for keys within an
// int32 (negative ones too) and beyond, with its memory kept from call to
// call.
func TestSortItems(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var o sortScratch
	for n := range 300 {
		items := make([]sweepItem, n%60)
		for i := range items {
			items[i] = sweepItem{i: int32(i), day0: r.IntN(9) - 4, ref: int32(r.IntN(5))}
			if n%7 == 0 && r.IntN(20) == 0 {
				items[i].day0 = math.MaxInt - r.IntN(3)
			}
		}
		for _, key := range []func(*sweepItem) int{
			func(it *sweepItem) int { return it.day0 },
			func(it *sweepItem) int { return int(it.ref) },
		} {
			want := slices.Clone(items)
			slices.SortStableFunc(want, func(a, b sweepItem) int { return cmp.Compare(key(&a), key(&b)) })
			if got := o.sortItems(slices.Clone(items), key); !slices.Equal(got, want) {
				t.Fatalf("sortItems(%v) = %v, want %v", items, got, want)
			}
		}
	}
}

// eventMemory's strings keep their bytes however many come after them,
// in blocks of any size, and its lists are of their own capacity.
func TestEventMemory(t *testing.T) {
	var m eventMemory
	m.cites = make([]Citation, 0, 3)
	var want, got []string
	for i := range 3000 {
		s := strings.Repeat(strconv.Itoa(i), 1+i%700)
		want = append(want, s, "Kerry met Lavrov.")
		got = append(got, m.clone(s), m.collapse(" Kerry  met\nLavrov. "))
	}
	if !slices.Equal(got, want) {
		t.Error("strings changed after others were copied")
	}
	if m.clone("") != "" || m.collapse(" \n ") != "" {
		t.Error("an empty string is not empty")
	}
	as := []entity.Actor{{Name: "Kerry", Role: "secretary", Type: "person"}, {Name: "Lavrov", Type: "person"}}
	a := m.actorsOf(as)
	b := m.copyActors(a)
	b[0].Name = "John Kerry"
	if a[0].Name != "Kerry" || cap(a) != 2 || cap(b) != 2 || m.actorsOf(nil) != nil || m.copyActors(nil) != nil {
		t.Errorf("actor lists %v, %v share memory or have room to grow", a, b)
	}
	var cites [][]Citation
	for i := range 3000 { // past the room made for 3, in blocks
		cites = append(cites, m.citation(Citation{Doc: "a", Sentence: i}))
	}
	for i, c := range cites {
		if len(c) != 1 || cap(c) != 1 || c[0].Sentence != i {
			t.Fatalf("citation %d: %v (capacity %d)", i, c, cap(c))
		}
	}
	b1, b2 := []byte("Geneva"), []byte("")
	k1, k2 := m.keep(b1), m.keep(b2)
	b1[0] = 'X'
	if k1 != "Geneva" || k2 != "" {
		t.Errorf("keep = %q, %q: not copies", k1, k2)
	}
}

// dated finds an event of a sentence with a value among a document's
// events, whether the sentence's are the last ones (its mentions being
// added) or not (the lead's look).
func TestDated(t *testing.T) {
	ev := func(sentence int, value string, mod dates.Mod) DocEvent {
		var e DocEvent
		e.Source.Sentence = sentence + 1
		e.When.Value = dates.Value{Value: value, Mod: mod}
		return e
	}
	events := []DocEvent{ev(0, "2016-08-26", ""), ev(0, "2016-08", ""), ev(2, "2016-08-26", "START"), ev(5, "2016", "")}
	for _, tc := range []struct {
		si    int
		value string
		mod   dates.Mod
		want  bool
	}{
		{0, "2016-08-26", "", true}, {0, "2016-08", "", true}, {0, "2016", "", false},
		{2, "2016-08-26", "START", true}, {2, "2016-08-26", "", false},
		{5, "2016", "", true}, {5, "2016-08", "", false}, {6, "2016", "", false},
	} {
		if got := dated(events, tc.si, dates.Value{Value: tc.value, Mod: tc.mod}); got != tc.want {
			t.Errorf("dated(sentence %d, %s %s) = %v, want %v", tc.si, tc.value, tc.mod, got, tc.want)
		}
	}
}

// Joined groups own their lists: joins leave the lists of the groups of
// one member (parts of shared arrays) as they are, and give the union.
func TestJoinOwnLists(t *testing.T) {
	arena := []int32{5, 1, 3, 7}
	self := []int32{0, 1, 2, 3}
	var groups []*group
	for i := range arena {
		groups = append(groups, &group{members: self[i : i+1 : i+1], docs: arena[i : i+1 : i+1]})
	}
	g := groups[0].join(groups[1])
	g = g.join(groups[2])
	g = groups[3].join(g)
	if !slices.Equal(arena, []int32{5, 1, 3, 7}) || !slices.Equal(self, []int32{0, 1, 2, 3}) {
		t.Errorf("shared arrays changed: %v, %v", arena, self)
	}
	if !slices.Equal(g.docs, []int32{1, 3, 5, 7}) || !slices.Equal(g.members, []int32{0, 1, 2, 3}) {
		t.Errorf("joined group: docs %v, members %v", g.docs, g.members)
	}
}

// sortPairs sorts as slices.Sort does, short lists and long ones, pairs
// that differ in a few bytes or in any.
func TestSortPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	var scratch []uint32
	for _, n := range []int{0, 1, 5, minRadixSort - 1, minRadixSort, 1000, 5000} {
		for _, mask := range []uint32{0xff_00ff, 0xff00_00ff, ^uint32(0), 0} {
			xs := make([]uint32, n)
			for i := range xs {
				xs[i] = r.Uint32()&mask | 1<<8
			}
			want := slices.Clone(xs)
			slices.Sort(want)
			scratch = sortPairs(xs, scratch)
			if !slices.Equal(xs, want) {
				t.Fatalf("%d pairs under mask %x: not sorted", n, mask)
			}
		}
	}
}

// memberBlocks gives the blocks that grouping the members by kind family
// and key in a map, as mergePairs did before it, gives: each member of a
// family under each of its keys, in member order.
func TestMemberBlocks(t *testing.T) {
	events, sources := randomMergeInput(600, 12)
	ms, same := mergeMembers(events, sources)
	type fk struct {
		family string
		key    int32
	}
	want := make(map[fk][]int32)
	for i, m := range ms {
		for _, k := range m.keys {
			b := fk{kindFamily(m.ev.Kind), k}
			want[b] = append(want[b], int32(i))
		}
	}
	families := same.families.n()
	blocks := memberBlocks(ms, len(same.keyIDs), families, 1)
	names := make(map[int32]string) // family number -> name
	got := make(map[fk][]int32)
	for i, b := range blocks {
		if i > 0 && cmp.Or(cmp.Compare(blocks[i-1].key, b.key), cmp.Compare(blocks[i-1].family, b.family)) >= 0 {
			t.Errorf("block %d (key %d, family %d) is not after block %d (key %d, family %d)", i, b.key, b.family, i-1, blocks[i-1].key, blocks[i-1].family)
		}
		name := kindFamily(ms[b.members[0]].ev.Kind)
		if prev, ok := names[b.family]; ok && prev != name {
			t.Fatalf("family %d is both %s and %s", b.family, prev, name)
		}
		names[b.family] = name
		got[fk{name, b.key}] = b.members
	}
	if len(names) != families {
		t.Errorf("memberBlocks says %d families, its blocks have %d", families, len(names))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("memberBlocks gives %d blocks, grouping in a map %d (or other members)", len(got), len(want))
	}
}

// sourceLookup answers as its index does, for documents in runs, known or
// not, and for the empty ID.
func TestSourceLookup(t *testing.T) {
	idx := indexSourcesByID([]Source{{ID: "a", Published: day(2016, 8, 26)}, {ID: "b", Published: day(2016, 8, 27)}, {ID: "", Published: day(2016, 8, 28)}})
	l := sourceLookup{idx: idx}
	for _, doc := range []string{"", "", "a", "a", "x", "b", "x", "x", "a", ""} {
		info, ok := l.get(doc)
		want, wantOK := idx[doc]
		if info != want || ok != wantOK {
			t.Errorf("get(%q) = %v, %v; the index holds %v, %v", doc, info, ok, want, wantOK)
		}
	}
}

// numberKeys gives each event the lists keysIn makes of it, in the order
// of events, whether or not it takes them from the event before.
func TestNumberKeys(t *testing.T) {
	events, _ := randomMergeInput(3000, 40)
	for i := 1; i < len(events); i += 3 { // runs of events of the same actors and place
		events[i].Actors, events[i].Place = slices.Clone(events[i-1].Actors), events[i-1].Place
	}
	ptrs := make([]*Event, len(events))
	for i := range events {
		ptrs[i] = &events[i]
	}
	for i := 2; i < len(events); i += 6 { // and of another kind
		events[i].Kind = events[(i*7)%len(events)].Kind
	}
	keys := newActorMatcher().numberKeys(ptrs)
	same := newActorMatcher()
	profOf := bijection[string, int32]{}   // profile -> prof
	familyOf := bijection[string, int32]{} // kindFamily -> family
	for i, e := range ptrs {
		arena, mid := same.keysIn(e, strings.TrimSpace(e.Place), nil)
		actors, ks := keys.lists(i)
		if !slices.Equal(actors, arena[:mid]) || !slices.Equal(ks, arena[mid:]) {
			t.Fatalf("event %d: actors %v, keys %v; keysIn gives %v, %v", i, actors, ks, arena[:mid], arena[mid:])
		}
		if cap(actors) != len(actors) || cap(ks) != len(ks) {
			t.Fatalf("event %d: lists with room to grow", i)
		}
		profile := fmt.Sprintf("%q %q %v %v", e.Kind.Name, strings.TrimSpace(e.Place), isOther(e.Kind), actors)
		if !profOf.add(profile, keys.prof[i]) {
			t.Fatalf("event %d: profile %d, not one number for each profile (%s)", i, keys.prof[i], profile)
		}
		if !familyOf.add(kindFamily(e.Kind), keys.family[i]) {
			t.Fatalf("event %d: family %d, not one number for each family (%s)", i, keys.family[i], kindFamily(e.Kind))
		}
	}
}

// bijection pairs values one to one.
type bijection[A, B comparable] struct {
	ab map[A]B
	ba map[B]A
}

// add pairs a and b, and reports whether neither is paired with another.
func (m *bijection[A, B]) add(a A, b B) bool {
	if m.ab == nil {
		m.ab, m.ba = make(map[A]B), make(map[B]A)
	}
	if b0, ok := m.ab[a]; ok && b0 != b {
		return false
	}
	if a0, ok := m.ba[b]; ok && a0 != a {
		return false
	}
	m.ab[a], m.ba[b] = b, a
	return true
}

// appendMerged gives what appending and sorting gives, for sorted lists
// of any lengths, with room to grow in place or not.
func TestAppendMerged(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		a, b := make([]int, r.IntN(12), 24), make([]int, r.IntN(12))
		for i := range a {
			a[i] = r.IntN(30)
		}
		for i := range b {
			b[i] = r.IntN(30)
		}
		slices.Sort(a)
		slices.Sort(b)
		if r.IntN(2) == 0 {
			a = slices.Clip(a)
		}
		want := slices.Sorted(slices.Values(slices.Concat(a, b)))
		c := make([]int, len(a), cap(a)) // a copy, with a's room
		copy(c, a)
		if got := appendMerged(c, b); !slices.Equal(got, want) {
			t.Fatalf("appendMerged(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

// buildTimeline takes a document's events in runs: those of a document in
// several runs, among others' events, are all used, and the events of a
// document without a source are all counted.
func TestEventRuns(t *testing.T) {
	ev := func(doc string, sentence int) DocEvent {
		c := Citation{Doc: doc, Sentence: sentence, Quote: fmt.Sprint("s", sentence)}
		return DocEvent{Event: Event{When: When{Value: dates.Value{Value: "PRESENT_REF"}}, Text: c.Quote, Source: c, Citations: []Citation{c}}, Digest: doc + "#"}
	}
	sources := []DocSource{{Source: Source{ID: "a", Published: day(2016, 8, 26)}, Digest: "a#"}}
	parts := [][]DocEvent{{ev("a", 1), ev("b", 1), ev("b", 2), ev("a", 2)}, {ev("b", 3), ev("a", 3)}}
	_, err := buildTimeline(sources, parts, nil, Options{})
	var oe *OrphanError
	if !errors.As(err, &oe) || oe.Doc != "b" || oe.Events != 3 {
		t.Errorf("events of b without a source: %v", err)
	}
	sources = append(sources, DocSource{Source: Source{ID: "b", Published: day(2016, 8, 26)}, Digest: "b#"})
	tl, err := buildTimeline(sources, parts, nil, Options{})
	if err != nil || len(tl.Events) != 6 {
		t.Fatalf("timeline of a and b in runs: %v, %d events", err, len(tl.Events))
	}
}

// noDay is the day of the zero time, which members without an interval
// and unknown publication days had.
func TestNoDay(t *testing.T) {
	if got := unixDay(time.Time{}); got != noDay {
		t.Errorf("unixDay of the zero time = %d, noDay = %d", got, noDay)
	}
}

// forParts calls f once on each item, on parts of any number of items.
func TestForParts(t *testing.T) {
	for _, n := range []int{0, 1, 1023, 2048, 5000, 100000} {
		for _, jobs := range []int{1, 2, 3, 8} {
			seen := make([]int32, n)
			forParts(n, jobs, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					seen[i]++ // parts do not overlap: no race
				}
			})
			for i, c := range seen {
				if c != 1 {
					t.Fatalf("%d items, %d jobs: item %d seen %d times", n, jobs, i, c)
				}
			}
		}
	}
}

// A pairSet keeps one bucket per score, whichever score came before, and
// yields the pairs strongest first, then in order.
func TestPairSetBuckets(t *testing.T) {
	ps := newPairSet(16)
	scores := []float64{1, 2.5, 1, 1 + 1.0/3, 2.5, 1, 7, 1 + 1.0/3}
	for i, sc := range scores {
		ps.add(int32(len(scores)-i), int32(len(scores)+i), sc)
	}
	if len(ps.scores) != 4 {
		t.Errorf("%d buckets for scores %v, want 4", len(ps.scores), scores)
	}
	ps = joinPairSets([]*pairSet{ps}, 16)
	var got []pair
	for p := range ps.sorted() {
		got = append(got, p)
	}
	want := []pair{{2, 14, 7}, {4, 12, 2.5}, {7, 9, 2.5}, {1, 15, 1 + 1.0/3}, {5, 11, 1 + 1.0/3}, {3, 13, 1}, {6, 10, 1}, {8, 8, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
}

// timelineOrder puts the dates of one sentence with the same interval in
// the order of their phrases in its text (collapsed, as the text is),
// whatever order they come in, and after the sentence's lead; a phrase
// not in the text comes first.
func TestTimelineOrderPhrases(t *testing.T) {
	text := "On Friday, Aug. 26, Kerry met Lavrov."
	v := dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(2016, 8, 26), End: day(2016, 8, 26)}
	src := Citation{Doc: "a", Sentence: 1, Quote: text}
	mk := func(phrase, rule string) *Event {
		return &Event{When: When{Value: v, Phrase: phrase, Rule: rule}, Text: text, Source: src}
	}
	events := []*Event{mk("Aug.\n26", "date"), mk("Friday", "weekday"), mk("", "lead"), mk("Saturday", "weekday")}
	idx := indexSourcesByID([]Source{{ID: "a", Published: day(2016, 8, 26)}})
	want := []string{"", "Saturday", "Friday", "Aug.\n26"}
	for range 2 {
		var got []string
		for _, i := range timelineOrder(events, idx, 1) {
			got = append(got, events[i].When.Phrase)
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %q, want %q", got, want)
		}
		slices.Reverse(events)
	}
}

// allPassed holds a block's members to what passed says of each of their
// pairs.
func TestAllPassed(t *testing.T) {
	mem := func(keys []int32, docs ...int32) *member {
		return &member{docs: docs, doc0: docs[0], keys: keys}
	}
	ms := []*member{
		mem([]int32{2, 5}, 1), mem([]int32{2, 5}, 2), mem([]int32{5}, 1), // 0-2
		mem([]int32{2, 5}, 1, 2), mem([]int32{3, 5}, 3), mem([]int32{2, 5}, 1), // 3-5
	}
	sw := &sweeper{ms: ms}
	for _, tc := range []struct {
		key     int32
		members []int32
	}{
		{5, []int32{0}}, {5, []int32{0, 1}}, {5, []int32{0, 2}}, {5, []int32{0, 5}}, {5, []int32{0, 2, 5}},
		{5, []int32{0, 1, 3}}, {5, []int32{0, 4}}, {5, []int32{3, 5}}, {2, []int32{0, 1}}, {5, []int32{1, 2, 4}},
	} {
		want := true
		for x, i := range tc.members {
			for _, j := range tc.members[x+1:] {
				a, b := sw.item(i), sw.item(j)
				want = want && passed(tc.key, &a, &b)
			}
		}
		if got := sw.allPassed(tc.key, tc.members); got != want {
			t.Errorf("key %d, members %v: allPassed = %v, want %v", tc.key, tc.members, got, want)
		}
	}
}

// Pairs added by the thousand fill many chunks of the ranges of a
// bucket, and of several sets: joined, they are all there once, strongest
// first, then in order, whichever set held them; every chunk of a range
// but its last is full, and holds pairs of that range.
func TestJoinPairSetsChunks(t *testing.T) {
	const members = 1<<20 - 1 // 20 bits of b, ranges of 4,096
	var want []pair
	for i := range 40 * lastPairChunk {
		a := int32(i*7919%(5<<12)) + 1
		want = append(want, pair{a: a, b: a + int32(i) + 1, score: float64(1 + i%3)})
	}
	sets := []*pairSet{newPairSet(members), newPairSet(members)}
	for i, p := range want {
		sets[i%5%2].add(p.a, p.b, p.score)
	}
	if got := pairCount(sets); got != len(want) {
		t.Errorf("pairCount = %d, want %d", got, len(want))
	}
	slices.SortFunc(want, func(p, q pair) int {
		return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	joined := joinPairSets(sets, members)
	if got := slices.Collect(joined.sorted()); !slices.Equal(got, want) {
		t.Errorf("joined %d pairs in chunks: sorted differs from sorting them by score, a, b", len(want))
	}
	for k, b := range joined.buckets {
		if len(b) < 5 {
			t.Errorf("bucket %d: %d ranges, want 5 or 6", k, len(b))
		}
		for r, pc := range b {
			for i, c := range pc {
				if len(c) == 0 || len(c) != cap(c) && i < len(pc)-1 {
					t.Errorf("bucket %d, range %d: chunk %d of %d holds %d pairs of %d", k, r, i, len(pc), len(c), cap(c))
				}
				for _, x := range c {
					if a, _ := joined.unpack(r, x); int(a>>joined.aBits) != r || joined.aBits != 12 {
						t.Fatalf("bucket %d: pair %x of member %d in range %d", k, x, a, r)
					}
				}
			}
		}
	}
}

// A member is 144 bytes, with no padding between its fields and its
// actors read from its event's lists: a large corpus has hundreds of
// thousands (208 bytes each held 10 MB more for 50 MB of news).
func TestMemberSize(t *testing.T) {
	if n := unsafe.Sizeof(member{}); n > 144 {
		t.Errorf("a member is %d bytes, want 144 at most", n)
	}
}

// kinInput returns n events of many documents over a few days, of kin
// kinds, few actors and places, and sentences of few words: enough groups
// of one day for joinKin's parallel steps to split their work, and many
// pairs of them alike.
func kinInput(n int) (events []Event, sources []Source) {
	actors := []Actor{{Name: "John Kerry", Type: "person"}, {Name: "Sergey Lavrov", Type: "person"}, {Name: "United Nations", Type: "organization"}, {Name: "Russia", Type: "state"}}
	places := []string{"", "Geneva", "Moscow", "Aleppo"}
	kinds := []Kind{{Name: "negotiation", CAMEO: "046"}, {Name: "meeting", CAMEO: "044"}, {Name: "agreement", CAMEO: "057"}, {Name: "other"}, {Name: "statement", CAMEO: "010"}, {Name: "attack", CAMEO: "190"}}
	words := []string{"talks", "truce", "convoy", "aid", "ceasefire", "shelling", "envoys", "deal", "rebels", "city"}
	rng := rand.New(rand.NewPCG(3, 4))
	for d := range n / 4 {
		sources = append(sources, Source{ID: fmt.Sprint("d", d), Published: day(2016, 9, 1+d%28)})
	}
	for i := range n {
		doc := sources[rng.IntN(len(sources))].ID
		var text []string
		for range 4 {
			text = append(text, words[rng.IntN(len(words))])
		}
		dd := day(2016, 8, 1+rng.IntN(20))
		c := Citation{Doc: doc, Sentence: i + 1, Quote: strings.Join(text, " ")}
		e := Event{When: When{Value: dates.Value{Type: dates.Date, Value: dd.Format("2006-01-02"), Grain: dates.GrainDay, Start: dd, End: dd}},
			Text: c.Quote, Source: c, Citations: []Citation{c}, Kind: kinds[rng.IntN(len(kinds))], Place: places[rng.IntN(len(places))]}
		for range rng.IntN(3) {
			e.Actors = append(e.Actors, actors[rng.IntN(len(actors))])
		}
		events = append(events, e)
	}
	return events, sources
}

// joinKin finds the same pairs on three goroutines as on one, and merge
// gives the same events, on enough groups for kinEntries and kinPairs to
// split their work.
func TestJoinKinJobs(t *testing.T) {
	events, sources := kinInput(12000)
	// The first pass as mergeKeyed runs it, then kinPairs on 1 and 3.
	ptrs, ms, groups, same := firstPass(events, sources)
	info, entries, days, copies := kinEntries(ms, groups, same, 1)
	info3, entries3, days3, copies3 := kinEntries(ms, groups, same, 3)
	if !reflect.DeepEqual(info, info3) || !reflect.DeepEqual(entries, entries3) || !reflect.DeepEqual(days, days3) || !reflect.DeepEqual(copies, copies3) {
		t.Fatal("kinEntries on three goroutines differs from kinEntries on one")
	}
	if runs := len(kinRuns(entries, true)) + len(kinRuns(days, false)); len(days) == 0 || runs < 3*minKinRuns {
		t.Fatalf("%d runs, %d groups of days with a bare member: too few to split", runs, len(days))
	}
	byPair := func(p, q kinPair) int { return cmp.Or(cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b)) }
	one := kinPairs(newKinScorer(ms, groups, same), info, entries, days, 1)
	three := kinPairs(newKinScorer(ms, groups, same.fork()), info, entries, days, 3)
	slices.SortFunc(one, byPair)
	slices.SortFunc(three, byPair)
	if len(one) < 1000 || len(groups) < 3*1024 {
		t.Fatalf("%d pairs of %d groups: too few to split", len(one), len(groups))
	}
	if !reflect.DeepEqual(one, three) {
		t.Errorf("kinPairs on three goroutines: %d pairs, on one %d, not the same", len(three), len(one))
	}
	if a, b := merge(ptrs, sources, 1), merge(ptrs, sources, 3); !reflect.DeepEqual(a, b) {
		t.Error("merge on three goroutines differs from merge on one")
	}
}

// mergePairs finds the pairs alike in words of a run of one day long
// enough for wordTasks to share it out (minSplitRun), the same on one
// goroutine as on three and as every pair tried.
func TestWordPairsSplit(t *testing.T) {
	words := []string{"talks", "truce", "convoy", "aid", "ceasefire", "envoys", "deal", "rebels", "city", "border", "hostages", "prisoners"}
	rng := rand.New(rand.NewPCG(5, 6))
	var sources []Source
	for d := range 300 {
		sources = append(sources, Source{ID: fmt.Sprint("d", d), Published: day(2016, 9, 1)})
	}
	aug26 := day(2016, 8, 26)
	var events []Event
	for i := range minSplitRun + 200 {
		var text []string
		for range 5 {
			text = append(text, words[rng.IntN(len(words))])
		}
		c := Citation{Doc: sources[rng.IntN(len(sources))].ID, Sentence: i + 1, Quote: strings.Join(text, " ")}
		e := Event{When: When{Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: aug26, End: aug26}},
			Text: c.Quote, Source: c, Citations: []Citation{c}, Kind: Kind{Name: "negotiation", CAMEO: "046"}}
		if i%2 == 0 {
			e.Actors = []Actor{{Name: fmt.Sprint("Envoy ", i%7), Type: "person"}}
		}
		events = append(events, e)
	}
	if tasks := wordTasks([]block{{members: make([]int32, len(events))}}, 3); len(tasks) != 3 {
		t.Fatalf("a run of %d members makes %d tasks on three goroutines, want 3", len(events), len(tasks))
	}
	checkPairs(t, "one day's run", events, sources)
}

// countingSort in parts places items as a stable sort by bucket does, and
// memberBlocks on three goroutines gives the blocks of one.
func TestCountingSortParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	items := make([]int, 1000)
	for i := range items {
		items[i] = rng.IntN(37)
	}
	want := make([]int, len(items)) // item indexes, stably by bucket
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(items[a], items[b]) })
	for _, bounds := range [][]int{{0, 1000}, {0, 3, 500, 999, 1000}, {0, 0, 1000}} {
		got := make([]int, len(items))
		start := countingSort(bounds, 37, func(p, lo, hi int, c []int) {
			for _, b := range items[lo:hi] {
				c[b]++
			}
		}, func(p, lo, hi int, at []int) {
			for i := lo; i < hi; i++ {
				got[at[items[i]]] = i
				at[items[i]]++
			}
		})
		if !slices.Equal(got, want) {
			t.Errorf("parts %v: not the stable order", bounds)
		}
		if start[0] != 0 || start[37] != len(items) || items[got[start[20]]] != 20 && start[20] != start[21] {
			t.Errorf("parts %v: bucket starts %v", bounds, start)
		}
	}
	events, sources := randomMergeInput(2*minCount+100, 12)
	ms, same := mergeMembers(events, sources)
	one := memberBlocks(ms, len(same.keyIDs), same.families.n(), 1)
	if bounds := countingParts(len(ms), 3); len(bounds) < 3 {
		t.Fatalf("%d members make %d part: too few to cut", len(ms), len(bounds)-1)
	}
	if three := memberBlocks(ms, len(same.keyIDs), same.families.n(), 3); !reflect.DeepEqual(one, three) {
		t.Error("memberBlocks on three goroutines differs from one")
	}
}
