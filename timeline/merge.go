package timeline

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"iter"
	"maps"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/internal/parallel"
)

// Merge merges the events that report the same happening in different
// documents into one event that cites every one of them, and returns the
// events in timeline order (see Build); IDs are left as they are. sources
// gives each document's publication date; events may already be merged
// (several citations), so Merge can also combine timelines built apart.
//
// # The rule
//
// Two events can merge when all of these hold:
//
//   - they come from different documents (no document in common): the
//     sentences of one article stay separate events;
//   - they are the same kind of event: the same Kind, or kinds of the same
//     CAMEO root category (the first two digits of Kind.CAMEO) when both
//     events also name the same place, so that reports calling one meeting
//     in Geneva "talks" (negotiation, 046) or "a meeting" (044) agree, while
//     an agreement (057) stays apart, and a phone call (consult, 040, no
//     place) is not a meeting in Geneva. An intent (03x) is of the family
//     of what it announces (04x): it merges with a report of another kind
//     of that family that shares an actor or the place, both dated to one
//     same day ("agreed to meet in Singapore on Thursday" and "met on
//     Thursday evening at a hotel in Singapore"). Two
//     events of kind "other" must moreover share an actor and the place,
//     since their kind says nothing;
//   - their dates overlap: both intervals share at least one day; events
//     without an interval (PRESENT_REF, PAST_REF, FUTURE_REF) need the same
//     value and the same publication day;
//   - they share an actor (entity.SameActor) or the place (the same
//     non-empty Place, ignoring case); or else both are dated to one same
//     day and of the same Kind, one of them names no actor, and their
//     sentences are alike (sameWords: content words in common, and a name
//     in common if both have names), for a kind the words of a sentence
//     tell (kindInWords: not "other", nor a statement).
//
// A merged group is built greedily from the pairs that can merge, the
// strongest pair first: its score is the number of shared actors, plus one
// for the same place, plus the overlap of the two intervals in days divided
// by their union (1 for the same dates), or for a pair alike in words 1
// plus their Dice coefficient in eighths; ties go to the pair earliest in
// (document ID, sentence) order. A pair joins two groups only if the result
// still has at most one event per document and one day that every date of
// the group covers, so a group never chains events with disjoint dates
// through a vaguer one ("2016" linking Aug. 26 and Sept. 9), and no date
// of more than a month (maxDayGroupDays) with one of a day. Every event of
// a group is thus of one CAMEO root category, within days that all its
// dates share, and linked to the others by pairs that share an actor or
// the place.
//
// A second pass (joinKin) then joins groups dated to one same day whose
// kinds tell one happening from different sides (mayJoinKin, data/kin.txt: a
// truce, an agreement and talks; a report of kind "other" or a statement
// and any other, but not two of kind "other"), when a member of each
// shares an actor or the place with one of the other and their sentences
// are alike (alikeBeyond), or one names no actor and no place and their
// sentences are more alike (unlinkedAlike), every two of the first pass's
// groups it joins being such a pair, within one day. Groups that cite one
// article join only as sameDocLinked allows: a lead and a later paragraph
// that another article tells alike. The merged event takes the most
// specific kind of its members (specificKind).
//
// Candidate pairs are found per kind by sweeping the events in order of
// start day, so the work grows with the number of events whose dates
// overlap, not with the square of all events; pairs alike in words are
// found among the events of one kind family and day by their words in
// common (sweeper.sharedWords).
//
// The merged event keeps the date, phrase, text, kind and Source of its most
// precise member: the finest grain, then the shortest interval, then the
// earliest published document, then document ID and sentence. Its
// Citations are all the members' citations sorted by document ID and
// sentence; its Actors the union of the members' (representative's first;
// of actors entity.SameActor deems the same, the first, under the fullest
// name given); its Place the representative's,
// else the first member's that has one; it is Expected only if every member
// is. DateConflict is set when the members' dates, stated at the finest
// grain all of them have (the coarsest member grain), differ: each value
// with the number of citations giving it, most first, then by value:
// "2016-09 (2), 2016-08 (1)".
//
// The result does not depend on the order of events or sources: events are
// first put in a canonical order by (document ID, sentence, date, phrase).
// It runs on up to GOMAXPROCS goroutines.
func Merge(events []Event, sources []Source) []Event {
	ptrs := make([]*Event, len(events))
	for i := range events {
		ptrs[i] = &events[i]
	}
	return merge(ptrs, sources, runtime.GOMAXPROCS(0))
}

// merge is Merge of events it reads but does not change, so that a
// timeline's events need not be copied to be merged.
func merge(events []*Event, sources []Source, jobs int) []Event {
	return mergeKeyed(events, sources, startKeys(events, jobs), jobs)
}

// keying is the numbering of the actors, match keys, profiles and kind
// families of events (numberKeys) under way. It takes one matcher, so one
// goroutine: it runs while the members are made, their documents numbered
// and sorted, and whatever the caller of startKeys does before merging
// (buildTimeline sorts the sources). The numbers only tell which are the
// same: numbered in the order of events rather than of members, they give
// the same merge.
type keying struct {
	same *actorMatcher
	keys eventKeys
	wait func() // returns once same and keys are set
}

// startKeys starts numbering the keys of events, on a goroutine of its
// own if jobs > 1.
func startKeys(events []*Event, jobs int) *keying {
	k := &keying{same: newActorMatcher()}
	k.wait = concurrently(jobs, func() { k.keys = k.same.numberKeys(events) })
	return k
}

// mergeKeyed is merge of events whose keys are being numbered (startKeys
// of the same events).
func mergeKeyed(events []*Event, sources []Source, keying *keying, jobs int) []Event {
	idx := indexSourcesByID(sources)
	ms := newMembers(events, idx, jobs)
	numberDocs(ms, jobs)
	parallel.SortStableFunc(ms, compareMembers, jobs)
	keying.wait()
	same := keying.same
	keying.keys.give(ms)
	pairs := mergePairs(ms, same, jobs)
	groups := makeGroups(ms, pairs, jobs)
	joinKin(ms, groups, same, jobs)
	return mergeGroups(ms, groups, same, idx, jobs)
}

// makeGroups returns the groups the pairs make of the members, in the
// order of their first members, with nil for each member that joined an
// earlier member's group. Each kind family's set of pairs (mergePairs:
// its ranges sorted or not) joins groups of its members only, so the
// families are worked through at once on up to jobs goroutines
// (sortAndJoin).
func makeGroups(ms []*member, pairs []*pairSet, jobs int) []*group {
	// Every member starts as a group of its own: the groups and their
	// one-member lists in two arrays rather than two allocations each,
	// made in parts (on one goroutine, 7 ms for 20 MB of news).
	groups := make([]*group, len(ms))
	alone := make([]group, len(ms))
	self := make([]int32, len(ms))  // member i at self[i], not changed
	owner := make([]int32, len(ms)) // member -> index of its group in groups
	forParts(len(ms), jobs, func(lo, hi int) {
		startGroups(ms[lo:hi], lo, groups[lo:hi], alone[lo:hi], self[lo:hi], owner[lo:hi])
	})
	sortAndJoin(pairs, jobs, func(f int) { joinGroups(ms, groups, owner, pairs[f]) })
	return groups
}

// sortAndJoin sorts the ranges of each set of pairs, then calls join with
// the set's index, on up to jobs goroutines: the sets largest first, each
// set's ranges largest first, and the goroutine that sorts a set's last
// range joins it at once while the others go on sorting the next sets'.
// Joining is serial within a set, and one kind family can hold most pairs
// of a corpus (half of the 50 MB partial's): sorting all the ranges first
// and then joining the sets left the other goroutines waiting on its
// joining. A set with no pairs is not joined.
func sortAndJoin(sets []*pairSet, jobs int, join func(i int)) {
	order := make([]int, len(sets))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(pairCount(sets[y:y+1]), pairCount(sets[x:x+1])) })
	type task struct {
		set   int
		pairs *pairChunks
		n     int
	}
	var tasks []task
	left := make([]atomic.Int32, len(sets)) // ranges of each set not yet sorted
	for _, i := range order {
		first := len(tasks)
		for _, b := range sets[i].buckets {
			for r := range b {
				if n := b[r].len(); n > 0 {
					tasks = append(tasks, task{i, &b[r], n})
				}
			}
		}
		slices.SortStableFunc(tasks[first:], func(x, y task) int { return cmp.Compare(y.n, x.n) })
		left[i].Store(int32(len(tasks) - first))
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(jobs, len(tasks))) {
		wg.Go(func() {
			var buf, scratch []uint32
			for {
				k := int(next.Add(1) - 1)
				if k >= len(tasks) {
					return
				}
				t := tasks[k]
				buf, scratch = t.pairs.sort(buf, scratch)
				if left[t.set].Add(-1) == 0 {
					join(t.set)
				}
			}
		})
	}
	wg.Wait()
}

// startGroups makes each member a group of its own, ms being members
// first to first+len(ms)-1 and the other slices theirs.
func startGroups(ms []*member, first int, groups []*group, alone []group, self, owner []int32) {
	for i, m := range ms {
		self[i], owner[i] = int32(first+i), int32(first+i)
		alone[i] = group{members: self[i : i+1 : i+1], docs: m.docs, lo: m.day0, hi: m.day1, spans: spansOf(m)}
		groups[i] = &alone[i]
	}
}

// joinGroups joins the groups of the pairs, strongest pair first, where
// the rule allows (group.canJoin). groups[i] is the group of member i, or
// nil once it has joined the group owner[i].
func joinGroups(ms []*member, groups []*group, owner []int32, pairs *pairSet) {
	for p := range pairs.sorted() {
		ga, gb := owner[p.a], owner[p.b]
		if ga == gb || !groups[ga].canJoin(groups[gb], ms[p.a].interval) {
			continue
		}
		g := groups[ga].join(groups[gb])
		for _, m := range groups[gb].members {
			owner[m] = ga
		}
		groups[ga], groups[gb] = g, nil
	}
}

