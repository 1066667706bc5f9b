package timeline

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/internal/datafile"
)

//go:embed data/kin.txt
var kinData string

// kinAny is the kin class of kinds that may report a happening of every
// family (data/kin.txt: "any"); kinNone that of kinds of no line, which
// join only their own family.
const (
	kinAny  = 0
	kinNone = -1
)

// kinClasses maps a CAMEO root category, or "other", to its line of
// data/kin.txt: kinAny, or the line's number from 1.
var kinClasses = sync.OnceValue(func() map[string]int {
	classes := make(map[string]int)
	line := 0
	for l := range datafile.Lines(kinData) {
		fields := strings.Fields(l.Text)
		class := kinAny
		if fields[0] == "any" {
			fields = fields[1:]
		} else {
			line++
			class = line
		}
		for _, f := range fields {
			classes[f] = class
		}
	}
	return classes
})

// kinClass returns the kin class of k (data/kin.txt).
func kinClass(k Kind) int {
	key := cameoRoot(k)
	if isOther(k) {
		key = "other"
	}
	if c, ok := kinClasses()[key]; ok {
		return c
	}
	return kinNone
}

// kinEntry is a group dated to one day with one of its members' match
// keys: the groups that share a day and a key are those joinKin compares.
type kinEntry struct {
	day int
	key int32
	g   int32 // index into the groups
}

// kinPair is two groups (indexes, a < b) that joinKin may join, with the
// strength of the match.
type kinPair struct {
	a, b  int32
	score float64
}

// kinGroup is what joinKin reads of a group dated to one day: the kind of
// its first member (all are of one family), the family's kin class
// (kinClass: a family's kinds are of one line of data/kin.txt) and its
// members' match keys, sorted and each once.
type kinGroup struct {
	kind   *Kind
	class  int
	family int32 // member.family
	other  bool  // isOther(*kind)
	keys   []int32
}

// joinKin is the second pass of the merge: once the groups are made
// (makeGroups), two groups dated to one same day (group.lo and hi, a
// member dated to that day) join if their kinds are kin (kin: "the
// ceasefire signed in Jeddah on Sept. 19" and "the two sides agreed in
// Jeddah on Sept. 19"; a report of kind "other" or a statement and any
// other), some member of one shares an actor or the place with some member
// of the other, and their sentences are alike (alikeBeyond). The pairs
// join greedily, strongest first (shared actors, plus one for the place,
// plus one and the words' Dice coefficient in eighths), ties in order of
// their groups, where the rule allows (group.canJoin: one report per
// article, one day) and every two of the first pass's groups joined are
// such a pair (allAlike). The pairs are found on up to jobs goroutines
// (kinEntries, kinPairs) and joined on one: reading every group of a
// large corpus, its members scattered in memory, took a tenth of a merge
// on one goroutine while the other core waited.
func joinKin(ms []*member, groups []*group, same *actorMatcher, jobs int) {
	info, entries := kinEntries(ms, groups, jobs)
	pairs := kinPairs(ms, groups, info, entries, same, jobs)
	if len(pairs) == 0 {
		return
	}
	// Every pair once, so the order is the same however they were found.
	slices.SortFunc(pairs, func(p, q kinPair) int {
		return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	owner := make(map[int32]int32) // a group joined into another -> that group
	root := func(g int32) int32 {
		for {
			o, ok := owner[g]
			if !ok {
				return g
			}
			g = o
		}
	}
	alike := make(map[[2]int32]bool, len(pairs))
	for _, p := range pairs {
		alike[[2]int32{p.a, p.b}] = true
	}
	parts := make(map[int32][]int32) // a group that has joined others -> the groups it is of
	partsOf := func(g int32) []int32 {
		if ps, ok := parts[g]; ok {
			return ps
		}
		return []int32{g}
	}
	for _, p := range pairs {
		ga, gb := root(p.a), root(p.b)
		if ga == gb {
			continue
		}
		ga, gb = min(ga, gb), max(ga, gb)
		pa, pb := partsOf(ga), partsOf(gb)
		if !allAlike(alike, pa, pb) || !groups[ga].canJoin(groups[gb], true) {
			continue
		}
		groups[ga] = groups[ga].join(groups[gb])
		groups[gb] = nil
		owner[gb] = ga
		parts[ga] = append(slices.Clip(pa), pb...)
		delete(parts, gb)
	}
}

// kinPairs returns the pairs of groups that joinKin may join: of groups
// that share a day and a key (entries, sorted), each pair tried under the
// smallest key the two share. The runs of entries of one day and key are
// read on up to jobs goroutines, largest first, each with a kinReader and
// a fork of same of its own; the pairs come in no set order.
func kinPairs(ms []*member, groups []*group, info []kinGroup, entries []kinEntry, same *actorMatcher, jobs int) []kinPair {
	var runs [][2]int // [lo, hi) of entries of one day and key
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].day == entries[lo].day && entries[hi].key == entries[lo].key {
			hi++
		}
		if hi-lo > 1 {
			runs = append(runs, [2]int{lo, hi})
		}
		lo = hi
	}
	jobs = max(1, min(jobs, len(runs)/minKinRuns))
	readers := make([]*kinReader, jobs)
	for w := range readers {
		view := same // forked before any reader writes to same's memo
		if w > 0 {
			view = same.fork()
		}
		readers[w] = newKinReader(ms, groups, info, view)
	}
	largestFirst(len(runs), jobs, func(i int) int { return runs[i][1] - runs[i][0] }, func(w, i int) {
		readers[w].run(entries[runs[i][0]:runs[i][1]])
	})
	var pairs []kinPair
	for _, r := range readers {
		pairs = append(pairs, r.pairs...)
	}
	return pairs
}

