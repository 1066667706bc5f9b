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
// vocabulary reads it off the compiled pattern (lower-cased, as the driver
// matches): from each place after a character that is not a letter or
// digit, every run of letters up to the next such character. Words with a
// digit are not listed; digits reports whether the pattern can hold any
// (a word with a digit is then always let through). ok is false when the
// vocabulary is too large to list (a class of many letters, a loop over
// letters), and the rule is then tried at every word of the lead.
func vocabulary(prog *syntax.Prog) (words map[string]bool, digits, ok bool) {
	const (
		maxClass = 4       // letters one instruction may take before the list is given up
		budget   = 1 << 20 // steps of the walk, all places together
	)
	type takes struct {
		letters uint32 // lower-case ASCII letters, bit c-'a'
		digit   bool
		other   bool // a byte that is not an ASCII letter or digit
	}
	take := make([]takes, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		default:
			continue
		}
		var t takes
		add := func(c rune) {
			switch {
			case c >= 'a' && c <= 'z':
				t.letters |= 1 << (c - 'a')
			case c >= '0' && c <= '9':
				t.digit = true
			case c >= 'A' && c <= 'Z': // the text is lower-cased: never met
			default:
				t.other = true
			}
		}
		switch {
		case in.Op == syntax.InstRune1 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
			if in.Rune[0] < utf8.RuneSelf {
				add(in.Rune[0])
			}
		case in.Op == syntax.InstRune && len(in.Rune)%2 == 0 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
			for i := 0; i < len(in.Rune); i += 2 {
				for c := in.Rune[i]; c <= in.Rune[i+1] && c < utf8.RuneSelf; c++ {
					add(c)
				}
			}
		default: // any rune, or folded case: ask the instruction
			for c := rune(0); c < utf8.RuneSelf; c++ {
				if in.MatchRune(c) {
					add(c)
				}
			}
		}
		switch in.Op { // runes beyond ASCII (and stray bytes) end a word, as in the scan
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			t.other = true
		case syntax.InstRune1:
			t.other = t.other || in.Rune[0] >= utf8.RuneSelf
		default:
			for _, r := range in.Rune {
				t.other = t.other || r >= utf8.RuneSelf
			}
		}
		if bits.OnesCount32(t.letters) > maxClass {
			return nil, false, false
		}
		take[pc] = t
	}
	// walk follows the pattern from pc with word read so far, through
	// instructions that consume nothing and through letters, and lists the
	// word where a character that ends it follows. Words longer than 16
	// bytes are left out: the driver lets such words through anyway.
	const longest = 16
	words = map[string]bool{}
	var word []byte
	steps := 0
	onPath := make([]int32, len(prog.Inst)) // per pc: 1 + the length of word when the current path entered it
	var walk, step func(pc uint32) bool
	walk = func(pc uint32) bool {
		if steps++; steps > budget {
			return false
		}
		switch onPath[pc] {
		case 0:
		case int32(len(word)) + 1:
			return true // a loop that consumes nothing adds no word
		default:
			return false // a loop over letters: words without end
		}
		onPath[pc] = int32(len(word)) + 1
		ok := step(pc)
		onPath[pc] = 0
		return ok
	}
	// step is walk's work at pc, which is on the path.
	step = func(pc uint32) bool {
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(in.Out)
		case syntax.InstMatch, syntax.InstFail:
			return true // a word the phrase ends on is not between two others
		}
		t := &take[pc]
		digits = digits || t.digit // a word with a digit: not listed
		// a lookup first: it does not copy word, as adding it would
		if t.other && len(word) > 0 && !words[string(word)] {
			words[string(word)] = true
		}
		if t.letters == 0 || len(word) == longest {
			return true
		}
		for l := t.letters; l != 0; l &= l - 1 { // the letters in order, a to z
			word = append(word, byte('a'+bits.TrailingZeros32(l)))
			ok := walk(in.Out)
			word = word[:len(word)-1]
			if !ok {
				return false
			}
		}
		return true
	}
	// Words start after a character that is not a letter or digit; walk
	// from each place once.
	started := make([]bool, len(prog.Inst))
	for pc := range prog.Inst {
		if !take[pc].other || started[prog.Inst[pc].Out] {
			continue
		}
		started[prog.Inst[pc].Out] = true
		word = word[:0]
		if !walk(prog.Inst[pc].Out) {
			return nil, false, false
		}
	}
	return words, digits, true
}

// vocabIndex says which rules may hold a word whole between two others of
// a phrase.
type vocabIndex struct {
	words  *wordTable // word -> the rules whose vocabulary lists it
	digits uint64     // rules whose phrases may hold words with a digit
	all    uint64     // rules with a vocabulary too large to list: any word
}

func newVocabIndex(rs []*Rule) *vocabIndex {
	x := &vocabIndex{}
	lists := map[string]uint64{}
	for i, r := range rs {
		bit := uint64(1) << i
		words, digits, ok := vocabulary(r.fast.Syntax())
		if !ok {
			x.all |= bit
			continue
		}
		if digits {
			x.digits |= bit
		}
		for w := range words {
			lists[w] |= bit
		}
	}
	x.words = newWordTable(lists)
	return x
}

// mask returns the rules whose phrases may hold the word at offset p of the
// lower-cased sentence low (an apostrophe may begin it: "'90s").
func (x *vocabIndex) mask(low string, p int) uint64 {
	if p+8 <= len(low) {
		// most words: their length and digits off one load, as startMaskMemo does
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