// mergeGroups makes one event of each group (nil ones left out), and
// returns them in timeline order (timelineOrder), on up to jobs
// goroutines: each with a fork of same, since merging actors numbers new
// ones. A merged event sorts as its representative (the most precise
// member, whose date, text and Source it takes), so the order is found
// before the events are made, and each is made in its place: moving tens
// of megabytes of events into order after would be serial.
func mergeGroups(ms []*member, groups []*group, same *actorMatcher, idx sourceIndex, jobs int) []Event {
	live := slices.DeleteFunc(groups, func(g *group) bool { return g == nil })
	reps := make([]*member, len(live))
	repEvents := make([]*Event, len(live))
	// The goroutines take chunks of the groups in turn: groups of several
	// members, the work, are not spread evenly (forChunks).
	forChunks(len(live), jobs, func(_, _ int) func(lo, hi int) {
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				reps[i] = representative(ms, live[i].members)
				repEvents[i] = reps[i].ev
			}
		}
	})
	order := timelineOrder(repEvents, idx, jobs)
	out := make([]Event, len(live))
	forChunks(len(live), jobs, func(_, workers int) func(lo, hi int) {
		m := same
		if workers > 1 { // same must not change while forks use it
			m = same.fork()
		}
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				g := order[i]
				mergeGroup(&out[i], ms, live[g].members, reps[g], m)
			}
		}
	})
	return out
}

// workChunk is how many items forChunks hands a goroutine at a time.
const workChunk = 256

// forChunks calls, on up to jobs goroutines, the function that start
// returns for goroutine w of workers (called for each before any goroutine
// starts) on chunks
// (lo, hi) of n items, workChunk at a time, each goroutine taking the next
// chunk when it is done: items of uneven work, such as groups of one
// member and of sixty, leave no goroutine with a long part at the end.
func forChunks(n, jobs int, start func(w, workers int) func(lo, hi int)) {
	workers := max(1, min(jobs, n/workChunk))
	fs := make([]func(lo, hi int), workers)
	for w := range fs {
		fs[w] = start(w, workers)
	}
	if workers == 1 {
		fs[0](0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, f := range fs {
		wg.Go(func() {
			for {
				lo := int(next.Add(workChunk)) - workChunk
				if lo >= n {
					return
				}
				f(lo, min(lo+workChunk, n))
			}
		})
	}
	wg.Wait()
}

// concurrently calls f on a goroutine of its own if jobs > 1, else at
// once, and returns the function that waits until f has returned.
func concurrently(jobs int, f func()) (wait func()) {
	if jobs < 2 {
		f()
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	return func() { <-done }
}

// forParts calls f on parts (lo, hi) of n items, on up to jobs goroutines
// at once. The goroutines take the parts in turn, several each, rather
// than one part per goroutine: on shared cores, a goroutine that runs late
// then takes fewer parts instead of holding the others up.
func forParts(n, jobs int, f func(lo, hi int)) {
	const minPart = 1024 // no goroutine for less
	jobs = max(1, min(jobs, n/minPart))
	if jobs == 1 {
		f(0, n)
		return
	}
	size := max(minPart, n/(8*jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(size))) - size
				if lo >= n {
					return
				}
				f(lo, min(lo+size, n))
			}
		}()
	}
	wg.Wait()
}

// partsInOrder calls f on parts (lo, hi) of n items, on up to jobs
// goroutines as forParts does, and returns its results in the order of
// the parts.
func partsInOrder[T any](n, jobs int, f func(lo, hi int) T) []T {
	type part struct {
		lo int
		v  T
	}
	var mu sync.Mutex
	var parts []part
	forParts(n, jobs, func(lo, hi int) {
		v := f(lo, hi)
		mu.Lock()
		defer mu.Unlock()
		parts = append(parts, part{lo, v})
	})
	slices.SortFunc(parts, func(a, b part) int { return cmp.Compare(a.lo, b.lo) })
	out := make([]T, len(parts))
	for i, p := range parts {
		out[i] = p.v
	}
	return out
}

// member is an event being merged, with what the rule looks at. A large
// corpus has hundreds of thousands, in one array: its fields are ordered
// so that none is padded, and what profileMatch alone reads (the place,
// kind and actors) is read from the event or its lists, as it is seldom
// called.
type member struct {
	ev    *Event     // one of the events given to merge, not changed
	cites []Citation // ev.Citations, or ev.Source alone
	docs  []int32    // documents cited, as numbers in ID order (numberDocs), sorted
	keys  []int32    // match keys (actorMatcher.keysIn), sorted
	// lists holds its actors (eventKeys.lists), read through actors
	// rather than kept in a slice of its own: profileMatch and mergeGroup
	// alone read them, once per pair of profiles and per merged event.
	lists      *eventKeys
	day0, day1 int   // its days since 1970-01-01 (unixDay), noDay if it has none
	pub        int   // publication day of ev.Source's document (unixDay), noDay if unknown
	days       int   // number of days of the interval
	at         int32 // ev's place among the events given to merge
	doc0       int32 // docs[0], at hand
	// prof numbers what profileMatch reads of the member (its actors,
	// place and kind): members of one profile match others alike.
	prof     int32
	family   int32 // the number of its kind's family (kindFamily)
	interval bool  // whether the date has an interval
	other    bool  // isOther(ev.Kind)
}

// newMembers returns the members of events, made on up to jobs
// goroutines, in one array, and their citations in another, rather than
// two allocations each. An event of one citation, as all are before they
// are merged, lends it to its member (ownCitations).
func newMembers(events []*Event, idx sourceIndex, jobs int) []*member {
	start := make([]int, len(events)+1) // event i's citations: cites[start[i]:start[i+1]]
	for i, e := range events {
		start[i+1] = start[i] + ownCitations(e)
	}
	cites := make([]Citation, start[len(events)])
	all := make([]member, len(events))
	ms := make([]*member, len(events))
	forParts(len(ms), jobs, func(lo, hi int) {
		sources := sourceLookup{idx: idx}
		for i := lo; i < hi; i++ {
			ms[i] = &all[i]
			info, _ := sources.get(events[i].Source.Doc)
			ms[i].init(events[i], cites[start[i]:start[i+1]:start[i+1]], unixDay(info.published))
			ms[i].at = int32(i)
		}
	})
	return ms
}

// ownCitations is the number of citations the member of e holds for its
// own (init): none if e has one, which is in order as it is and which
// nothing writes; else e's, or one, its Source, if it has none.
func ownCitations(e *Event) int {
	if len(e.Citations) == 1 {
		return 0
	}
	return max(1, len(e.Citations))
}

// init makes m the member of e, with cites, of ownCitations(e), and pub,
// the publication day of its Source document (unixDay; that of the zero
// time if unknown). The citations of a large corpus's events, one each,
// copied to their members, were 9 MB touched by a merge of 50 MB.
func (m *member) init(e *Event, cites []Citation, pub int) {
	*m = member{ev: e, pub: pub, day0: noDay, day1: noDay, other: isOther(e.Kind)}
	switch {
	case len(e.Citations) == 1:
		m.cites = e.Citations[:1:1] // an append copies it
	case len(e.Citations) == 0:
		m.cites = cites
		m.cites[0] = e.Source
	default:
		m.cites = cites
		copy(m.cites, e.Citations)
		slices.SortFunc(m.cites, compareCitations)
	}
	if e.When.HasInterval() {
		m.interval = true
		m.day0, m.day1 = unixDay(dayOf(e.When.Start)), unixDay(dayOf(e.When.End))
		m.day1 = max(m.day1, m.day0)
		m.days = m.day1 - m.day0 + 1
	}
}

// noDay is unixDay of the zero time (year 1): the days of a member
// without an interval, and an unknown publication day, which sort before
// every day of a date, as the zero time did.
const noDay = -719162

// numberDocs sets the docs of members: each document ID cited becomes its
// rank among all the IDs cited, so that lists of documents compare as
// numbers, in the order of the IDs.
func numberDocs(ms []*member, jobs int) {
	// Parts of the members are read on up to jobs goroutines (one
	// goroutine took 14 ms for 20 MB of news), first for the documents
	// they cite, then for their lists, once the documents are numbered.
	// The IDs each part cites are sorted together on up to jobs
	// goroutines, rather than the parts' sets joined into one and sorted
	// on one (10 ms of a two-core merge of 50 MB of news).
	var mu sync.Mutex
	var cited [][]string
	cites := map[int]int{} // citations by part (by lo: both walks cut the same parts)
	forParts(len(ms), jobs, func(lo, hi int) {
		docs, n := citedDocs(ms[lo:hi])
		ids := slices.Collect(maps.Keys(docs))
		mu.Lock()
		defer mu.Unlock()
		cited, cites[lo] = append(cited, ids), n
	})
	ids := slices.Concat(cited...)
	parallel.SortStableFunc(ids, strings.Compare, jobs)
	ids = slices.Compact(ids)
	num := make(map[string]int32, len(ids))
	for i, id := range ids {
		num[id] = int32(i)
	}
	forParts(len(ms), jobs, func(lo, hi int) { listDocs(ms[lo:hi], num, cites[lo]) })
}

// citedDocs returns the documents the citations of ms cite, as keys, and
// the number of citations.
func citedDocs(ms []*member) (docs map[string]int32, n int) {
	// The members of a document mostly come one after another: the
	// last citation's document is at hand without a map lookup.
	docs = make(map[string]int32)
	last := ""
	for _, m := range ms {
		for _, c := range m.cites {
			if n == 0 || c.Doc != last {
				docs[c.Doc], last = 0, c.Doc
			}
			n++
		}
	}
	return docs, n
}

// listDocs sets the docs of ms, num numbering the documents their n
// citations cite. The lists are parts of one array, one allocation rather
// than one each.
func listDocs(ms []*member, num map[string]int32, n int) {
	arena := make([]int32, 0, n) // the lists, one after another
	last, lastNum := "", int32(-1)
	for _, m := range ms {
		start := len(arena)
		for _, c := range m.cites {
			if lastNum < 0 || c.Doc != last {
				last, lastNum = c.Doc, num[c.Doc]
			}
			arena = append(arena, lastNum)
		}
		docs := slices.Compact(arena[start:]) // sorted with the citations
		arena = arena[:start+len(docs)]
		m.docs, m.doc0 = docs[:len(docs):len(docs)], docs[0]
	}
}

