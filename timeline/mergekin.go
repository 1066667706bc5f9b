package timeline

import (
	"cmp"
	_ "embed"
	"hash/maphash"
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
	bare   bool  // whether a member names no actor and no place (isBare)
	keys   []int32
	who    []int32 // of a group of kind "other": whoKeys
	// copies is, for a group of kind "other" whose copies
	// (joinCopies) are not alike, 1 + the index of the first of them:
	// groups of one same copies are not paired.
	copies int32
}

// joinKin is the second pass of the merge: once the groups are made
// (makeGroups), two groups dated to one same day (group.lo and hi, a
// member dated to that day) join if their kinds are kin (kin: "the
// ceasefire signed in Jeddah on Sept. 19" and "the two sides agreed in
// Jeddah on Sept. 19"; a report of kind "other" or a statement and any
// other), and some member of one and some member of the other, of two
// articles, either share an actor or the place and have sentences alike
// (alikeBeyond; two of kind "other" as kinRule.others asks), or share
// neither, one of them naming no actor and no place, and have sentences
// more alike (unlinkedAlike). Copies of one report of kind "other" join
// first, in one step (joinAllCopies). Groups that cite
// one same article may join too, even of one kind (mayJoinOneDoc), if
// its reports in both name an actor or the place alike (sameDocLinked):
// the lead and a later paragraph that other articles tell alike. The
// pairs join greedily, strongest first (shared actors, plus one for the
// place, plus one and the words' Dice coefficient in eighths), ties in
// order of their groups, where the dates allow (group.datesFit: one day)
// and every two of the first pass's groups joined are such a pair
// (allAlike). The pairs are found on up to jobs goroutines (kinEntries,
// kinPairs) and joined on one: reading every group of a large corpus, its
// members scattered in memory, took a tenth of a merge on one goroutine
// while the other core waited.
func joinKin(ms []*member, groups []*group, same *actorMatcher, jobs int) {
	info, entries, days, copies := kinEntries(ms, groups, same, jobs)
	sc := newKinScorer(ms, groups, same)
	if joinAllCopies(sc, info, copies, jobs) {
		entries, days = withoutJoined(groups, entries), withoutJoined(groups, days)
	}
	pairs := kinPairs(sc, info, entries, days, jobs)
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
		if !allAlike(alike, pa, pb) || !groups[ga].datesFit(groups[gb], true) {
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
// smallest key the two share; then of the groups of a day (days, sorted)
// that share no key, one with a member that names no actor and no place.
// The runs of entries of one day and key, and of days of one day, are read
// on up to jobs goroutines, largest first, the first with sc, each other
// with a kinScorer and a fork of sc's matcher of its own; the pairs come
// in no set order.
func kinPairs(sc *kinScorer, info []kinGroup, entries, days []kinEntry, jobs int) []kinPair {
	type run struct {
		entries []kinEntry
		keyed   bool // a run of entries, not of days
	}
	var runs []run
	for _, r := range kinRuns(entries, true) {
		runs = append(runs, run{r, true})
	}
	for _, r := range kinRuns(days, false) {
		runs = append(runs, run{r, false})
	}
	jobs = max(1, min(jobs, len(runs)/minKinRuns))
	scorers := []*kinScorer{sc}
	for len(scorers) < jobs {
		scorers = append(scorers, newKinScorer(sc.ms, sc.groups, sc.same.fork()))
	}
	largestFirst(len(runs), jobs, func(i int) int { return len(runs[i].entries) }, func(w, i int) {
		if runs[i].keyed {
			scorers[w].keyRun(info, runs[i].entries)
		} else {
			scorers[w].dayRun(info, runs[i].entries)
		}
	})
	var pairs []kinPair
	for _, sc := range scorers {
		pairs = append(pairs, sc.pairs...)
	}
	return pairs
}

// minKinRuns is the fewest runs per goroutine of kinPairs: fewer are read
// on one.
const minKinRuns = 64

// kinRuns cuts sorted entries into runs of one day and, if byKey, one key:
// those of two entries or more.
func kinRuns(entries []kinEntry, byKey bool) [][]kinEntry {
	var runs [][]kinEntry
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].day == entries[lo].day && (!byKey || entries[hi].key == entries[lo].key) {
			hi++
		}
		if hi-lo > 1 {
			runs = append(runs, entries[lo:hi])
		}
		lo = hi
	}
	return runs
}

