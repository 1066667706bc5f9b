package dates

import (
	"math/bits"
	"regexp/syntax"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// A rule's vocabulary is every word (a run of ASCII letters and digits, as
// the scan splits text) that a phrase of the rule can hold whole between
// two other characters of the phrase: in "the past two years", the words
// "past" and "two". The driver tries a rule at a word before its trigger
// only when each word between them is in the vocabulary: a phrase from
// there could not reach the trigger otherwise ("the" in "the meeting two
// years ago" cannot start a duration that runs to "years").
//
// vocabListsTaking reads it off the compiled pattern (lower-cased, as the
// driver matches), given what each instruction of prog may consume (pt):
// from each place after a character that is not a letter or digit, every
// run of letters up to the next such character. It adds bit to lists[w]
// for each word w of the vocabulary. Words with a digit are not listed;
// digits reports whether the pattern can hold any (a word with a digit is
// then always let through). ok is false when the vocabulary is too large
// to list (a class of many letters, a loop over letters), and the rule is
// then tried at every word of the lead; it may then have added bit to the
// lists of some words.
func vocabListsTaking(prog *syntax.Prog, pt progTakes, lists map[string]uint64, bit uint64) (digits, ok bool) {
	take := pt.take
	if !pt.ok {
		return false, false
	}
	w := &vocabWalk{
		inst: prog.Inst, take: take, lists: lists, bit: bit,
		onPath: make([]int32, len(prog.Inst)), walked: make([]bool, len(prog.Inst)),
	}
	// Words start after a character that is not a letter or digit; walk
	// from each place once.
	started := make([]bool, len(prog.Inst))
	for pc := range prog.Inst {
		if !take[pc].other || started[prog.Inst[pc].Out] {
			continue
		}
		started[prog.Inst[pc].Out] = true
		w.n = 0
		if !w.walk(prog.Inst[pc].Out) {
			return false, false
		}
	}
	return w.digits, true
}

// takes is what one instruction of a pattern may consume, as the
// vocabulary walk sees it.
type takes struct {
	letters uint32 // lower-case ASCII letters, bit c-'a'
	digit   bool
	other   bool // a byte that is not an ASCII letter or digit
}

// progTakes is what vocabTakes returns for a pattern: the vocabulary and
// the word steps (see wordSteps) both read it, computed once.
type progTakes struct {
	take []takes
	ok   bool
}

// newProgTakes returns vocabTakes's answer for prog.
func newProgTakes(prog *syntax.Prog) progTakes {
	take, ok := vocabTakes(prog)
	return progTakes{take, ok}
}

// rulesTakes returns progTakes for the pattern of each rule of rs.
func rulesTakes(rs []*Rule) []progTakes {
	pts := make([]progTakes, len(rs))
	for i, r := range rs {
		pts[i] = newProgTakes(r.fast().Syntax())
	}
	return pts
}

// vocabTakes returns what each instruction of prog may consume; false if
// one takes too many letters for the words to be listed.
func vocabTakes(prog *syntax.Prog) ([]takes, bool) {
	const maxClass = 4 // letters one instruction may take before the list is given up
	take := make([]takes, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		var t takes
		switch {
		case in.Op != syntax.InstRune && in.Op != syntax.InstRune1 && in.Op != syntax.InstRuneAny && in.Op != syntax.InstRuneAnyNotNL:
			continue
		case in.Op == syntax.InstRune1 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
			if c := in.Rune[0]; c >= 'a' && c <= 'z' {
				t.letters = 1 << (c - 'a') // most are
				break
			}
			t.add(in.Rune[0], in.Rune[0])
		case in.Op == syntax.InstRune && len(in.Rune)%2 == 0 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
			for i := 0; i < len(in.Rune); i += 2 {
				t.add(in.Rune[i], in.Rune[i+1])
			}
		default: // any rune, or folded case: ask the instruction
			for c := rune(0); c < utf8.RuneSelf; c++ {
				if in.MatchRune(c) {
					t.add(c, c)
				}
			}
			// runes beyond ASCII (and stray bytes) end a word, as in the scan
			if in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL {
				t.other = true
			}
			for _, r := range in.Rune {
				t.other = t.other || r >= utf8.RuneSelf
			}
		}
		if bits.OnesCount32(t.letters) > maxClass {
			return nil, false
		}
		take[pc] = t
	}
	return take, true
}

// add notes that t takes the characters lo to hi. Upper-case letters are
// never met (the text is lower-cased); runes beyond ASCII (and stray bytes)
// end a word, as in the scan.
func (t *takes) add(lo, hi rune) {
	if lo <= 'z' && hi >= 'a' {
		from, to := max(lo, 'a'), min(hi, 'z')
		t.letters |= uint32(1)<<(to-'a'+1) - uint32(1)<<(from-'a')
	}
	t.digit = t.digit || lo <= '9' && hi >= '0'
	t.other = t.other || lo < '0' || hi > 'z' || lo <= 'A'-1 && hi >= '9'+1 || lo <= 'a'-1 && hi >= 'Z'+1
}

// vocabWalk follows a pattern from the places where words start, through
// instructions that consume nothing and through letters, and lists each
// word where a character that ends it follows. Words longer than
// vocabLongest bytes are left out: the driver lets such words through
// anyway.
type vocabWalk struct {
	inst   []syntax.Inst
	take   []takes
	lists  map[string]uint64 // the words listed, with bit set
	bit    uint64
	digits bool // some instruction met may take a digit
	steps  int
	onPath []int32 // per pc: 1 + the length of the word when the current path entered it
	// walked marks the places entered with no word read: a second walk
	// from there would list the same words.
	walked []bool
	word   [vocabLongest]byte
	n      int // of word read so far
}

const (
	vocabLongest = 16      // bytes of the longest word listed
	vocabBudget  = 1 << 20 // steps of the walk, all places together
)

// walk lists the words from pc on, the first w.n bytes read; false if the
// words cannot be listed (too many steps, a loop over letters).
func (w *vocabWalk) walk(pc uint32) bool {
	if w.steps++; w.steps > vocabBudget {
		return false
	}
	switch w.onPath[pc] {
	case 0:
	case int32(w.n) + 1:
		return true // a loop that consumes nothing adds no word
	default:
		return false // a loop over letters: words without end
	}
	if w.n == 0 {
		if w.walked[pc] {
			return true
		}
		w.walked[pc] = true
	}
	w.onPath[pc] = int32(w.n) + 1
	ok := w.step(pc)
	w.onPath[pc] = 0
	return ok
}

// step is walk's work at pc, which is on the path.
func (w *vocabWalk) step(pc uint32) bool {
	in := &w.inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		return w.walk(in.Out) && w.walk(in.Arg)
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		return w.walk(in.Out)
	case syntax.InstMatch, syntax.InstFail:
		return true // a word the phrase ends on is not between two others
	}
	t := w.take[pc]
	w.digits = w.digits || t.digit // a word with a digit: not listed
	if t.other && w.n > 0 {
		word := w.word[:w.n]
		if m := w.lists[string(word)]; m&w.bit == 0 { // a lookup first: it does not copy word, as adding it would
			w.lists[string(word)] = m | w.bit
		}
	}
	if t.letters == 0 || w.n == vocabLongest {
		return true
	}
	for l := t.letters; l != 0; l &= l - 1 { // the letters in order, a to z
		w.word[w.n] = byte('a' + bits.TrailingZeros32(l))
		w.n++
		ok := w.walk(in.Out)
		w.n--
		if !ok {
			return false
		}
	}
	return true
}

