package dates

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
	"github.com/timelinehq/timeline/internal/swar"
)

// DocType says how relative phrases are anchored.
type DocType int

const (
	// News anchors relative phrases ("last month", "Friday") to the
	// publication date.
	News DocType = iota
	// Narrative anchors relative phrases to the most recent date mentioned
	// before them (histories, Wikipedia).
	Narrative
)

// Tagger finds and resolves temporal expressions. A Tagger is safe for
// concurrent use; build it once with New.
type Tagger struct {
	rules []*Rule
	// gate maps a lower-case word to the set of rules (bit i = rules[i])
	// that it can trigger.
	gate  map[string]uint64
	words *wordTable // gate's words, for the scan
	// letters2 has a bit for the length and first two letters of each
	// word of gate made of two or more letters: most words of text have
	// none, and the scan skips looking them up.
	letters2 letterFilter
	// shortWords has a bit for each word of gate of up to eight bytes: it
	// answers for most words of text without a look in words.
	shortWords keyFilter
	onDigit    uint64 // rules triggered by any word with a digit
	monthDay   int    // index of the month_day rule, whose dates may begin a range of days (addDayTails); -1 if none
	lead       []int  // per rule: how many words before its trigger a phrase may start

	// Where each rule's phrases may start, read off its pattern (see
	// Rule.prefixes): starts maps a prefix of a word to the rules that a
	// word with that prefix may start; digitStart are the rules a number
	// may start and anyStart those that any word may start.
	starts               *wordTable
	digitStart, anyStart uint64
	// startByte is what startMask reads off the first byte of a word:
	// the starts mask of the byte as a word beginning, with digitStart
	// for a digit, and 0 for a byte that begins no word.
	startByte [256]uint64
	// startFirst is, for each byte, the rules that a phrase may start
	// with at a word beginning with it, by the rule's own regexp (its
	// first bytes) and by its prefixes, of any length: a superset of
	// startMask's answer, read with one load.
	startFirst [256]uint64

	// Rules triggered by the shape of a word rather than the word itself,
	// copied out of gate for the scan.
	year, isoDate, decadeNum, clock, slashDate, shortYear uint64

	// vocab indexes the rules' vocabularies (see vocabListsTaking), read
	// off the patterns when first needed.
	vocab func() *vocabIndex
	// steps reads the rules' patterns a word at a time (see wordSteps),
	// when first needed.
	steps func() *stepIndex
}

var defaultTagger = sync.OnceValue(func() *Tagger { return newTagger(builtinRules()) })

func newTagger(rs []*Rule) *Tagger {
	if len(rs) > 63 {
		panic("dates: more than 63 rules; widen the gate mask")
	}
	t := &Tagger{rules: rs, gate: map[string]uint64{}, monthDay: -1}
	l := lex()
	add := func(w string, bit uint64) {
		w = strings.TrimSuffix(norm(w), ".")
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !isWordRune(r) || r == '-' }) {
			t.gate[part] |= bit
		}
	}
	for i, r := range rs {
		if r.Name == "month_day" {
			t.monthDay = i
		}
		bit := uint64(1) << i
		trig, ok := triggers[r.Name]
		if !ok {
			trig = []string{"#all"}
		}
		for _, w := range trig {
			switch w {
			case "#digit":
				t.onDigit |= bit
			case "#year", "#decadenum", "#clock", "#isodate", "#slashdate", "#shortyear":
				t.gate[w] |= bit
			case "#all":
				t.onDigit |= bit
				for k := range l.months {
					add(k, bit)
				}
			case "#month":
				for k := range l.months {
					add(k, bit)
				}
			case "#weekday":
				for k := range l.weekdays {
					add(k, bit)
					add(k+"s", bit)
				}
			case "#unit":
				for k := range l.units {
					add(k, bit)
				}
			case "#season":
				for k := range l.seasons {
					add(k, bit)
				}
			case "#suntime":
				for k := range l.sunTimes {
					add(k, bit)
				}
			case "#zone":
				for k := range l.zoneAbbr {
					add(k, bit) // "bst"
				}
				for k := range l.zoneAlone {
					add(k, bit) // "eastern"
				}
				for _, k := range l.zonePlaces {
					add(strings.Fields(k)[0], bit) // "eastern" of "eastern time"
				}
			case "#holiday":
				for k := range l.holidays {
					add(strings.Fields(k)[0], bit)
				}
			case "#holidayseason":
				for k := range l.holidaySeasons {
					add(strings.Fields(k)[0], bit)
				}
			case "#decade":
				for k := range l.decades {
					add(k, bit)
				}
			default:
				add(w, bit)
			}
		}
	}
	t.words = newWordTable(t.gate)
	for w := range t.gate {
		t.letters2.add(w)
		if k, ok := packWord(w); ok && k[1] == 0 {
			t.shortWords.add(k[0])
		}
	}
	t.year, t.isoDate, t.decadeNum = t.gate["#year"], t.gate["#isodate"], t.gate["#decadenum"]
	t.clock, t.slashDate, t.shortYear = t.gate["#clock"], t.gate["#slashdate"], t.gate["#shortyear"]
	prefixes := map[string]uint64{}
	for i, r := range rs {
		bit := uint64(1) << i
		t.lead = append(t.lead, maxLead)
		if l, ok := leads[r.Name]; ok {
			t.lead[i] = l
		}
		if r.prefixes == nil {
			t.anyStart |= bit
		}
		for _, pre := range r.prefixes {
			switch {
			case pre == "":
				t.digitStart |= bit
			case len(pre) > 16: // too long for the table: no filter
				t.anyStart |= bit
			default:
				prefixes[pre] |= bit
				for n := 1; n < len(pre); n++ {
					prefixes[pre[:n]] |= morePrefixes
				}
			}
		}
	}
	t.starts = newWordTable(prefixes)
	for c := range t.startByte {
		switch byteClass[c] {
		case classDigit:
			t.startByte[c] = t.digitStart | t.starts.getShort(uint64(c))
		case classLetter:
			t.startByte[c] = t.starts.getShort(uint64(c))
		}
	}
	t.startFirstBytes(prefixes)
	takes := sync.OnceValue(func() []progTakes { return rulesTakes(rs) }) // for both
	// The built-in rules' indexes are stored with them (see allStored).
	t.vocab = sync.OnceValue(func() *vocabIndex {
		if x, ok := loadVocabIndex(rs); ok {
			return x
		}
		return newVocabIndexTaking(rs, takes())
	})
	t.steps = sync.OnceValue(func() *stepIndex {
		if x, ok := loadStepIndex(rs); ok {
			return x
		}
		return newStepIndexTaking(rs, takes())
	})
	return t
}

// startFirstBytes fills t.startFirst from the rules' regexps and the
// prefixes table (prefix -> rules) that newTagger built.
func (t *Tagger) startFirstBytes(prefixes map[string]uint64) {
	var byPrefix [256]uint64
	for pre, m := range prefixes {
		byPrefix[pre[0]] |= m &^ morePrefixes
	}
	for c := range t.startFirst {
		m := t.anyStart | byPrefix[c]
		if byteClass[c] == classDigit {
			m |= t.digitStart
		}
		for i, r := range t.rules {
			if !r.start.has(byte(c)) {
				m &^= uint64(1) << i
			}
		}
		t.startFirst[c] = m
	}
}

// startMask returns the rules that a phrase may start with at offset p of
// the lower-cased sentence low: those whose prefixes include a beginning of
// the letters and digits there.
func (t *Tagger) startMask(low string, p int) uint64 {
	// The first byte, from a table; then prefixes of up to eight bytes,
	// most of them, have one-word keys.
	m := t.startByte[low[p]]
	mask := t.anyStart | m
	if m&morePrefixes == 0 {
		return mask &^ morePrefixes
	}
	k := uint64(low[p])
	for n := 1; n < 8 && p+n < len(low); n++ {
		c := low[p+n]
		if byteClass[c] == 0 {
			return mask &^ morePrefixes
		}
		k |= uint64(c) << (8 * n)
		m := t.starts.getShort(k)
		mask |= m
		if m&morePrefixes == 0 {
			return mask &^ morePrefixes // no longer prefix begins so
		}
	}
	long := wordKey{k}
	for n := 8; n < 16 && p+n < len(low); n++ {
		c := low[p+n]
		if byteClass[c] == 0 {
			break
		}
		long[1] |= uint64(c) << (8 * (n - 8))
		m := t.starts.get(long)
		mask |= m
		if m&morePrefixes == 0 {
			break
		}
	}
	return mask &^ morePrefixes
}

// startMemo remembers startMask's answers, and the stepIndex masks, for
// recent words of up to eight bytes, in a direct-mapped table keyed by the
// packed word (0: no word). Both depend on the word's bytes alone, and the
// words before trigger words ("the", "last", "in") recur: one probe here
// spares the look-ups of its prefixes and in the word steps.
type startMemo [1 << startMemoBits]struct {
	key, mask uint64
	steps     wordMasks
}

// startMemoBits: 1024 entries of 40 bytes; the next word of each start
// is looked up too, and 512 missed more.
const startMemoBits = 10

// startMasksMemo returns startMask and the stepIndex masks of the word at
// p, answered from memo when the word has up to eight bytes and has been
// seen recently.
func (t *Tagger) startMasksMemo(low string, p int, memo *startMemo) (uint64, wordMasks) {
	if p+8 > len(low) {
		return t.startMask(low, p), t.steps().masks(low, p)
	}
	x := swar.LoadAt(low, p)
	if !swar.ASCII(x) {
		return t.startMask(low, p), t.steps().masks(low, p)
	}
	n, _ := asciiWord(x)
	if n == 0 || n == 8 && p+8 < len(low) && byteClass[low[p+8]] != 0 {
		return t.startMask(low, p), t.steps().masks(low, p) // not a word, or a long one
	}
	k := x & swar.FirstBytes[n&15]
	e := &memo[(k*0x9e3779b97f4a7c15)>>(64-startMemoBits)]
	if e.key != k {
		e.key, e.mask, e.steps = k, t.startMask(low, p), t.steps().masks(low, p)
	}
	return e.mask, e.steps
}

// noRule is the one bit of a rule mask that no rule has: newTagger takes
// at most 63 rules. Tables of masks use it for marks of their own.
const noRule = uint64(1) << 63

// morePrefixes marks, in the starts table, a word beginning that some
// longer prefix extends; the scan of a word's prefixes stops where it is
// missing.
const morePrefixes = noRule

// Byte classes of the scan: a word is a run of ASCII letters and digits.
const (
	classLetter = 1
	classDigit  = 2
)

// byteClass classifies every byte for the scan; other bytes are 0.
var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = classLetter, classLetter
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = classDigit
	}
	return c
}()

// scanned is what scanIn reads off a sentence.
type scanned struct {
	words []int     // the start offset of each word
	trig  []trigger // the words that trigger some rule, in order
	any   uint64    // the rules some word triggers
	maybe []maybe   // scanIn's: the words its first pass could not rule out
}

// trigger is a word that triggers some rule: its index in the sentence's
// words and the rules it triggers.
type trigger struct {
	word int32
	mask uint64
}

// maybe is a word that may trigger some rule: its index in the sentence's
// words, the offset just past it and the byte classes of its bytes.
type maybe struct {
	word, end int32
	classes   uint8
}

// scanIn reads the words of low, a lower-cased sentence, and the rules
// they trigger into sc, in place of what it held. A word is a run of ASCII
// letters and digits; an apostrophe before a digit ("'90s") starts the
// word. low is a prefix of in (a sentence and the rest of its text): the
// bytes of in past low let it read the words near low's end with one load
// too.
//
// It reads low in two passes. The first finds the words and rules out,
// with the filters alone, most of those that trigger nothing; it calls no
// function, and so keeps its state in registers. The second looks up the
// few words left in the tables.
func (t *Tagger) scanIn(low, in string, sc *scanned) {
	// A sentence of n bytes has at most (n+1)/2 words: room for all of
	// them up front keeps growing the slices out of the loop.
	room := (len(low) + 1) / 2
	words, maybes := slices.Grow(sc.words[:0], room)[:room], slices.Grow(sc.maybe[:0], room)[:room]
	nw, nm := t.findWords(low, words, maybes)
	trig := slices.Grow(sc.trig[:0], nm)[:nm]
	nt := 0
	var any uint64
	for _, m := range maybes[:nm] {
		i, j := words[m.word], int(m.end)
		var mask uint64
		n := j - i
		switch {
		case n <= 8 && n > 1 && i+8 <= len(in) && m.classes == classLetter:
			mask = t.words.getShort(swar.LoadAt(in, i) & swar.FirstBytes[n&15])
		case n > 8 && n <= 16 && i+16 <= len(in) && m.classes == classLetter:
			mask = t.words.get(wordKey{swar.LoadAt(in, i), swar.LoadAt(in, i+8) & swar.FirstBytes[(n-8)&15]})
		default:
			words[m.word], mask = t.wordMask(low, i, j, m.classes)
		}
		if mask != 0 {
			any |= mask
			trig[nt] = trigger{m.word, mask}
			nt++
		}
	}
	sc.words, sc.trig, sc.any, sc.maybe = words[:nw], trig[:nt], any, maybes[:0]
}

// findWords is scanIn's first pass: it writes the start of each word of low
// to words and the words that the filters cannot rule out to maybes, and
// returns how many of each it wrote. It is a function apart so that the
// second pass's state does not crowd its registers. The byte that ends a
// word is none of a word's, so the search for the next word starts past it.
// A word that begins with a letter is measured eight bytes at a time
// (swar.LowerRun) where low has them, so that the byte loop, which reads
// on only past a digit or eight letters, mostly ends at its first byte.
func (t *Tagger) findWords(low string, words []int, maybes []maybe) (nw, nm int) {
	for i := 0; i < len(low); {
		c := byteClass[low[i]]
		if c == 0 {
			i++
			continue
		}
		j, classes := i+1, c
		if c == classLetter && i+8 <= len(low) {
			j = i + swar.LowerRun(swar.LoadAt(low, i)) // most words are letters alone: the bytes loop ends at once
		}
		for j < len(low) {
			c := byteClass[low[j]]
			if c == 0 {
				break
			}
			classes |= c
			j++
		}
		words[nw] = i
		n := j - i
		switch {
		case classes != classLetter:
			// a number: wordMask looks at its shape
		case n <= 8 && i+8 <= len(low):
			// the common word, ruled out with one load and one filter
			// test; a single letter followed by a dot may be "a.m."
			k := swar.LoadAt(low, i) & swar.FirstBytes[n&15]
			b := keyBit(k)
			if t.shortWords[b/64]&(1<<(b%64)) == 0 && (n > 1 || low[j] != '.') {
				nw, i = nw+1, j+1
				continue
			}
		case n > 16:
			nw, i = nw+1, j+1
			continue // longer than any trigger word
		case n >= 2:
			if b := letterBit(low[i], low[i+1], n); t.letters2[b/64]&(1<<(b%64)) == 0 {
				nw, i = nw+1, j+1
				continue // no trigger word begins so
			}
		}
		maybes[nm] = maybe{int32(nw), int32(j), classes}
		nm++
		nw++
		i = j + 1
	}
	return nw, nm
}

// wordMask returns where the word low[i:j] starts (an apostrophe before a
// number is part of it) and the rules it triggers; classes are the byte
// classes of its bytes.
func (t *Tagger) wordMask(low string, i, j int, classes uint8) (start int, mask uint64) {
	start = i
	if byteClass[low[i]] == classDigit {
		if i > 0 && low[i-1] == '\'' {
			start = i - 1
		} else if i >= 3 && low[i-3:i] == "’" {
			start = i - 3
		}
	}
	switch n := j - i; {
	case n <= 8 && i+8 <= len(low):
		if k := swar.LoadAt(low, i) & swar.FirstBytes[n&15]; t.shortWords.may(k) {
			mask = t.words.getShort(k)
		}
	case n <= 16:
		mask = t.words.get(keyAt(low, i, n))
	}
	if j-i == 1 && (low[i] == 'a' || low[i] == 'p') && j+2 <= len(low) && low[j] == '.' && low[j+1] == 'm' {
		mask |= t.clock // a.m., p.m.
	}
	if classes&classDigit != 0 {
		mask |= t.onDigit | t.numberShapes(low, i, j)
	}
	return start, mask
}

// letterFilter is a set of (length, first letter, second letter) of words
// of 2 to 16 lower-case letters.
type letterFilter [16 * 26 * 26 / 64]uint64

