package dates

import (
	"math/bits"
	"regexp/syntax"

	"github.com/timelinehq/timeline/internal/swar"
)

// wordSteps is a rule's pattern read a word at a time, so that the driver
// can tell from the words at a word start that a try there must fail,
// without running the backtracker: "may" followed by "suffer" begins no
// month_year phrase, "new" followed by "york" no holiday.
//
// A state is a place in the compiled pattern where a word may begin: the
// start, or just after an instruction that takes a character that is not
// an ASCII letter or digit (the characters between the scan's words). From
// each state the words of letters are read off the pattern, as the
// vocabulary walk reads them (see vocabListsTaking), and for each whole
// word the states that the pattern may be in after it and the characters
// that follow it, whichever those are: this over-counts the states, and
// so never rules out a try that could match. Assertions (\b, ^) count as
// true, for the same reason, except that a word boundary just before the
// end of a match says that the match ends with a word. What the walk does
// not list (a class of many letters, a word longer than wordStepsLongest)
// makes its state loose: from there any word may go on.
type wordSteps struct {
	ok bool // false: the pattern was not read; every try goes ahead
	// steps is what each word of letters does from each state, its word
	// named by names.
	steps []wordStep
	names *wordNames
	// accept: states at which the pattern may match before the next word;
	// loose: states from which any word may go on (see above); digits:
	// states from which a word with a digit may be read.
	accept, loose, digits uint64
	// inside maps a prefix of a word to the states from which the pattern
	// may match right after it, within the word; insideAll holds all their
	// states.
	inside    map[string]uint64
	insideAll uint64
}

// wordStep is what the word word does from the state from: the pattern
// may match right after it (accept), and reaches the states to past the
// characters that follow it.
type wordStep struct {
	word   int32 // in wordNames
	from   uint8
	accept bool
	to     uint64
}

// wordNames numbers the words of the word steps of several patterns, so
// that each is made a string once.
type wordNames struct {
	ids   map[string]int32
	names []string
}

func newWordNames() *wordNames { return &wordNames{ids: map[string]int32{}} }

// id returns the number of the word w, giving it one if it has none.
func (n *wordNames) id(w []byte) int32 {
	if id, ok := n.ids[string(w)]; ok { // does not copy w
		return id
	}
	id := int32(len(n.names))
	n.names = append(n.names, string(w))
	n.ids[n.names[id]] = id
	return id
}

const (
	wordStepsLongest = 16      // bytes of the longest word listed
	wordStepsBudget  = 1 << 20 // instructions visited by the walk, all states together
	wordStepsWords   = 2       // words the driver reads (see stepIndex)
)

// newWordStepsTaking reads prog a word at a time, given what each
// instruction of prog may consume (see progTakes), naming its words in
// names; the result's ok is false if the pattern has more than 64 states
// or too many words to list.
func newWordStepsTaking(prog *syntax.Prog, pt progTakes, names *wordNames) *wordSteps {
	ws := &wordSteps{names: names, inside: map[string]uint64{}}
	take := pt.take
	if !pt.ok {
		return ws
	}
	r := &stepReader{inst: prog.Inst, take: take, ws: ws, state: make([]int8, len(prog.Inst)), mark: make([]uint32, 2*len(prog.Inst))}
	// the states: the start and each place after a character between words
	for pc := range r.state {
		r.state[pc] = -1
	}
	pcs := []uint32{uint32(prog.Start)}
	r.state[prog.Start] = 0
	for pc := range prog.Inst {
		if out := prog.Inst[pc].Out; take[pc].other && r.state[out] < 0 {
			if len(pcs) == 64 {
				return ws
			}
			r.state[out] = int8(len(pcs))
			pcs = append(pcs, out)
		}
	}
	r.after = make([]uint64, len(pcs))
	for i := range r.after {
		r.after[i] = unknownAfter
	}
	r.pcs = pcs
	// Only the states within wordStepsWords words of the start are read,
	// which the driver reads; those further are loose.
	r.memo = make([]int32, len(prog.Inst))
	walked, frontier := uint64(0), uint64(1)
	for range wordStepsWords {
		var reached uint64
		for f := frontier; f != 0; f &= f - 1 {
			from := bits.TrailingZeros64(f)
			lo := r.closure([]reach{{pcs[from], false}})
			r.entries = append(r.entries[:0], r.arena[lo:]...)
			r.arena = r.arena[:0]
			// The words from a set of instructions are those from each:
			// each instruction is read once, for all the states it is in.
			for _, x := range r.entries {
				walk, ok := r.walkFrom(x.pc)
				if !ok {
					return ws
				}
				reached |= ws.add(from, walk, r.found[walk.lo:walk.hi])
			}
		}
		walked |= frontier
		frontier = reached &^ walked
	}
	ws.loose |= ^walked
	for _, m := range ws.inside {
		ws.insideAll |= m
	}
	ws.ok = true
	return ws
}