// keyRun adds the pairs of a run of entries of one day and key.
func (sc *kinScorer) keyRun(info []kinGroup, run []kinEntry) {
	for x := range run {
		a := run[x].g
		ia := &info[a]
		for y := x + 1; y < len(run); y++ {
			b := run[y].g
			ib := &info[b]
			// Most pairs are of one kind, which the first pass has
			// judged unless they cite one article: told so first. Two of
			// kind "other" must share a person or a state.
			if !mayJoinKin(ia, ib) && (!mayJoinOneDoc(ia, ib) || disjoint(sc.groups[a].docs, sc.groups[b].docs)) {
				continue
			}
			if ia.other && ib.other && (ia.copies != 0 && ia.copies == ib.copies || firstShared(ia.who, ib.who) < 0) {
				continue
			}
			if firstShared(ia.keys, ib.keys) != run[x].key {
				continue
			}
			if p, ok := sc.pair(a, b, ia, ib, false); ok {
				sc.pairs = append(sc.pairs, p)
			}
		}
	}
}

// dayRun adds the pairs of a run of days of one day (kinEntries): of a
// group with a member that names no actor and no place and another that
// shares no key with it.
func (sc *kinScorer) dayRun(info []kinGroup, run []kinEntry) {
	vague := 0 // where the kinds of kinAny start
	for vague < len(run) && run[vague].key == 0 {
		vague++
	}
	for x := range run {
		a := run[x].g
		if !info[a].bare {
			continue
		}
		// Reports linked by their words alone must tell what
		// happened, one of them at least: the statement "ONEIDA Ltd.
		// declared a 10% stock dividend, payable Dec. 15" and "The
		// reduced dividend is payable Jan. 2 to stock of record Dec.
		// 15" are two. (Groups that share a key have no bare member
		// if their kinds are of kinAny: the first pass joins such
		// reports only if they share an actor or the place.)
		end := len(run)
		if x >= vague {
			end = vague
		}
		for y := 0; y < end; y++ {
			b := run[y].g
			// Each pair once: from its bare group, the first if both
			// are; pairs that share a key were tried above.
			if y == x || info[b].bare && y < x || firstShared(info[a].keys, info[b].keys) >= 0 {
				continue
			}
			ga, gb := min(a, b), max(a, b)
			if p, ok := sc.pair(ga, gb, &info[ga], &info[gb], true); ok {
				sc.pairs = append(sc.pairs, p)
			}
		}
	}
}

// kinScorer scores pairs of groups for joinKin, remembering what it reads
// of the few members it compares: their words and the distinct texts of
// each group.
type kinScorer struct {
	ms     []*member
	groups []*group
	same   *actorMatcher
	names  nameWords
	words  []*sentenceWords // by member, nil until read
	// byText holds the words of each text read: a story given under
	// several IDs has groups of its own when its reports do not merge.
	byText map[string]*sentenceWords
	arena  []uint64  // the words' lists, one array
	told   [][]int32 // by group, nil until read
	pairs  []kinPair // the pairs found (keyRun, dayRun)
}

func newKinScorer(ms []*member, groups []*group, same *actorMatcher) *kinScorer {
	return &kinScorer{ms: ms, groups: groups, same: same, names: nameWords{}, words: make([]*sentenceWords, len(ms)),
		byText: make(map[string]*sentenceWords), told: make([][]int32, len(groups))}
}

// wordsOf returns the content words of member i (contentWords).
func (sc *kinScorer) wordsOf(i int32) *sentenceWords {
	if w := sc.words[i]; w != nil {
		return w
	}
	text := sc.ms[i].ev.Text
	w, ok := sc.byText[text]
	if !ok {
		w = new(sentenceWords)
		sc.arena, *w = textWords(sc.arena, text)
		slices.Sort(w.words) // contentWords, in place
		w.words = slices.Compact(w.words)
		sc.byText[text] = w
	}
	sc.words[i] = w
	return w
}

// tellers returns the members of group g of distinct texts (distinctTexts).
func (sc *kinScorer) tellers(g int32) []int32 {
	t := sc.told[g]
	if t == nil {
		t = distinctTexts(sc.ms, sc.groups[g].members)
		sc.told[g] = t
	}
	return t
}