func letterBit(c0, c1 byte, n int) int { return (n-1)*26*26 + int(c0-'a')*26 + int(c1-'a') }

// add adds w if it is such a word.
func (f *letterFilter) add(w string) {
	if len(w) < 2 || len(w) > 16 {
		return
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return
		}
	}
	b := letterBit(w[0], w[1], len(w))
	f[b/64] |= 1 << (b % 64)
}

// keyFilter is a set of one-word keys (words of up to eight bytes) that
// may answer yes for a key not added: a bit per hash of 15 bits, 4 KB.
type keyFilter [1 << 15 / 64]uint64

func keyBit(k uint64) uint64 { return (k * 0xbf58476d1ce4e5b9) >> (64 - 15) }

func (f *keyFilter) add(k uint64) { b := keyBit(k); f[b/64] |= 1 << (b % 64) }

// may reports whether k may have been added.
func (f *keyFilter) may(k uint64) bool { b := keyBit(k); return f[b/64]&(1<<(b%64)) != 0 }

// keyAt returns the key of the word of n bytes (1 to 16) at s[i:], read
// eight bytes at a time where s is long enough.
func keyAt(s string, i, n int) wordKey {
	var k wordKey
	if i+16 > len(s) {
		for b := 0; b < n; b++ {
			k[b/8] |= uint64(s[i+b]) << (8 * (b % 8))
		}
		return k
	}
	k[0], k[1] = swar.LoadAt(s, i), swar.LoadAt(s, i+8)
	if n < 8 {
		k[0] &= swar.FirstBytes[n&15]
		k[1] = 0
	} else {
		k[1] &= swar.FirstBytes[(n-8)&15] // n == 8 clears it
	}
	return k
}

// numberShapes returns the rules triggered by the shape of the number
// low[i:j] and the byte after it.
func (t *Tagger) numberShapes(low string, i, j int) uint64 {
	w := low[i:j]
	var next byte
	if j < len(low) {
		next = low[j]
	}
	var mask uint64
	allDigits := true
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			allDigits = false
		}
	}
	switch {
	case allDigits && len(w) == 4:
		mask |= t.year
		if next == '-' || next == 0xE2 || next == '/' { // a hyphen, the first byte of an en dash ("1915–16"), a slash ("2016/17")
			mask |= t.isoDate
		}
	case len(w) >= 3 && w[len(w)-1] == 's' && w[len(w)-2] == '0':
		mask |= t.decadeNum // 1990s, 90s
	}
	if !allDigits && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) {
		mask |= t.clock // 3pm
	}
	if allDigits && len(w) == 2 && (i > 0 && low[i-1] == '\'' || i > 2 && low[i-3:i] == "’") {
		mask |= t.shortYear // '08
	}
	if allDigits && len(w) <= 2 {
		switch next {
		case '/':
			mask |= t.slashDate
		case '.':
			if dottedDate(low, j) {
				mask |= t.slashDate
			}
		case ':':
			mask |= t.clock
		}
	}
	if allDigits && next == '\'' {
		mask |= t.decadeNum // 1990's
	}
	return mask
}

// dottedDate reports whether the "." at low[j], after a number of one or
// two digits, goes on as a day.month.year date does: one or two digits and
// a second ".". A decimal ("3.5%") has no second dot there.
func dottedDate(low string, j int) bool {
	k := j + 1
	for k < len(low) && k <= j+2 && low[k] >= '0' && low[k] <= '9' {
		k++
	}
	return k > j+1 && k < len(low) && low[k] == '.'
}

// New returns a Tagger with the built-in rules. The rules are compiled once
// per process and shared.
func New() *Tagger { return defaultTagger() }

// Rules returns the tagger's rules in priority order.
func (t *Tagger) Rules() []*Rule { return t.rules }

// Tag returns every temporal expression in text, resolved against anchor
// (the publication date), sorted by start offset and non-overlapping.
func (t *Tagger) Tag(text string, anchor time.Time) []Mention {
	return t.TagDoc(text, anchor, News)
}

// candidate is a rule match before overlaps are settled.
type candidate struct {
	start, end int
	rule       int // index in t.rules: lower wins ties
	lead       int // where the range a later day of begins (Expr.SameMonth)
	expr       Expr
	sent       sentence.Span
}

// maxLead is how many words before its trigger word a phrase may start
// ("the end of last year" starts four words before "year").
const maxLead = 6

// find returns the unresolved expressions in text: every rule match, with
// overlaps settled (the longest match wins, then the earlier rule). Each
// rule is tried only at word starts up to maxLead words before a word that
// triggers it, so most of the text never meets a regexp.
//
// It reads each trigger word once and tries the rules it triggers in turn;
// the order in which candidates are found does not matter, since settle
// sorts them. The words of the sentences that trigger something are
// numbered across the whole text, so that the per-word masks (starts,
// vocab) and where each rule was last tried need no clearing per sentence.
// findIn does the work of a sentence, in a function of its own so that
// the loop over sentences keeps its few variables in registers. sents
// are the sentences of text (sentence.Split).
func (t *Tagger) find(text, lowText string, sents []sentence.Span, w *work) []candidate {
	w.cands, w.starts, w.vocab = w.cands[:0], w.starts[:0], w.vocab[:0]
	if w.startMemoOf != t { // the pool is shared by all taggers
		w.startMemo, w.startMemoOf = startMemo{}, t
	}
	f := &w.found
	f.next, f.base, f.vx = [64]int{}, 0, nil
	for _, sp := range sents {
		low := lowText[sp.Start:sp.End]
		t.scanIn(low, lowText[sp.Start:], &w.scanned)
		if w.scanned.any == 0 {
			continue
		}
		if f.base > renumberWords {
			// Number the words from 0 again, so that the masks of a long
			// text take room for some sentences, not for all of its words.
			clear(w.starts)
			clear(w.vocab)
			f.next, f.base = [64]int{}, 0
		}
		t.findIn(text, low, sp, w)
	}
	w.kept, w.order = settle(w.cands, w.kept[:0], w.order)
	if t.monthDay >= 0 {
		w.kept, w.tailRoom = t.addDayTails(text, w.kept, w.tailRoom)
	}
	return w.kept
}

// renumberWords is how many words find numbers across sentences before it
// numbers them from 0 again (clearing the per-word masks): about 400 KB of
// text, 1 MB of masks.
const renumberWords = 1 << 16

// found is what find keeps from sentence to sentence besides candidates.
type found struct {
	// next[ri] is the first word (numbered across the text) at which rule
	// ri has not been tried yet.
	next [64]int
	base int         // the number, across the text, of the sentence's first word
	vx   *vocabIndex // t.vocab(), once needed
	mm   match       // the match handed to build; build keeps no pointer to it
}

// findIn appends to w.cands the matches in the sentence sp of text, whose
// lower-cased text is low and whose words w.scanned holds.
func (t *Tagger) findIn(text, low string, sp sentence.Span, w *work) {
	// known marks the masks of starts and vocab computed so far, so that 0
	// can stand for a mask not computed yet.
	const known = noRule
	f, sc := &w.found, &w.sc
	cands, base := w.cands, f.base
	s := text[sp.Start:sp.End]
	words, trig := w.scanned.words, w.scanned.trig
	// per word, computed when needed: the rules that may start there
	// (startMask, narrowed by startFirst and the word steps) and its
	// vocabulary mask
	w.starts, w.vocab = zeroed(w.starts, base+len(words)), zeroed(w.vocab, base+len(words))
	st, vo := w.starts[base:base+len(words)], w.vocab[base:base+len(words)]
	for _, tr := range trig {
		k := int(tr.word)
		for rest := tr.mask; rest != 0; rest &= rest - 1 {
			ri := bits.TrailingZeros64(rest)
			bit := uint64(1) << ri
			from := max(k-t.lead[ri], f.next[ri]-base, 0)
			f.next[ri] = base + k + 1
			// A phrase from a word before the trigger reaches it only if
			// the rule's phrases can hold every word in between.
			for x := k - 1; x > from; x-- {
				if vo[x] == 0 {
					if f.vx == nil {
						f.vx = t.vocab()
					}
					vo[x] = f.vx.mask(low, words[x]) | known
				}
				if vo[x]&bit == 0 {
					from = x
					break
				}
			}
			r := t.rules[ri]
			for at := from; at <= k; at++ {
				p := words[at]
				m := st[at]
				if m == 0 {
					// the rules that may start with the word's first byte,
					// before the longer prefixes are looked up
					first := t.startFirst[low[p]]
					if first&bit == 0 {
						continue
					}
					// and, read a word at a time (see stepIndex), those
					// whose phrases may begin with the word and go on with
					// the next (or end with this one)
					start, steps := t.startMasksMemo(low, p, &w.startMemo)
					m = start & first & steps.first
					if m&^steps.done != 0 {
						var second uint64 // none after the last word
						if at+1 < len(words) {
							_, next := t.startMasksMemo(low, words[at+1], &w.startMemo)
							second = next.second
						}
						m &= steps.done | second
					}
					m |= known
					st[at] = m
				}
				// not where build would reject the phrase for its first
				// words alone (Rule.alone, Rule.afterThe)
				if m&bit == 0 || at == k && r.alone != nil && !r.alone(wordFrom(low, p)) ||
					at+1 == k && r.afterThe != nil && !r.keptAfterThe(low, p, words[k]) {
					continue
				}
				idx, left, right, ok := r.matchAt(sc, s, low, p)
				if !ok {
					continue
				}
				mm := &f.mm
				*mm = match{r: r, text: s, lc: low, p: p, idx: idx, start: p + left, end: p + right}
				// build may narrow mm.start/mm.end (a word that proved to be
				// context). It writes its expression into the room for the
				// next candidate, taken only if it succeeds: candidates are
				// large, and a copy of each costs.
				cands = slices.Grow(cands, 1)
				if c := &cands[:len(cands)+1][len(cands)]; r.build(mm, &c.expr) && mm.end > mm.start {
					cands = cands[:len(cands)+1]
					c.start, c.end, c.rule, c.sent = sp.Start+mm.start, sp.Start+mm.end, ri, sp
				}
			}
		}
	}
	w.cands, f.base = cands, base+len(words)
}

// keptAfterThe reports whether build can keep a phrase of r from low[p:],
// with the trigger word at low[q] the next word, as far as r.afterThe
// tells: false only when the word at p is "the" and afterThe says no.
func (r *Rule) keptAfterThe(low string, p, q int) bool {
	return wordFrom(low, p) != "the" || r.afterThe(wordFrom(low, q))
}

// wordFrom returns the word (a run of ASCII letters and digits, as the
// scan reads it) that begins at low[p].
func wordFrom(low string, p int) string {
	j := p
	for j < len(low) && byteClass[low[j]] != 0 {
		j++
	}
	return low[p:j]
}

// zeroed returns s grown to at least n elements, the new ones 0. It grows
// s by at least half its length, so that growing it for each sentence of
// a text clears memory a few times in all rather than once per sentence.
func zeroed(s []uint64, n int) []uint64 {
	if n <= len(s) {
		return s
	}
	return append(s, make([]uint64, max(n-len(s), len(s)/2, 256))...)
}

// work is the reusable working space of one TagDoc call, pooled so that
// tagging a stream of documents allocates little.
type work struct {
	cands, kept []candidate
	tailRoom    []candidate // addDayTails's
	scanned
	starts []uint64
	vocab  []uint64
	order  []uint64 // settle's
	sc     scratch
	found
	// startMemo is find's memo of startMask and the stepIndex masks
	// (startMasksMemo), kept from text to text, for the tagger startMemoOf
	startMemo   startMemo
	startMemoOf *Tagger
	cues        tenseCues
	sents       []sentence.Span // find's sentences of the text
	lowRoom     []byte          // TagDoc's lower-cased text, when it differs
}

var works = sync.Pool{New: func() any { return new(work) }}

// settle appends to kept the longest non-overlapping candidates, in text
// order. Taken longest first (then by rule and start), a candidate is kept
// when none of its bytes is taken yet; phrases are short, so this is linear
// in the text. Candidates are large, so settle sorts keys of them (order,
// reused) rather than the candidates themselves: each key packs the order
// it sorts by and, in its low bits, the candidate's index, so that sorting
// numbers sorts the candidates, as a stable sort would, with no call to
// compare two. The bits of the bytes taken share that buffer.
func settle(c, kept []candidate, order []uint64) ([]candidate, []uint64) {
	if len(c) == 0 {
		return kept, order
	}
	lo, hi, longest := c[0].start, c[0].end, 0
	for i := range c {
		lo, hi, longest = min(lo, c[i].start), max(hi, c[i].end), max(longest, c[i].end-c[i].start)
	}
	// The key: length (longest first), rule, start, index, in 16, 6, 26
	// and 16 bits. Texts too long for them, which news never is, take the
	// slow way.
	if len(c) > 1<<16 || longest >= 1<<16 || hi-lo >= 1<<26 {
		return settleSlow(c, kept, lo, hi), order
	}
	nTaken := (hi - lo + 63) / 64 // a bit per byte
	order = slices.Grow(order[:0], len(c)+nTaken)[:len(c)+nTaken]
	taken := order[len(c):]
	clear(taken)
	order = order[:len(c)]
	for i := range c {
		x := &c[i]
		order[i] = uint64(1<<16-1-(x.end-x.start))<<48 | uint64(x.rule)<<42 | uint64(x.start-lo)<<16 | uint64(i)
	}
	slices.Sort(order)
	n := 0 // order[:n] are the kept, now keyed by start and index
	for _, key := range order {
		i := key & (1<<16 - 1)
		x := &c[i]
		if bitRange(taken, x.start-lo, x.end-lo, false) {
			continue
		}
		bitRange(taken, x.start-lo, x.end-lo, true)
		order[n] = uint64(x.start-lo)<<16 | i
		n++
	}
	order = order[:n]
	slices.Sort(order)
	k := len(kept)
	kept = slices.Grow(kept, n)[:k+n]
	for j, key := range order {
		kept[k+j] = c[key&(1<<16-1)]
	}
	return kept, order
}

// settleSlow is settle for any candidates, sorting their indices with a
// function that compares two; lo and hi bound their spans.
func settleSlow(c, kept []candidate, lo, hi int) []candidate {
	order := make([]int, len(c))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := &c[i], &c[j]
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		if a.rule != b.rule {
			return a.rule - b.rule
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return i - j // as a stable sort would
	})
	taken := make([]uint64, (hi-lo+63)/64)
	n := 0
	for _, i := range order {
		x := &c[i]
		if bitRange(taken, x.start-lo, x.end-lo, false) {
			continue
		}
		bitRange(taken, x.start-lo, x.end-lo, true)
		order[n] = i
		n++
	}
	order = order[:n]
	slices.SortFunc(order, func(i, j int) int { return c[i].start - c[j].start }) // kept spans never share a start
	for _, i := range order {
		kept = append(kept, c[i])
	}
	return kept
}

// bitRange reports whether any of the bits from to to (exclusive) of set
// is 1, a word of 64 bits at a time; with take, it sets them all (and then
// reports false).
func bitRange(set []uint64, from, to int, take bool) bool {
	// unsigned, so that dividing and shifting need no fix-ups for signs
	// and counts of 64 or more
	for f, t := uint(from), uint(to); f < t; {
		w := f / 64
		n := min(t-64*w, 64)                                             // the range ends at bit n of the word (1 to 64)
		mask := ^uint64(0) << (f % 64) & (^uint64(0) >> ((64 - n) & 63)) // its bits in the word
		if take {
			set[w] |= mask
		} else if set[w]&mask != 0 {
			return true
		}
		f = 64 * (w + 1)
	}
	return false
}

// isWordByte reports whether b is an ASCII letter or digit or a byte of a
// rune beyond ASCII.
func isWordByte(b byte) bool { return wordBytes[b] }

// wordBytes is isWordByte for every byte: one load instead of four tests.
var wordBytes = func() (w [256]bool) {
	for b := range w {
		w[b] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
	}
	return w
}()

// TagDoc is Tag with an explicit document type: Narrative anchors relative
// expressions to the most recent date mentioned before them.
func (t *Tagger) TagDoc(text string, anchor time.Time, doc DocType) []Mention {
	return t.TagPrepared(text, Prepared{}, anchor, doc)
}