func compareCitations(a, b Citation) int {
	return cmp.Or(
		strings.Compare(a.Doc, b.Doc),
		cmp.Compare(a.Sentence, b.Sentence),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
	)
}

// compareMembers is the canonical order of events: by first citation, then
// date and phrase.
func compareMembers(a, b *member) int {
	// cmp.Or would compare the contents every time; they seldom decide.
	if c := cmp.Or(
		compareCitations(a.cites[0], b.cites[0]),
		cmp.Compare(a.day0, b.day0),
		cmp.Compare(a.day1, b.day1),
	); c != 0 {
		return c
	}
	return cmp.Or(compareEventContent(a.ev, b.ev), cmp.Compare(len(a.cites), len(b.cites)))
}

// pair is two members (indexes, a < b) that can merge, with the strength of
// the match.
type pair struct {
	a, b  int32
	score float64
}

// mergePairs returns the pairs of members that can merge, as one set per
// kind family, its ranges not yet sorted (makeGroups sorts them): members
// of different families never merge, so each set can be worked through
// apart from the others.
//
// Only members that can merge are compared: of the same kind family, with
// a match key in common (a pair that shares an actor or the place shares a
// key, see actorMatcher.keysIn), and dates that overlap. For each kind
// family and key, the interval events are swept in order of start day, the
// other events grouped by value and publication day; a pair that shares
// several keys is tried under the smallest one only.
func mergePairs(ms []*member, same *actorMatcher, jobs int) []*pairSet {
	families := same.families.n()
	blocks := memberBlocks(ms, len(same.keyIDs), families, jobs)
	// The blocks are independent: each worker takes the next block not yet
	// taken, largest first, and keeps its pairs and actor memo to itself.
	// A pair is tried under one block only and buckets are sorted before
	// use, so the result does not depend on which worker found what.
	jobs = max(1, min(jobs, len(blocks)))
	sws := make([]*sweeper, jobs)
	for w := range sws {
		view := same // forked before any worker writes to same's memo
		if w > 0 {
			view = same.fork()
		}
		sws[w] = newSweeper(ms, view, families)
	}
	largestFirst(len(blocks), jobs, func(i int) int { return len(blocks[i].members) }, func(w, i int) {
		b := &blocks[i]
		sws[w].block(b.key, b.family, b.members)
	})
	// Then the reports of one day without an actor, which share no key
	// with others of their day (wordPairs).
	// A run of many members is shared out by rows among the goroutines
	// (wordTasks): the busiest day of a corpus held most of the pairs, and
	// a goroutine of its own kept the others waiting.
	tasks := wordTasks(dayRuns(ms, families), jobs)
	largestFirst(len(tasks), jobs, func(i int) int { return tasks[i].size() }, func(w, i int) {
		t := tasks[i]
		sws[w].wordPairs(t.run.family, t.run.members, t.part, t.parts)
	})
	sets := make([][]*pairSet, families) // family -> the workers' sets
	for _, sw := range sws {
		for f, ps := range sw.pairs {
			if ps != nil {
				sets[f] = append(sets[f], ps)
			}
		}
	}
	joined := make([]*pairSet, families)
	for f := range joined {
		joined[f] = gatherPairSets(sets[f], len(ms))
	}
	return joined
}

// dayRuns returns, for each kind family and day, the members of the
// family dated to that one day (member.days is 1) that may merge for
// their words (kindInWords, which a family's kinds share), in index order,
// if one of them names no actor and there are two at least: the runs that
// sweeper.wordPairs works through, each a block of key -1. Days beyond
// 22,000 years of 1970 have none.
func dayRuns(ms []*member, families int) []block {
	// The members are sorted as integers: family, day and index packed.
	const dayBits, dayBias = 24, 1 << 23
	inWords := make([]int8, families) // 1 if the family's kinds are kindInWords, -1 if not, 0 not yet known
	var keys []uint64
	for i, m := range ms {
		if m.days != 1 || m.day0+dayBias < 0 || m.day0+dayBias >= 1<<dayBits {
			continue
		}
		if inWords[m.family] == 0 {
			inWords[m.family] = -1
			if kindInWords(m.ev.Kind) {
				inWords[m.family] = 1
			}
		}
		if inWords[m.family] > 0 && m.family < 1<<(64-32-dayBits) {
			keys = append(keys, uint64(m.family)<<(32+dayBits)|uint64(m.day0+dayBias)<<32|uint64(i))
		}
	}
	slices.Sort(keys)
	var runs []block
	for lo := 0; lo < len(keys); {
		hi, bare := lo, false
		for ; hi < len(keys) && keys[hi]>>32 == keys[lo]>>32; hi++ {
			bare = bare || len(ms[uint32(keys[hi])].ev.Actors) == 0
		}
		if bare && hi-lo > 1 {
			members := make([]int32, hi-lo)
			for k := range members {
				members[k] = int32(uint32(keys[lo+k]))
			}
			runs = append(runs, block{family: ms[members[0]].family, key: -1, members: members})
		}
		lo = hi
	}
	return runs
}

// minSplitRun is the fewest members of a run of dayRuns that wordTasks
// shares out among goroutines: a smaller run costs less than each part's
// reading of every member's words.
const minSplitRun = 512

// wordTask is part part of parts of the rows of a run of dayRuns: the
// members naming no actor whose row (sweeper.sharedWords) is part modulo
// parts, each with every member of the run.
type wordTask struct {
	run         block
	part, parts int
}

// size is how much work t is, for largestFirst: its rows times the run's
// members, about.
func (t wordTask) size() int { return len(t.run.members) * len(t.run.members) / t.parts }

// wordTasks cuts the runs into tasks for up to jobs goroutines: a run of
// minSplitRun members or more into jobs parts, others whole.
func wordTasks(runs []block, jobs int) []wordTask {
	var tasks []wordTask
	for _, r := range runs {
		parts := 1
		if jobs > 1 && len(r.members) >= minSplitRun {
			parts = jobs
		}
		for p := range parts {
			tasks = append(tasks, wordTask{r, p, parts})
		}
	}
	return tasks
}

// block is the members of one kind family that share a match key: the
// members that mergePairs compares with each other.
type block struct {
	family, key int32
	members     []int32 // in index order
}

// memberBlocks returns the blocks of the members, whose match keys are
// numbered below keys, and the number of kind families. The blocks are
// sorted by key, then family; a member is in one block per key of its
// own. A counting sort of the (member, key) pairs by family, then by key,
// puts the members of each block one after another in one array, rather
// than each block in a slice of its own, grown by appends to a map value.
// Each counting pass runs on up to jobs goroutines, each counting and
// placing a part of its input in order, after the parts before it: the
// same array as one pass on one goroutine, as each part's pairs of a
// family or key follow the earlier parts'.
func memberBlocks(ms []*member, keys, families, jobs int) []block {
	type entry struct{ member, key int32 }
	// The pairs by family, each family's in member order, so that the
	// sort by key, being stable, leaves each block in member order.
	parts := countingParts(len(ms), jobs)
	n := 0
	for _, m := range ms {
		n += len(m.keys)
	}
	byFamily := make([]entry, n)
	countingSort(parts, families, func(p, lo, hi int, count []int) {
		for _, m := range ms[lo:hi] {
			count[m.family] += len(m.keys)
		}
	}, func(p, lo, hi int, at []int) {
		for i := lo; i < hi; i++ {
			m := ms[i]
			for _, k := range m.keys {
				byFamily[at[m.family]] = entry{int32(i), k}
				at[m.family]++
			}
		}
	})
	// The members by key, each key's by family: a member's own family
	// tells where a key's blocks part.
	members := make([]int32, n)
	start := countingSort(countingParts(n, jobs), keys, func(p, lo, hi int, count []int) {
		for _, e := range byFamily[lo:hi] {
			count[e.key]++
		}
	}, func(p, lo, hi int, at []int) {
		for _, e := range byFamily[lo:hi] {
			members[at[e.key]] = e.member
			at[e.key]++
		}
	})
	var blocks []block
	for k := range int32(keys) {
		for lo, end := start[k], start[k+1]; lo < end; {
			f := ms[members[lo]].family
			hi := lo + 1
			for hi < end && ms[members[hi]].family == f {
				hi++
			}
			blocks = append(blocks, block{family: f, key: k, members: members[lo:hi:hi]})
			lo = hi
		}
	}
	return blocks
}

// countingParts cuts n items into up to jobs parts of at least minCount
// items each, as bounds: part p is items bounds[p] to bounds[p+1]-1.
func countingParts(n, jobs int) []int {
	parts := max(1, min(jobs, n/minCount))
	bounds := make([]int, parts+1)
	for p := range bounds {
		bounds[p] = p * n / parts
	}
	return bounds
}

// minCount is the fewest items countingSort gives a goroutine.
const minCount = 16384

// countingSort runs a stable counting sort of items in parts (bounds) into
// buckets numbered below buckets: count adds the sizes of part p's items
// (lo to hi-1) to its buckets, place puts them where at says, moving at
// on; every part is counted, then placed, each part on a goroutine of its
// own. It returns where each bucket starts, with the end after the last.
func countingSort(bounds []int, buckets int, count, place func(p, lo, hi int, c []int)) []int {
	parts := len(bounds) - 1
	counts := make([][]int, parts)
	each := func(f func(p int)) {
		if parts == 1 {
			f(0)
			return
		}
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() { f(p) })
		}
		wg.Wait()
	}
	each(func(p int) {
		counts[p] = make([]int, buckets)
		count(p, bounds[p], bounds[p+1], counts[p])
	})
	// Each part's items of a bucket go after the earlier parts' of it.
	start := make([]int, buckets+1)
	at := 0
	for b := range buckets {
		start[b] = at
		for p := range parts {
			c := counts[p][b]
			counts[p][b] = at
			at += c
		}
	}
	start[buckets] = at
	each(func(p int) { place(p, bounds[p], bounds[p+1], counts[p]) })
	return start
}