// pair returns the pair of groups a < b, of what joinKin reads ia and ib,
// and whether joinKin may join them: kinds that may join (mayJoinKin, or
// mayJoinOneDoc and sameDocLinked if they cite one same article) and a
// score (score). Groups that share no match key (keyless) are linked by
// their words alone.
func (sc *kinScorer) pair(a, b int32, ia, ib *kinGroup, keyless bool) (kinPair, bool) {
	rule := kinRule{keyless: keyless, others: ia.other && ib.other}
	if rule.others && keyless {
		return kinPair{}, false
	}
	ga, gb := sc.groups[a], sc.groups[b]
	rule.oneDoc = !disjoint(ga.docs, gb.docs)
	if !rule.oneDoc {
		if !mayJoinKin(ia, ib) {
			return kinPair{}, false
		}
	} else if !mayJoinOneDoc(ia, ib) || !sameDocLinked(sc.ms, ga, gb, sc.same) {
		return kinPair{}, false
	}
	score, ok := sc.score(sc.tellers(a), sc.tellers(b), rule)
	return kinPair{a, b, score}, ok
}

// kinRule is what kinScorer.score asks of the members of two groups.
type kinRule struct {
	// keyless: the groups share no match key, so no members share an
	// actor or the place.
	keyless bool
	// oneDoc: the groups cite one same article, so members that share
	// an actor or the place must share minUnlinkedWords content words
	// beyond the names of the link: "Experts will stay in Geneva after
	// the talks" is not the talks in Geneva of another sentence.
	oneDoc bool
	// others: both groups are of kind "other", which says nothing of
	// what happened, so members must share a person or a state
	// (sharesWho: the place or an exchange links stock-market lines, "GM
	// closed down in New York Stock Exchange trading yesterday",
	// "Blockbuster shares closed yesterday in New York Stock Exchange
	// trading"), minUnlinkedWords content words beyond the names of the
	// link, and the names beyond it (namesAlikeBeyond): "Elian was found
	// clinging to an inner tube Nov. 25 off the coast of Florida" and
	// "Rescued on Nov. 25 by fishermen off the Florida coast, Elian ...".
	others bool
}

// mayJoinOneDoc reports whether joinKin may join groups of the kinds a and
// b that cite one same article: kinds that tell what happened, not
// "other" nor statements (kinAny), kin (mayJoinKin) or of one family,
// which the first pass kept apart for the article alone. "Albright headed
// Tuesday to East Africa" and a U.S. official's statement of the same
// article are two events.
func mayJoinOneDoc(a, b *kinGroup) bool {
	return a.class != kinAny && b.class != kinAny && (a.family == b.family || mayJoinKin(a, b))
}

// sameDocLinked reports whether every member of g and every member of h
// that cite one same article cite two of its sentences that share an
// actor or the place: "ANO officials said the first round of exploratory
// talks with the SPD ... on Tuesday" and its lead, "Babis's ANO movement
// won ... and he would start talks with the SPD", may be one event; "the
// ODPEM said shelters would open from Tuesday morning" and "Holness will
// chair a meeting on Tuesday" are not, nor the deal and the session of
// "The deal was reached at about 11 p.m. after a marathon session that
// ran through the night": the events of one sentence are its own.
func sameDocLinked(ms []*member, g, h *group, same *actorMatcher) bool {
	for _, i := range g.members {
		for _, j := range h.members {
			if apart(ms[i], ms[j]) {
				continue
			}
			if citeOneSentence(ms[i], ms[j]) {
				return false
			}
			if shared, samePlace := sharedProfile(ms[i], ms[j], same); shared == 0 && !samePlace {
				return false
			}
		}
	}
	return true
}

// citeOneSentence reports whether a and b cite one same sentence of one
// document.
func citeOneSentence(a, b *member) bool {
	for _, x := range a.cites {
		for _, y := range b.cites {
			if x.Doc == y.Doc && x.Sentence == y.Sentence {
				return true
			}
		}
	}
	return false
}

// mayJoinKin reports whether joinKin may join groups of the kinds a and b
// tell: kin kinds (of one family, or one line of data/kin.txt, or one of
// them of a kind that reports every family: "other", a statement), but not
// one same kind, which the first pass has judged, but for two of kind
// "other", which the first pass joins only if they share an actor and the
// place, and this pass if they share a person or a state and more words
// than the link (kinRule.others).
func mayJoinKin(a, b *kinGroup) bool {
	if a.class == kinAny && b.class == kinAny {
		if a.other && b.other {
			return true
		}
	} else if a.class != kinAny && b.class != kinAny && (a.class != b.class || a.class == kinNone) && a.family != b.family {
		return false
	}
	return *a.kind != *b.kind
}