// minKinRuns is the fewest runs of entries per goroutine of kinPairs:
// fewer are read at once.
const minKinRuns = 64

// kinReader finds the pairs of groups joinKin may join in runs of entries
// of one day and key, remembering what it read of the members and names.
type kinReader struct {
	ms     []*member
	groups []*group
	info   []kinGroup
	same   *actorMatcher
	pairs  []kinPair
	names  nameWords
	words  map[int32]*sentenceWords // of the few members compared
	arena  []uint64                 // their lists, one array
	told   map[int32][]int32        // group -> distinctTexts
}

func newKinReader(ms []*member, groups []*group, info []kinGroup, same *actorMatcher) *kinReader {
	return &kinReader{ms: ms, groups: groups, info: info, same: same, names: nameWords{}, words: make(map[int32]*sentenceWords), told: make(map[int32][]int32)}
}

// run adds the pairs of a run of entries of one day and key.
func (r *kinReader) run(run []kinEntry) {
	for x := range run {
		a := run[x].g
		ia := &r.info[a]
		for y := x + 1; y < len(run); y++ {
			b := run[y].g
			ib := &r.info[b]
			if !mayJoinKin(ia, ib) || firstShared(ia.keys, ib.keys) != run[x].key || !disjoint(r.groups[a].docs, r.groups[b].docs) {
				continue
			}
			if score, ok := kinScore(r.ms, r.tellers(a), r.tellers(b), r.same, r.wordsOf, r.names); ok {
				r.pairs = append(r.pairs, kinPair{a, b, score})
			}
		}
	}
}

// wordsOf returns the content words of member i's sentence.
func (r *kinReader) wordsOf(i int32) *sentenceWords {
	w, ok := r.words[i]
	if !ok {
		w = new(sentenceWords)
		r.arena, *w = textWords(r.arena, r.ms[i].ev.Text)
		slices.Sort(w.words) // contentWords, in place
		w.words = slices.Compact(w.words)
		r.words[i] = w
	}
	return w
}

// tellers returns the members of group g of distinct sentences.
func (r *kinReader) tellers(g int32) []int32 {
	t, ok := r.told[g]
	if !ok {
		t = distinctTexts(r.ms, r.groups[g].members)
		r.told[g] = t
	}
	return t
}

// mayJoinKin reports whether joinKin may join groups of the kinds a and b
// tell: kin kinds (of one family, or one line of data/kin.txt, or one of
// them of a kind that reports every family: "other", a statement), but not
// one same kind, which the first pass has
// judged, nor two of kind "other", which say nothing of what happened and
// join only if they share an actor and the place (the first pass): "GM
// closed down in New York Stock Exchange trading yesterday" and
// "Blockbuster shares closed yesterday in New York Stock Exchange trading"
// are two events.
func mayJoinKin(a, b *kinGroup) bool {
	if a.class == kinAny && b.class == kinAny {
		if a.other && b.other {
			return false
		}
	} else if a.class != kinAny && b.class != kinAny && (a.class != b.class || a.class == kinNone) && a.family != b.family {
		return false
	}
	return *a.kind != *b.kind
}