// kindFamilies numbers the kind families of events (kindFamily). A
// corpus has a few kinds, each of one family: it works a kind's out once,
// and the kind of the event before is at hand (its strings, internal/kind's,
// compare at once).
type kindFamilies struct {
	ofKind map[Kind]int32
	ids    map[string]int32 // family -> number
	last   Kind
	lastID int32 // last's, or -1 before the first
}

func newKindFamilies() kindFamilies {
	return kindFamilies{ofKind: make(map[Kind]int32), ids: make(map[string]int32), lastID: -1}
}

// of returns the number of k's family.
func (kf *kindFamilies) of(k Kind) int32 {
	if kf.lastID >= 0 && k == kf.last {
		return kf.lastID
	}
	f, ok := kf.ofKind[k]
	if !ok {
		name := kindFamily(k)
		if f, ok = kf.ids[name]; !ok {
			f = int32(len(kf.ids))
			kf.ids[name] = f
		}
		kf.ofKind[k] = f
	}
	kf.last, kf.lastID = k, f
	return f
}

// n is how many families it has numbered.
func (kf *kindFamilies) n() int { return len(kf.ids) }

// largestFirst calls f(w, i) for i from 0 to n-1 on jobs goroutines, w
// being the goroutine's number, each goroutine taking the largest item
// (by size) not yet taken.
func largestFirst(n, jobs int, size func(i int) int, f func(w, i int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(size(b), size(a)) })
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range max(1, min(jobs, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(w, order[i])
			}
		}()
	}
	wg.Wait()
}

// sweeper finds the pairs of members that can merge, block by block.
type sweeper struct {
	ms    []*member
	same  *actorMatcher
	pairs []*pairSet // by kind family, nil where it found none
	cur   *pairSet   // that of the block being swept
	timed []sweepItem
	refs  []sweepItem
	order sortScratch     // sortItems's memory
	profs pairMemo[int32] // (prof, prof) -> profileMatch
	// The last pair of profiles tried and its match, at hand without a
	// lookup: a member is tried with others of one story in a row.
	lastProfs uint64
	lastMatch int32
	matched   bool // whether lastProfs and lastMatch are set
	// words holds the content words of the members of the run that
	// wordPairs works through.
	words []sentenceWords
	arena []uint64 // the memory of their lists
	// entries, rows, distinct and shared are the memory of sharedWords.
	entries  []uint64
	rows     []int32
	distinct []uint16
	shared   []uint8
}

// profiles numbers what profileMatch reads of events: the same number for
// the same kind, place and actors (in order).
type profiles struct {
	ids map[string]int32
	key []byte
}

// of returns the number of the profile of an event of kind k (its name),
// place (without surrounding white space) and actors (their IDs).
func (ps *profiles) of(k Kind, place string, actors []int32) int32 {
	b := binary.AppendUvarint(ps.key[:0], uint64(len(k.Name)))
	b = append(b, k.Name...)
	b = binary.AppendUvarint(b, uint64(len(place)))
	b = append(b, place...)
	if isOther(k) {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	for _, x := range actors {
		b = binary.LittleEndian.AppendUint32(b, uint32(x))
	}
	ps.key = b
	id, ok := ps.ids[string(b)]
	if !ok {
		id = int32(len(ps.ids))
		ps.ids[string(b)] = id
	}
	return id
}

// sweepItem is what the sweep of a block reads of a member, at hand in
// one array rather than behind a pointer per member: most pairs tried are
// turned down by these fields alone.
type sweepItem struct {
	i          int32 // index into ms
	prof       int32 // member.prof
	day0, day1 int   // member.day0, day1 (interval members)
	doc0       int32 // member.doc0, or -1 if the member cites several documents
	key0       int32 // member.keys[0]
	ref        int32 // the group of a member without an interval (sweeper.block)
}

func newSweeper(ms []*member, same *actorMatcher, families int) *sweeper {
	return &sweeper{ms: ms, same: same, pairs: make([]*pairSet, families)}
}

func (sw *sweeper) item(i int32) sweepItem {
	m := sw.ms[i]
	it := sweepItem{i: i, prof: m.prof, day0: m.day0, day1: m.day1, doc0: m.doc0, key0: m.keys[0]}
	if len(m.docs) != 1 {
		it.doc0 = -1
	}
	return it
}

// passed reports whether the pair x, y of a block of key need not be
// tried, as their items tell: they cite the same one document (apart
// would say so), or share their smallest key and it is smaller than key,
// so that the pair is tried in the block of that key. Most pairs that a
// block does not try are told so, without a call of try.
func passed(key int32, x, y *sweepItem) bool {
	return x.doc0 == y.doc0 && x.doc0 >= 0 || x.key0 == y.key0 && x.key0 != key
}

// try adds the pair x, y, members with an interval or not, if it can
// merge and key is the smallest key the two share. It reads the members
// themselves only where their items do not say enough, as for most pairs
// they do: the members are scattered in memory, the items at hand. The
// pair has not passed (passed).
func (sw *sweeper) try(key int32, x, y *sweepItem, interval bool) {
	if x.i > y.i {
		x, y = y, x
	}
	ms := sw.ms
	// The smallest key of either is the smallest they share.
	if key != x.key0 && key != y.key0 && firstShared(ms[x.i].keys, ms[y.i].keys) != key {
		return // tried under another key
	}
	// Whether and how strongly they match: profileMatch, remembered per
	// pair of profiles, then apart and dateScore.
	k := uint64(uint32(x.prof))<<32 | uint64(uint32(y.prof))
	m := sw.lastMatch
	if k != sw.lastProfs || !sw.matched {
		var ok bool
		if m, ok = sw.profs.get(k); !ok {
			m = profileMatch(ms[x.i], ms[y.i], sw.same)
			sw.profs.put(k, m)
		}
		sw.lastProfs, sw.lastMatch, sw.matched = k, m, true
	}
	if m < 0 {
		return
	}
	// Members of one document each are apart: they are not the same one.
	if (x.doc0 < 0 || y.doc0 < 0) && !apart(ms[x.i], ms[y.i]) {
		return
	}
	if !datesAgree(m, interval, x.day0, x.day1, y.day0, y.day1) {
		return
	}
	sw.cur.add(x.i, y.i, dateScore(interval, x.day0, x.day1, y.day0, y.day1, m))
}

// wordPairs adds the pairs of members of one kind family and day
// (dayRuns) where one names no actor and that can merge for their words:
// of the same kind, unlinked and with words alike (wordsAlike), the rule
// of wordScore: the reports of one happening that name nobody ("the first
// mediated session on August 17", "an earlier mediated session on Aug. 17
// had ended without a deal").
//
// It pairs only the bare members whose row (sharedWords) is part modulo
// parts, with every member: the parts of a run, each on a goroutine,
// together find each pair once.
func (sw *sweeper) wordPairs(family int32, members []int32, part, parts int) {
	if sw.pairs[family] == nil {
		sw.pairs[family] = newPairSet(len(sw.ms))
	}
	sw.cur = sw.pairs[family]
	sw.words = slices.Grow(sw.words[:0], len(members))[:len(members)]
	arena := sw.arena[:0] // the words of all, one array
	for x, i := range members {
		arena, sw.words[x] = textWords(arena, sw.ms[i].ev.Text)
	}
	sw.arena = arena
	shared, distinct := sw.sharedWords(members, part, parts)
	n := len(members)
	row := 0
	for x, a := range members {
		if len(sw.ms[a].ev.Actors) > 0 {
			continue
		}
		if row%parts != part {
			row++
			continue
		}
		for y, b := range members {
			// Each pair once: from its bare member, the first if both are.
			if x == y || y < x && len(sw.ms[b].ev.Actors) == 0 {
				continue
			}
			c := int(shared[row*n+y])
			if !enoughShared(c, int(distinct[x]), int(distinct[y])) {
				continue // most pairs, told so without reading them
			}
			if sw.ms[a].ev.Kind != sw.ms[b].ev.Kind || !sw.unlinked(sw.ms[a], sw.ms[b]) {
				continue
			}
			if sim, ok := wordsAlike(c, int(distinct[x]), int(distinct[y]), &sw.words[x], &sw.words[y]); ok {
				sw.cur.add(min(a, b), max(a, b), 1+sim) // as wordScore
			}
		}
		row++
	}
}

// sharedWords returns how many content words (sw.words, of the run
// members) each member that names no actor shares with each member of
// the run: row r, for the rth such member, holds its counts, up to 255,
// one per member; and how many distinct content words each member has,
// up to 65,535. The members' words are listed together and sorted, so that
// only members that share a word are counted, not every pair. Only the
// rows that are part modulo parts are counted (wordPairs); the others stay
// zero.
func (sw *sweeper) sharedWords(members []int32, part, parts int) (shared []uint8, distinct []uint16) {
	// A word of a member is packed as the top 40 bits of its hash and the
	// member's place in the run (24 bits): a run has fewer than 16
	// million members.
	const placeBits = 24
	const place = 1<<placeBits - 1
	n := min(len(members), 1<<placeBits)
	rows := slices.Grow(sw.rows[:0], n)[:n] // member -> its row, -1 if it names an actor
	sw.rows = rows
	distinct = slices.Grow(sw.distinct[:0], len(members))[:len(members)]
	clear(distinct)
	sw.distinct = distinct
	bare := int32(0)
	entries := sw.entries[:0]
	for x := range n {
		rows[x] = -1
		if len(sw.ms[members[x]].ev.Actors) == 0 {
			rows[x], bare = bare, bare+1
		}
		for _, w := range sw.words[x].words {
			entries = append(entries, w>>placeBits<<placeBits|uint64(x))
		}
	}
	slices.Sort(entries)
	entries = slices.Compact(entries) // a word a member repeats, once
	sw.entries = entries
	shared = slices.Grow(sw.shared[:0], int(bare)*len(members))[:int(bare)*len(members)]
	clear(shared)
	sw.shared = shared
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi]>>placeBits == entries[lo]>>placeBits {
			hi++
		}
		for _, e := range entries[lo:hi] {
			x := e & place
			if distinct[x] < math.MaxUint16 {
				distinct[x]++
			}
			r := rows[x]
			if r < 0 || hi-lo == 1 || int(r)%parts != part { // a word no other member has: most
				continue
			}
			counts := shared[int(r)*len(members):]
			for _, f := range entries[lo:hi] {
				if y := f & place; y != x && counts[y] < math.MaxUint8 {
					counts[y]++
				}
			}
		}
		lo = hi
	}
	return shared, distinct
}