// Prepared is what TagDoc works out from a text before it reads it, for a
// caller that has it at hand already (a timeline build lower-cases and
// splits each article for its own analysis): given to TagPrepared, it is
// not worked out a second time.
type Prepared struct {
	// Lower is the text's lower case, as Lower made it; the zero
	// Lowered to have it made.
	Lower Lowered
	// Sentences are the sentence spans of the whole text, as
	// sentence.Split returns them; nil to have the text split. Only a
	// caller inside this module, which can call sentence.Split, has
	// them.
	Sentences []sentence.Span
}

// Lowered is a text with its ASCII letters lower-cased and every other
// byte as it is, so that offsets into the text are offsets into it, as
// the tagger reads it. Only Lower makes one, so that it is always the
// lower case of the text it was made of.
type Lowered struct {
	text, lower string
}

// Lower lower-cases text, in the room of buf, which it returns grown:
// the lower case is text itself if text has no upper-case letter, else
// in buf, and then it changes when buf is used again (a caller must not
// keep it, nor any part of it, past then).
func Lower(buf []byte, text string) (Lowered, []byte) {
	lower, buf := asciiLowerIn(buf, text)
	return Lowered{text: text, lower: lower}, buf
}

// String returns the lower case.
func (l Lowered) String() string { return l.lower }

// TagPrepared is TagDoc for a caller that has worked out p from text
// already. A part of p that is not of text (a Lower made of another text,
// Sentences out of order or outside text) is worked out again; Sentences
// that lie in text but are not its sentences give wrong mentions, never a
// failure. The mentions are TagDoc's when p is what its fields say.
func (t *Tagger) TagPrepared(text string, p Prepared, anchor time.Time, doc DocType) []Mention {
	w := works.Get().(*work)
	defer works.Put(w)
	// same offsets as text; in w's room, as nothing TagPrepared returns
	// holds a part of it (mentions hold parts of text). The texts are
	// mostly one string, told by its pointer.
	low := p.Lower.lower
	if p.Lower.text != text {
		low, w.lowRoom = asciiLowerIn(w.lowRoom, text)
	}
	sents := p.Sentences
	if sents == nil || !spansFit(sents, len(text)) {
		w.sents = sentence.AppendSplit(w.sents[:0], text)
		sents = w.sents
	}
	cands := joinDayAtTime(text, t.find(text, low, sents, w))
	pubDay := dateAt(anchor).time() // the publication day's midnight, as values start
	out := make([]Mention, 0, len(cands))
	ref := anchor               // the most recent day-or-finer date mentioned
	refYear := false            // narrative: ref is a year named on its own ("In 1940, ...")
	var lastQuarter time.Time   // start of the quarter last mentioned, not one spoken of ahead
	var namedQuarter time.Time  // start of the quarter last mentioned, ahead or not
	var last time.Time          // start of the most recent date of any grain mentioned ...
	var lastGrain Grain         // ... and its grain
	lastAt := -1                // ... and its candidate
	fromText := false           // ref is a date of the text, not the anchor
	var refSent sentence.Span   // the sentence that named ref, when fromText
	var pastRef time.Time       // the most recent day of the text on or before the publication day ...
	pastRefSet := false         // ... if any: what a back-reference told in the past counts from
	var aheadRef time.Time      // the most recent day of the text after the publication day ...
	var aheadSent sentence.Span // ... and the sentence that named it, if any: what a time ahead takes
	aheadSet := false
	var topic time.Time         // ref, save a day set off after another of its sentence in a clause of another event ...
	var topicSent sentence.Span // ... and its sentence, if any: the day a time of day without its own takes
	topicEnd, topicSet := 0, false
	// the story's day: the first past day its lead names (storyDay), else the anchor
	lead, leadSet := anchor, false
	cues, read := &w.cues, false
	var cueSent sentence.Span
	var named fullDates                           // the months and days the text gave with a year
	cuesOf := func(sp sentence.Span) *tenseCues { // the tense cues of a sentence, read once
		if !read || sp != cueSent {
			cues.read(text[sp.Start:sp.End], low[sp.Start:sp.End])
			read, cueSent = true, sp
		}
		return cues
	}
	person := personMay{text: text} // whether the text names a person May, asked at the first "May" after a link
	for i := range cands {
		c := &cands[i] // candidates are large: no copy
		e := &c.expr   // read in place; copied only where it is changed
		if c.end-c.start == 3 && person.names(c) {
			continue // "Theresa May ... critics of May": no month
		}
		tense := Unmarked // narration is in the past tense throughout; the nearest occurrence is meant
		saidAt, wouldAt := -1, -1
		var amt amount
		hasAmount := false
		if (e.Kind == Calendar || e.Kind == Relative) && mayFollowAmount(text, c.start) {
			var prev *Mention
			if len(out) > 0 {
				prev = &out[len(out)-1]
			}
			amt, hasAmount = amountBefore(text, prev, c.start)
		}
		if doc != Narrative && needsTense(e) {
			cues := cuesOf(c.sent)
			at := c.start
			if hasAmount && amt.from >= c.sent.Start {
				at = amt.from // "two weeks before Christmas, talks broke down": "before" is no limit here
			}
			tense = cues.at(at-c.sent.Start, c.end-c.sent.Start)
			if (e.Grain == GrainMonth || e.Grain == GrainQuarter) && e.Year == 0 && e.Dir == DirAuto && periodData(low, c.start, c.end) {
				tense = Happened // "data for November are due next week": the last November
			}
			if tense == Unmarked && e.Grain <= GrainDay && startsTerm(low, c.start) {
				tense = Future // "a 30-day truce from Monday", "the limit applies from Saturday"
			}
			if e.Grain == GrainDay && e.Weekday != 0 && len(out) > 0 && startsLength(low, &out[len(out)-1], c.start) &&
				(tense != Past || strings.Contains(low[c.sent.Start:out[len(out)-1].Start], " to ")) {
				tense = Future // "to allow convoys for three months, starting on Thursday": a term still to run
			}
			if e.Year == 0 && termOf(low, c.start) {
				tense = Term // "set a deadline of May 14": this May, whatever "set" says
			}
			if tense == Past && e.Year == 0 && e.Grain >= GrainMonth && cues.planBefore(at-c.sent.Start) {
				tense = Plan // "had been talking about the slated visit ... in September": the nearest one
			}
			if e.Weekday == 0 && !hasAmount {
				tense = eventTense(tense, low[c.sent.Start:c.sent.End], c.start-c.sent.Start, c.end-c.sent.Start)
			}
			if e.Year == 0 {
				tense = cues.scheduled(tense, e, c.start-c.sent.Start, c.end-c.sent.Start) // "set sentencing for May 14"
			}
			if e.Ahead != nil && tense == Future {
				e = e.Ahead // "rain will fall overnight": the coming night
			}
			if e.PastFallback != nil && cues.pastBefore(c.start-c.sent.Start) {
				e = e.PastFallback
			}
			if (tense == Unmarked || tense == Future || termLike(tense)) && !possessive(text[c.end:]) { // "get around Wednesday's ruling": another event's day
				if s, w, ok := cues.reportedWould(c.start - c.sent.Start); ok {
					tense, saidAt, wouldAt = Future, c.sent.Start+s, c.sent.Start+w
				}
			}
		}
		if e.DayOfMonth {
			in := *e
			var y int
			y, in.Month = dayOfMonthIn(e, anchor, last, lastGrain, tense, doc)
			in.setYear(y)
			in.DayOfMonth, in.RelMonth, in.Anaphoric = false, false, false
			e = &in
		}
		if e.SameMonth && lastAt == i-1 && lastGrain == GrainDay {
			in := *e
			in.setYear(last.Year())
			in.Month = int(last.Month()) // "April 24 and 25": the month of the day before
			e = &in
		}
		if e.ShortYear != "" {
			in, base := *e, anchor
			if doc == Narrative {
				base = ref // "'89" in a story of 1792: 1789
			}
			in.setYear(shortYear(atoi(e.ShortYear), base.Year()))
			in.ShortYear = ""
			e = &in
		}
		if e.Year == 0 && named.some() && doc != Narrative { // a history tells of many a June 22
			if y := named.yearOf(c, e, low); y != 0 {
				in := *e
				in.setYear(y) // "an email on Feb. 14, 2023 ... the Feb. 14 email": 2023
				e = &in
			}
		}
		a := anchor
		if e.Anaphoric || doc == Narrative && (e.Kind == Relative || e.Kind == Calendar && e.Year == 0) {
			a = ref
		}
		if e.Anaphoric && doc != Narrative && ref.After(pubDay) && pastRefSet && refSent != c.sent && toldPastHere(cuesOf(c.sent), c) {
			a = pastRef // "The vote is set for March 20. On Tuesday, lawmakers debated the bill. The same day, protesters marched": Tuesday
		}
		if saidAt >= 0 && lastAt >= 0 && cands[lastAt].start >= c.sent.Start && cands[lastAt].end <= wouldAt && last.Before(anchor) {
			a = last // "said in May the plant would close in June", "In May, he said it would close in June": ahead of the saying, 2016-06
		}
		if doc == Narrative && refYear && e.Kind == Calendar && e.Year == 0 && !e.RelYear && e.Weekday == 0 &&
			e.Grain >= GrainDay && e.Grain < GrainYear && e.Dir == DirAuto {
			in := *e
			in.setYear(ref.Year()) // "In 1940, ... In September": September 1940; "In 480 BC, ... In September"
			e = &in
		}
		if e.Anaphoric && e.Offset != 0 && doc != Narrative && !last.IsZero() && lastGrain > GrainDay && lastGrain <= e.Grain {
			a = last // "in May 2018 ... a year later": 2019, counted from the month last named, not from the anchor
		}
		if g := e.Grain; e.Anaphoric && e.Offset == 0 && !last.IsZero() {
			if e.RelYear {
				g = GrainYear
			}
			if g > GrainDay && lastGrain <= g {
				a = last // "in June 1998 ... later that year", "July of that year": the year of the last date
			}
			if in, ok := lastPeriodOf(e, low[c.start:c.end], lastGrain); ok {
				a, e = last, in // "at the summit in October. Earlier that week": no week is known, October is
			}
		}
		if e.Floating {
			a = ref
			if topicSet && topicSent == refSent && doc != Narrative {
				a = topic // "took her seat on Thursday, four months after ... the July 4 election. ... at 2:30 p.m.": Thursday's
			}
			cues := cuesOf(c.sent)
			tenseOf := func(o candidate) Tense {
				t := cues.at(o.start-c.sent.Start, o.end-c.sent.Start)
				if (t == Unmarked || termLike(t)) && !possessive(text[o.end:]) {
					if _, _, ok := cues.reportedWould(o.start - c.sent.Start); ok {
						t = Future // "said the change would arrive between 2pm and 5pm on Sunday"
					}
				}
				return t
			}
			dayAnchor := anchor
			if doc == Narrative {
				dayAnchor = ref // a day named beside it is read like any other in the story
			}
			begins := !fromText // midnight, 24:00: the end of a day named before it, else the start of the story's day
			if d, after, ok := daySameSentence(low, cands, *c, dayAnchor, tenseOf, fromText && refSent != c.sent); ok {
				a, begins = d, after
				if e == c.expr.Ahead {
					e = &c.expr // "results are expected overnight, with the tally due by Friday lunchtime": the night before Friday
				}
			} else if doc != Narrative && storyDay(tenseOf(*c), fromText, ref, refSent, c.sent, anchor, sents) {
				a, begins = lead, true
			} else if doc != Narrative && aheadSet && sentenceBefore(aheadSent, c.sent, sents) && cues.ahead(tenseOf(*c), c.start-c.sent.Start) {
				a, begins = aheadRef, false // "will appoint him on Wednesday. The ceremony will take place at 10 a.m.": Wednesday's
			} else if doc != Narrative && (fromText && ref.Before(pubDay) || midnight(e)) && cues.ahead(tenseOf(*c), c.start-c.sent.Start) {
				a, begins = comingDay(e, pubDay), false // "a new draft would be published by midnight": the coming one, not the last day named
			}
			if e.Hour == 24 && begins {
				a = a.AddDate(0, 0, -1) // "ran past midnight, ... voted early Wednesday": the midnight that began Wednesday
			}
			if doc != Narrative && e.PartOfDay == "NI" && !e.Clock && e.Offset == 0 {
				told := tenseOf(*c)
				if termLike(told) && cues.pastBefore(c.start-c.sent.Start) {
					told = Past // "ran through the night"
				}
				a = nightDay(a, anchor, told) // "shelled the town during the night": last night
			}
		}
		if e.OfEvent {
			d, g, ok := eventDayAnchor(low, cands, c, anchor, doc, dated{ref, fromText}, dated{last, !last.IsZero()}, lastGrain, cuesOf(c.sent))
			if !ok {
				continue // "on its first day" in a story that named no day: left alone
			}
			if g != e.Grain {
				in := *e
				in.Grain = g // "in August 480 BC ... on the final day of the battle": that month
				e = &in
			}
			a = d
		}
		if len(out) > 0 && e.Kind == Calendar && e.Year == 0 && e.Day == 0 && e.Weekday == 0 && e.Dir == DirAuto && e.Mod == ModNone &&
			(e.Grain == GrainMonth || e.Grain == GrainSeason) && yearlySetBefore(text, &out[len(out)-1], c.start) {
			e = setOfYear(e) // "every year in March", "twice a year, in spring and autumn": XXXX-03, XXXX-SP, XXXX-FA
		} else if e.Kind == Calendar && e.Year == 0 && e.Day == 0 && e.Weekday == 0 && e.Dir == DirAuto && e.Mod == ModNone &&
			(e.Grain == GrainMonth || e.Grain == GrainSeason) && habitBefore(low, c.sent.Start, c.start) {
			e = ofAnyYear(e) // "the rainy season usually runs from June to September": XXXX-06, XXXX-09
		}
		bias := newsBias
		if doc == Narrative {
			bias = narrativeBias
		}
		var v Value
		var ok bool
		switch {
		case e.QuarterRef:
			q := lastQuarter
			if !e.LastDone && e.Offset == 0 && !namedQuarter.IsZero() {
				q = namedQuarter // "expects first-quarter sales to fall; in the quarter, ...": the one just named
			}
			if q.IsZero() && e.Part != 0 {
				// "the quarter ended Sept. 30" and no quarter named yet: the latest such quarter
				if qv, ok := resolve(&Expr{Kind: Calendar, Grain: GrainQuarter, Part: e.Part}, anchor, Past, bias); ok {
					q = qv.Start
				}
			}
			if q.IsZero() {
				q, _ = shift(periodStart(anchor, GrainQuarter), GrainQuarter, -1) // the last completed quarter
			}
			start, _ := shift(q, GrainQuarter, e.Offset)
			if e.Year != 0 {
				start = day(e.fullYear(), int(start.Month()), 1)
			}
			v, ok = period(start, GrainQuarter), true
			v.Type, v.Future = Date, start.After(anchor)
		case e.YearAgo && !lastQuarter.IsZero():
			start, _ := shift(lastQuarter, GrainQuarter, -4)
			v, ok = period(start, GrainQuarter), true
			v.Type, v.Mod = Date, e.Mod
		default:
			if doc != Narrative && sundayWeekAhead(e, a, low[c.start:c.end]) && cuesOf(c.sent).ahead(cuesOf(c.sent).at(c.start-c.sent.Start, c.end-c.sent.Start), c.start-c.sent.Start) {
				in := *e
				in.Offset = 1 // "said he would start talks this week" on a Sunday: the week that starts tomorrow
				e = &in
			}
			v, ok = resolve(e, a, tense, bias)
			if ok && e.Clock && e.Hour == 24 && !e.Floating && len(v.Value) > 10 && v.Value[4] == '-' && wordBeforeIs(low, c.start, "after", "past") {
				v = dayBefore24(v) // "shortly after midnight Thursday": early Thursday, the midnight that began it
			}
			if e.Weekday == 0 || len(out) == 0 {
				// no range of weekdays: most phrases
			} else if d, in := rangeStart(text, out, c, e); ok && in && v.Start.Before(d) && !toldPast(tense) && !cuesOf(c.sent).pastBefore(c.start-c.sent.Start) {
				v, ok = resolve(e, d, Future, bias) // "from 7 p.m. Sunday until 7 a.m. Wednesday": a range ends on or after its start
			}
			if ok && e.Weekday != 0 && len(out) > 0 {
				past := func() bool { return toldPast(tense) || cuesOf(c.sent).pastBefore(c.start-c.sent.Start) }
				v = weekdayPair(text, &out[len(out)-1], c, e, v, pubDay, past) // "on Thursday and Friday": one week
			}
			if ok && tense == Past && v.Start.After(a) && e.Kind == Calendar && e.Year == 0 && cuesOf(c.sent).happened(c.start-c.sent.Start) {
				v, ok = resolve(e, a, Happened, bias) // "the talks began on May 28": not the one just ahead (nearFuture)
			}
			if ok && hasAmount {
				v = amountInPast(text, c.end, e, v, a, amt, tense, bias)
			}
		}
		if ok && e.Floating && e.Clock && doc != Narrative && inSchedule(text, low, cands, i) {
			v = scheduleValue(e) // "open from 9 a.m. to 5 p.m. daily": a time of no day
		}
		start, end, joined := c.start, c.end, false
		if ok && hasAmount {
			if sv, shifted := shiftedBy(text, c.end, v, amt); shifted {
				if len(out) > 0 && amt.from <= out[len(out)-1].Start {
					out = out[:len(out)-1] // the amount is read into the date
				}
				start, v, joined = amt.from, sv, true
				if amt.eve && strings.HasPrefix(low[end:], " holiday") && (end+8 == len(low) || !isWordByte(low[end+8])) {
					end += len(" holiday") // "the eve of the Christmas holiday"
				}
			}
		}
		if ok && v.HasInterval() {
			// expected: after the publication date, whatever the phrase counts
			// from ("three days later" after Aug. 1 is not ahead of Aug. 26)
			v.Future = v.Start.After(pubDay)
		}
		if !ok || v.HasInterval() && !fourDigitYears(v) && !((e.BC || a.Year() < 1) && yearsBC(v)) {
			continue // TIMEX values have four-digit years
		}
		if strings.HasPrefix(v.Value, "0001-01-01") {
			continue // Jan. 1, AD 1: its interval would be the zero time, which is none (HasInterval)
		}
		if v.Grain == GrainQuarter && v.Type == Date && !e.YearAgo && !(e.QuarterRef && e.Offset != 0) {
			namedQuarter = v.Start // the quarter under discussion, not a year-ago comparison
			if !(tense == Future && v.End.After(anchor)) {
				lastQuarter = v.Start
			}
		}
		if (v.Type == Date || v.Type == Time) && v.HasInterval() && v.Grain <= GrainDay && !periodEnd(low[c.sent.Start:start]) {
			if !v.Start.After(pubDay) {
				pastRef, pastRefSet = v.Start, true
			} else if !e.Floating {
				aheadRef, aheadSent, aheadSet = v.Start, c.sent, true
			}
			if !e.Floating && !(topicSet && topicSent == c.sent && asideAfter(low[topicEnd:c.start])) {
				topic, topicSent, topicEnd, topicSet = v.Start, c.sent, c.end, true
			}
			ref, refYear = v.Start, false
			if !fromText || !e.Floating {
				refSent = c.sent // a time that took its day names none: the day stays where it was named
			}
			fromText = true
			if !leadSet && !e.Floating && inLead(c.sent, sents) && !v.Start.After(pubDay) {
				lead, leadSet = v.Start, true // "A federal jury on Monday found ...": the story's day
			}
		}
		if doc == Narrative && v.HasInterval() && v.Grain > GrainDay && e.Year != 0 && !(fromText && aside(ref, v.Start, text, c)) {
			ref, refYear = v.Start, v.Grain == GrainYear
			fromText, refSent = true, c.sent
		}
		if (v.Type == Date || v.Type == Time) && v.HasInterval() && v.Grain <= GrainYear {
			last, lastGrain, lastAt = v.Start, v.Grain, i
		}
		out = out[:len(out)+1] // cap(out) is len(cands); filled in place, as mentions are large
		m := &out[len(out)-1]
		m.Start, m.End, m.Text, m.Rule, m.Value = start, end, text[start:end], t.rules[c.rule].Name, v
		if c.expr.Year != 0 {
			named.add(&c.expr)
			named.frameYear(c, low)
		}
		if joined {
			m.Rule = amountRule
		}
		if c.expr.SameMonth {
			m.Lead = text[c.lead:c.start]
		}
	}
	return out
}