// kinEntries returns what joinKin reads of the groups (by index; only
// those dated to one day are set), and the entries of those, one per match
// key of each, sorted by day, key and group. The groups are read in parts
// on up to jobs goroutines.
func kinEntries(ms []*member, groups []*group, jobs int) ([]kinGroup, []kinEntry) {
	info := make([]kinGroup, len(groups))
	var mu sync.Mutex
	var parts [][]kinEntry
	forParts(len(groups), jobs, func(lo, hi int) {
		entries := kinGroups(ms, groups, info, lo, hi)
		mu.Lock()
		parts = append(parts, entries)
		mu.Unlock()
	})
	entries := slices.Concat(parts...) // in no set order until sorted
	sortKinEntries(entries)
	return info, entries
}

// kinGroups sets info of the groups lo to hi-1 dated to one day, and
// returns their entries.
func kinGroups(ms []*member, groups []*group, info []kinGroup, lo, hi int) []kinEntry {
	var classes []int // by kind family, kinNone-1 if not yet known
	var entries []kinEntry
	for gi := lo; gi < hi; gi++ {
		g := groups[gi]
		if g == nil || g.lo != g.hi || g.spans&dayDate == 0 {
			continue
		}
		m := ms[g.members[0]]
		for int(m.family) >= len(classes) {
			classes = append(classes, kinNone-1)
		}
		if classes[m.family] < kinNone {
			classes[m.family] = kinClass(m.ev.Kind)
		}
		keys := m.keys // sorted, each once
		if len(g.members) > 1 {
			n := 0
			for _, i := range g.members {
				n += len(ms[i].keys)
			}
			keys = make([]int32, 0, n)
			for _, i := range g.members {
				keys = append(keys, ms[i].keys...)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
		}
		info[gi] = kinGroup{kind: &m.ev.Kind, class: classes[m.family], family: m.family, other: m.other, keys: keys}
		for _, key := range keys {
			entries = append(entries, kinEntry{g.lo, key, int32(gi)})
		}
	}
	return entries
}

// sortKinEntries sorts entries by day, key and group: as integers, each
// entry packed in one, if all fit (days within 2,800 years of 1970, up to
// 4 million keys and 2 million groups), as half as many instructions do.
func sortKinEntries(entries []kinEntry) {
	const dayBits, keyBits, groupBits = 21, 22, 21
	const dayBias = 1 << (dayBits - 1)
	packed := make([]uint64, 0, len(entries))
	for _, e := range entries {
		d := e.day + dayBias
		if d < 0 || d >= 1<<dayBits || e.key >= 1<<keyBits || e.g >= 1<<groupBits {
			slices.SortFunc(entries, func(a, b kinEntry) int {
				return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.key, b.key), cmp.Compare(a.g, b.g))
			})
			return
		}
		packed = append(packed, uint64(d)<<(keyBits+groupBits)|uint64(e.key)<<groupBits|uint64(e.g))
	}
	slices.Sort(packed)
	for i, x := range packed {
		entries[i] = kinEntry{day: int(x>>(keyBits+groupBits)) - dayBias, key: int32(x >> groupBits & (1<<keyBits - 1)), g: int32(x & (1<<groupBits - 1))}
	}
}

// kinScore returns the score of two groups of one day that may join
// (mayJoinKin), of the members g and h (distinctTexts), and whether
// joinKin may join them: a member of one
// sharing an actor or the place with a member of the other, and their
// sentences alike (alikeBeyond, names compared with the help of the
// cache names); the best score of such pairs of members.
func kinScore(ms []*member, g, h []int32, same *actorMatcher, wordsOf func(int32) *sentenceWords, names nameWords) (float64, bool) {
	best, ok := 0.0, false
	for _, i := range g {
		for _, j := range h {
			shared, samePlace := sharedProfile(ms[i], ms[j], same)
			if shared == 0 && !samePlace {
				continue
			}
			wi, wj := wordsOf(i), wordsOf(j)
			if wi.sig&wj.sig == 0 || !enoughShared(countShared(wi.words, wj.words), len(wi.words), len(wj.words)) {
				continue // most pairs, told so before their links are read
			}
			var linked []uint64
			if len(wi.names) > 0 && len(wj.names) > 0 {
				linked = linkWords(ms[i], ms[j], same, samePlace, names)
			}
			sim, alike := alikeBeyond(wi, wj, linked)
			if !alike {
				continue
			}
			score := float64(shared) + 1 + sim
			if samePlace {
				score++
			}
			if !ok || score > best {
				best, ok = score, true
			}
		}
	}
	return best, ok
}