// unlinked reports whether members a and b, of one run of dayRuns, may
// merge for their words alone: they cite no document in common and cannot
// merge for a shared actor or the place (profileMatch; members that share
// no match key cannot).
func (sw *sweeper) unlinked(a, b *member) bool {
	return apart(a, b) && (firstShared(a.keys, b.keys) < 0 || profileMatch(a, b, sw.same) < 0)
}

// wordScore returns the score of two members of one day that share no
// actor, one naming none, whose sentences have the words wx and wy, and
// whether they can merge: they are of the same kind, one that the words
// of a sentence tell (kindInWords), and their sentences are alike
// (sameWords). The score is 1 for the day, plus how alike the words are:
// below that of a pair of the same day that shares an actor or the place.
func wordScore(x, y *member, wx, wy *sentenceWords) (float64, bool) {
	if x.ev.Kind != y.ev.Kind || !kindInWords(x.ev.Kind) {
		return 0, false
	}
	sim, ok := sameWords(wx, wy)
	return 1 + sim, ok
}

// kindInWords reports whether reports of kind k may merge for the words
// of their sentences, as all kinds of its family (kindFamily) do or none:
// not of kind "other", which says nothing of what
// happened (as two reports of it merge only if they share an actor and the
// place), nor statements (CAMEO 01), whose words tell what was said, not
// who said it: two statements of a day on one matter are not one.
func kindInWords(k Kind) bool {
	return !isOther(k) && !strings.HasPrefix(strings.TrimSpace(k.CAMEO), statementRoot)
}

// refKey groups the members without an interval of a block: those with
// the same value and publication day.
type refKey struct {
	value string
	pub   int
}

// block tries the pairs of the members of one block (kind family and key).
func (sw *sweeper) block(key, family int32, members []int32) {
	ms := sw.ms
	if sw.pairs[family] == nil {
		sw.pairs[family] = newPairSet(len(ms))
	}
	sw.cur = sw.pairs[family]
	if sw.allPassed(key, members) {
		return
	}
	timed, refs := sw.timed[:0], sw.refs[:0]
	var refIDs map[refKey]int32
	for _, i := range members {
		if ms[i].interval {
			timed = append(timed, sw.item(i))
			continue
		}
		if refIDs == nil {
			refIDs = make(map[refKey]int32)
		}
		k := refKey{ms[i].ev.When.Value.Value, ms[i].pub}
		id, ok := refIDs[k]
		if !ok {
			id = int32(len(refIDs))
			refIDs[k] = id
		}
		it := sw.item(i)
		it.ref = id
		refs = append(refs, it)
	}
	timed = sw.order.sortItems(timed, func(it *sweepItem) int { return it.day0 })
	for x := range timed {
		a := &timed[x]
		for y := x + 1; y < len(timed); y++ {
			b := &timed[y]
			if b.day0 > a.day1 {
				break
			}
			if !passed(key, a, b) {
				sw.try(key, a, b, true)
			}
		}
	}
	// The groups in order of first member, each in member order.
	refs = sw.order.sortItems(refs, func(it *sweepItem) int { return int(it.ref) })
	for x := range refs {
		a := &refs[x]
		for y := x + 1; y < len(refs) && refs[y].ref == a.ref; y++ {
			if !passed(key, a, &refs[y]) {
				sw.try(key, a, &refs[y], false)
			}
		}
	}
	sw.timed, sw.refs = timed, refs
}

// allPassed reports whether every pair of the members of the block of
// key would be passed (passed): they all cite one same document, or all
// share a smallest key smaller than key (their pairs are tried in that
// key's block). A block of one member is such, as are many blocks of a
// place whose members all name one actor too.
func (sw *sweeper) allPassed(key int32, members []int32) bool {
	m0 := sw.ms[members[0]]
	sameDoc, sameKey := len(m0.docs) == 1, m0.keys[0] != key
	for _, i := range members[1:] {
		m := sw.ms[i]
		sameDoc = sameDoc && len(m.docs) == 1 && m.doc0 == m0.doc0
		sameKey = sameKey && m.keys[0] == m0.keys[0]
		if !sameDoc && !sameKey {
			return false
		}
	}
	return true
}

// sortScratch is the memory of sortItems, kept from block to block.
type sortScratch struct {
	keys  []uint64
	items []sweepItem
}

// sortItems sorts items stably by key and returns them, sorted in place
// or in memory of o's, whose memory it takes over in exchange. It sorts
// integers, each a key (as an int32) and the item's place, rather than
// items with a comparison function: half the work of the sweep. Keys
// beyond an int32 (days beyond 5.8 million years from 1970) leave it to a
// stable sort.
func (o *sortScratch) sortItems(items []sweepItem, key func(*sweepItem) int) []sweepItem {
	keys := o.keys[:0]
	for i := range items {
		k := key(&items[i])
		if k != int(int32(k)) {
			slices.SortStableFunc(items, func(a, b sweepItem) int { return cmp.Compare(key(&a), key(&b)) })
			return items
		}
		// Flipping the sign bit orders int32s as unsigned numbers.
		keys = append(keys, uint64(uint32(int32(k))^1<<31)<<32|uint64(i))
	}
	slices.Sort(keys)
	sorted := o.items[:0]
	for _, k := range keys {
		sorted = append(sorted, items[uint32(k)])
	}
	o.keys, o.items = keys, items
	return sorted
}

// pairSet holds the pairs that can merge, by score. A large corpus has
// millions, with few distinct scores (numbers of shared actors plus
// overlaps of common intervals): each score has a bucket of its pairs,
// and each bucket its pairs by range of their first member, packed into
// 32 bits each, so that they are stored in 4 bytes and ordered by sorting
// integers rather than by comparing pairs.
type pairSet struct {
	// index maps a score's bits (math.Float64bits) to its bucket: the
	// scores of pairs are at least 1 (a shared actor or the place), so
	// that equal scores have equal bits. A pairMemo looks a score up in a
	// sixth of the instructions of a map of float64.
	index   pairMemo[int32]
	scores  []float64 // the score of each bucket
	buckets []pairBucket
	last    int // the bucket of the last pair added, -1 if none
	// A pair a < b of members numbered below n is packed as the low
	// aBits of a, then the bBits of b (bits.Len(n), enough for any
	// member), in range a >> aBits of its bucket; aBits is what the 32
	// bits leave. Packed pairs of one range sort as their pairs do, by a,
	// then b. A bucket has up to n>>aBits + 1 ranges: one below 65,536
	// members, 10 for the 155,000 events of 50 MB of news, about 4,000
	// for 4 million.
	aBits, bBits uint
}

// pairBucket holds the pairs of one score by range of their first member.
// Sorting each range sorts the bucket, through a copy of one range at a
// time rather than of the whole bucket, which for millions of pairs was a
// second array of them and a third for the sort's scratch, every page
// touched (60 MB of a merge of 50 MB of news).
type pairBucket []pairChunks

// pairChunks is a list of packed pairs in chunks that are never grown by
// append, which would leave the old arrays behind (millions of pairs
// grown by doubling allocated twice their size). While pairs are added,
// every chunk but the last is full.
type pairChunks [][]uint32

// The capacities of a range's chunks: the first, then twice the last, up
// to the last size, so that a range of few pairs stays small and one of
// many wastes little at its end.
const (
	firstPairChunk = 16
	lastPairChunk  = 1 << 10
)

// newPairSet returns an empty set of pairs of members numbered below n.
func newPairSet(n int) *pairSet {
	b := uint(max(1, bits.Len(uint(n))))
	return &pairSet{last: -1, aBits: 32 - b, bBits: b}
}

// add adds the pair a < b with its score.
func (ps *pairSet) add(a, b int32, score float64) {
	// Scores come in runs (the pairs of one block often match alike): the
	// bucket of the last score is at hand without a map lookup.
	if ps.last < 0 || ps.scores[ps.last] != score {
		ps.last = ps.bucket(score)
	}
	x, r := uint32(a)&(1<<ps.aBits-1)<<ps.bBits|uint32(b), int(uint32(a)>>ps.aBits)
	// Most pairs go to the last chunk of a range that has room.
	if pb := ps.buckets[ps.last]; r < len(pb) {
		if c := pb[r]; len(c) > 0 && len(c[len(c)-1]) < cap(c[len(c)-1]) {
			c[len(c)-1] = append(c[len(c)-1], x)
			return
		}
	}
	ps.buckets[ps.last].add(r, x)
}

// unpack returns the pair packed as x in range r.
func (ps *pairSet) unpack(r int, x uint32) (a, b int32) {
	return int32(uint32(r)<<ps.aBits | x>>ps.bBits), int32(x & (1<<ps.bBits - 1))
}

// add adds the packed pair x to range r, making the range or a chunk.
func (pb *pairBucket) add(r int, x uint32) {
	pb.reach(r)
	(*pb)[r].add(x)
}

// reach makes pb hold range r, adding empty ranges up to it.
func (pb *pairBucket) reach(r int) {
	if r >= len(*pb) {
		*pb = append(*pb, make(pairBucket, r+1-len(*pb))...)
	}
}

