package backtrack

import (
	"encoding/binary"
	"math/rand/v2"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// cases pairs patterns with inputs; every pair is checked against the
// regexp package, anchored at the start.
var cases = []struct {
	pattern string
	inputs  []string
}{
	{`a`, []string{"", "a", "ab", "ba"}},
	{`(a|ab)(c|bcd)(d*)`, []string{"abcd", "abc", "acd", "abd"}},
	{`(?P<x>\d+)(?:\s+(?P<y>days?|weeks?))?\b`, []string{"3 days", "3 weeks ago", "12", "3daysx", "3 dayz"}},
	{`(?:the\s+)?(last|next|this)\s+(week|month|year)\b`, []string{"the last week", "next month's", "this years", "the  this year", "the"}},
	{`(january|june|july|jan\.?)\s*(\d{1,2})\b`, []string{"june 5", "jan. 12", "jan 123", "july", "jul 4"}},
	{`(?:^|[^\w])x`, []string{"x", " x", "ax"}},
	{`\bword\b`, []string{"word", "words", "word!"}},
	{`(?i)Straße`, []string{"STRASSE", "straße", "STRAẞE"}},
	{`(?i)k`, []string{"K", "k", "\u212a"}},
	{`(a?)+?c`, []string{"aac", "c"}},
	{`(?s).+x`, []string{"ab\nx", "x"}},
	{`.+x`, []string{"ab\nx", "abx"}},
	{`’(\d)0s`, []string{"’90s", "'90s"}},
	{`[^a-z]+$`, []string{"123", "12a"}},
	{`[^0]*`, []string{"\x85", "a\xffb0"}},
	{`(0){0}(1)`, []string{"01", "1"}},
	{`(?m)a$`, []string{"a\nb", "a"}},
	{``, []string{"", "x"}},
	// Literal runs, taken several bytes at once: short and long runs, at
	// the end of the input and well before it, and a run longer than 16.
	{`ab(c)`, []string{"abc", "abd", "ab", "abcdefghijklmnopqrstu"}},
	{`september\s+(\d+)`, []string{"september 3", "septembe", "september", "septemberx 3", "september 30 and more text here", "septembre 30 and more text here", "septembeR 30 and more text here"}},
	{`abcdefgh(x)?`, []string{"abcdefgh", "abcdefg", "abcdefghx", "abcdefgxh and more text"}},
	{`abcdefghijklmnopqrst`, []string{"abcdefghijklmnopqrst", "abcdefghijklmnopqrsx", "abcdefghijklmnopqrst and more", "abcdefghijklmnopq"}},
	{`(?:thirty|thirteen|three)-(day|days)`, []string{"thirteen-days", "thirty-day long", "three-", "thirtee-days"}},
	// Alternations of many arms, taken as one multi-way branch: arms that
	// share a first byte, arms that match the empty string or only at the
	// end, arms beyond ASCII, and a branch on a loop.
	{`(?:(a)|(ab)|(b)|(c)|(d)|(é)|x)+?(\d|$)`, []string{"ab1", "aab", "é2", "", "x", "abcdé3", "\xff", "dd"}},
	{`(?:(?P<ap>about|almost|nearly)\s+)?(?:(the)\s+)?(?:(two|three|ten|\d+)[\s-]+)?(years?|months?|weeks?|days?|é)`, []string{"about two years", "nearly the ten days", "the 3-weeks", "almost", "é", "months ago"}},
	{`(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr)\.?|[^a-z]x`, []string{"friday", "jan.", "feb", "sundays", "1x", "éx", "x"}},
	// Branches that share arms.
	{`(?:a?|b?){6}c`, []string{"abc", "c", "ab", "bbbbbbc"}},
	// Chains of groups, assertions and empty matches, fused into the
	// instruction after them: nested and empty groups, a chain longer than
	// maxChain, assertions inside a loop, and ^ after the start, which the
	// start's copy drops but the loop's way back keeps.
	{`((((a))))(()|b)(\b)()c`, []string{"ac", "abc", "a c", "abx"}},
	{strings.Repeat(`()`, 70) + `(x)` + strings.Repeat(`()`, 40), []string{"x", "y", ""}},
	{`(?:(\b)(a|b)(\B)?)+`, []string{"ab", "a b", "aab", "b"}},
	{`(?:^a)+`, []string{"aa", "a", "ba"}},
	{`(?m)(?:^(a)\n?)+`, []string{"a\na\nb", "aa", "a\nb"}},
	{`(?:(a)|^b|x\b)+?$`, []string{"ab", "bx", "aaa", "", "bax"}},
	// More capture slots than Match copies at once.
	{strings.Repeat(`(x)?`, 40) + `(y)`, []string{"y", "xxy", strings.Repeat("x", 40) + "y", "xx"}},
}

func TestMatchesRegexp(t *testing.T) {
	var m Machine
	for _, c := range cases {
		re := regexp.MustCompile(`^(?:` + c.pattern + `)`)
		p := MustCompile(`^(?:` + c.pattern + `)`)
		for _, in := range c.inputs {
			want := re.FindStringSubmatchIndex(in)
			caps := make([]int, p.NumCap())
			matched, done := m.Match(p, in, caps, 1<<20)
			if !done {
				t.Fatalf("%q on %q: budget ran out", c.pattern, in)
			}
			if matched != (want != nil) || matched && !reflect.DeepEqual(caps, want) {
				t.Errorf("%q on %q: got %v %v, regexp says %v", c.pattern, in, matched, caps, want)
			}
			if !matched && slices.ContainsFunc(caps, func(x int) bool { return x != -1 }) {
				t.Errorf("%q on %q: no match, yet offsets %v", c.pattern, in, caps)
			}
		}
	}
}

func TestBudget(t *testing.T) {
	// Exponential for a backtracker without memory: the budget stops it.
	p := MustCompile(`^(?:(a|aa)*c)`)
	var m Machine
	caps := make([]int, p.NumCap())
	if _, done := m.Match(p, strings.Repeat("a", 60), caps, 10000); done {
		t.Fatal("a run that needs Fibonacci(60) steps finished within 10000")
	}
	// A loop that matches the empty string would go round for ever.
	loop := MustCompile(`^(?:(a*)*b)`)
	if _, done := m.Match(loop, "aaa", make([]int, loop.NumCap()), 10000); done {
		t.Fatal("an empty loop finished")
	}
	// A budget that suffices gives the answer.
	matched, done := m.Match(p, "aac", caps, 10000)
	if !matched || !done || caps[1] != 3 {
		t.Fatalf("got %v %v %v, want a match of 3 bytes", matched, done, caps)
	}
}

func TestCompileError(t *testing.T) {
	if _, err := Compile(`(`); err == nil {
		t.Fatal("want an error for an unbalanced pattern")
	}
}

// FuzzMatch checks that the backtracker agrees with the regexp package on
// any pattern and input, whenever it finishes within its budget.
func FuzzMatch(f *testing.F) {
	for _, c := range cases {
		for _, in := range c.inputs {
			f.Add(c.pattern, in)
		}
	}
	var m Machine
	f.Fuzz(func(t *testing.T, pattern, in string) {
		if _, err := regexp.Compile(pattern); err != nil {
			return // and ")|(" would escape the anchoring group below
		}
		re, err := regexp.Compile(`^(?:` + pattern + `)`)
		if err != nil {
			return
		}
		p, err := Compile(`^(?:` + pattern + `)`)
		if err != nil {
			t.Fatalf("regexp compiles %q, backtrack does not: %v", pattern, err)
		}
		caps := make([]int, p.NumCap())
		matched, done := m.Match(p, in, caps, 100000)
		if !done {
			return
		}
		want := re.FindStringSubmatchIndex(in)
		if matched != (want != nil) || matched && !reflect.DeepEqual(caps, want) {
			t.Fatalf("%q on %q: got %v %v, regexp says %v", pattern, in, matched, caps, want)
		}
		if !matched && slices.ContainsFunc(caps, func(x int) bool { return x != -1 }) {
			t.Fatalf("%q on %q: no match, yet offsets %v", pattern, in, caps)
		}
	})
}

func BenchmarkMatch(b *testing.B) {
	p := MustCompile(`^(?:(?:the\s+)?(last|next|this|past|coming)\s+(week|month|quarter|year)\b)`)
	var m Machine
	caps := make([]int, p.NumCap())
	in := "the past month, officials said"
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		m.Match(p, in, caps, 1000)
	}
}