// linkWords returns the content words (contentWords, sorted) of the names
// of the actors that a and b share and of their place if samePlace: what
// links the two reports, which their sentences name anyway.
func linkWords(a, b *member, same *actorMatcher, samePlace bool, cache nameWords) []uint64 {
	var names []string
	if samePlace {
		names = append(names, a.ev.Place)
	}
	as, bs := a.actors(), b.actors()
	for k, x := range as {
		for l, y := range bs {
			if same.sameID(x, y) {
				names = append(names, a.ev.Actors[k].Name, b.ev.Actors[l].Name)
			}
		}
	}
	var words []uint64
	for _, n := range names {
		words = append(words, cache.words(n)...)
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// nameWords remembers the content words of names (contentWords), those of
// actors and places that link reports, sorted.
type nameWords map[string][]uint64

// words returns the content words of name.
func (c nameWords) words(name string) []uint64 {
	w, ok := c[name]
	if !ok {
		w = contentWords(name).words
		c[name] = w
	}
	return w
}

// alikeBeyond is sameWords of two sentences whose names are compared
// without the words of linked (sorted): two reports that share an actor or
// the place must name alike what else they name ("In New York Stock
// Exchange composite trading yesterday, Compaq shares fell" and "Du Pont's
// stock rose in New York Stock Exchange composite trading yesterday" are
// two events).
func alikeBeyond(a, b *sentenceWords, linked []uint64) (float64, bool) {
	if a.sig&b.sig == 0 {
		return 0, false
	}
	x, y := sentenceWords{names: without(a.names, linked)}, sentenceWords{names: without(b.names, linked)}
	return wordsAlike(countShared(a.words, b.words), len(a.words), len(b.words), &x, &y)
}

// without returns the elements of the sorted list a that the sorted list
// b does not hold, in a new list.
func without(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a))
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			out = append(out, x)
		}
	}
	return out
}

// allAlike reports whether every group of a and every group of b make a
// pair of alike (joinKin's pairs): groups join only if all their parts
// could have joined two by two, so that neither a truce and an attack,
// each kin to a report of kind "other", nor two stocks' closes, each alike
// to a third report of the day's trading, join through it.
func allAlike(alike map[[2]int32]bool, a, b []int32) bool {
	for _, x := range a {
		for _, y := range b {
			if !alike[[2]int32{min(x, y), max(x, y)}] {
				return false
			}
		}
	}
	return true
}

// specificKind returns the kind of the event merged of group, whose
// representative is rep: the most specific of the members' kinds
// (kindVagueness), the representative's if it is of the most specific,
// else that of the most precise member that is (comparePrecision). A
// truce that one outlet reports as a statement of the mediators and
// another as "other" is a ceasefire.
func specificKind(group []*member, rep *member) Kind {
	best, vague := rep, kindVagueness(rep.ev.Kind)
	for _, m := range group {
		if vague == 0 {
			break // none is more specific
		}
		if m.ev.Kind == best.ev.Kind { // most members: of one kind
			continue
		}
		if v := kindVagueness(m.ev.Kind); v < vague || v == vague && best != rep && comparePrecision(m, best) < 0 {
			best, vague = m, v
		}
	}
	return best.ev.Kind
}

// kindVagueness ranks kinds by how little they tell of what happened:
// "other" says nothing, a statement tells what was said of it, an intent
// what was to happen; every other kind tells what did.
func kindVagueness(k Kind) int {
	switch {
	case isOther(k):
		return 3
	case cameoRoot(k) == statementRoot:
		return 2
	case isIntent(k):
		return 1
	}
	return 0
}

// distinctTexts returns the members of a group (indexes in canonical
// order) whose sentence no member before them has: a story given under
// several IDs, one group, need be compared once. Members of one text
// have the same actors and place, found in it.
func distinctTexts(ms []*member, members []int32) []int32 {
	if len(members) == 1 {
		return members
	}
	seen := make(map[string]bool, len(members))
	var out []int32
	for _, i := range members {
		if t := ms[i].ev.Text; !seen[t] {
			seen[t] = true
			out = append(out, i)
		}
	}
	return out
}