// vocabIndex says which rules may hold a word whole between two others of
// a phrase.
type vocabIndex struct {
	words  *wordTable // word -> the rules whose vocabulary lists it
	digits uint64     // rules whose phrases may hold words with a digit
	all    uint64     // rules with a vocabulary too large to list: any word
}

// newVocabIndexTaking builds the vocabIndex of rs, given their rulesTakes.
func newVocabIndexTaking(rs []*Rule, pts []progTakes) *vocabIndex {
	x := &vocabIndex{}
	lists := map[string]uint64{}
	for i, r := range rs {
		bit := uint64(1) << i
		digits, ok := vocabListsTaking(r.fast().Syntax(), pts[i], lists, bit)
		if !ok {
			x.all |= bit // any word, those listed too
			continue
		}
		if digits {
			x.digits |= bit
		}
	}
	x.words = newWordTable(lists)
	return x
}

// mask returns the rules whose phrases may hold the word at offset p of the
// lower-cased sentence low (an apostrophe may begin it: "'90s").
func (x *vocabIndex) mask(low string, p int) uint64 {
	if p+8 <= len(low) {
		// most words: their length and digits off one load, as startMasksMemo does
		if w := swar.LoadAt(low, p); swar.ASCII(w) {
			n, digits := asciiWord(w)
			if n > 0 && (n < 8 || p+8 == len(low) || byteClass[low[p+8]] == 0) {
				m := x.all | x.words.getShort(w&swar.FirstBytes[n&15])
				if digits != 0 {
					m |= x.digits
				}
				return m
			}
		}
	}
	i := p
	for i < len(low) && byteClass[low[i]] == 0 {
		i++
	}
	j, classes := i, uint8(0)
	for j < len(low) && byteClass[low[j]] != 0 {
		classes |= byteClass[low[j]]
		j++
	}
	if j == i || j-i > 16 {
		return ^uint64(0) // not a word the lists could hold: no rule is ruled out
	}
	m := x.all
	if n := j - i; n <= 8 && i+8 <= len(low) {
		m |= x.words.getShort(swar.LoadAt(low, i) & swar.FirstBytes[n&15]) // one load, as the scan does
	} else {
		m |= x.words.get(keyAt(low, i, n))
	}
	if classes&classDigit != 0 {
		m |= x.digits
	}
	return m
}