// kinEntries returns what joinKin reads of the groups (by index; only
// those dated to one day are set), the entries of those, one per match
// key of each, sorted by day, key and group, and if one of them has a
// member that names no actor and no place, one entry for each, of key 0
// for kinds that tell what happened, 1 for those of kinAny, sorted by
// day, key and group, and the groups that may be copies of others
// (kinPart.copies), in order. The groups are read in parts on up to jobs
// goroutines.
func kinEntries(ms []*member, groups []*group, same *actorMatcher, jobs int) (info []kinGroup, entries, days []kinEntry, copies []int32) {
	info = make([]kinGroup, len(groups))
	parts := partsInOrder(len(groups), jobs, func(lo, hi int) kinPart {
		return kinGroups(ms, groups, info, same, lo, hi)
	})
	anyBare := false
	var entryParts, dayParts [][]kinEntry
	var copyParts [][]int32
	for _, p := range parts {
		entryParts, dayParts, copyParts = append(entryParts, p.entries), append(dayParts, p.days), append(copyParts, p.copies)
		anyBare = anyBare || p.bare
	}
	entries = slices.Concat(entryParts...)
	sortKinEntries(entries)
	copies = slices.Concat(copyParts...)
	if !anyBare {
		return info, entries, nil, copies
	}
	days = slices.Concat(dayParts...)
	sortKinEntries(days)
	return info, entries, days, copies
}

// kinPart is what kinGroups finds of the groups from lo on: their
// entries and days (kinEntries), whether one of them has a member that
// names no actor and no place (bare), and those of kind "other" that name
// an actor or the place and whose members tell one text, in order: the
// groups that joinCopies reads.
type kinPart struct {
	entries, days []kinEntry
	copies        []int32
	bare          bool
	arena         []int32 // the groups' whoKeys, one array
}

// kinGroups sets info of the groups lo to hi-1 dated to one day, and
// returns what it finds of them (kinPart).
func kinGroups(ms []*member, groups []*group, info []kinGroup, same *actorMatcher, lo, hi int) kinPart {
	var p kinPart
	var classes []int // by kind family, kinNone-1 if not yet known
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
		bare := false
		for _, i := range g.members {
			bare = bare || isBare(ms[i])
		}
		p.bare = p.bare || bare
		info[gi] = kinGroup{kind: &m.ev.Kind, class: classes[m.family], family: m.family, other: m.other, bare: bare, keys: keys}
		if m.other {
			p.arena, info[gi].who = whoKeys(p.arena, ms, g.members, same)
			if len(keys) > 0 && oneText(ms, g.members) {
				p.copies = append(p.copies, int32(gi))
			}
		}
		for _, key := range keys {
			p.entries = append(p.entries, kinEntry{g.lo, key, int32(gi)})
		}
		vague := int32(0)
		if info[gi].class == kinAny {
			vague = 1
		}
		p.days = append(p.days, kinEntry{day: g.lo, key: vague, g: int32(gi)})
	}
	return p
}

// oneText reports whether the members all tell one text.
func oneText(ms []*member, members []int32) bool {
	text := ms[members[0]].ev.Text
	for _, i := range members[1:] {
		if ms[i].ev.Text != text {
			return false
		}
	}
	return true
}

// copyKey is what copies of one report share (joinCopies): the day, the
// profile (member.prof: its kind, actors and place) and the text.
type copyKey struct {
	day  int
	prof int32
	text string
}

// copyHead is the first group of copies of one report (copyKey), and
// whether the copies are alike (kinScorer.score of two of them): 0 until
// known, 1 if they are, -1 if not.
type copyHead struct {
	g     int32
	alike int8
}

// joinCopies joins into the first of them the groups of kind "other" of
// copies (groups, in order, of one text each, that name an actor or the
// place) that are copies of one report, dated to one same day, of one
// profile and text (copyKey), cite no document in common, and are alike
// as two reports of kind "other" of two articles must be to join
// (kinRule.others): a story given under several IDs, whose sentences of
// kind "other" the first pass does not join without a place. They are
// what joinKin would join, as any two of them are alike or none, but found
// in one step for each copy rather than in a pairing of every two copies:
// sixty copies of a story, as a partial of wire copies holds, made 1,770
// pairs of each such sentence, and the merge of 50 MB 40% slower.
// Copies not alike are marked (kinGroup.copies) so that joinKin does not
// pair them. It reports whether groups joined.
func (sc *kinScorer) joinCopies(info []kinGroup, copies []int32) bool {
	heads := make(map[copyKey]copyHead)
	joined := false
	for _, gi := range copies {
		g := sc.groups[gi]
		m := sc.ms[g.members[0]]
		key := copyKey{g.lo, m.prof, m.ev.Text}
		h, ok := heads[key]
		if !ok {
			heads[key] = copyHead{g: gi}
			continue
		}
		f := sc.groups[h.g]
		if !docsApart(f.docs, g.docs) {
			continue
		}
		if h.alike == 0 {
			h.alike = -1
			if _, ok := sc.score(f.members[:1], g.members[:1], kinRule{others: true}); ok {
				h.alike = 1
			}
			heads[key] = h
		}
		if h.alike < 0 {
			info[h.g].copies, info[gi].copies = h.g+1, h.g+1
			continue
		}
		sc.groups[h.g] = f.join(g)
		sc.groups[gi], info[gi] = nil, kinGroup{}
		joined = true
	}
	return joined
}