// amountInPast re-reads v, the value of the date phrase e that ends at end
// of text and follows the amount amt, when the sentence is in the past and
// the date moved by the amount would lie after the anchor a: "three days
// after Friday, the company announced" is three days after a Friday at
// least three days gone, not after the Friday of the anchor. Only a date
// without a year is read by tense; any other value is returned as it is.
func amountInPast(text string, end int, e *Expr, v Value, a time.Time, amt amount, tense Tense, bias float64) Value {
	if amt.n <= 0 || tense != Past && tense != Happened || e.Kind != Calendar || e.Year != 0 {
		return v
	}
	if sv, shifted := shiftedBy(text, end, v, amt); !shifted || !sv.Start.After(a) {
		return v
	}
	back, ok := shift(a, amt.g, -amt.n)
	if !ok {
		return v
	}
	if bv, ok := resolve(e, back, tense, bias); ok {
		return bv
	}
	return v
}

// spansFit reports whether spans lie in order, without overlapping, in a
// text of n bytes: whether they can be sentences of it.
func spansFit(spans []sentence.Span, n int) bool {
	end := 0
	for _, sp := range spans {
		if sp.Start < end || sp.End < sp.Start {
			return false
		}
		end = sp.End
	}
	return end <= n
}

// aside reports whether a year mentioned at c, starting at year, lies so
// far from the narrative's reference date ref that it is a comparison or
// an aside ("the largest cavalry battle since 1813" in a story of 1920, "as
// in 1614"), not the story moving on, unless it opens its sentence ("In
// 1940, ..."). A year before ref just after "since" is an aside however
// near ("a Persian province since 513 BC" in a story of 492 BC).
func aside(ref, year time.Time, text string, c *candidate) bool {
	before := strings.TrimSpace(text[c.sent.Start:c.start])
	if d := year.Year() - ref.Year(); d >= -asideYears && d <= asideYears {
		return d < 0 && afterSince(before)
	}
	return before != "" && !monthPrepositions[strings.ToLower(before)]
}

// afterSince reports whether the text before a date, trimmed, ends with
// the word "since".
func afterSince(before string) bool {
	const since = "since"
	n := len(before) - len(since)
	return n >= 0 && strings.EqualFold(before[n:], since) && (n == 0 || !isWordByte(before[n-1]))
}

// asideYears is how far from the story's date a year may lie and still move
// the story on wherever it stands.
const asideYears = 30

// dayOfMonthIn returns the year and month of a day named by its number
// alone (Expr.DayOfMonth), anchored at anchor, the last date mentioned
// before it being last, of grain lastGrain (zero if none). In news a day
// without a month is the most recent such day in the past tense, the next
// one in the future tense, and otherwise the nearer of the two, the past
// preferred by newsBias, as a bare date is.
func dayOfMonthIn(e *Expr, anchor, last time.Time, lastGrain Grain, tense Tense, doc DocType) (year, month int) {
	y, m := anchor.Year(), anchor.Month()
	switch {
	case e.RelMonth:
		m += time.Month(e.MonthOffset)
	case (e.Anaphoric || doc == Narrative) && !last.IsZero() && lastGrain <= GrainMonth:
		y, m = last.Year(), last.Month()
	default:
		prev, next := m, m // the months of the day on or before the anchor, and after it
		if e.Day > anchor.Day() {
			prev--
		} else {
			next++
		}
		switch tense {
		case Future:
			m = next
			if e.Day == anchor.Day() {
				m = prev // on the anchor itself
			}
		case Past:
			m = prev
		default:
			m = prev
			back := anchor.Sub(time.Date(y, prev, e.Day, 0, 0, 0, 0, anchor.Location()))
			ahead := time.Date(y, next, e.Day, 0, 0, 0, 0, anchor.Location()).Sub(anchor)
			if back > 0 && float64(ahead) < newsBias*float64(back) {
				m = next
			}
		}
		if e.Weekday != 0 {
			m = weekdayMonth(y, m, e.Day, e.Weekday, tense)
		}
	}
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) // months out of range roll over
	return t.Year(), int(t.Month())
}

// weekdayMonth returns the month, counted from month m of year y (it may
// run out of range), nearest m in the direction of the tense (back in the
// past, ahead in the future, either way otherwise, back first) whose day
// falls on the ISO weekday wd: "Monday the 13th". Every pairing of a day
// and a weekday comes round within 14 months; m itself when none does
// (the 31st of no month).
func weekdayMonth(y int, m time.Month, day, wd int, tense Tense) time.Month {
	for k := 0; k <= 14; k++ {
		for _, s := range [...]int{-k, k} {
			if tense == Past && s > 0 || tense == Future && s < 0 || k == 0 && s > 0 {
				continue
			}
			t := time.Date(y, m+time.Month(s), day, 0, 0, 0, 0, time.UTC)
			if t.Day() == day && (int(t.Weekday())+6)%7+1 == wd {
				return m + time.Month(s)
			}
		}
	}
	return m
}

// fourDigitYears reports whether v's interval lies in the years 1 to 9999
// of its time zone. Most values lie days inside them in any zone, which
// their Unix times tell more cheaply than their years.
func fourDigitYears(v Value) bool {
	if s, e := v.Start.Unix(), v.End.Unix(); s >= safeYears[0] && e <= safeYears[1] {
		return true
	}
	return v.Start.Year() >= 1 && v.End.Year() <= 9999
}

// yearsBC reports whether v's interval lies in the years 9999 BC
// (astronomical -9998) to 9999 of its time zone, which TIMEX2 writes
// BC9999 to 9999. Only a phrase that names a year BC, or counts from a
// date BC, may go back before the year 1: in news, "last week" in an
// article dated Jan. 1 of the year 1 names no date.
func yearsBC(v Value) bool {
	return v.Start.Year() >= -9998 && v.End.Year() <= 9999
}

// safeYears are Unix times two days inside the years 1 to 9999, more than
// any zone's offset from UTC.
var safeYears = [2]int64{
	time.Date(1, 1, 3, 0, 0, 0, 0, time.UTC).Unix(),
	time.Date(9999, 12, 29, 0, 0, 0, 0, time.UTC).Unix(),
}

// A time of the small hours (before earlyHour) told after a time of the
// evening (from lateHour) of a named day, in one sentence, is of the next
// day (daySameSentence).
const (
	lateHour  = 18
	earlyHour = 6
)

// daySameSentence returns the date of a day named in the same sentence as
// c ("at 10:35 a.m. (0735 GMT) Friday"), resolved on its own with the tense
// at its place (tenseOf), nearest first; after says whether it stands after c.
// low is the text in lower case. A day that begins a span running "into" a
// later day named after it ("began Monday morning and ran into Tuesday")
// gives a time told before it that later day (ranInto).
// A time of the small hours after an evening time of that day is of the
// next day. With topic (a day named in a sentence before), a day after c in
// a clause of its own is passed over (clauseAfter).
func daySameSentence(low string, cands []candidate, c candidate, anchor time.Time, tenseOf func(candidate) Tense, topic bool) (day time.Time, after, ok bool) {
	best, found, dist := time.Time{}, false, 0
	// cands are in text order: look only at those near c.
	const near = 200
	i := sort.Search(len(cands), func(i int) bool { return cands[i].end >= c.start-near })
	for ; i < len(cands) && cands[i].start <= c.end+near; i++ {
		o := cands[i]
		if o.sent != c.sent || o.start == c.start || topic && o.start > c.end && clauseAfter(low[c.end:o.start]) {
			continue
		}
		e := o.expr
		if e.Kind != Calendar && e.Kind != Relative || e.Floating || e.Clock && e.Kind == Relative {
			continue
		}
		if e.Grain != GrainDay && e.Grain != GrainPartOfDay {
			continue
		}
		tense := Past
		if needsTense(&e) {
			tense = tenseOf(o) // "will leave at 4 in the morning (4 a.m. Thursday)"
		}
		v, ok := Resolve(e, anchor, tense)
		if !ok || v.Grain != GrainDay && v.Grain != GrainPartOfDay && v.Grain != GrainMinute {
			continue
		}
		d := o.start - c.end
		if d < 0 {
			d = c.start - o.end
		}
		if !found || d < dist {
			if n := restatedDays(low, c, o); n != 0 {
				v.Start = v.Start.AddDate(0, 0, n) // "at 0100 local time (2300 GMT on Wednesday)": Thursday's
			}
			if o.start > c.end {
				if n, ok := daysBetween(low, cands, i, c); ok {
					v.Start = v.Start.AddDate(0, 0, n) // "in the afternoon, nearly a day after the talks were to close on Friday": Saturday's
				} else if later, ok := ranInto(low, cands, i, c.sent, anchor, tenseOf); ok {
					v.Start = later // "reached at 11 p.m. after a session that began Monday and ran into Tuesday": Tuesday
				}
			}
			best, found, dist, after = v.Start, true, d, o.start > c.end
			if e.Clock && c.expr.Clock && o.end <= c.start && e.Hour >= lateHour && c.expr.Hour < earlyHour {
				best = best.AddDate(0, 0, 1) // "ended at 11 p.m. Saturday, and fans celebrated until 2 a.m.": Sunday's
			}
		}
	}
	return best, after, found
}

// clauseAfter reports whether between, the text from a time of day to a
// day named after it in its sentence, sets the day off in a clause of its
// own: a comma or a semicolon and two words or more after it. After a day
// named in a sentence before (the topic), the day then tells another event:
// "signed a memorandum on Monday. The document was signed shortly after 3
// p.m., following a second round of talks last Friday" is Monday's.
func clauseAfter(between string) bool {
	k := lastComma(between)
	if k < 0 {
		return false
	}
	_, rest := asciiField(between[k+1:])
	w, _ := asciiField(rest)
	return w != ""
}

// lastPeriodOf returns, for the anaphoric phrase e ("that same day",
// "earlier that week", written phrase) after a date of grain lastGrain
// coarser than its own, the period of that date: "at the summit in
// October. Earlier that week" names a week of October, which the text does
// not tell, so October is the answer, without the phrase's modifier. Only a
// phrase that says it is the same period ("same", "earlier", "later"):
// "that day" alone is often any such day ("trades made that day"). An
// event's day ("the end of the second day") is read otherwise
// (eventDayAnchor).
func lastPeriodOf(e *Expr, phrase string, lastGrain Grain) (*Expr, bool) {
	if lastGrain <= e.Grain || e.PartOfDay != "" || e.OfEvent || e.Mod == ModNone && !strings.Contains(phrase, "same") {
		return nil, false
	}
	switch lastGrain {
	case GrainWeek, GrainMonth, GrainQuarter, GrainYear:
		in := *e
		in.Grain, in.Mod = lastGrain, ModNone
		return &in, true
	}
	return nil, false
}

// asideReach is how many words after its comma asideAfter reads for a
// word of an aside: "four months after", "a week after they began".
const asideReach = 4

// lastComma returns the offset of the last comma or semicolon of s, -1 if
// there is none.
func lastComma(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] == ',' || s[k] == ';' {
			return k
		}
	}
	return -1
}

// asideAfter reports whether between, the text from a day to another named
// after it in its sentence, sets the later day off in a clause of another
// event: a clause of its own (clauseAfter) with a word of data/
// aside_words.txt among its first asideReach words ("took her seat on
// Thursday, four months after she stood down at the July 4 election"). A time of day in the
// sentences after takes the earlier day, the sentence's topic.
func asideAfter(between string) bool {
	k := lastComma(between)
	if k < 0 {
		return false
	}
	aside, rest := lex().aside, between[k+1:]
	found, n := false, 0
	for ; n < asideReach; n++ {
		var w string
		if w, rest = asciiField(rest); w == "" {
			break
		}
		found = found || aside[w]
	}
	return found && n >= 2 // a clause of its own, as clauseAfter reads it
}

// yearlySetBefore reports whether prev, the mention before a month or a
// season at start of text, is a set of every year that the month or season
// narrows: "every year in [March]", "annually in [May]", "twice a year, in
// [spring]", or such a month or season joined to it by "and" or "or" ("in
// spring and [autumn]").
func yearlySetBefore(text string, prev *Mention, start int) bool {
	if prev.Type != Set || prev.End > start {
		return false
	}
	between := strings.TrimSpace(strings.TrimPrefix(text[prev.End:start], ","))
	switch {
	case prev.Value.Value == "P1Y":
		return between == "in" || between == "during"
	case strings.HasPrefix(prev.Value.Value, "XXXX-") && (prev.Grain == GrainMonth || prev.Grain == GrainSeason):
		return between == "and" || between == "or"
	}
	return false
}

