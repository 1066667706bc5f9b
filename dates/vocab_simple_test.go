package dates

import (
	"maps"
	"math/bits"
	"regexp/syntax"
	"testing"
	"unicode/utf8"
)

// vocabularySimple is vocabulary as first written, a walk from every place
// without the memory of places walked, against which vocabulary is tested.
func vocabularySimple(prog *syntax.Prog) (words map[string]bool, digits, ok bool) {
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

// vocabulary lists what vocabularySimple lists, for every built-in rule
// and for patterns with loops, classes and shared endings.
func TestVocabularyAsSimple(t *testing.T) {
	var progs []*syntax.Prog
	for _, r := range builtinRules() {
		progs = append(progs, r.fast().Syntax())
	}
	for _, p := range []string{
		`(?:the\s+)?(?:last|next)\s+(?:two|three|\d+)\s+(?:years?|months?)`,
		`a\s+(?:very\s+)*long\s+time`,
		`\d+\s+[a-z]+\s+ago`,
		`ago\s+(?:x|y)+\s+now`,
		`(?:\s*|,)(?:of|in)?(?:\s|-)+(?:june|july)x?\b`,
		`[a-d]+\s+(?:[e-h]|\.)+\s+z`,
		`(?i:Monday)\s+(?:x|.)\s+café\s+[ab]{1,20}\s+q`,
		`(?:(?:ab)*|c)\s+(?:un|deux)(?:\s+|-)*(?:trois)?`,
		`x\s+abcdefghijklmnopqrstuvwxyz\s+y`,
	} {
		re, err := syntax.Parse(`^(?:`+p+`)`, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog)
	}
	for i, prog := range progs {
		words, digits, ok := vocabulary(prog)
		wantWords, wantDigits, wantOK := vocabularySimple(prog)
		if ok != wantOK || digits != wantDigits || !maps.Equal(words, wantWords) {
			t.Errorf("pattern %d: got %d words %v %v, want %d words %v %v", i, len(words), digits, ok, len(wantWords), wantDigits, wantOK)
		}
	}
}

// BenchmarkVocabIndex measures building the vocabulary index of the
// built-in rules, which the first document with a lead word pays.
func BenchmarkVocabIndex(b *testing.B) {
	rs := builtinRules()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newVocabIndex(rs)
	}
}