// add appends x to the last chunk, or to a new one when it is full.
func (pc *pairChunks) add(x uint32) {
	c := *pc
	n := len(c)
	if n == 0 || len(c[n-1]) == cap(c[n-1]) {
		last := 0
		if n > 0 {
			last = cap(c[n-1])
		}
		c = append(c, make([]uint32, 0, nextBlock(last, 1, firstPairChunk, lastPairChunk)))
		*pc = c
		n++
	}
	c[n-1] = append(c[n-1], x)
}

// len returns the number of pairs in pc.
func (pc pairChunks) len() int {
	n := 0
	for _, c := range pc {
		n += len(c)
	}
	return n
}

// len returns the number of pairs in pb.
func (pb pairBucket) len() int {
	n := 0
	for _, pc := range pb {
		n += pc.len()
	}
	return n
}

// sort sorts the packed pairs of pc through buf and scratch, which it
// returns grown: they are copied into buf, sorted there and copied back
// into pc's chunks. A range of one chunk is sorted in place.
func (pc *pairChunks) sort(buf, scratch []uint32) ([]uint32, []uint32) {
	c := *pc
	switch len(c) {
	case 0:
		return buf, scratch
	case 1:
		return buf, sortPairs(c[0], scratch)
	}
	buf = buf[:0]
	for _, chunk := range c {
		buf = append(buf, chunk...)
	}
	scratch = sortPairs(buf, scratch)
	pc.refill(buf)
	return buf, scratch
}

// refill puts xs, as many pairs as pc holds, into pc's chunks, in order,
// each filled to its capacity, and drops the chunks left empty.
func (pc *pairChunks) refill(xs []uint32) {
	c := *pc
	n := 0
	for ; len(xs) > 0; n++ {
		k := copy(c[n][:cap(c[n])], xs)
		c[n], xs = c[n][:k], xs[k:]
	}
	clear(c[n:])
	*pc = c[:n]
}

// bucket returns the bucket of a score, adding it if there is none.
func (ps *pairSet) bucket(score float64) int {
	bits := math.Float64bits(score)
	k, ok := ps.index.get(bits)
	if !ok {
		k = int32(len(ps.scores))
		ps.index.put(bits, k)
		ps.scores = append(ps.scores, score)
		ps.buckets = append(ps.buckets, nil)
	}
	return int(k)
}

// joinPairSets returns the pairs of all the sets, of members numbered
// below n, as one set, each range of each bucket sorted. The sets' chunks
// become the joined set's, and the sets are emptied.
func joinPairSets(sets []*pairSet, n int) *pairSet {
	joined := gatherPairSets(sets, n)
	sortAndJoin([]*pairSet{joined}, 1, func(int) {})
	return joined
}

// gatherPairSets returns the pairs of all the sets, of members numbered
// below n, as one set whose ranges are not sorted: the sets' chunks become
// the joined set's, and the sets are emptied.
func gatherPairSets(sets []*pairSet, n int) *pairSet {
	joined := newPairSet(n)
	for _, o := range sets {
		for k, score := range o.scores {
			jb := &joined.buckets[joined.bucket(score)]
			for r, pc := range o.buckets[k] {
				jb.reach(r)
				(*jb)[r] = append((*jb)[r], pc...)
			}
		}
		*o = pairSet{}
	}
	return joined
}

// minRadixSort is the fewest pairs sortPairs sorts by their bytes: fewer
// cost less to sort by comparing them.
const minRadixSort = 512