// habitBefore reports whether an adverb of a habit (data/habit_words.txt)
// stands before offset start of low in its clause, from the sentence start
// from, with no comma, semicolon, colon or bracket between, at most
// habitReach words back: "the rainy season, which usually runs from June to
// September", "Toyota always guides low in May".
func habitBefore(low string, from, start int) bool {
	habits := habitWords()
	i := start
	for n := 0; n < habitReach; n++ {
		for i > from && low[i-1] == ' ' {
			i--
		}
		k := i
		for k > from && isWordByte(low[k-1]) {
			k--
		}
		if k == i {
			return false // a mark that ends the clause, or the sentence start
		}
		if c := low[i-1]; (c == 'y' || c == 's') && habits[low[k:i]] { // every habit word ends in y or s: a lookup only for those
			return true
		}
		i = k
	}
	return false
}

// habitReach is how many words before a month habitBefore reads.
const habitReach = 10

// habitWords holds data/habit_words.txt.
var habitWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	if err := eachLine("habit_words.txt", func(f []string) error { set[f[0]] = true; return nil }); err != nil {
		panic(err) // the embedded data is part of the binary; tests cover it
	}
	return set
})

// ofAnyYear returns the month or season e of no year in particular, a
// habit's: the date XXXX-06, XXXX-SU, which names no interval.
func ofAnyYear(e *Expr) *Expr {
	p := e.Season
	if e.Grain == GrainMonth {
		p = two(e.Month)
	}
	return &Expr{Kind: Reference, Grain: e.Grain, Ref: "XXXX-" + p}
}

// setOfYear returns the set of the month or season e in every year:
// XXXX-03, XXXX-SP.
func setOfYear(e *Expr) *Expr {
	p := e.Season
	if e.Grain == GrainMonth {
		p = two(e.Month)
	}
	return &Expr{Kind: Recurrence, Grain: e.Grain, Period: "XXXX-" + p}
}

// restatedDays returns how many days the day of o, named in brackets after
// the time c with the same moment in another zone ("at 0100 local time (2300
// GMT on Wednesday)"), lies from c's own day: the clocks more than 12 hours
// apart are on either side of midnight, so a local time of the small hours
// restated as the evening before is of the next day (1), an evening
// restated as the small hours after of the day before (-1); else 0.
func restatedDays(low string, c, o candidate) int {
	if !c.expr.Clock || o.start <= c.end || !strings.HasPrefix(low[c.end:], " (") {
		return 0
	}
	in := low[c.end+2 : o.start]
	if strings.IndexByte(in, ')') >= 0 {
		return 0
	}
	h, ok := restatedHour(in)
	if !ok {
		return 0
	}
	switch d := c.expr.Hour - h; {
	case d < -12:
		return 1
	case d > 12:
		return -1
	}
	return 0
}

// restatedHour reads the hour of the clock time that in, the text after an
// opening bracket, begins with: "2300 gmt on ", "23:00 gmt ", "11 p.m. gmt ".
func restatedHour(in string) (int, bool) {
	n := 0
	for n < len(in) && isDigit(in[n]) {
		n++
	}
	switch {
	case n == 4:
		return atoi(in[:2]), true // "2300 gmt"
	case n == 0 || n > 2:
		return 0, false
	}
	h := atoi(in[:n])
	rest := in[n:]
	if strings.HasPrefix(rest, ":") {
		rest = strings.TrimLeft(rest[1:], "0123456789")
	}
	rest = strings.TrimPrefix(rest, " ")
	switch {
	case strings.HasPrefix(rest, "p.m.") || strings.HasPrefix(rest, "pm"):
		if h < 12 {
			h += 12
		}
	case strings.HasPrefix(rest, "a.m.") || strings.HasPrefix(rest, "am"):
		if h == 12 {
			h = 0
		}
	}
	return h, h < 24
}

// ranInto returns the day of a later candidate of sentence sp, after
// cands[i], that follows "into" ("a session that began Monday morning and
// ran through the night into Tuesday"): a span from cands[i]'s day that ran
// into a later one. A time told before the span's start is of its end.
func ranInto(low string, cands []candidate, i int, sp sentence.Span, anchor time.Time, tenseOf func(candidate) Tense) (time.Time, bool) {
	for k := i + 1; k < len(cands) && cands[k].start < sp.End; k++ {
		o := &cands[k]
		if o.sent != sp || o.expr.Kind != Calendar || o.expr.Grain != GrainDay || o.expr.Floating {
			continue
		}
		if i, j := wordEndingBefore(low, o.start); low[i:j] != "into" {
			continue
		}
		if v, ok := Resolve(o.expr, anchor, tenseOf(*o)); ok && v.Grain == GrainDay {
			return v.Start, true
		}
	}
	return time.Time{}, false
}

// rangeStart returns the day on which a range that the bare weekday c
// (with e its expression, as resolved) ends begins: the day of the mention
// just before it in its sentence, when only a word that joins a range
// stands between ("Monday through Thursday", "from 7 p.m. Sunday until 7
// a.m. Wednesday", "between Tuesday and Friday"). A weekday read before
// that day, in a sentence not told in the past ("was closed from Thursday
// through Tuesday"), is then the first one on or after it.
func rangeStart(text string, out []Mention, c *candidate, e *Expr) (time.Time, bool) {
	if e.Weekday == 0 || e.Dir != DirAuto || e.Month != 0 || e.Year != 0 || len(out) == 0 {
		return time.Time{}, false
	}
	prev := &out[len(out)-1]
	v := &prev.Value
	if prev.End > c.start || prev.Start < c.sent.Start || !v.HasInterval() || v.Grain > GrainDay || v.Type != Date && v.Type != Time {
		return time.Time{}, false
	}
	if c.start-prev.End > len(" through ") {
		return time.Time{}, false // most mentions: words between
	}
	join := strings.TrimSpace(text[prev.End:c.start])
	for _, j := range rangeJoins {
		if !strings.EqualFold(join, j) || j == "or" {
			continue
		}
		if w, _ := lastWord(text[c.sent.Start:prev.Start]); j == "and" && !strings.EqualFold(w, "between") {
			return time.Time{}, false // "Monday and Tuesday": two days, no range
		}
		return dateAt(v.Start).time(), true
	}
	return time.Time{}, false
}

// weekdayPair re-reads v, the value of the bare weekday c (expression e),
// when prev, the mention just before it in its sentence, is a bare weekday
// joined to it by "and", "or" or a word of a range ("on Thursday and
// Friday", "Thursday or Friday", "Monday through Wednesday"): the two are
// one span in one week, read in the tense of the first, so c is the first
// day with its weekday after prev's. When the pair is told in the past
// (past reports it) and that day would lie after the publication day pubDay, the pair
// is the week before: prev moves back seven days ("the plant was closed
// from Thursday through Tuesday" in a story of Friday is Aug. 18 to 23).
// A weekday given with its week ("Friday last week", "Tuesday this week")
// gives that week to a day before it in the pair. v is returned as it is
// when c stays within six days after prev, or of a
// list ("and", "or") before it: "statements made Friday and Thursday".
// Two days joined by "or", not told in the past, are a choice still open:
// a pair read before the publication day moves a week ahead ("a cold front
// is forecast to arrive Sunday or Monday" in a story of Wednesday).
func weekdayPair(text string, prev *Mention, c *candidate, e *Expr, v Value, pubDay time.Time, past func() bool) Value {
	if e.Dir != DirAuto && e.Dir != DirThis || e.Month != 0 || e.Year != 0 || e.Grain != GrainDay || v.Grain != GrainDay {
		return v
	}
	if prev.Value.Grain != GrainDay || prev.Value.Type != Date || prev.End > c.start || prev.Start < c.sent.Start || c.start-prev.End > len(" through ") {
		return v
	}
	join := strings.TrimSpace(text[prev.End:c.start])
	if !pairJoin(join) {
		return v
	}
	wd := lex().weekdays[strings.ToLower(prev.Text)]
	if wd == 0 {
		return v
	}
	if e.Dir == DirThis {
		if wd < e.Weekday {
			prev.Value = pairDay(v.Start.AddDate(0, 0, wd-e.Weekday), pubDay) // "on Thursday and Friday last week": that week's Thursday
		}
		return v
	}
	if e.Days != 0 {
		return v
	}
	first := prev.Value.Start
	if strings.EqualFold(join, "or") && first.Before(pubDay) && !past() {
		first = first.AddDate(0, 0, 7) // "a further band arriving Saturday or Sunday": a choice still open
		prev.Value = pairDay(first, pubDay)
		v = pairDay(first.AddDate(0, 0, (e.Weekday-wd+7)%7), pubDay)
	}
	list := (strings.EqualFold(join, "and") || strings.EqualFold(join, "or")) && e.Weekday < wd
	if gap := v.Start.Sub(first).Hours() / 24; gap > 0 && gap < 7 || list && gap < 0 && gap > -7 {
		return v // "Tuesday and Thursday" either side of the day, "made Friday and Thursday": already one week
	}
	d := first.AddDate(0, 0, (e.Weekday-wd+7)%7)
	if d.Equal(first) {
		return v // "Friday and Friday": no pair
	}
	if d.After(pubDay) && past() {
		prev.Value = pairDay(first.AddDate(0, 0, -7), pubDay)
		d = d.AddDate(0, 0, -7)
	}
	pv := pairDay(d, pubDay)
	pv.Type = v.Type
	return pv
}

// pairJoin reports whether join, the text between two weekdays, joins them
// as a pair: "and", "or" or a word of a range ("through", "to", a dash).
func pairJoin(join string) bool {
	for _, j := range rangeJoins {
		if strings.EqualFold(join, j) {
			return true
		}
	}
	return false
}

// pairDay is the value of the day d, a day of a pair of weekdays.
func pairDay(d, pubDay time.Time) Value {
	v := period(d, GrainDay)
	v.Type, v.Future = Date, d.After(pubDay)
	return v
}

// dated is a date the text may have named, and whether it did.
type dated struct {
	at    time.Time
	named bool
}

// eventDayAnchor returns the day of an event's day c ("its first day",
// "the final day of the trial"), and its grain: the day named nearest it in
// its sentence, read as a time of day finds its day (anchor, or in a
// narrative ref, the story's date); else in news told in the present ("it's
// the second day of an offensive", "is the eighth day") the publication
// day, and otherwise the last day the text named (ref), on the side of the
// publication date its tense tells of ("vowed that he would act on his
// first day in office" is no day named before); in a narrative, which tells
// its events in the period under discussion, the last date of any grain
// (last, of grain lastGrain: "in August 480 BC ... on the final day of the
// battle" is 480-08). ok is false when there is none. low is the text in
// lower case.
func eventDayAnchor(low string, cands []candidate, c *candidate, anchor time.Time, doc DocType, ref, last dated, lastGrain Grain, cues *tenseCues) (time.Time, Grain, bool) {
	dayAnchor := anchor
	if doc == Narrative {
		dayAnchor = ref.at
	}
	tenseOf := func(o candidate) Tense { return cues.at(o.start-c.sent.Start, o.end-c.sent.Start) }
	if d, _, ok := daySameSentence(low, cands, *c, dayAnchor, tenseOf, false); ok {
		return d, GrainDay, tellsDay(c, d, anchor, doc, cues)
	}
	switch {
	case doc == Narrative:
		return last.at, max(lastGrain, GrainDay), last.named && lastGrain <= GrainYear
	case isBefore(cues.low, c.start-c.sent.Start):
		return dateAt(anchor).time(), GrainDay, true // "it's the second day of an offensive": the story's day
	}
	return ref.at, GrainDay, ref.named && tellsDay(c, ref.at, anchor, doc, cues)
}

// isBefore reports whether "is" or "it's" stands just before offset start
// of low, a sentence in lower case: the present, told of the day of writing.
func isBefore(low string, start int) bool {
	i, j := wordEndingBefore(low, start)
	switch w := low[i:j]; {
	case w == "is":
		return true
	case w == "s" && i >= 3:
		b := strings.TrimSuffix(strings.TrimSuffix(low[:i], "'"), "’")
		return len(b) < i && strings.HasSuffix(b, "it") && (len(b) == 2 || !isWordByte(b[len(b)-3]))
	}
	return false
}

// tellsDay reports whether d may be the day of the event's day c: in news,
// a day on the side of the publication date that c's tense tells of, and
// after it for a reported "would" ("vowed on Monday that he would act on
// his first day in office" is no Monday).
func tellsDay(c *candidate, d, anchor time.Time, doc DocType, cues *tenseCues) bool {
	if doc == Narrative {
		return true
	}
	pubDay, d := dateAt(anchor).time(), dateAt(d).time() // days, not instants: "12:01 a.m. Tuesday" is on Tuesday
	told := cues.at(c.start-c.sent.Start, c.end-c.sent.Start)
	if _, _, would := cues.reportedWould(c.start - c.sent.Start); would && told != Past {
		return d.After(pubDay) // ahead of the saying
	}
	return !(told == Future && d.Before(pubDay)) && !(toldPast(told) && d.After(pubDay))
}

// needsTense reports whether resolving e depends on the tense of its
// sentence: a calendar expression without a year and without
// last/this/next, or a phrase with a fallback for the past.
func needsTense(e *Expr) bool {
	return e.PastFallback != nil || e.Ahead != nil || e.Kind == Calendar && e.Year == 0 && !e.RelYear && e.Dir == DirAuto &&
		e.Grain != GrainDecade && e.Grain != GrainCentury
}

// tenseCues locates tense cue words in a sentence. Reuse one with read.
//
// A phrase's tense (at) is that of the nearest cue before it, within
// cueWindow (or farWindow in its clause: cueFrom), or else of the first one after it, within afterWindow; so at
// looks words up from the phrase outwards and stops at the first cue, and
// reads no other word of the sentence. Cues that do not start with a word
// ("'ll") are few and found for the whole sentence at once, by read.
type tenseCues struct {
	loose []int // offsets of future cues that do not start with a word, sorted
	text  string
	low   string    // asciiLower(text)
	x     *cueIndex // cues(), from the first read on
	// memoAt and memoFrom hold the last cueFrom asked of from: most phrases
	// ask it of one offset several times.
	memoAt, memoFrom int
	// before holds the last answer of cueBefore, which at, scheduled and
	// ahead ask of one phrase in turn.
	before cueMemo
}

// cueMemo is an answer of cueBefore: the cue at at, of kinds cs, for a
// phrase at start and the kinds want (start -1: none).
type cueMemo struct {
	start, at int
	want, cs  cueSet
}

// cueBefore returns lastCue of the cues of kinds want before start, from
// cueFrom(c.low, start) on: within cueWindow first, and only when none
// stands there, the rest of the phrase's clause.
func (c *tenseCues) cueBefore(start int, want cueSet) (int, cueSet) {
	if m := c.before; m.start == start && m.want == want {
		return m.at, m.cs
	}
	at, cs := c.cueBeforeNow(start, want)
	c.before = cueMemo{start: start, at: at, want: want, cs: cs}
	return at, cs
}

// cueBeforeNow is cueBefore without its memory.
func (c *tenseCues) cueBeforeNow(start int, want cueSet) (int, cueSet) {
	near := max(start-cueWindow, 0)
	if at, cs := c.lastCue(near, start, want); at >= 0 {
		return at, cs
	}
	if far := c.from(start); far < near {
		return c.lastCue(far, near, want)
	}
	return -1, 0
}

// from returns cueFrom(c.low, start), remembering the last answer.
func (c *tenseCues) from(start int) int {
	if start != c.memoAt {
		c.memoAt, c.memoFrom = start, cueFrom(c.low, start)
	}
	return c.memoFrom
}

// cueIndex answers, in one lookup per word, what wordCues asks of each
// word of a sentence: whether it begins future cues, is a modal verb, a
// listed past form, or a word in -ed that is not past; and what
// openBefore asks of the word before a phrase: whether it leaves the tense
// open.
type cueIndex struct {
	words  *wordTable
	short  keyFilter  // keys of the words of up to eight bytes in words, as in the scan
	future [][]string // future[n-1] are the cues that a word with info>>cueFutureShift == n begins
	loose  []string   // the future cues that do not start with a word (lexicon.futureLoose)
}