// An alternation of three or more arms becomes one multi-way branch.
func TestBranches(t *testing.T) {
	count := func(pattern string) int {
		arms := map[uint32]bool{} // fused copies of a branch share its arms
		for _, in := range MustCompile(pattern).insts {
			if in.op == instBranch {
				arms[in.out] = true
			}
		}
		return len(arms)
	}
	for pattern, want := range map[string]int{
		`^(?:a|b)`:                 0, // two arms: a plain branch
		`^(?:ab|cd|ef)`:            1,
		`^(?:(?:ab|cd|ef)?x)`:      1, // the optional's skip is a fourth arm
		`^(?:(ab|cd|ef)(gh|ij|k))`: 2,
	} {
		if got := count(pattern); got != want {
			t.Errorf("%s: %d multi-way branches, want %d", pattern, got, want)
		}
	}
	// Branches that share arms make a tree of exponentially many leaves,
	// which compiling must not walk to the end: it takes microseconds, the
	// whole walk (2^40 leaves) would take hours. The bound only tells a
	// hang from a busy machine; it measures nothing.
	start := time.Now()
	MustCompile(`^(?:(?:a?|b?){40}c)`)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("compiling took %v", d)
	}
}

// Instructions that take nothing and do not branch are fused into the
// ones after them: none is left for Match to step through.
func TestFuse(t *testing.T) {
	for _, pattern := range []string{
		`^(?:(a)(b)?\b(?P<x>c|d))`,
		`^(?:(?:the\s+)?(last|next|this)\s+(week|month|year)\b)`,
		`^(?:` + strings.Repeat(`()`, 70) + `x)`,
	} {
		p := MustCompile(pattern)
		for pc, in := range p.insts {
			switch in.op {
			case syntax.InstCapture, syntax.InstEmptyWidth:
				t.Errorf("%s: instruction %d is still %v", pattern, pc, in.op)
			}
		}
		if in := p.insts[p.startPC]; in.pre&^preCaps != 0 {
			t.Errorf("%s: the start tests %v, which holds at the start", pattern, syntax.EmptyOp(in.pre&^preCaps))
		}
	}
}