// sortPairs sorts packed pairs, a byte at a time from the lowest (a least
// significant digit radix sort), through scratch, which it returns grown:
// a million pairs sort in a third of the time slices.Sort takes. One pass
// counts the pairs by each of their bytes (byteCounts); the bytes that
// all the pairs share are then skipped.
func sortPairs(xs, scratch []uint32) []uint32 {
	if len(xs) < minRadixSort {
		slices.Sort(xs)
		return scratch
	}
	var counts [4][256]int
	byteCounts(&counts, xs)
	scratch = slices.Grow(scratch[:0], len(xs))[:len(xs)]
	src, dst := xs, scratch
	for k := range counts {
		shift := 8 * k
		count := &counts[k]
		if count[xs[0]>>shift&0xff] == len(xs) {
			continue // the same byte in every pair
		}
		at := 0
		for i, n := range count {
			count[i] = at
			at += n
		}
		for _, x := range src {
			d := x >> shift & 0xff
			dst[count[d]] = x
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &xs[0] {
		copy(xs, src)
	}
	return scratch
}

// byteCounts adds to c how many of xs have each value of each byte:
// c[k][v], of the byte k places from the lowest.
func byteCounts(c *[4][256]int, xs []uint32) {
	for _, x := range xs {
		c[0][x&0xff]++
		c[1][x>>8&0xff]++
		c[2][x>>16&0xff]++
		c[3][x>>24]++
	}
}

// pairCount is the number of pairs in sets.
func pairCount(sets []*pairSet) int {
	n := 0
	for _, ps := range sets {
		for _, b := range ps.buckets {
			n += b.len()
		}
	}
	return n
}

// sorted yields the pairs strongest first, then by a and b. The ranges
// of the buckets must be sorted (joinPairSets).
func (ps *pairSet) sorted() iter.Seq[pair] {
	return func(yield func(pair) bool) {
		order := make([]int, len(ps.scores))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(x, y int) int { return cmp.Compare(ps.scores[y], ps.scores[x]) })
		for _, k := range order {
			score := ps.scores[k]
			for r, pc := range ps.buckets[k] {
				for _, c := range pc {
					for _, x := range c {
						a, b := ps.unpack(r, x)
						if !yield(pair{a: a, b: b, score: score}) {
							return
						}
					}
				}
			}
		}
	}
}

// firstShared returns the smallest element of two sorted lists that both
// hold, or -1.
func firstShared(a, b []int32) int32 {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return a[i]
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return -1
}

// apart reports whether two members cite no document in common.
func apart(a, b *member) bool {
	if len(a.docs) == 1 && len(b.docs) == 1 { // most: no need to read the lists
		return a.doc0 != b.doc0
	}
	return disjoint(a.docs, b.docs)
}

// profileMatch is what the merge rule makes of the profiles of two members
// (their actors, place and kind): -1 if they cannot merge, else the number
// of a's actors that b shares, times 2, plus 1 for the same place.
func profileMatch(a, b *member, same *actorMatcher) int32 {
	shared, samePlace := sharedProfile(a, b, same)
	switch {
	case a.other:
		if shared == 0 || !samePlace {
			return -1
		}
	case shared == 0 && !samePlace:
		return -1
	case a.ev.Kind.Name != b.ev.Kind.Name && isIntent(a.ev.Kind) != isIntent(b.ev.Kind):
		// An intent and the report of what it announces: a shared actor
		// or the place, as above, and one day.
		return matchBits(shared, samePlace) | oneDayOnly
	case a.ev.Kind.Name != b.ev.Kind.Name && !samePlace:
		return -1 // related kinds: only at the same place
	}
	return matchBits(shared, samePlace)
}

// sharedProfile returns how many of a's actors b shares
// (entity.SameActor) and whether both name the same place.
func sharedProfile(a, b *member, same *actorMatcher) (shared int32, samePlace bool) {
	bs := b.actors()
	for _, x := range a.actors() {
		if slices.Contains(bs, x) && same.named[x] {
			shared++ // the same actor: sameID(x, x), without the memo
			continue
		}
		for _, y := range bs {
			if same.sameID(x, y) {
				shared++
				break
			}
		}
	}
	place := strings.TrimSpace(a.ev.Place)
	return shared, place != "" && strings.EqualFold(place, strings.TrimSpace(b.ev.Place))
}

// oneDayOnly marks a profileMatch of members that merge only if both are
// dated to one same day (oneDay).
const oneDayOnly = 1 << 30

// matchBits is profileMatch of members that share shared actors and the
// place if samePlace.
func matchBits(shared int32, samePlace bool) int32 {
	m := 2 * shared
	if samePlace {
		m++
	}
	return m
}

// datesAgree reports whether members whose profiles match as m
// (profileMatch), dated to days a0 to a1 and b0 to b1 if they have an
// interval, agree on their dates as m asks: both on one same day if it is
// oneDayOnly (an intent and what it announces: "to meet in Singapore on
// Thursday" and "met on Thursday evening at a hotel in Singapore"; not
// "next week" and Thursday).
func datesAgree(m int32, interval bool, a0, a1, b0, b1 int) bool {
	return m&oneDayOnly == 0 || interval && a0 == a1 && b0 == b1 && a0 == b0
}

// dateScore is the score of two members whose profiles match as m
// (profileMatch): shared actors, the same place, and the overlap of their
// dates, days a0 to a1 and b0 to b1 if they have an interval.
func dateScore(interval bool, a0, a1, b0, b1 int, m int32) float64 {
	m &^= oneDayOnly
	score := float64(m >> 1)
	if m&1 != 0 {
		score++
	}
	if interval {
		lo, hi := max(a0, b0), min(a1, b1)
		ulo, uhi := min(a0, b0), max(a1, b1)
		score += float64(hi-lo+1) / float64(uhi-ulo+1)
	} else {
		score++
	}
	return score
}

func isOther(k Kind) bool { return k.CAMEO == "" && (k.Name == "" || k.Name == "other") }

// cameoRoot is the CAMEO root category of k (the first two digits of its
// code), or "" if it has no code.
func cameoRoot(k Kind) string {
	c := k.CAMEO
	if c != "" && (c[0] <= ' ' || c[len(c)-1] <= ' ') { // seldom: trimmed only then
		c = strings.TrimSpace(c)
	}
	return c[:min(2, len(c))]
}

// isIntent reports whether k is an intent (CAMEO root intentRoot).
func isIntent(k Kind) bool {
	if c := k.CAMEO; len(c) >= 2 && c[0] > ' ' { // most: a code as internal/kind gives it
		return c[:2] == intentRoot
	}
	return cameoRoot(k) == intentRoot
}

// The CAMEO root category of intents to meet, negotiate or cooperate
// (036 and 03x: "agreed to meet in Singapore on Thursday"), and that of
// what they announce, consultations (04x: meetings, visits, talks), whose
// family they are of.
const (
	intentRoot    = "03"
	announcedRoot = "04"
)

// statementRoot is the CAMEO root category of statements (01).
const statementRoot = "01"

// kindFamily is what two events' kinds must share to merge: the CAMEO root
// category (its first two digits), an intent's that of what it announces,
// or for a kind without a code its name.
func kindFamily(k Kind) string {
	if root := cameoRoot(k); root != "" {
		if root == intentRoot {
			root = announcedRoot
		}
		return "cameo:" + root
	}
	if isOther(k) {
		return "other"
	}
	return "name:" + k.Name
}

// actorMatcher answers entity.SameActor, remembering the answers: the same
// few actors are compared again and again. It numbers the actors it sees,
// and the match keys of actors and places.
type actorMatcher struct {
	// byName maps a name to the last actor numbered with it, whose
	// prevNamed goes on to the others: looking a name up costs less than
	// looking up a whole Actor, three strings to hash.
	byName    map[string]int32
	base      map[string]int32 // a fork's: byName of the matcher it was forked from
	prevNamed []int32          // actor ID -> the actor numbered before it with its name, or -1
	actors    []Actor
	named     []bool         // whether actors[id] has a name, at hand
	words     []int32        // fieldCount of actors[id].Name, for addActor
	memo      pairMemo[bool] // (ID, ID) -> SameActor
	keyIDs    map[string]int32
	// families numbers the kind families of the events numberKeys has
	// seen.
	families kindFamilies
	keys     [][]int32 // actor ID -> its match keys
	// placeKeys maps a place as events give it to its match key: the
	// places of a corpus are few, and folding one costs more than a lookup.
	placeKeys map[string]int32
}

func newActorMatcher() *actorMatcher {
	return &actorMatcher{byName: make(map[string]int32), keyIDs: make(map[string]int32), placeKeys: make(map[string]int32), families: newKindFamilies()}
}

// id returns the number of an actor.
func (m *actorMatcher) id(a Actor) int32 {
	last, ok := m.byName[a.Name]
	if !ok {
		if last, ok = m.base[a.Name]; !ok {
			last = -1
		}
	}
	for id := last; id >= 0; id = m.prevNamed[id] {
		if m.actors[id] == a {
			return id
		}
	}
	id := int32(len(m.actors))
	m.byName[a.Name] = id
	m.prevNamed = append(m.prevNamed, last)
	m.actors = append(m.actors, a)
	m.named = append(m.named, a.Name != "")
	m.words = append(m.words, int32(fieldCount(a.Name)))
	return id
}

// fork returns a matcher for another goroutine: it shares m's actors and
// keys, which m may not add to while the fork is in use, and has a memo of
// its own. The actors the fork numbers (id) are its own, numbered after
// m's; it must not number match keys (keysIn). m must not be a fork: a
// fork of a fork would not see the actors of the first matcher (base).
func (m *actorMatcher) fork() *actorMatcher {
	f := *m
	f.memo = pairMemo[bool]{}
	f.base, f.byName = m.byName, make(map[string]int32)
	// Clipped, the fork's appends copy rather than write into m's arrays.
	f.prevNamed, f.actors, f.named, f.words, f.keys = slices.Clip(m.prevNamed), slices.Clip(m.actors), slices.Clip(m.named), slices.Clip(m.words), slices.Clip(m.keys)
	return &f
}

func (m *actorMatcher) sameID(x, y int32) bool {
	if x == y && m.named[x] {
		return true
	}
	k := uint64(uint32(x))<<32 | uint64(uint32(y))
	r, ok := m.memo.get(k)
	if !ok {
		r = entity.SameActor(entityActor(m.actors[x]), entityActor(m.actors[y]))
		m.memo.put(k, r)
	}
	return r
}

// pairMemo remembers an answer for pairs of IDs packed into one integer:
// an open-addressed table, at most half full, several times faster than a
// map for the millions of lookups of a large merge.
type pairMemo[V any] struct {
	slots []uint64 // key+1, so that 0 marks a free slot; 0 if free
	vals  []V
	n     int
}

// slot returns where k is or would go.
func (pm *pairMemo[V]) slot(k uint64) int {
	mask := len(pm.slots) - 1
	i := int((k*0x9e3779b97f4a7c15)>>32) & mask
	for pm.slots[i] != 0 && pm.slots[i] != k+1 {
		i = (i + 1) & mask
	}
	return i
}

// has reports whether k is in pm.
func (pm *pairMemo[V]) has(k uint64) bool {
	return pm.n > 0 && pm.slots[pm.slot(k)] != 0
}

func (pm *pairMemo[V]) get(k uint64) (v V, ok bool) {
	if pm.n == 0 {
		return v, false
	}
	i := pm.slot(k)
	return pm.vals[i], pm.slots[i] != 0
}

// put records the answer for a key not yet in pm.
func (pm *pairMemo[V]) put(k uint64, v V) {
	if 2*(pm.n+1) > len(pm.slots) {
		old, oldVals := pm.slots, pm.vals
		pm.slots, pm.vals = make([]uint64, max(64, 2*len(old))), make([]V, max(64, 2*len(old)))
		for i, sk := range old {
			if sk != 0 {
				j := pm.slot(sk - 1)
				pm.slots[j], pm.vals[j] = sk, oldVals[i]
			}
		}
	}
	i := pm.slot(k)
	pm.slots[i], pm.vals[i] = k+1, v
	pm.n++
}

// eventKeys holds the actor IDs and match keys of events (keysIn), the
// lists one after another in one array.
type eventKeys struct {
	arena []int32
	// Event i's actors are arena[at[3i]:at[3i+1]], its keys
	// arena[at[3i+1]:at[3i+2]].
	at     []int32
	prof   []int32 // event i's profile (member.prof)
	family []int32 // the number of event i's kind family (member.family)
}

// give gives each member the actors (member.lists), keys, profile and
// kind family of its event.
func (k *eventKeys) give(ms []*member) {
	for _, m := range ms {
		_, m.keys = k.lists(int(m.at))
		m.lists = k
		m.prof, m.family = k.prof[m.at], k.family[m.at]
	}
}

// actors returns the actorMatcher IDs of m.ev.Actors.
func (m *member) actors() []int32 {
	actors, _ := m.lists.lists(int(m.at))
	return actors
}

// lists returns the actors and keys of event i, each of its own length
// and capacity.
func (k *eventKeys) lists(i int) (actors, keys []int32) {
	a, b, c := k.at[3*i], k.at[3*i+1], k.at[3*i+2]
	return k.arena[a:b:b], k.arena[b:c:c]
}

// numberKeys returns the actor IDs and match keys of events (keysIn),
// their profiles and kind families, numbered in their order. The matcher
// keeps the families' numbering (families).
func (m *actorMatcher) numberKeys(events []*Event) eventKeys {
	k := eventKeys{at: make([]int32, 0, 3*len(events)), prof: make([]int32, len(events)), family: make([]int32, len(events))}
	profs := profiles{ids: make(map[string]int32)}
	var prev *Event
	var prevPlace string
	for i, e := range events {
		k.family[i] = m.families.of(e.Kind)
		place := strings.TrimSpace(e.Place)
		if prev != nil && place == prevPlace && slices.Equal(e.Actors, prev.Actors) {
			// The events of one sentence come one after another, with
			// the same actors and place (the same strings, which compare
			// at once): they have the same lists.
			n := len(k.at)
			k.at = append(k.at, k.at[n-3:n]...)
			k.prof[i] = k.prof[i-1]
			if e.Kind != prev.Kind {
				k.prof[i] = profs.of(e.Kind, place, k.arena[k.at[n]:k.at[n+1]])
			}
			prev = e
			continue
		}
		prev, prevPlace = e, place
		start := len(k.arena)
		var mid int
		k.arena, mid = m.keysIn(e, place, k.arena)
		k.at = append(k.at, int32(start), int32(mid), int32(len(k.arena)))
		k.prof[i] = profs.of(e.Kind, place, k.arena[start:mid])
	}
	return k
}

// keysIn appends to arena the IDs of the actors of e and its match keys:
// the match keys of its actors (entity.MatchKeys) and of its place (the
// place case folded; place is e.Place without surrounding white space).
// Two events share an actor (SameActor) or the same place only if they
// share a key. It returns arena grown and where the keys start in it;
// they are sorted.
func (m *actorMatcher) keysIn(e *Event, place string, arena []int32) (grown []int32, keysAt int) {
	key := func(s string) int32 {
		id, ok := m.keyIDs[s]
		if !ok {
			id = int32(len(m.keyIDs))
			m.keyIDs[s] = id
		}
		return id
	}
	start := len(arena)
	for _, a := range e.Actors {
		id := m.id(a)
		arena = append(arena, id)
		for int(id) >= len(m.keys) {
			m.keys = append(m.keys, nil)
		}
		if m.keys[id] == nil {
			ks := []int32{}
			names := entity.MatchKeys(entityActor(a))
			if len(names) == 0 && a.Name != "" {
				names = []string{"actor:" + a.Name} // the same actor is the same
			}
			for _, k := range names {
				ks = append(ks, key(k))
			}
			m.keys[id] = ks
		}
	}
	keysAt = len(arena)
	for _, id := range arena[start:keysAt] {
		arena = append(arena, m.keys[id]...)
	}
	if place != "" {
		id, ok := m.placeKeys[place]
		if !ok {
			id = key("place:" + entity.FoldKey(place))
			m.placeKeys[place] = id
		}
		arena = append(arena, id)
	}
	slices.Sort(arena[keysAt:])
	keys := slices.Compact(arena[keysAt:])
	return arena[:keysAt+len(keys)], keysAt
}

// disjoint reports whether two sorted lists have no element in common.
func disjoint(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return false
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return true
}

// group is a set of members merging into one event: their documents
// (sorted) and the days all their dates cover.
type group struct {
	members []int32 // indexes into the members
	docs    []int32 // numbered as member.docs
	lo, hi  int     // the days, as member.day0 and day1
	// spans tells whether a member is dated to one day or a time of it
	// (dayDate) and whether one is dated to more than maxDayGroupDays
	// (coarseDate).
	spans uint8
}

// The bits of group.spans.
const (
	dayDate uint8 = 1 << iota
	coarseDate
)

// maxDayGroupDays is the most days a date of a group with a member dated
// to one day may have: a month ("last month's meeting in Geneva" is the
// Aug. 26 talks), not a quarter, season or year ("in the spring", "earlier
// this year", "over the same period" read as a quarter), which say too
// little to be that day's event.
const maxDayGroupDays = 31

// spansOf is the group.spans of m alone.
func spansOf(m *member) uint8 {
	switch {
	case m.days == 1:
		return dayDate
	case m.days > maxDayGroupDays:
		return coarseDate
	}
	return 0 // no interval (days 0), or between
}

// canJoin reports whether g and h can be one event: no document in common
// and, for dated events, a day that all their dates cover, and no date of
// more than maxDayGroupDays with one of a day.
func (g *group) canJoin(h *group, interval bool) bool {
	return g.datesFit(h, interval) && disjoint(g.docs, h.docs)
}

// datesFit is canJoin but for the documents: a day that all the dates of
// g and h cover, for dated events, and no date of more than
// maxDayGroupDays with one of a day.
func (g *group) datesFit(h *group, interval bool) bool {
	if interval && max(g.lo, h.lo) > min(g.hi, h.hi) {
		return false
	}
	return g.spans|h.spans != dayDate|coarseDate
}

// join makes g the group of g's and h's members, and returns it; h is
// not used after. The lists of a group that has joined another are its
// own, and grow in place: a group of many members (an article given many
// times) would otherwise copy its lists at every join. Those of a group
// of one member, parts of arrays shared with others, have no room left
// (their capacity is their length), so that the first join copies them.
func (g *group) join(h *group) *group {
	g.docs = appendMerged(g.docs, h.docs)
	g.members = appendMerged(g.members, h.members)
	g.lo, g.hi = max(g.lo, h.lo), min(g.hi, h.hi)
	g.spans |= h.spans
	return g
}

// appendMerged appends b to a, both sorted, and returns the result sorted:
// merged from the back, in place, in one pass over the elements that move
// rather than sorted again (a group of many members joins one at a time).
func appendMerged[T cmp.Ordered](a, b []T) []T {
	i, j := len(a)-1, len(b)-1
	a = append(a, b...)
	for k := len(a) - 1; j >= 0; k-- {
		if i >= 0 && a[i] > b[j] {
			a[k] = a[i]
			i--
		} else {
			a[k] = b[j]
			j--
		}
	}
	return a
}

// representative returns the most precise member of a group (indexes in
// canonical order): the one whose date, text and Source the merged event
// takes.
func representative(ms []*member, idxs []int32) *member {
	rep := ms[idxs[0]]
	for _, x := range idxs[1:] {
		if comparePrecision(ms[x], rep) < 0 {
			rep = ms[x]
		}
	}
	return rep
}

// mergeGroup makes one event, *e, of the members of a group (indexes in
// canonical order), whose representative is rep. It writes the event in
// place rather than returning it: an Event is some 400 bytes, copied once
// more by a return.
func mergeGroup(e *Event, ms []*member, idxs []int32, rep *member, same *actorMatcher) {
	if len(idxs) == 1 {
		*e = *rep.ev
		e.Citations = rep.cites
		return
	}
	group := make([]*member, len(idxs))
	for i, x := range idxs {
		group[i] = ms[x]
	}
	*e = *rep.ev
	n := 0
	for _, m := range group {
		n += len(m.cites)
	}
	// One array of the citations' number: grown by appends, a large
	// corpus's groups left megabytes of old arrays behind.
	e.Citations = make([]Citation, 0, n)
	e.Actors = slices.Clone(rep.ev.Actors)
	ids := slices.Clone(rep.actors()) // of e.Actors
	e.Expected = true
	for _, m := range group {
		e.Citations = append(e.Citations, m.cites...)
		e.Expected = e.Expected && m.ev.Expected
		if e.Place == "" {
			e.Place = m.ev.Place
		}
		if m == rep {
			continue
		}
		mids := m.actors()
		for k, a := range m.ev.Actors {
			e.Actors, ids = addActor(e.Actors, ids, a, mids[k], same)
		}
	}
	slices.SortFunc(e.Citations, compareCitations)
	e.DateConflict = dateConflict(group)
	e.Kind = specificKind(group, rep)
}

// comparePrecision orders members most precise first: finest grain (no
// grain counts as the coarsest), shortest interval, the report of what
// happened before an intent that announced it, earliest published
// document, then canonical order.
func comparePrecision(a, b *member) int {
	if c := cmp.Or(
		cmp.Compare(grainRank(a.ev.When.Grain), grainRank(b.ev.When.Grain)),
		cmp.Compare(a.days, b.days),
	); c != 0 {
		return c
	}
	// An intent and a report are of two kinds: most members compared are
	// of one.
	if a.ev.Kind.Name != b.ev.Kind.Name {
		if c := cmpBool(isIntent(a.ev.Kind), isIntent(b.ev.Kind)); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(a.pub, b.pub); c != 0 {
		return c
	}
	return compareMembers(a, b)
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func grainRank(g dates.Grain) int {
	if g == dates.GrainNone {
		return int(dates.GrainCentury) + 1
	}
	return int(g)
}

// addActor adds a, whose actorMatcher ID is id, to as, whose IDs are ids,
// unless an actor there is the same; then it keeps the fuller of the two
// names ("Sergey Lavrov" for "Lavrov") and fills in the role or type that
// one lacks. It returns as and ids.
func addActor(as []Actor, ids []int32, a Actor, id int32, same *actorMatcher) ([]Actor, []int32) {
	for i := range as {
		if !same.sameID(ids[i], id) {
			continue
		}
		b := as[i]
		if same.words[id] > same.words[ids[i]] {
			b.Name = a.Name
		}
		if b.Role == "" {
			b.Role = a.Role
		}
		if b.Type == "" {
			b.Type = a.Type
		}
		if b != as[i] {
			as[i], ids[i] = b, same.id(b) // a new actor: later ones compare with it
		}
		return as, ids
	}
	return append(as, a), append(ids, id)
}

// fieldCount is len(strings.Fields(s)), without making the fields.
func fieldCount(s string) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		// ASCII (most names) without decoding runes.
		c := s[i]
		space, size := c == ' ' || '\t' <= c && c <= '\r', 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		i += size
		if space {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

// dateConflict states each member's date at the coarsest grain among them
// and, if they differ, lists each value with its number of citations. A
// range of dates covers the day that every member covers, and so agrees
// with each: it is listed, as "first/last" ("2026-10-03/2026-10-04"), only
// when the others disagree.
func dateConflict(group []*member) string {
	coarsest := dates.GrainNone
	for _, m := range group {
		if !m.interval {
			return "" // references merge only with the same value
		}
		coarsest = max(coarsest, m.ev.When.Grain)
	}
	count := make(map[string]int)
	for _, m := range group {
		if !m.ev.When.IsRange() {
			count[valueAt(m.ev.When.Value, coarsest)] += len(m.cites)
		}
	}
	if len(count) < 2 {
		return ""
	}
	for _, m := range group {
		if w := &m.ev.When; w.IsRange() {
			count[w.Value.Value+"/"+w.EndValue] += len(m.cites)
		}
	}
	values := make([]string, 0, len(count))
	for v := range count {
		values = append(values, v)
	}
	slices.SortFunc(values, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), strings.Compare(a, b))
	})
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = v + " (" + strconv.Itoa(count[v]) + ")"
	}
	return strings.Join(parts, ", ")
}

