package dates

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// newWordSteps is newWordStepsTaking, reading what prog's instructions
// take itself.
func newWordSteps(prog *syntax.Prog, names *wordNames) *wordSteps {
	return newWordStepsTaking(prog, newProgTakes(prog), names)
}

func newStepIndex(rs []*Rule) *stepIndex { return newStepIndexTaking(rs, rulesTakes(rs)) }

// TestWordStepsReads checks that the word steps of each built-in rule
// could be read, and shows how many states each has.
func TestWordStepsReads(t *testing.T) {
	for _, r := range New().Rules() {
		ws := newWordSteps(r.fast().Syntax(), newWordNames())
		t.Logf("%-14s ok=%v words=%d accept=%x loose=%x digits=%x inside=%d", r.Name, ws.ok, len(ws.names.names), ws.accept, ws.loose, ws.digits, len(ws.inside))
	}
}

// wordStepsTexts returns the lines of the corpus, negative and seed texts.
func wordStepsTexts(t testing.TB) []string {
	var lines []string
	for _, text := range readTexts(t, corpusText, negativeText, seedText) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	return lines
}

// TestWordStepsSound checks that mayMatch never rules out a match: every
// rule at every byte of the corpus phrasings, the negative texts and the
// seed article, against the regexp engine. It also checks that it rules
// out something, or it would be no filter.
func TestWordStepsSound(t *testing.T) {
	if testing.Short() {
		t.Skip("millions of tries: the plain run checks it")
	}
	texts := wordStepsTexts(t)
	tries, skipped := 0, 0
	for _, r := range New().Rules() {
		ws := newWordSteps(r.fast().Syntax(), newWordNames())
		re := r.anchored()
		for _, s := range texts {
			low := asciiLower(s)
			for p := 0; p < len(low); p++ {
				tries++
				if ws.mayMatch(low, p) {
					continue
				}
				skipped++
				if re.FindStringSubmatchIndex(low[p:]) != nil {
					t.Errorf("rule %s at %q: ruled out a match", r.Name, low[p:])
				}
			}
		}
	}
	t.Logf("%d of %d tries ruled out", skipped, tries)
	if skipped < tries/2 {
		t.Errorf("only %d of %d tries ruled out", skipped, tries)
	}
}

// BenchmarkNewStepIndex measures reading the built-in rules word by word,
// which the first tagged text pays for.
func BenchmarkNewStepIndex(b *testing.B) {
	rs := New().Rules()
	for b.Loop() {
		newStepIndex(rs)
	}
}

// TestStepIndexSound checks that the driver's check, per word, rules out
// no try that the simple one (wordSteps.mayMatch) lets through: every
// rule at every word of the test texts. It also counts what each rules
// out.
func TestStepIndexSound(t *testing.T) {
	tg := New()
	x := newStepIndex(tg.Rules())
	var sc scanned
	simple, cheap, all := 0, 0, 0
	var rules []*wordSteps
	for _, r := range tg.Rules() {
		rules = append(rules, newWordSteps(r.fast().Syntax(), newWordNames()))
	}
	for _, s := range wordStepsTexts(t) {
		low := asciiLower(s)
		tg.scan(low, &sc)
		for ri, r := range tg.Rules() {
			ws := rules[ri]
			for at := range sc.words {
				want := ws.mayMatch(low, sc.words[at])
				got := stepsMayMatch(x, 1<<ri, low, sc.words, at)
				if !got && want {
					t.Errorf("rule %s at %q: ruled out, but the simple check lets it through", r.Name, low[sc.words[at]:])
				}
				all++
				if !want {
					simple++
				}
				if !got {
					cheap++
				}
			}
		}
	}
	t.Logf("of %d word starts, the simple check rules out %d, the driver's %d", all, simple, cheap)
	if cheap < simple*3/4 {
		t.Errorf("the driver's check rules out %d, the simple one %d", cheap, simple)
	}
}

// stepsMayMatch is the driver's check (in findIn) of the rules bit at the
// word at.
func stepsMayMatch(x *stepIndex, bit uint64, low string, words []int, at int) bool {
	may := x.masks(low, words[at]).first
	var second uint64
	if at+1 < len(words) {
		second = x.masks(low, words[at+1]).second
	}
	return may&(x.masks(low, words[at]).done|second)&bit != 0
}

// TestStartMasksMemo checks that startMasksMemo answers as startMask and
// stepIndex.masks do, with one memo kept over all the test texts.
func TestStartMasksMemo(t *testing.T) {
	tg := New()
	memo := new(startMemo)
	for _, s := range wordStepsTexts(t) {
		low := asciiLower(s)
		for p := 0; p < len(low); p++ {
			if byteClass[low[p]] == 0 || p > 0 && byteClass[low[p-1]] != 0 {
				continue
			}
			m, steps := tg.startMasksMemo(low, p, memo)
			if m != tg.startMask(low, p) || steps != tg.steps().masks(low, p) {
				t.Fatalf("startMasksMemo(%q, %d) differs", low[p:min(p+20, len(low))], p)
			}
		}
	}
}

// mayMatch reports whether the pattern may match at offset p of the
// lower-cased sentence low; false only when no match can begin there. It
// is the simple form of the driver's check (findIn, with the masks of
// stepIndex), which the tests hold it to.
func (ws *wordSteps) mayMatch(low string, p int) bool {
	if !ws.ok || p >= len(low) || byteClass[low[p]] == 0 {
		return true
	}
	states := uint64(1) // the start
	i := p
	for range wordStepsWords {
		if states&(ws.accept|ws.loose) != 0 {
			return true
		}
		if i >= len(low) {
			return false // the states left want a character more
		}
		j, classes := i, uint8(0)
		for j < len(low) && byteClass[low[j]] != 0 {
			classes |= byteClass[low[j]]
			j++
		}
		switch {
		case j == i || classes&classDigit != 0:
			// (an apostrophe before a number, or a number) taken whole
			// only from where a digit may be; or the match ends within
			// the word, before it
			return states&(ws.digits|ws.insideAll) != 0
		case j-i > wordStepsLongest:
			return states&ws.insideAll != 0
		}
		word := low[i:j]
		if states&ws.insideAll != 0 && ws.matchInside(word, states) {
			return true
		}
		var next uint64
		id, listed := ws.names.ids[word]
		for _, s := range ws.steps {
			if listed && s.word == id && states&(1<<s.from) != 0 {
				if s.accept {
					return true
				}
				next |= s.to
			}
		}
		if next == 0 {
			return false
		}
		states = next
		for i = j; i < len(low) && byteClass[low[i]] == 0; i++ {
		}
	}
	return true
}

// matchInside reports whether the pattern may match, from one of states,
// within word, after a prefix of it.
func (ws *wordSteps) matchInside(word string, states uint64) bool {
	for n := 1; n < len(word); n++ {
		if ws.inside[word[:n]]&states != 0 {
			return true
		}
	}
	return false
}