// add adds to ws what walk found from an instruction of the state from,
// its words found, and returns the states they lead to.
func (ws *wordSteps) add(from int, walk pcWalk, found []pcStep) (to uint64) {
	bit := uint64(1) << from
	if walk.accept {
		ws.accept |= bit
	}
	if walk.loose {
		ws.loose |= bit
	}
	if walk.digits {
		ws.digits |= bit
	}
	for _, f := range found {
		if f.inside {
			ws.inside[ws.names.names[f.word]] |= bit
			continue
		}
		ws.steps = append(ws.steps, wordStep{word: f.word, from: uint8(from), accept: f.accept, to: f.to})
		to |= f.to
	}
	return to
}

// pcWalk is what the walk found from one instruction: the pattern may
// match there (accept), it meets words it cannot list (loose) or a digit;
// and the words it lists, found[lo:hi] of the stepReader.
type pcWalk struct {
	lo, hi                int32
	accept, loose, digits bool
}

// pcStep is a word found by the walk from one instruction: a wordStep of
// no state, or (inside) a prefix after which the pattern may match.
type pcStep struct {
	word           int32
	inside, accept bool
	to             uint64
}

// walkFrom returns the walk from pc, which takes a character or matches,
// reading it on first use; false if the budget ran out.
func (r *stepReader) walkFrom(pc uint32) (pcWalk, bool) {
	if i := r.memo[pc]; i > 0 {
		return r.walks[i-1], true
	}
	r.cur = pcWalk{lo: int32(len(r.found))}
	r.arena = append(r.arena[:0], reach{pc, false})
	if !r.read(0, 1, 0) {
		return pcWalk{}, false
	}
	r.arena = r.arena[:0]
	r.cur.hi = int32(len(r.found))
	r.walks = append(r.walks, r.cur)
	r.memo[pc] = int32(len(r.walks))
	return r.cur, true
}

// reach is an instruction reached by the walk; bound marks that a word
// boundary assertion was passed since the last letter.
type reach struct {
	pc    uint32
	bound bool
}

// stepReader is newWordStepsTaking's walk.
type stepReader struct {
	inst  []syntax.Inst
	take  []takes
	state []int8   // per pc: its state, or -1
	pcs   []uint32 // per state: its pc
	after []uint64 // per state: the states past one or more characters between words, or unknownAfter
	ws    *wordSteps
	steps int
	// the walks from single instructions: memo[pc] is 1 + the index in
	// walks of pc's, or 0; found holds their words; cur is the walk being
	// read
	memo    []int32
	walks   []pcWalk
	found   []pcStep
	cur     pcWalk
	entries []reach // the instructions of a state's set
	word    [wordStepsLongest]byte
	// arena holds the sets of instructions of the words being read, one
	// after the other; mark[2*pc+bound] == stamp marks an instruction
	// visited by the current closure.
	arena        []reach
	stack, seeds []reach
	mark         []uint32
	stamp        uint32
}