// A literal becomes one instruction per run of at most 16 bytes.
func TestLiteralRuns(t *testing.T) {
	for pattern, want := range map[string][]int{
		`^(?:september)`:             {9},
		`^(?:ab|c)`:                  {2},
		`^(?:abcdefghijklmnopqrstu)`: {16, 5},
		`^(?:(?i)ab)`:                nil, // folded: byte by byte
	} {
		p := MustCompile(pattern)
		var got []int
		// the path of first choices, from the start to the match
		for pc := p.startPC; p.insts[pc].op != syntax.InstMatch; pc = p.insts[pc].out {
			if in := &p.insts[pc]; in.op == instLiteral {
				got = append(got, int(in.flags))
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: literal runs %v, want %v", pattern, got, want)
		}
	}
}

// TestContext checks context against syntax.EmptyOpContext at every offset
// of strings of ASCII bytes, newlines, word bytes and runes that are not
// ASCII.
func TestContext(t *testing.T) {
	sides := []string{"", "a", "Z", "0", "_", " ", "\n", ".", "é", "\x80"}
	for _, a := range sides {
		for _, b := range sides {
			s := a + b
			for pos := 0; pos <= len(s); pos++ {
				r1, r2 := rune(-1), rune(-1)
				if pos > 0 {
					r1, _ = utf8.DecodeLastRuneInString(s[:pos])
				}
				if pos < len(s) {
					r2, _ = utf8.DecodeRuneInString(s[pos:])
				}
				if got, want := context(s, pos), syntax.EmptyOpContext(r1, r2); got != want {
					t.Errorf("context(%q, %d) = %v, want %v", s, pos, got, want)
				}
			}
		}
	}
	for c := range 128 {
		for d := range 128 {
			s := string([]byte{byte(c), byte(d)})
			if got, want := context(s, 1), syntax.EmptyOpContext(rune(c), rune(d)); got != want {
				t.Errorf("context(%q, 1) = %v, want %v", s, got, want)
			}
		}
	}
}

// asciiTaken's answer for a single rune without folding (InstRune1) is its
// answer for the range of that rune alone (InstRune), read the general way.
func TestAsciiTakenSingleRune(t *testing.T) {
	for r := rune(0); r < 300; r++ {
		lo1, hi1 := asciiTaken(&syntax.Inst{Op: syntax.InstRune1, Rune: []rune{r}})
		lo2, hi2 := asciiTaken(&syntax.Inst{Op: syntax.InstRune, Rune: []rune{r, r}})
		if lo1 != lo2 || hi1 != hi2 {
			t.Errorf("%q: asciiTaken of InstRune1 is %x %x, of the range %x %x", r, lo1, hi1, lo2, hi2)
		}
	}
}

// firstSets reads a single rune without folding (InstRune1) as it reads
// the range of that rune alone (InstRune), in the programs of the test
// patterns.
func TestFirstSetsSingleRune(t *testing.T) {
	for _, c := range cases {
		prog := MustCompile(c.pattern).Syntax()
		ranges := *prog
		ranges.Inst = slices.Clone(prog.Inst)
		for pc := range ranges.Inst {
			if in := &ranges.Inst[pc]; in.Op == syntax.InstRune1 {
				in.Op, in.Rune = syntax.InstRune, []rune{in.Rune[0], in.Rune[0]}
			}
		}
		if got, want := new(scratch).firstSets(prog), new(scratch).firstSets(&ranges); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: first sets differ with single runes read as ranges", c.pattern)
		}
	}
}