// minCopyShard is the fewest copies per goroutine of joinAllCopies.
const minCopyShard = 1024

// joinAllCopies is sc.joinCopies of copies on up to jobs goroutines: the
// copies are shared out by a hash of their copyKey, so that the copies of
// one report are on one goroutine, in order, and each goroutine has a
// kinScorer and a fork of sc.same of its own. Copies of different reports
// join different groups, so the result is that of one goroutine. It
// reports whether groups joined.
func joinAllCopies(sc *kinScorer, info []kinGroup, copies []int32, jobs int) bool {
	shards := max(1, min(jobs, len(copies)/minCopyShard))
	if shards == 1 {
		return sc.joinCopies(info, copies)
	}
	seed := maphash.MakeSeed()
	parts := partsInOrder(len(copies), jobs, func(lo, hi int) [][]int32 {
		lists := make([][]int32, shards) // by shard
		for _, gi := range copies[lo:hi] {
			g := sc.groups[gi]
			m := sc.ms[g.members[0]]
			h := maphash.String(seed, m.ev.Text) ^ uint64(g.lo)*0x9e3779b97f4a7c15 ^ uint64(m.prof)
			lists[h%uint64(shards)] = append(lists[h%uint64(shards)], gi)
		}
		return lists
	})
	scorers := make([]*kinScorer, shards)
	for s := range scorers {
		scorers[s] = sc
		if s > 0 { // forked before any scorer writes to sc.same's memo
			scorers[s] = newKinScorer(sc.ms, sc.groups, sc.same.fork())
		}
	}
	joined := make([]bool, shards)
	var wg sync.WaitGroup
	for s := range shards {
		var list []int32 // the shard's copies, in order
		for _, lists := range parts {
			list = append(list, lists[s]...)
		}
		wg.Go(func() { joined[s] = scorers[s].joinCopies(info, list) })
	}
	wg.Wait()
	return slices.Contains(joined, true)
}

// docsApart is disjoint of the documents of two groups, the second
// mostly of one document, the first of many once copies join it.
func docsApart(a, b []int32) bool {
	if len(b) == 1 {
		_, found := slices.BinarySearch(a, b[0])
		return !found
	}
	return disjoint(a, b)
}

// withoutJoined returns entries but those of groups joined into others
// (nil), in place.
func withoutJoined(groups []*group, entries []kinEntry) []kinEntry {
	return slices.DeleteFunc(entries, func(e kinEntry) bool { return groups[e.g] == nil })
}

// whoKeys returns the match keys of the actors of members that are
// persons or states, sorted, each once: what two groups of kind "other"
// must share (kinRule.others). It appends them to arena, and returns
// arena grown and the keys, what it appended.
func whoKeys(arena []int32, ms []*member, members []int32, same *actorMatcher) ([]int32, []int32) {
	start := len(arena)
	for _, i := range members {
		m := ms[i]
		for k, id := range m.actors() {
			if t := m.ev.Actors[k].Type; t == "person" || t == "state" {
				arena = append(arena, same.keys[id]...)
			}
		}
	}
	slices.Sort(arena[start:])
	keys := slices.Compact(arena[start:])
	if len(keys) == 0 {
		return arena[:start], nil
	}
	arena = arena[:start+len(keys)]
	return arena, arena[start:len(arena):len(arena)]
}