// Bits of a word's info in cueIndex.
const (
	cueModal uint64 = 1 << iota
	cuePast
	cueNotPast
	cueOpen
	cueBarePast           // a past form spelt as the base form (lexicon.barePast)
	cueFixture            // a present verb of a fixture (lexicon.fixture)
	cueBarePastObject     // a past form spelt as the base form, before its object (lexicon.barePastObject)
	cuePlan               // an adjective of a plan (lexicon.plan): "the slated visit"
	cueFutureShift    = 8 // the bits from here up number the word's future cues
)

var cues = sync.OnceValue(func() *cueIndex {
	l := lex()
	info := map[string]uint64{}
	x := &cueIndex{}
	firsts := make([]string, 0, len(l.futureAt))
	for w := range l.futureAt {
		firsts = append(firsts, w)
	}
	sort.Strings(firsts)
	for _, w := range firsts {
		x.future = append(x.future, l.futureAt[w])
		info[w] |= uint64(len(x.future)) << cueFutureShift
	}
	// Each list of words sets its bit of their info.
	for _, list := range []struct {
		words map[string]bool
		bit   uint64
	}{
		{modals, cueModal}, {l.past, cuePast}, {l.notPast, cueNotPast}, {l.open, cueOpen},
		{l.barePast, cueBarePast}, {l.fixture, cueFixture}, {l.barePastObject, cueBarePastObject}, {l.plan, cuePlan},
	} {
		for w := range list.words {
			info[w] |= list.bit
		}
	}
	x.words, x.loose = newWordTable(info), l.futureLoose
	for w := range info {
		if k, ok := packWord(w); ok && k[1] == 0 {
			x.short.add(k[0])
		}
	}
	return x
})

// of returns the info of the word low[i:j] and the future cues it begins.
// lookup takes most words itself (those of up to eight bytes with eight
// bytes of text from their start); of takes the others.
func (x *cueIndex) of(low string, i, j int) (info uint64, future []string) {
	if n := j - i; n <= 16 {
		info = x.words.get(keyAt(low, i, n))
		if f := info >> cueFutureShift; f > 0 {
			future = x.future[f-1]
		}
		return info & (1<<cueFutureShift - 1), future
	}
	// Too long for the table: ask the lists.
	w, l := low[i:j], lex()
	if modals[w] {
		info |= cueModal
	}
	if l.past[w] {
		info |= cuePast
	}
	if l.notPast[w] {
		info |= cueNotPast
	}
	if l.barePast[w] {
		info |= cueBarePast
	}
	return info, l.futureAt[w]
}

// cueWindow is how far before a phrase (in bytes) a tense cue still counts;
// farWindow how far while no mark that ends a clause stands between
// (cueFrom).
const (
	cueWindow = 50
	farWindow = 120
)

// cueFrom returns where the tense cues of a phrase at start of the
// sentence low are looked for: cueWindow bytes back, and on up to
// farWindow when no comma, semicolon, colon, bracket or quote stands
// between: "The union will hold a rally at the Iowa State Capitol in Des
// Moines on Tuesday" is the coming Tuesday; in "announced an agreement to
// acquire the Peoria, Ill., bank holding company in January" the verb is
// too far, past the commas.
func cueFrom(low string, start int) int {
	from, limit := max(start-cueWindow, 0), max(start-farWindow, 0)
	for i := from; i < start; i++ {
		if clauseMark(low[i]) {
			return from // the clause starts within cueWindow
		}
	}
	for from > limit && !clauseMark(low[from-1]) {
		from--
	}
	return from
}

// clauseMark reports whether b is a mark that ends a clause for cueFrom.
func clauseMark(b byte) bool { return clauseMarks[b] }

// clauseMarks holds the bytes clauseMark reports, as a table.
var clauseMarks = [256]bool{',': true, ';': true, ':': true, '(': true, ')': true, '"': true}

// afterWindow is how far after a phrase a cue counts when none stands before it.
const afterWindow = 30

// modals leave the time of a clause open: "must be returned by Jan. 14",
// "said it would meet Tuesday".
var modals = map[string]bool{"would": true, "could": true, "should": true, "must": true, "might": true, "may": true}

// read makes c the cues of sentence s, in place of those it held; low is
// asciiLower(s). It finds the loose future cues; at and pastBefore look up
// the words they need.
func (c *tenseCues) read(s, low string) {
	if c.x == nil {
		c.x = cues() // once per tenseCues, which are reused
	}
	c.text, c.low, c.loose, c.memoAt, c.before.start = s, low, c.loose[:0], -1, -1
	for _, cue := range c.x.loose {
		for i := 0; ; {
			j := strings.Index(low[i:], cue)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(cue)
			if (cue[0] == '\'' || at == 0 || !isWordByte(low[at-1])) && (end == len(low) || !isWordByte(low[end])) {
				c.loose = append(c.loose, at)
			}
			i = end
		}
	}
	if len(c.loose) > 1 {
		sort.Ints(c.loose) // one list per loose cue
	}
}

// futureReach is how far (in bytes) before a word a future cue still holds
// it ("is expected to" holds "expected"): see inFuture.
const futureReach = 15

// cueSet says what cues stand at an offset of a sentence.
type cueSet uint8

// The cues of a cueSet.
const (
	cueIsModal  cueSet = 1 << iota // a modal verb
	cueIsFuture                    // a future cue starts there
	cueIsPast                      // a past cue
)

// wordCues returns the cues of the word low[i:j]: one lookup, since cues
// that start with a word start at a word start.
func (c *tenseCues) wordCues(i, j int) cueSet {
	low := c.low
	info, future := c.lookup(i, j)
	ed := j-i >= 5 && low[j-2] == 'e' && low[j-1] == 'd'
	if future == nil && info&(cueModal|cuePast|cueBarePast|cueFixture|cueBarePastObject) == 0 && !ed {
		return 0 // most words
	}
	var cs cueSet
	if info&cueFixture != 0 && objectAfter(c.text, j) {
		cs |= cueIsFuture // "The Ravens host Las Vegas on Sunday"
	}
	for _, f := range future {
		if end := i + len(f); strings.HasPrefix(low[i:], f) && (end == len(low) || !isWordByte(low[end])) && !adjectiveCue(low, i, f) {
			if pastPlan(f) {
				return cueIsFuture // "was due to": the plan lies ahead, whatever its "was"
			}
			cs |= cueIsFuture
			break
		}
	}
	if info&cueModal != 0 && !monthMay(c.text, i, j) {
		cs |= cueIsModal
	}
	// past cues are single words: past forms, and words in -ed
	if (info&cuePast != 0 || ed && info&cueNotPast == 0 && !c.inFuture(i)) && !afterBe(low, i) && !agentAfter(c.text, i, j) {
		cs |= cueIsPast
	}
	if (info&cueBarePast != 0 || info&cueBarePastObject != 0 && objectArticle(low, j)) && !afterBe(low, i) && !afterInfinitive(low, i) && !afterDeterminer(low, i) && !c.inFuture(i) {
		cs |= cueIsPast // "the storm hit on Nov. 3", "set a record", not "expected to hit", "could hit", "the hit show"
	}
	return cs
}

// lookup returns what the cue index says of the word low[i:j] (of), taking
// the words of up to eight bytes, most words, with one load.
func (c *tenseCues) lookup(i, j int) (info uint64, future []string) {
	x, n := c.x, j-i
	if n > 8 || i+8 > len(c.low) {
		return x.of(c.low, i, j)
	}
	if k := swar.LoadAt(c.low, i) & swar.FirstBytes[n&15]; x.short.may(k) {
		info = x.words.getShort(k)
		if f := info >> cueFutureShift; f > 0 {
			future = x.future[f-1]
		}
		info &= 1<<cueFutureShift - 1
	}
	return info, future
}

// lastCue returns the largest offset in [from, to) where a cue of the kinds
// in want stands, and the cues there (of those kinds); -1 and 0 if there is
// none. It looks up the words from to backwards and stops at the first cue.
func (c *tenseCues) lastCue(from, to int, want cueSet) (int, cueSet) {
	from, to = max(from, 0), min(to, len(c.low))
	loose := -1 // the nearest loose future cue
	if want&cueIsFuture != 0 {
		loose = lastIn(c.loose, from, to)
	}
	low := c.low
	for j := to; ; {
		for j > from && !isWordByte(low[j-1]) {
			j--
		}
		i := j
		for i > 0 && isWordByte(low[i-1]) {
			i--
		}
		if i < from || i == j { // no word starts in [from, j)
			break
		}
		if loose > i {
			return loose, cueIsFuture
		}
		e := j
		for e < len(low) && isWordByte(low[e]) {
			e++ // the first word may go on past to
		}
		cs := c.wordCues(i, e) & want
		if loose == i {
			cs |= cueIsFuture
		}
		if cs != 0 {
			return i, cs
		}
		j = i
	}
	if loose >= 0 {
		return loose, cueIsFuture
	}
	return -1, 0
}

// firstCue returns the smallest offset in [from, to) where a future or past
// cue stands, and the cues there (future, past or both); -1 and 0 if there
// is none. It looks up the words from from on and stops at the first cue.
func (c *tenseCues) firstCue(from, to int) (int, cueSet) {
	from, to = max(from, 0), min(to, len(c.low))
	loose := firstIn(c.loose, from, to)
	low := c.low
	i := from
	for i > 0 && i < len(low) && isWordByte(low[i-1]) && isWordByte(low[i]) {
		i++ // inside a word that starts before from
	}
	for {
		for i < to && !isWordByte(low[i]) {
			i++
		}
		if i >= to {
			break
		}
		j := i
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if loose >= 0 && loose < i {
			return loose, cueIsFuture
		}
		cs := c.wordCues(i, j) & (cueIsFuture | cueIsPast)
		if loose == i {
			cs |= cueIsFuture
		}
		if cs != 0 {
			return i, cs
		}
		i = j
	}
	if loose >= 0 {
		return loose, cueIsFuture
	}
	return -1, 0
}

// lastIn returns the largest offset of sorted list in [lo, hi), or -1.
func lastIn(list []int, lo, hi int) int {
	i := sort.SearchInts(list, hi) - 1
	if i >= 0 && list[i] >= lo {
		return list[i]
	}
	return -1
}

// firstIn returns the smallest offset of sorted list in [lo, hi), or -1.
func firstIn(list []int, lo, hi int) int {
	i := sort.SearchInts(list, lo)
	if i < len(list) && list[i] < hi {
		return list[i]
	}
	return -1
}

// inFuture reports whether offset i lies inside a future cue ("is
// expected to" holds "expected"): whether one starts less than futureReach
// bytes before it.
func (c *tenseCues) inFuture(i int) bool {
	if lastIn(c.loose, i-futureReach, i) >= 0 {
		return true
	}
	low := c.low
	k := max(i-futureReach, 0)
	for k > 0 && isWordByte(low[k-1]) && isWordByte(low[k]) {
		k++ // inside a word that starts before
	}
	for k < i {
		for k < i && !isWordByte(low[k]) {
			k++
		}
		if k >= i {
			break
		}
		j := k
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		_, future := c.lookup(k, j)
		for _, f := range future {
			if end := k + len(f); strings.HasPrefix(low[k:], f) && (end == len(low) || !isWordByte(low[end])) {
				return true
			}
		}
		k = j
	}
	return false
}

// at returns the tense for a phrase at [start, end) of the sentence: that
// of the nearest cue before the phrase (unmarked for a modal verb), or,
// failing that, of the first future or past cue after it. A future and a
// past cue at one offset make it past.
func (c *tenseCues) at(start, end int) Tense {
	if strings.HasPrefix(c.low[start:end], "earlier ") {
		return Past // "earlier Sunday": the phrase says it
	}
	pi, pj := wordEndingBefore(c.low, start) // the word before the phrase
	if c.sinceBefore(start, pi, pj) {
		return Happened // "prices have risen since September": the last one, even just ahead
	}
	if c.openBefore(pi, pj) || c.movedFrom(pi, pj) || c.movedEvent(start, end) {
		if c.pastBeforeWord(start) {
			return Past // "the bill passed before Christmas": last Christmas
		}
		if c.mustBefore(start) {
			return Future // "the board must adopt a budget by June 30": a duty still to be done
		}
		if _, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast); cs == cueIsFuture {
			return Future // "the shops will stay open until Christmas", "talks will run through March": ahead
		}
		if c.stateBefore(pi, pj) {
			return Future // "flood warnings remain in place until Tuesday": the term still runs
		}
		if c.purposeBefore(pi) {
			return Future // "passed a bill to fund the government through Sept. 30": the term the bill sets
		}
		return Term
	}
	if c.copulaBefore(pi, pj, end) {
		return Future // "the deadline is Wednesday", "he said the Super Bowl is on Feb. 12"
	}
	// cues farther back belong to another clause
	if at, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast); at >= 0 {
		switch {
		case cs&cueIsPast != 0 && c.forwardInfinitive(at, start):
			return Plan // "residents were told to prepare for storms on Sunday": the nearest Sunday
		case cs&cueIsPast != 0:
			return Past
		case cs&cueIsFuture != 0 && forwardVerbBefore(c.low, at):
			return Plan // "officials had agreed to resume talks on Tuesday": the infinitive's own verb
		case cs&cueIsFuture != 0 && planToldInPast(c.low, at):
			return Term // "the summit was scheduled to end on Friday": the nearest Friday, either side
		case cs&cueIsFuture != 0:
			return Future
		}
		return Unmarked // a modal alone
	}
	if c.eventNounAfter(pi, pj, end) {
		return Unmarked // "minutes of the July meeting will be released": the verb after is not the month's
	}
	if c.fromOpening(start, end) {
		return Future // "From Wednesday, ten platforms must remove": a duty from the coming Wednesday
	}
	switch _, cs := c.firstCue(afterReach(c.low, start, end)); {
	case cs&cueIsPast != 0:
		return Past
	case cs&cueIsFuture != 0:
		return Future
	}
	return Unmarked
}

// stateBefore reports whether the nearest verb before the limit word
// low[i:j] (openBefore: "until", "till" or "through") is one of a present state (data/
// present_states.txt) with no tense cue between: "flood warnings remain in
// place until Tuesday", "the road is closed until Tuesday" say the term is
// still running, so its end lies ahead; "remained in place until Tuesday"
// does not.
func (c *tenseCues) stateBefore(i, j int) bool {
	switch c.low[i:j] {
	case "until", "till", "through":
	default:
		return false // "we are only a few weeks into summer": no end of a term
	}
	if k, e := wordEndingBefore(c.low, i); schedule().has[c.low[k:e]] {
		return true // "Congress has until midnight Saturday"
	}
	from := c.from(i)
	for {
		k, e := wordEndingBefore(c.low, i)
		if k >= e || k < from {
			return false
		}
		if lex().states[c.low[k:e]] || c.perfectState(k, e) {
			return true // "has been paused until Dec. 4"
		}
		if c.wordCues(k, e) != 0 {
			v, w := wordEndingBefore(c.low, k)
			return lex().states[c.low[v:w]] || c.perfectState(v, w) // "the schools stay shut until Tuesday"
		}
		i = k
	}
}

// perfectState reports whether low[v:w], a word before a limit, is "been"
// after a verb of having in the present (data/has_until.txt): the
// present perfect of a state that still holds, "complaint handling has been
// paused until Dec. 4", "the roads have been closed until Tuesday", whose
// end lies ahead ("had been paused until" is past).
func (c *tenseCues) perfectState(v, w int) bool {
	if c.low[v:w] != "been" {
		return false
	}
	k, e := wordEndingBefore(c.low, v)
	return schedule().has[c.low[k:e]]
}

// sundayWeekAhead reports whether e, the phrase text (in lower case), is "this week" (or
// "later this week") in a story of a Sunday, a, the last day of its ISO
// week: told of the future, it is the week that starts the next day, as
// news that counts weeks from Sunday means it.
func sundayWeekAhead(e *Expr, a time.Time, text string) bool {
	return e.Kind == Relative && e.Grain == GrainWeek && e.Offset == 0 && !e.Anaphoric && e.In == 0 &&
		a.Weekday() == time.Sunday && strings.Contains(text, "this week")
}

// wordBeforeIs reports whether the word before offset start of low is one
// of words.
func wordBeforeIs(low string, start int, words ...string) bool {
	i, j := wordEndingBefore(low, start)
	return slices.Contains(words, low[i:j])
}