// closure appends to r.arena the instructions reachable from seeds
// without taking a character that take one or match, and returns where
// they begin.
func (r *stepReader) closure(seeds []reach) int {
	r.stamp++
	lo := len(r.arena)
	stack := append(r.stack[:0], seeds...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		k := 2 * x.pc
		if x.bound {
			k++
		}
		if r.mark[k] == r.stamp {
			continue
		}
		r.mark[k] = r.stamp
		r.steps++
		in := &r.inst[x.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, reach{in.Arg, x.bound}, reach{in.Out, x.bound})
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, reach{in.Out, x.bound})
		case syntax.InstEmptyWidth:
			stack = append(stack, reach{in.Out, x.bound || syntax.EmptyOp(in.Arg)&syntax.EmptyWordBoundary != 0})
		case syntax.InstFail:
		default: // takes a character, or matches
			r.arena = append(r.arena, x)
		}
	}
	r.stack = stack
	return lo
}

// unknownAfter marks an entry of stepReader.after not yet computed: no
// state is reached from 64 others.
const unknownAfter = ^uint64(0)

// separated returns the states reached from pc after taking one or more
// characters between words.
func (r *stepReader) separated(pc uint32) uint64 {
	var to uint64
	todo := []uint32{pc}
	for len(todo) > 0 {
		pc := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		lo := r.closure([]reach{{pc, false}})
		for _, x := range r.arena[lo:] {
			if !r.take[x.pc].other {
				continue
			}
			next := r.inst[x.pc].Out
			if bit := uint64(1) << r.state[next]; to&bit == 0 {
				to |= bit
				todo = append(todo, next)
			}
		}
		r.arena = r.arena[:lo]
	}
	return to
}

// read lists the words from the instructions r.arena[lo:hi], the first n
// bytes of the word read; false if the budget ran out.
func (r *stepReader) read(lo, hi, n int) bool {
	if r.steps > wordStepsBudget {
		return false
	}
	// Most instructions in words take one letter, and lead to one such
	// instruction: follow them without a call for each.
	for hi-lo == 1 && n < wordStepsLongest {
		pc := r.arena[lo].pc
		t := r.take[pc]
		if r.inst[pc].Op == syntax.InstMatch || t.other || t.digit || t.letters&(t.letters-1) != 0 || t.letters == 0 {
			break
		}
		r.word[n] = byte('a' + bits.TrailingZeros32(t.letters))
		n++
		lo = r.closure([]reach{{r.inst[pc].Out, false}})
		hi = len(r.arena)
	}
	var letters uint32
	var step pcStep
	listed := false
	for _, x := range r.arena[lo:hi] {
		in := &r.inst[x.pc]
		if in.Op == syntax.InstMatch {
			switch {
			case n == 0:
				r.cur.accept = true
			case x.bound: // the word ends here
				step.accept, listed = true, true
			default:
				r.found = append(r.found, pcStep{word: r.ws.names.id(r.word[:n]), inside: true})
				step.accept, listed = true, true // at the word's end too
			}
			continue
		}
		t := r.take[x.pc]
		if t.other && n > 0 {
			s := r.state[in.Out]
			if r.after[s] == unknownAfter {
				r.after[s] = r.separated(r.pcs[s])
			}
			step.to |= 1<<s | r.after[s]
			listed = true
		}
		if t.digit {
			r.cur.digits = true
		}
		if bits.OnesCount32(t.letters) > 4 {
			r.cur.loose = true
			continue
		}
		letters |= t.letters
	}
	if listed {
		step.word = r.ws.names.id(r.word[:n])
		r.found = append(r.found, step)
	}
	if letters == 0 {
		return true
	}
	if n == wordStepsLongest {
		r.cur.loose = true // longer words: not listed
		return true
	}
	for l := letters; l != 0; l &= l - 1 {
		c := byte('a' + bits.TrailingZeros32(l))
		seeds := r.seeds[:0]
		for _, x := range r.arena[lo:hi] {
			if r.inst[x.pc].Op != syntax.InstMatch && r.take[x.pc].letters&(1<<(c-'a')) != 0 {
				seeds = append(seeds, reach{r.inst[x.pc].Out, false})
			}
		}
		r.seeds = seeds
		r.word[n] = c
		next := r.closure(seeds)
		if !r.read(next, len(r.arena), n+1) {
			return false
		}
		r.arena = r.arena[:next]
	}
	return true
}