// literalRuns answers as literalAt does for every instruction of the
// programs of the test patterns and of literals longer than a run.
func TestLiteralRunsAgreeWithLiteralAt(t *testing.T) {
	patterns := []string{`abcdefghijklmnopqrstuvwxyz0123456789`, `(?:x|abcdefghijklmnopq)r?abcdefghijklmnopq`, `(?:ab)+c`, `(?i)abc`}
	for _, c := range cases {
		patterns = append(patterns, c.pattern)
	}
	for _, pattern := range patterns {
		prog := MustCompile(pattern).Syntax()
		runs := new(scratch).literalRuns(prog)
		for pc := range prog.Inst {
			lit, n, out := literalAt(prog, uint32(pc))
			if r := runs[pc]; r.lit != lit || int(r.n) != n || r.out != out {
				t.Errorf("%s: at %d, literalRuns gives %x %d %d, literalAt %x %d %d", pattern, pc, r.lit, r.n, r.out, lit, n, out)
			}
		}
	}
}

// byteClassesByMap is byteClasses as first written, with a map keyed by
// the arms of every branch: the oracle of TestByteClasses.
func byteClassesByMap(masks [][utf8.RuneSelf]uint64) (class [utf8.RuneSelf]uint8, rep []int) {
	classes := map[string]uint8{}
	sig := make([]byte, 0, 8*len(masks))
	for c := 0; c < utf8.RuneSelf; c++ {
		sig = sig[:0]
		for i := range masks {
			sig = binary.LittleEndian.AppendUint64(sig, masks[i][c])
		}
		id, ok := classes[string(sig)]
		if !ok {
			id = uint8(len(rep))
			classes[string(sig)] = id
			rep = append(rep, c)
		}
		class[c] = id
	}
	return class, rep
}

// byteClasses classes bytes as byteClassesByMap does, for masks of few
// branches and many, with few classes and with a class per byte.
func TestByteClasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 500; round++ {
		masks := make([][utf8.RuneSelf]uint64, 1+rng.IntN(40))
		values := 1 + rng.IntN(4) // distinct masks per branch: few classes, or (with many branches) many
		if round%50 == 0 {
			values = 1 << 20
		}
		for i := range masks {
			for c := range masks[i] {
				masks[i][c] = uint64(rng.IntN(values))
			}
		}
		var p Prog
		rep := p.byteClasses(masks)
		wantClass, wantRep := byteClassesByMap(masks)
		if p.class != wantClass || !slices.Equal(rep, wantRep) {
			t.Fatalf("round %d: classes %v %v, want %v %v", round, p.class, rep, wantClass, wantRep)
		}
	}
}