// dayBefore24 returns v, a midnight (T24:00) of a day, as the midnight of
// the day before, the same day's 00:00: the one a day's early hours follow.
func dayBefore24(v Value) Value {
	d := v.Start.AddDate(0, 0, -1)
	v.Value = d.Format("2006-01-02") + v.Value[len("2006-01-02"):]
	v.Start, v.End = d, v.End.AddDate(0, 0, -1)
	return v
}

// termOf reports whether the date at start of low follows "of" after a
// noun of data/term_nouns.txt: the end of a term, the nearest such date
// whatever the verbs say ("set a deadline of May 14", "missed a target
// date of Aug. 1").
func termOf(low string, start int) bool {
	if start < 4 || low[start-1] != ' ' || low[start-2] != 'f' || low[start-3] != 'o' {
		return false // most dates: no "of " before them
	}
	return listedBefore(low, start, lex().termNouns, "of")
}

// startsTerm reports whether the day at start of low follows "from" after
// a word of data/term_starts.txt: with no cue either side, the start of a
// term still ahead ("a 30-day truce from Monday", "the new speed limit
// applies from Saturday"). Not "from" alone, often a level gone by: "prices
// have fallen from Aug. 20 levels".
func startsTerm(low string, start int) bool {
	return listedBefore(low, start, lex().termStarts, "from")
}

// startsLength reports whether the weekday at start of low follows a
// participle that starts a term (data/start_words.txt), with or without
// "on" or "from", set off by a comma right after prev, a length: "for three
// months, starting on Thursday" gives the term and its start, still ahead
// unless told in the past with no infinitive of a plan before it ("the ban
// lasted three months, starting Thursday").
func startsLength(low string, prev *Mention, start int) bool {
	if prev.Type != Duration || prev.End >= start || low[prev.End] != ',' {
		return false
	}
	rest := strings.TrimSpace(low[prev.End+1 : start])
	w, rest := asciiField(rest)
	if !startWords()[w] {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || rest == "on" || rest == "from"
}

// startWords holds data/start_words.txt.
var startWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	if err := eachLine("start_words.txt", func(f []string) error { set[f[0]] = true; return nil }); err != nil {
		panic(err) // the embedded data is part of the binary; tests cover it
	}
	return set
})

// periodData reports whether the phrase at [start, end) of low, a month or
// a quarter, is the period of figures measured over it (data/
// data_nouns.txt), which are released after it ends: after "for" and such
// a noun ("data for November are due"), or before one, with or without
// "'s" ("the November figures", "October's data").
func periodData(low string, start, end int) bool {
	if strings.HasSuffix(low[:start], "for ") {
		i, _ := wordEndingBefore(low, start)
		if v, w := wordEndingBefore(low, i); lex().dataNouns[low[v:w]] {
			return true
		}
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(low[end:], "'s"), "’s")
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	return lex().dataNouns[wordAt(rest, 1)]
}

// purposeReach is how many words before a limit word purposeBefore looks
// for the "to" of a measure's purpose.
const purposeReach = 8

// purposeBefore reports whether the limit word at offset i of the sentence
// stands in the infinitive of a measure's purpose: "to" after a noun of
// data/purpose_nouns.txt, at most purposeReach words before it in its
// clause ("a bill to fund the government through Sept. 30").
func (c *tenseCues) purposeBefore(i int) bool {
	from := c.from(i)
	for n := 0; n < purposeReach; n++ {
		k, e := wordEndingBefore(c.low, i)
		if k >= e || k < from {
			return false
		}
		if c.low[k:e] == "to" {
			v, w := wordEndingBefore(c.low, k)
			return lex().purpose[c.low[v:w]]
		}
		i = k
	}
	return false
}

// forwardReach is how many words after a verb of directing or intending
// forwardInfinitive looks for its "to": "urged people to stay home".
const forwardReach = 4

// forwardInfinitive reports whether the past cue at offset at, before a
// phrase at start, is a verb whose infinitive names a later event (data/
// forward_verbs.txt) with its "to" at most forwardReach words after it:
// "were told to prepare for storms on Sunday", "urged people to stay home
// on Sunday", "agreed to meet on Friday". The phrase then dates that event,
// not the verb.
func (c *tenseCues) forwardInfinitive(at, start int) bool {
	i := at
	for i < start && isWordByte(c.low[i]) {
		i++
	}
	if !lex().forward[c.low[at:i]] {
		return false
	}
	for n := 0; n < forwardReach; n++ {
		for i < start && c.low[i] == ' ' {
			i++
		}
		j := i
		for j < start && isWordByte(c.low[j]) {
			j++
		}
		if j == i {
			return false // a mark ends the clause, or the phrase is reached
		}
		if c.low[i:j] == "to" {
			return true
		}
		i = j
	}
	return false
}

// forwardVerbBefore reports whether the future cue at offset at of low (a
// sentence in lower case) is the verb of an infinitive of a past verb of
// agreeing or directing (data/forward_verbs.txt): "to" just before it, and
// the verb at most forwardReach words before "to" in its clause ("had agreed
// to resume talks", "urged both sides to resume"). The cue dates the plan,
// not a future told by the story.
func forwardVerbBefore(low string, at int) bool {
	i, j := wordEndingBefore(low, at)
	if low[i:j] != "to" || strings.TrimSpace(low[j:at]) != "" {
		return false
	}
	for n := 0; n < forwardReach; n++ {
		k, e := wordEndingBefore(low, i)
		if k >= e || strings.TrimSpace(low[e:i]) != "" {
			return false // the sentence's start, or a mark between
		}
		if lex().forward[low[k:e]] {
			return true
		}
		i = k
	}
	return false
}

// planToldInPast reports whether the future cue at offset at of low (a
// sentence in lower case) is a plan told in the past: "was", "were" or
// "had been" before it ("was scheduled to", "were due to", "had been
// expected to"; not "has been scheduled to"). Whether
// the plan still lies ahead, or fell through or took place before the
// story, the text does not say: its date is the nearest one, as a term's
// (a story of Thursday: "was due to meet on Friday" the next day; of
// Sunday: "was scheduled to end on Friday" two days before).
func planToldInPast(low string, at int) bool {
	if strings.HasPrefix(low[at:], "was ") || strings.HasPrefix(low[at:], "were ") || strings.HasPrefix(low[at:], "had ") {
		return true // the cue "was due to" or "had expected" itself
	}
	w, rest := lastWord(strings.TrimRight(low[:at], " "))
	if w == "been" {
		w, rest = lastWord(strings.TrimRight(rest, " ")) // "had been scheduled to expire at midnight Friday"
		if strings.HasSuffix(w, "ly") {
			w, _ = lastWord(strings.TrimRight(rest, " ")) // "had previously been scheduled"
		}
		return w == "had"
	}
	return w == "was" || w == "were"
}

// happened reports whether a phrase at start, in the past tense (at),
// names when the event of its past verb took place: the cue nearest before
// it is a past verb that is not one of saying or deciding (reporting), no
// word that may put the date ahead of the verb (ahead: "to", "would",
// "for") stands between them, no future cue or modal stands before the
// verb in the sentence, and the phrase does not follow an article ("the
// Jan. 14 deadline" names a term).
func (c *tenseCues) happened(start int) bool {
	at, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	if at < 0 || cs != cueIsPast {
		return false
	}
	if f, _ := c.lastCue(0, at, cueIsModal|cueIsFuture); f >= 0 {
		return false // "said it will redeem the preferred shares on Oct. 31"
	}
	l, prev := lex(), ""
	for i := at; i < start; {
		j := i
		for j < start && isWordByte(c.low[j]) {
			j++
		}
		if j > i {
			w := c.low[i:j]
			if i == at && l.reporting[w] || i > at && l.ahead[w] && !(w == "for" && nthTime(c.low[j:start])) {
				return false
			}
			prev = w
		}
		for i = j; i < start && !isWordByte(c.low[i]); i++ {
		}
	}
	return prev != "the" && prev != "a" && prev != "an"
}

// toldPastHere reports whether the phrase c is told in the past, and not
// as a plan told in the past: no word that may put a date ahead ("to",
// "would", data/ahead_words.txt) stands between the past verb nearest
// before it and the phrase ("said they hoped to finish the work the
// following week" looks ahead).
func toldPastHere(cues *tenseCues, c *candidate) bool {
	start := c.start - c.sent.Start
	if !toldPast(cues.at(start, c.end-c.sent.Start)) {
		return false
	}
	at, cs := cues.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	if at < 0 || cs != cueIsPast {
		return true
	}
	l := lex()
	for i := at + len(wordAt(cues.low, at)); i < start; {
		w := wordAt(cues.low, i)
		if w == "" {
			break
		}
		if l.ahead[w] {
			return false
		}
		i = strings.Index(cues.low[i:], w) + i + len(w)
	}
	return true
}

// nthTime reports whether rest, the lower-case text after "for", begins
// with "a" or "the", an ordinal and "time": "rose for a second time in
// January" counts the events, where "for" looks ahead of none ("voted for
// talks in January").
func nthTime(rest string) bool {
	f := strings.Fields(rest[:min(len(rest), 40)])
	return len(f) >= 3 && (f[0] == "a" || f[0] == "the") && lex().ordinals[f[1]] != 0 && f[2] == "time"
}

// openBefore reports whether the word before a phrase, low[i:j] as
// wordEndingBefore finds it, is one that leaves the tense open
// (lexicon.open: "by", "until").
func (c *tenseCues) openBefore(i, j int) bool {
	ascii := true
	for k := i; k < j; k++ {
		ascii = ascii && c.low[k] < 0x80
	}
	var open bool
	switch n := j - i; {
	case !ascii || n > 16:
		open = lex().open[strings.ToLower(c.text[i:j])]
	case n == 0:
		return false
	case n <= 8 && i+8 <= len(c.low): // lower-cased already: one lookup, as lookup does
		open = c.x.words.getShort(swar.LoadAt(c.low, i)&swar.FirstBytes[n&15])&cueOpen != 0
	default:
		open = c.x.words.get(keyAt(c.low, i, n))&cueOpen != 0
	}
	if open && j-i == 2 && c.low[i:j] == "to" && (leadUpBefore(c.low[:i]) || dayBefore(c.low[:i]) || periodBefore(c.low[:i])) {
		// "sales rose in the run-up to Christmas", "from the 3rd to the 5th of May", "in the year to March":
		// no limit, the clause's tense holds
		return false
	}
	return open
}

// movedFrom reports whether the word low[i:j] before a phrase is "from"
// after a verb that moves a date (data/moves.txt): "postponed from Aug. 31
// to Nov. 30". The old date is a term as the new one is, read as one, not
// the day the past verb took place.
func (c *tenseCues) movedFrom(i, j int) bool {
	if j-i != 4 || c.low[i:j] != "from" {
		return false
	}
	v, w := wordEndingBefore(c.low, i)
	return lex().moves[c.low[v:w]]
}

// movedEvent reports whether a possessive date ending at end names an
// event that a verb of moving it (data/moves.txt), at most movedReach words
// before start with no comma between, takes as its object: "postponed three
// of Saturday's fixtures" is the nearest Saturday, not the last one, as the
// match was still to come when it was moved.
func (c *tenseCues) movedEvent(start, end int) bool {
	if !possessive(c.text[end:]) {
		return false
	}
	i := start
	for k := 0; k < movedReach && i > 0; k++ {
		if p := strings.TrimRight(c.low[:i], " "); strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") {
			return false
		}
		var j int
		i, j = wordEndingBefore(c.low, i)
		if lex().moves[c.low[i:j]] {
			return true
		}
	}
	return false
}

// movedReach is how many words before a possessive date movedEvent looks
// for a verb of moving ("postponed three of Saturday's fixtures").
const movedReach = 4

// copulaBefore reports whether a phrase ending at end follows "is" or
// "are" (low[i:j] is the word before it), with or without "on", and is no
// possessive: "the transfer deadline is Wednesday", "the Super Bowl is on
// Feb. 12", "the record date is Nov. 9". News writes a date gone by with
// "was"; one given in the present tense is the coming one (or today's).
func (c *tenseCues) copulaBefore(i, j, end int) bool {
	if n := j - i; n < 2 || n > 3 {
		return false // most phrases
	}
	if c.low[i:j] == "on" || c.low[i:j] == "in" {
		i, j = wordEndingBefore(c.low, i) // "the conference is in May"
	}
	if w := c.low[i:j]; w != "is" && w != "are" {
		return false
	}
	return !possessive(c.text[end:]) // "the focus is Wednesday's vote": another event's day
}

// eventNounAfter reports whether the phrase ending at end (after the word
// low[i:j]) names an event after a preposition: a noun of a scheduled event follows it (data/
// event_nouns.txt) and "of", "at", "from", "after" or "during", with or
// without "the", precede it: "minutes of the July meeting", "at the March
// summit". A verb after it is then the clause's whose object the event is
// ("minutes of the July meeting will be released"), not the event's, and
// says nothing of when the event was; as the subject ("the March summit
// will be held") the event takes the verb's tense.
func (c *tenseCues) eventNounAfter(i, j, end int) bool {
	if end >= len(c.low) || c.low[end] != ' ' {
		return false
	}
	if w := c.low[i:j]; w == "the" || w == "a" || w == "its" || w == "their" {
		i, j = wordEndingBefore(c.low, i)
	}
	switch c.low[i:j] {
	case "of", "at", "from", "after", "during":
		return lex().eventNoun[wordAt(c.low, end)]
	}
	return false // most phrases: no noun is read
}