// stepIndex is what the driver reads off the word steps of all the rules
// of a tagger, per word of text, so that one look-up of a word answers for
// every rule and every try: the rules whose phrases may begin with the
// word, those for which the word alone settles it (the phrase may end
// there, or go on with any word), and those whose phrases may hold it as
// their second word. A rule may match at a word only if the word may
// begin it, and either settles it or the next word may be its second
// (wordSteps.mayMatch, in the tests, does the same state by state).
type stepIndex struct {
	words  *wordTable  // word of letters -> 1 + its index in listed
	listed []wordMasks // per word listed
	// the masks of the other words: of letters, not listed; with a digit
	// (or an apostrophe before one, when second); longer than
	// wordStepsLongest; and a word start that is not a letter or digit
	// (an apostrophe before a number).
	letters, digits, long, other wordMasks
}

// wordMasks are the rules a word may begin (first), settles (done) and may
// come second in (second); see stepIndex.
type wordMasks struct{ first, done, second uint64 }

// newStepIndexTaking builds the stepIndex of rs, given their rulesTakes.
func newStepIndexTaking(rs []*Rule, pts []progTakes) *stepIndex {
	x := &stepIndex{}
	names := newWordNames()
	var lists []wordMasks // per word named
	var anyFirst, anySecond, digitFirst, digitSecond uint64
	for ri, r := range rs {
		bit := uint64(1) << ri
		ws := newWordStepsTaking(r.fast().Syntax(), pts[ri], names)
		if !ws.ok || (ws.accept|ws.loose|ws.insideAll)&1 != 0 {
			anyFirst |= bit // the first word settles nothing
			anySecond |= bit
			continue
		}
		if ws.digits&1 != 0 {
			digitFirst |= bit
		}
		// the states after the first word, which the second begins from
		var one uint64
		for _, st := range ws.steps {
			if st.from == 0 {
				one |= st.to
			}
		}
		if one&(ws.accept|ws.loose|ws.insideAll) != 0 {
			anySecond |= bit
		} else if one&ws.digits != 0 {
			digitSecond |= bit
		}
		lists = append(lists, make([]wordMasks, len(names.names)-len(lists))...)
		for _, st := range ws.steps {
			m := &lists[st.word]
			if st.from == 0 {
				m.first |= bit
				if st.accept || st.to&(ws.accept|ws.loose) != 0 {
					m.done |= bit
				}
			}
			if one&(1<<st.from) != 0 {
				m.second |= bit
			}
		}
	}
	ids := make(map[string]uint64, len(lists))
	for id, m := range lists {
		m.first, m.done, m.second = m.first|anyFirst, m.done|anyFirst, m.second|anySecond
		x.listed = append(x.listed, m)
		ids[names.names[id]] = uint64(len(x.listed))
	}
	x.words = newWordTable(ids)
	x.letters = wordMasks{anyFirst, anyFirst, anySecond}
	x.long = x.letters
	x.digits = wordMasks{anyFirst | digitFirst, anyFirst | digitFirst, anySecond | digitSecond}
	x.other = wordMasks{^uint64(0), ^uint64(0), x.digits.second}
	return x
}

// masks returns the wordMasks of the word at offset p of low.
func (x *stepIndex) masks(low string, p int) wordMasks {
	if p+8 <= len(low) {
		// most words: their length and digits off one load, as vocabIndex.mask does
		if w := swar.LoadAt(low, p); swar.ASCII(w) {
			n, digits := asciiWord(w)
			if n > 0 && (n < 8 || p+8 == len(low) || byteClass[low[p+8]] == 0) {
				if digits != 0 {
					return x.digits
				}
				if id := x.words.getShort(w & swar.FirstBytes[n&15]); id != 0 {
					return x.listed[id-1]
				}
				return x.letters
			}
		}
	}
	j, classes := p, uint8(0)
	for j < len(low) && byteClass[low[j]] != 0 {
		classes |= byteClass[low[j]]
		j++
	}
	switch n := j - p; {
	case n == 0:
		return x.other
	case classes&classDigit != 0:
		return x.digits
	case n > wordStepsLongest:
		return x.long
	}
	if id := x.words.get(keyAt(low, p, j-p)); id != 0 {
		return x.listed[id-1]
	}
	return x.letters
}