// valueAt states v at grain g, at least as coarse as v's own, as a TIMEX3
// value: the period of grain g that holds the start of v's interval.
func valueAt(v dates.Value, g dates.Grain) string {
	if v.Grain == g || g == dates.GrainNone {
		return v.Value
	}
	t := v.Start
	y, m := t.Year(), int(t.Month())
	switch g {
	case dates.GrainSecond:
		return t.Format("2006-01-02T15:04:05")
	case dates.GrainMinute:
		return t.Format("2006-01-02T15:04")
	case dates.GrainHour:
		return t.Format("2006-01-02T15")
	case dates.GrainPartOfDay:
		return t.Format("2006-01-02T") + partOfDay(t.Hour())
	case dates.GrainDay:
		return t.Format(time.DateOnly)
	case dates.GrainWeek, dates.GrainWeekend:
		wy, w := t.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", wy, w)
		if g == dates.GrainWeekend {
			s += "-WE"
		}
		return s
	case dates.GrainMonth:
		return fmt.Sprintf("%04d-%02d", y, m)
	case dates.GrainSeason:
		switch {
		case m == 12:
			return fmt.Sprintf("%04d-WI", y)
		case m <= 2:
			return fmt.Sprintf("%04d-WI", y-1)
		}
		return fmt.Sprintf("%04d-%s", y, [...]string{"SP", "SU", "FA"}[(m-3)/3])
	case dates.GrainQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (m-1)/3+1)
	case dates.GrainHalf:
		return fmt.Sprintf("%04d-H%d", y, (m-1)/6+1)
	case dates.GrainYear:
		return fmt.Sprintf("%04d", y)
	case dates.GrainDecade:
		return fmt.Sprintf("%03d", y/10)
	case dates.GrainCentury:
		return fmt.Sprintf("%02d", y/100)
	}
	return v.Value
}

// partOfDay names the TIMEX3 part of day of an hour.
func partOfDay(h int) string {
	switch {
	case h < 12:
		return "MO"
	case h < 17:
		return "AF"
	case h < 21:
		return "EV"
	}
	return "NI"
}

// unixDay returns the number of days from 1970-01-01 to t, a midnight UTC.
func unixDay(t time.Time) int { return int(t.Unix() / (24 * 60 * 60)) }

func daysBetween(a, b time.Time) int {
	return int(b.Sub(a).Round(24*time.Hour) / (24 * time.Hour))
}