// isBare reports whether m names no actor and no place: a report that
// only its words link to others.
func isBare(m *member) bool {
	return len(m.keys) == 0
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

// score returns the score of two groups of one day that may join
// (kinScorer.pair), of the members g and h (distinctTexts), and whether
// joinKin may join them, as rule asks: a member of one and a member of
// the other, of two articles, sharing an actor or the place, and their
// sentences alike (alikeBeyond, names compared with the help of the
// cache names), or one naming no actor and no place (isBare) and their
// sentences alike without a link (unlinkedAlike); the best score of such
// pairs of members, below that of every linked pair for an unlinked one.
func (sc *kinScorer) score(g, h []int32, rule kinRule) (float64, bool) {
	ms, same, wordsOf := sc.ms, sc.same, sc.wordsOf
	best, ok := 0.0, false
	for _, i := range g {
		for _, j := range h {
			if !apart(ms[i], ms[j]) {
				continue // one article: no evidence
			}
			var shared int32
			samePlace := false
			if !rule.keyless {
				shared, samePlace = sharedProfile(ms[i], ms[j], same)
			}
			if rule.others && !sharesWho(ms[i], ms[j], same) {
				continue
			}
			if shared == 0 && !samePlace {
				if !isBare(ms[i]) && !isBare(ms[j]) {
					continue
				}
				if sim, alike := unlinkedAlike(wordsOf(i), wordsOf(j)); alike && (!ok || 1+sim > best) {
					best, ok = 1+sim, true
				}
				continue
			}
			wi, wj := wordsOf(i), wordsOf(j)
			if wi.sig&wj.sig == 0 || !enoughShared(countShared(wi.words, wj.words), len(wi.words), len(wj.words)) {
				continue // most pairs, told so before their links are read
			}
			sim, alike := sc.alike(i, j, wi, wj, samePlace, rule)
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

// alike reports whether the sentences of members i and j, of words wi and
// wj, that share an actor or the place (samePlace) are alike as rule asks
// (alikeBeyond, and for rule.oneDoc or rule.others minUnlinkedWords beyond
// the link, and for rule.others namesAlikeBeyond), and how alike.
func (sc *kinScorer) alike(i, j int32, wi, wj *sentenceWords, samePlace bool, rule kinRule) (float64, bool) {
	var linked []uint64
	beyond := rule.oneDoc || rule.others // minUnlinkedWords beyond the link
	if beyond || len(wi.names) > 0 && len(wj.names) > 0 {
		linked = linkWords(sc.ms[i], sc.ms[j], sc.same, samePlace, sc.names)
	}
	sim, alike := alikeBeyond(wi, wj, linked)
	if alike && (beyond && countShared(without(wi.words, linked), wj.words) < minUnlinkedWords || rule.others && !namesAlikeBeyond(wi, wj, linked)) {
		alike = false
	}
	return sim, alike
}

// sharesWho reports whether a and b share an actor who is a person or a
// state (entity.SameActor): who did what, where an organisation is as
// often where it happened (an exchange, a parliament).
func sharesWho(a, b *member, same *actorMatcher) bool {
	bs := b.actors()
	for k, x := range a.actors() {
		if t := a.ev.Actors[k].Type; t != "person" && t != "state" {
			continue
		}
		for _, y := range bs {
			if same.sameID(x, y) {
				return true
			}
		}
	}
	return false
}

// namesAlikeBeyond reports whether two sentences name alike beyond the
// words of linked (sorted), their first words counted as names, for two
// reports of kind "other": neither names anything else, or both name one
// same thing. A sentence that names nothing else is not alike to one that
// does, nor two that name other things: "Its stock has slumped recently,
// closing unchanged Friday ... in composite trading on the New York Stock
// Exchange" and "In New York Stock Exchange composite trading Friday,
// Automatic Data closed at $46.50" tell of two stocks, and so do "a decline
// of 87.5 cents in Intel's stock" and "In New York Stock Exchange
// composite trading yesterday, Compaq shares fell".
func namesAlikeBeyond(a, b *sentenceWords, linked []uint64) bool {
	x, y := namesBeyond(a, linked), namesBeyond(b, linked)
	if len(x) == 0 || len(y) == 0 {
		return len(x) == 0 && len(y) == 0
	}
	return countShared(x, y) > 0
}

// namesBeyond returns the names of a and its first word, if capitalized,
// that linked (sorted) does not hold, sorted.
func namesBeyond(a *sentenceWords, linked []uint64) []uint64 {
	names := without(a.names, linked)
	if _, ok := slices.BinarySearch(linked, a.first); a.first != 0 && !ok {
		if i, found := slices.BinarySearch(names, a.first); !found {
			names = slices.Insert(names, i, a.first)
		}
	}
	return names
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