// possessive reports whether the text after a phrase begins with 's or ’s.
func possessive(after string) bool {
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// ahead reports whether a phrase at start, told in tense told, lies ahead:
// in the future tense, or after a modal verb as the nearest cue ("would be
// published by midnight", "could be ready at 5 p.m.").
func (c *tenseCues) ahead(told Tense, start int) bool {
	if told == Future {
		return true
	}
	_, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	return cs == cueIsModal || cs == cueIsFuture
}

// comingDay returns the day of the next time of day e after the start of
// the publication day pubDay: that day (whose end is midnight, 24:00), or
// the next for 00:00.
func comingDay(e *Expr, pubDay time.Time) time.Time {
	if e.Clock && e.Hour == 0 && e.Minute == 0 {
		return pubDay.AddDate(0, 0, 1)
	}
	return pubDay
}

// midnight reports whether e is midnight, 24:00 (the word) or 00:00.
func midnight(e *Expr) bool { return e.Clock && (e.Hour == 0 || e.Hour == 24) && e.Minute == 0 }

// afterReach returns where the first cue after a phrase at [start, end) of
// the sentence low is looked for when none stands before it: the
// afterWindow bytes after it; for a phrase that opens the sentence with a
// comma after it ("On Sunday, Tanzanian police and FBI agents said"), the
// verb of the main clause wherever it stands; for a possessive day that
// opens the sentence, its subject's verb wherever it stands, past an aside
// set off by commas: "Monday's meeting between the two sides in the capital is expected
// to be tense", "Monday's meeting, which was called by the chair, is
// expected to be tense" (the coming Monday).
func afterReach(low string, start, end int) (from, to int) {
	switch lead := strings.TrimSpace(low[:start]); {
	case lead == "on" || lead == "" && !possessive(low[end:]):
		if !strings.HasPrefix(low[end:], ",") {
			return end, end + afterWindow
		}
		from = end // "On Sunday, police and FBI agents said": the main clause's verb
		if subordinator[wordAt(low, end+1)] {
			if j := strings.IndexByte(low[end+1:], ','); j >= 0 {
				from = end + 1 + j // "On Friday, when Albright set aside plans for the hastily planned trip, the State Department lifted"
			}
		}
		return from, len(low)
	case lead != "" || !possessive(low[end:]):
		return end, end + afterWindow
	}
	from = end
	if i := strings.IndexByte(low[end:], ','); i >= 0 {
		if j := strings.IndexByte(low[end+i+1:], ','); j >= 0 {
			from = end + i + 1 + j // after the aside
		}
	}
	return from, len(low)
}

// subordinator holds the words that open a subordinate clause: after a
// sentence's opening date and its comma, the main clause's verb comes after
// that clause (afterReach).
var subordinator = map[string]bool{
	"when": true, "as": true, "while": true, "after": true, "before": true, "because": true, "if": true,
	"although": true, "though": true, "since": true, "until": true, "once": true, "where": true,
}

// reportedWould reports whether the phrase at start follows "would" after
// a verb of saying ("the ministry said it would hold talks in June"), and
// where that verb and "would" are: the date then lies ahead of the saying.
// "would not", "would never", "would rather" and "would have" are left
// alone: a spokesman "would not comment Friday" on that Friday, and "would
// have" looks back.
func (c *tenseCues) reportedWould(start int) (said, would int, ok bool) {
	window := c.low[max(start-farWindow, 0):start] // a filter: cueBefore reads the clause
	if !strings.Contains(window, "would") && !strings.Contains(window, "may") && !strings.Contains(window, "might") {
		return 0, 0, false // most phrases: no cue word is read
	}
	at, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	if cs == cueIsFuture {
		// "said in May that interviews would begin in June": "begin", a
		// scheduled event's present, is the verb of "would"
		if v, j := wordEndingBefore(c.low, at); aheadModals[c.low[v:j]] {
			at, cs = v, cueIsModal
		}
	}
	if at < 0 || cs != cueIsModal {
		return 0, 0, false
	}
	w := wordAt(c.low, at)
	if !aheadModals[w] {
		return 0, 0, false
	}
	switch wordAt(c.low, at+len(w)) {
	case "not", "never", "have", "rather":
		return 0, 0, false
	}
	p, ps := c.cueBefore(at, cueIsModal|cueIsFuture|cueIsPast)
	if p < 0 || ps != cueIsPast || !lex().reporting[wordAt(c.low, p)] {
		if q := c.attribution(start); q >= 0 {
			return q, at, true // "the product would launch in the fall, the company said"
		}
		if (p < 0 || c.conditionalBefore(p, at)) && c.plannedWould(at+len(w), start) {
			return at, at, true // "under the plan, tuition would rise in the fall", "if needed, Game 6 would be played Thursday"
		}
		return 0, 0, false
	}
	return p, at, true
}

// conditionalBefore reports whether the past verb at p stands in a
// condition that a comma closes before "would" at at: "If needed, Game 6
// would be played Thursday", whose "needed" is not the verb of "would"'s
// clause (a relative clause is: "sold the unit, which would close in March").
func (c *tenseCues) conditionalBefore(p, at int) bool {
	if strings.IndexByte(c.low[p:at], ',') < 0 {
		return false
	}
	k := strings.LastIndexAny(c.low[:p], ",;:(") + 1
	f := strings.Fields(c.low[k:p])
	return len(f) > 0 && conditionals[f[0]]
}

// conditionals open a clause of condition: "if needed", "unless delayed".
var conditionals = map[string]bool{"if": true, "unless": true, "once": true}

// aheadModals are the modals whose clause may lie ahead of the time it is
// told in: "would" of a plan or of reported speech, and those of a
// possibility, "a second round of cuts may come in January", "gusts might
// reach 50 mph overnight Monday". Not "could", as often the past of "can":
// "could be located Wednesday".
var aheadModals = map[string]bool{"would": true, "might": true, "may": true}

// plannedWould reports whether "would", which ends at offset after and
// has no verb before it in its clause, tells a plan the story reports
// ("under the plan, tuition would rise in the fall", "the stadium would
// open in the spring"), which looks ahead from "would" as from a saying:
// not when a word of data/would_past.txt follows it ("would often close in
// June", "would later emerge"), nor when a past verb after a comma after the
// phrase at start tells whose memory it is ("..., she recalled").
func (c *tenseCues) plannedWould(after, start int) bool {
	if lex().wouldPast[wordAt(c.low, after)] {
		return false
	}
	i := strings.IndexByte(c.low[start:], ',')
	if i < 0 {
		return true
	}
	_, cs := c.firstCue(start+i+1, len(c.low))
	return cs&cueIsPast == 0
}

// attribution returns where a verb of saying stands as the first cue after
// a comma after offset start, the attribution that ends a sentence of
// reported speech ("..., the company said"), or -1.
func (c *tenseCues) attribution(start int) int {
	i := strings.IndexByte(c.low[start:], ',')
	if i < 0 {
		return -1
	}
	q, qs := c.firstCue(start+i+1, len(c.low))
	if q < 0 || qs != cueIsPast || !lex().reporting[wordAt(c.low, q)] {
		return -1
	}
	return q
}

// mustBefore reports whether the nearest cue before the phrase at start
// is "must", not "must have": a duty is done by a day to come ("must be
// returned by Jan. 14", "must leave by Monday").
func (c *tenseCues) mustBefore(start int) bool {
	const w = "must"
	if !strings.Contains(c.low[max(start-farWindow, 0):start], w) {
		return false // most phrases: no cue word is read
	}
	at, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	if at < 0 || cs != cueIsModal || wordAt(c.low, at) != w {
		return false
	}
	return wordAt(c.low, at+len(w)) != "have"
}

// sinceBefore reports whether the word before offset start, at [i, j)
// (wordEndingBefore), is "since", which puts a date on or before the time
// of writing, whatever the verb.
func (c *tenseCues) sinceBefore(start, i, j int) bool {
	if c.low[i:j] == "since" {
		return true
	}
	if w := c.low[i:j]; w != "in" && w != "on" || !strings.Contains(c.low[max(i-sinceWindow, 0):i], "since") {
		return false // most phrases: no "since" within reach
	}
	// "the first warning since Storm Eowyn in January": the event's date,
	// a few words after "since", with no verb between
	for k := 0; k < sinceReach && i > 0; k++ {
		if p := strings.TrimRight(c.low[:i], " "); strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") {
			return false
		}
		i, j = wordEndingBefore(c.low, i)
		if c.low[i:j] == "since" {
			at, _ := c.lastCue(j, start, cueIsModal|cueIsFuture|cueIsPast)
			return at < 0
		}
	}
	return false
}

// sinceReach is how many words may stand between "since" and the "in" or
// "on" before a date that "since" still holds ("since the storm in May").
const sinceReach = 5

// sinceWindow is how many bytes before that "in" or "on" sinceBefore looks
// for "since" before it reads the words: sinceReach words of news fit in it.
const sinceWindow = 80

// wordEndingBefore returns the span of the last word of low[:start], past
// any bytes that are not of a word; i == j when there is none.
func wordEndingBefore(low string, start int) (i, j int) {
	j = start
	for j > 0 && !isWordByte(low[j-1]) {
		j--
	}
	i = j
	for i > 0 && isWordByte(low[i-1]) {
		i--
	}
	return i, j
}

// dayBefore reports whether the lower-case text before "to" ends in a word
// that begins with a digit: the first day of a range ("from the 3rd to the
// 5th of May", "from Aug. 20 to Sept. 2"), whose end is no limit but takes
// the tense of its clause, as its start does; not after a verb that moves a
// date (data/moves.txt: "postponed from Aug. 31 to Nov. 30").
func dayBefore(low string) bool {
	i, j := wordEndingBefore(low, len(low))
	if i == j || !isDigit(low[i]) {
		return false
	}
	for k := 0; k < 4 && i > 0; k++ { // the first day's words, back to "from"
		i, j = wordEndingBefore(low, i)
		if low[i:j] == "from" {
			v, w := wordEndingBefore(low, i)
			return !lex().moves[low[v:w]] // "postponed from Aug. 31 to Nov. 30": a new term
		}
	}
	return true
}

// pastBeforeWord reports whether the phrase at start follows "before" that
// tells when the event of a past verb took place: "the bill passed before
// Christmas", "talks collapsed before the vote on Friday" (happened, read
// at "before"), or a saying, when "before" follows its verb: "said before
// Christmas that". "before" is a limit only in a clause that looks ahead
// ("must be returned before Jan. 14", "agreed to leave before Christmas").
func (c *tenseCues) pastBeforeWord(start int) bool {
	i, j := wordEndingBefore(c.low, start)
	if c.low[i:j] != "before" {
		return false
	}
	if v, k := wordEndingBefore(c.low, i); lex().reporting[c.low[v:k]] {
		return true // "the minister said before Christmas that he would quit": when he said it
	}
	return c.happened(i)
}

// eventTense returns the tense of a date or month at [start, end) of the
// lower-case sentence low that names when a scheduled event (data/
// event_nouns.txt) takes place, given told, the tense its cues give. Named
// before the event ("the Nov. 5 election"), it is the nearest one, as a
// name is, whatever the verb of the clause ("became the nominee ahead of
// the Nov. 5 election" in a story of July is the coming one); after it
// ("Leaders gather at the G7 summit in June"), with no cue, the coming one:
// an event named with its date in the present is one still to come.
func eventTense(told Tense, low string, start, end int) Tense {
	switch {
	case told == Past && eventAfter(low, start, end):
		return Unmarked
	case told == Unmarked && eventBefore(low, start):
		return Future
	}
	return told
}

// eventAfter reports whether the phrase at [start, end) of low follows
// "the" and comes before a noun of a scheduled event: "the Nov. 5 election".
func eventAfter(low string, start, end int) bool {
	if i, j := wordEndingBefore(low, start); low[i:j] != "the" || end+1 >= len(low) || low[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(low) && isWordByte(low[k]) {
		k++
	}
	return lex().eventNoun[low[end+1:k]]
}

// eventBefore reports whether the phrase at start of low follows a noun of
// a scheduled event and "in" or "on": "the G7 summit in June".
func eventBefore(low string, start int) bool {
	return listedBefore(low, start, lex().eventNoun, "in", "on")
}

// listedBefore reports whether the word before offset start of low is one
// of preps and the word before that is in set: "the G7 summit in [June]",
// "a deadline of [May 14]", "a truce from [Monday]".
func listedBefore(low string, start int, set map[string]bool, preps ...string) bool {
	i, j := wordEndingBefore(low, start)
	if !slices.Contains(preps, low[i:j]) {
		return false
	}
	v, w := wordEndingBefore(low, i)
	return set[low[v:w]]
}

// periodEnd reports whether the lower-case text before a date ends in a
// period and a word that makes the date its end ("the quarter ended", "the
// three months to", "the year ending"): the date is a term of the report,
// not a day that events of the text took place on, and "the next day"
// does not count from it.
func periodEnd(low string) bool {
	j := len(low)
	for j > 0 && !isWordByte(low[j-1]) {
		j--
	}
	if j == 0 || low[j-1] != 'd' && low[j-1] != 'g' && low[j-1] != 'o' && low[j-1] != 'h' {
		return false // most dates: the word before ends in none of these letters (read before the word is)
	}
	i, j := wordEndingBefore(low, j)
	if j-i < 2 || j-i > 7 {
		return false
	}
	switch low[i:j] {
	case "ended", "ending", "to", "through":
	default:
		return false
	}
	before := low[:i]
	return periodBefore(before) || strings.HasSuffix(strings.TrimRight(before, " "), "period")
}

// termLike reports whether t reads a date as a term, the nearest
// occurrence either side: Term or Plan.
func termLike(t Tense) bool { return t == Term || t == Plan }

// toldPast reports whether t is a tense of the past.
func toldPast(t Tense) bool { return t == Past || t == Happened }

// periodBefore reports whether the lower-case text before "to" ends in a
// unit of a week or more ("in the week to Friday", "the 12 months to
// August", "the year to March"): British for the period that ended then,
// whose end is no limit.
func periodBefore(low string) bool {
	i, j := wordEndingBefore(low, len(low))
	u, ok := lex().units[low[i:j]]
	return ok && u.grain >= GrainWeek && u.grain <= GrainYear
}

// leadUpBefore reports whether the lower-case text before "to" ends in a
// noun of the time before an event (data/lead_ups.txt: "the run-up to").
func leadUpBefore(low string) bool {
	b := strings.TrimRight(low, " ")
	for _, p := range lex().leadUps {
		if strings.HasSuffix(b, p) && (len(b) == len(p) || !isWordByte(b[len(b)-len(p)-1])) {
			return true
		}
	}
	return false
}

// pastBefore reports whether the nearest tense cue before offset start is a
// past one.
func (c *tenseCues) pastBefore(start int) bool {
	_, cs := c.lastCue(0, start, cueIsFuture|cueIsPast)
	return cs == cueIsPast
}

// afterInfinitive reports whether the word before offset i makes a bare
// past form there (lexicon.barePast) an infinitive or a present: "to", a
// modal, a future auxiliary, "do" or "not" ("to hit", "could hit", "will
// hit", "did not hit": the tense is that word's, read on its own), or a
// form of "get" that makes it a passive participle ("getting beat up").
func afterInfinitive(low string, i int) bool {
	v, j := wordEndingBefore(low, i)
	switch w := low[v:j]; w {
	case "to", "will", "shall", "ll", "do", "does", "did", "not", "never", "t", "cannot", "can",
		"get", "gets", "got", "getting", "gotten": // "getting beat up": a passive participle
		return true
	default:
		return modals[w]
	}
}

// afterDeterminer reports whether the word before offset i makes a bare
// past form there (lexicon.barePast) a noun or an adjective: "the hit
// series returns in September", "a split in the party", "the spread of
// the virus", "its new hit", "the band's hit single".
func afterDeterminer(low string, i int) bool {
	v, j := wordEndingBefore(low, i)
	if low[v:j] == "s" && (strings.HasSuffix(low[:v], "'") || strings.HasSuffix(low[:v], "’")) {
		return true // a possessive: "the band's hit single"
	}
	switch low[v:j] {
	case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
		"no", "any", "each", "every", "new", "big", "biggest", "major", "surprise", "smash", "box-office":
		return true
	}
	return false
}

// objectArticle reports whether the word after offset j of low is an
// article or a possessive, which begins the object of a verb before it
// ("set a record", "cut its key rate").
func objectArticle(low string, j int) bool {
	k := skipASCIISpace(low, j)
	if k == j {
		return false
	}
	e := k
	for e < len(low) && isWordByte(low[e]) {
		e++
	}
	switch low[k:e] {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// pastPlan reports whether the future cue f begins with a word of more
// than one that is no participle in -ed ("was due to"): the cue as a whole,
// not its first word, says the tense, where "planned for" is still the past
// participle's.
func pastPlan(f string) bool {
	w, _, ok := strings.Cut(f, " ")
	return ok && !strings.HasSuffix(w, "ed")
}

// objectAfter reports whether the word after offset j of text is a name
// (capitalised) or "the next": the object of a verb of a fixture ("hosts Las
// Vegas", "visits Green Bay", "hosts the next summit"), where a noun stands before a verb or a preposition
// ("the hosts won", "a visit to Paris") and a habit before a common noun
// ("pilgrims visit the shrine every year").
func objectAfter(text string, j int) bool {
	k := skipASCIISpace(text, j)
	return k > j && k < len(text) && (text[k] >= 'A' && text[k] <= 'Z' || strings.HasPrefix(text[k:], "the next "))
}

// monthMay reports whether the word text[i:j] is "May" with its capital
// inside a sentence: the month ("said in May that"), not the modal.
func monthMay(text string, i, j int) bool {
	return j-i == 3 && i > 0 && text[i] == 'M' && text[i+1] == 'a' && text[i+2] == 'y'
}

// adjectiveCue reports whether the future cue f at offset i of low is a
// participle that a determiner or a possessive makes an adjective, which
// says no tense: "the summit's scheduled Friday close", "the scheduled
// vote" (the verb of the clause then decides).
func adjectiveCue(low string, i int, f string) bool {
	return strings.HasSuffix(f, "ed") && !strings.Contains(f, " ") && afterDeterminer(low, i)
}

// agentAfter reports whether "by" and a name, with or without "the",
// follow the word text[i:j] of a sentence, with no comma before it: the
// agent of a passive participle that tells which thing is meant, and no
// tense of its own ("trade ministers hosted by the Singaporean government
// on Thursday and Friday are set to meet" takes the tense of "are set to";
// "were hosted by" keeps that of "were"). Set off by a comma, the
// participle tells an event of its own, in the past: "the agreement,
// announced by Qatar on Wednesday, is due to take effect". Not an amount:
// "prices rose by 5% in March", "sales increased by the most since 2009".
func agentAfter(text string, i, j int) bool {
	if j+4 >= len(text) || text[j] != ' ' || text[j+1] != 'b' || text[j+2] != 'y' || text[j+3] != ' ' {
		return false // most words
	}
	if i >= 2 && text[i-2] == ',' {
		return false
	}
	rest := text[j+4:]
	rest = strings.TrimPrefix(rest, "the ")
	return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// afterBe reports whether the word before offset i is a form of "be", which
// makes a past participle passive rather than past ("will be held", "when
// the case is heard"); "was" and "were" are past cues themselves.
func afterBe(low string, i int) bool {
	j := i
	for j > 0 && low[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordByte(low[k-1]) {
		k--
	}
	switch low[k:j] {
	case "be", "been", "being", "is", "are":
		return true
	}
	return false
}
