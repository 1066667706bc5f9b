// Package backtrack runs an anchored regular expression, with submatches,
// by depth-first backtracking over its compiled program.
//
// It exists for the date tagger's inner loop: the tagger tries short
// patterns at a word start thousands of times per document, and most tries
// fail on the first few bytes. Go's regexp engine pays a fixed set-up cost
// and, for large programs, runs its NFA on every try; a plain backtracker
// that stops at the first failing byte is many times faster there.
//
// Backtracking can take time exponential in the input, so every run has a
// budget of branch points. Match reports when the budget ran out, and the
// caller then falls back to the regexp package, whose answer is the same
// by construction: both follow Perl's leftmost-first preference.
package backtrack

import (
	"fmt"
	"math/bits"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// Prog is a compiled pattern. It is immutable and safe for concurrent use.
type Prog struct {
	prog    *syntax.Prog
	ncap    int     // offsets Match fills: 2 per group and 2 for the match
	insts   []inst  // prog's instructions in the form Match runs
	startPC uint32  // the instruction in insts that Match begins with
	start   byteSet // the bytes a match can begin with

	// capSlots are the capture slots of fused instructions (inst.capAt).
	capSlots []uint32

	// Multi-way branches (see instBranch): their arms, and for each
	// branch and each class of ASCII byte the arms that can take it.
	arms     []uint32
	armMasks []uint64
	class    [utf8.RuneSelf]uint8 // ASCII bytes that every branch treats alike share a class
}

// inst is an instruction of the program laid out for Match: what a step
// needs sits in one cache line, and ASCII input, the common case, is
// decided by a bit test.
type inst struct {
	op    syntax.InstOp
	flags uint8 // see the flag constants; an instLiteral's length instead
	// Work fused into the instruction (see fuse), done before its own:
	// the empty-width conditions that must hold here (pre&^preCaps), and
	// with preCaps, the capture slots that take the offset here: the slot
	// capAt if ncap is 1, else capSlots[capAt:capAt+ncap]. One test of pre
	// passes an instruction without such work.
	pre         uint8
	out, arg    uint32
	ncap, capAt uint32
	// For a branch (InstAlt), the ASCII bytes with which a match can go on
	// through out (ascii[0:2]) and through arg (ascii[2:4]); an arm that
	// cannot take the next byte is not tried. For a rune instruction, the
	// ASCII bytes it takes (ascii[0:2]).
	ascii [4]uint64
	// slow decides runes beyond ASCII for a rune instruction.
	slow *syntax.Inst
}

// Flags of inst: whether a branch arm can take a byte beyond ASCII, and
// whether it can go on at the end of the input.
const (
	outWide uint8 = 1 << iota
	outEnd
	argWide
	argEnd
)

// byteSet is a set of byte values plus end, the end of the input.
type byteSet struct {
	bits [4]uint64
	end  bool
}

func (b *byteSet) add(c byte)      { b.bits[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b.bits[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) union(o *byteSet) {
	b.bits[0] |= o.bits[0]
	b.bits[1] |= o.bits[1]
	b.bits[2] |= o.bits[2]
	b.bits[3] |= o.bits[3]
	b.end = b.end || o.end
}
func (b *byteSet) addRange(lo, hi int) {
	for c := max(lo, 0); c <= min(hi, 255); c++ {
		b.add(byte(c))
	}
}

// all is the set that rules nothing out.
var all = byteSet{bits: [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}, end: true}

// Compile parses expr with Perl syntax, as regexp.Compile does, and
// compiles it. The pattern is matched at the start of the input only, as if
// it began with ^.
func Compile(expr string) (*Prog, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return CompileSyntax(re)
}

// CompileSyntax compiles a parsed pattern, for callers that read the parse
// tree themselves.
func CompileSyntax(re *syntax.Regexp) (*Prog, error) {
	// Groups are counted before simplifying, which may drop some ("(x){0}"),
	// as the regexp package counts them.
	ncap := 2 * (re.MaxCap() + 1)
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	first := sc.firstSets(prog)
	p := &Prog{prog: prog, ncap: ncap, insts: make([]inst, len(prog.Inst), len(prog.Inst)+1), start: first[prog.Start]}
	wide := func(b *byteSet) bool { return b.bits[2]|b.bits[3] != 0 }
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		if in.Op > syntax.InstRuneAnyNotNL {
			return nil, fmt.Errorf("backtrack: instruction %v unknown", in.Op) // its number is instLiteral's or instBranch's
		}
		c := inst{op: in.Op, out: in.Out, arg: in.Arg}
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			o, a := &first[in.Out], &first[in.Arg]
			c.ascii = [4]uint64{o.bits[0], o.bits[1], a.bits[0], a.bits[1]}
			if wide(o) {
				c.flags |= outWide
			}
			if o.end {
				c.flags |= outEnd
			}
			if wide(a) {
				c.flags |= argWide
			}
			if a.end {
				c.flags |= argEnd
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			c.ascii[0], c.ascii[1] = asciiTaken(in)
			c.slow = in
		}
		p.insts[pc] = c
	}
	p.branches(first, sc)
	for pc, r := range sc.literalRuns(prog) {
		if lit, n, out := r.lit, int(r.n), r.out; n >= 2 {
			c := &p.insts[pc]
			c.op, c.flags, c.out = instLiteral, uint8(n), out
			c.ascii[0], c.ascii[2], c.ascii[3] = swar.FirstBytes[min(n, 8)], lit[0], lit[1]
		}
	}
	p.fuse()
	return p, nil
}

// fuse folds the instructions that consume nothing and never branch
// (InstCapture, InstNop, InstEmptyWidth) into the instruction they lead
// to: each such instruction becomes a copy of the first instruction after
// its chain, with the chain's empty-width conditions and capture slots as
// work done before it. Every capture of a chain takes the same offset and
// every condition is tested at it, so their order does not matter, and a
// step is saved per instruction of the chain. A chain that goes round for
// ever, taking nothing, can never reach a match: it becomes InstFail.
//
// Match begins at a fused copy of the first instruction in which the
// conditions that hold at the start of the input, ^ and (?m)^, are dropped:
// every pattern begins with one.
func (p *Prog) fuse() {
	chain := func(pc uint32) bool {
		op := p.prog.Inst[pc].Op
		return op == syntax.InstCapture || op == syntax.InstNop || op == syntax.InstEmptyWidth
	}
	// follow returns the fused instruction for pc, the head of a chain.
	var walked []uint32
	follow := func(pc uint32) inst {
		var empty syntax.EmptyOp
		capAt := len(p.capSlots)
		walked = walked[:0]
		for chain(pc) {
			if slices.Contains(walked, pc) {
				return inst{op: syntax.InstFail}
			}
			if len(walked) == maxChain {
				// The rest of a long chain is fused at its own head: a
				// step per maxChain instructions.
				return p.withPre(inst{op: syntax.InstNop, out: pc}, empty, capAt)
			}
			walked = append(walked, pc)
			in := &p.prog.Inst[pc]
			switch in.Op {
			case syntax.InstCapture:
				p.capSlots = append(p.capSlots, in.Arg)
			case syntax.InstEmptyWidth:
				empty |= syntax.EmptyOp(in.Arg)
			}
			pc = in.Out
		}
		return p.withPre(p.insts[pc], empty, capAt)
	}
	// The copies are made from instructions outside chains, which fusing
	// leaves as they are.
	for pc := range p.insts {
		if chain(uint32(pc)) {
			p.insts[pc] = follow(uint32(pc))
		}
	}
	p.startPC = uint32(p.prog.Start)
	if chain(p.startPC) {
		c := p.insts[p.startPC]
		c.pre &^= uint8(syntax.EmptyBeginText | syntax.EmptyBeginLine)
		p.startPC = uint32(len(p.insts))
		p.insts = append(p.insts, c)
	}
}

// withPre returns c with the work of a chain done before it: the
// conditions empty and the capture slots p.capSlots[from:], which it
// keeps there unless there is one only.
func (p *Prog) withPre(c inst, empty syntax.EmptyOp, from int) inst {
	c.pre = uint8(empty)
	switch n := len(p.capSlots) - from; n {
	case 0:
	case 1:
		c.pre |= preCaps
		c.ncap, c.capAt = 1, p.capSlots[from]
		p.capSlots = p.capSlots[:from]
	default:
		c.pre |= preCaps
		c.ncap, c.capAt = uint32(n), uint32(from)
	}
	return c
}

// preCaps is the bit of inst.pre that says there are capture slots to
// set; the others are empty-width conditions (syntax.EmptyOp).
const preCaps = 0x80

// maxChain is the most instructions of a chain that fuse folds into one
// instruction, which bounds the work of compiling long runs of groups.
const maxChain = 32

// instLiteral is the op of an instruction that takes a run of plain ASCII
// bytes at once: flags bytes, packed into ascii[2:4] as by swar.LoadAt,
// with ascii[0] the mask of the first eight (swar.FirstBytes). The
// regexp compiler emits one InstRune1 per byte of a literal ("january");
// this spares the matcher a step per byte. It and instBranch follow the
// ops of regexp/syntax, so that Match's switch over ops is a jump table.
const instLiteral = syntax.InstRuneAnyNotNL + 1

// instBranch is the op of a multi-way branch: a tree of InstAlt
// instructions (an alternation "a|b|c" compiles to a chain of them, one per
// arm) turned into one instruction with the tree's leaves, the arms, in
// the order of preference. The arms that can take the next byte are tried
// in that order, as walking the tree would try them, in one step instead of
// one per branch passed. Its out and arg are the offset and count of its
// arms in Prog.arms; ascii[0] is the offset of its masks in Prog.armMasks
// (one per byte class), ascii[1] the arms that can go on at the end of the
// input and ascii[2] those that can take a byte beyond ASCII.
const instBranch = syntax.InstRuneAnyNotNL + 2

// maxArms is the most arms a multi-way branch has, one per bit of a mask.
const maxArms = 64

// branches turns each tree of three or more arms of InstAlt instructions
// into a multi-way branch at its root. A root is a branch no other branch
// leads to; branches inside a tree stay as they are, for other instructions
// that lead to them (a loop's way back). first are the instructions' first
// sets.
func (p *Prog) branches(first []byteSet, s *scratch) {
	isAlt := func(pc uint32) bool {
		op := p.prog.Inst[pc].Op
		return op == syntax.InstAlt || op == syntax.InstAltMatch
	}
	inner := make([]bool, len(p.prog.Inst))
	for pc := range p.prog.Inst {
		if in := &p.prog.Inst[pc]; isAlt(uint32(pc)) {
			inner[in.Out], inner[in.Arg] = true, true
		}
	}
	type branch struct {
		pc   uint32
		arms []uint32
	}
	var bs []branch
	onPath := make([]bool, len(p.prog.Inst))
	var leaves func(pc uint32, arms []uint32) []uint32
	leaves = func(pc uint32, arms []uint32) []uint32 {
		// An arm that is itself a branch is walked into, unless that would
		// go round a loop; then it stays a plain branch. Branches may share
		// arms, so a tree may have exponentially many leaves: the walk
		// stops once there are too many for one instruction.
		if len(arms) > maxArms {
			return arms
		}
		if !isAlt(pc) || onPath[pc] {
			return append(arms, pc)
		}
		onPath[pc] = true
		in := &p.prog.Inst[pc]
		arms = leaves(in.Out, arms)
		arms = leaves(in.Arg, arms)
		onPath[pc] = false
		return arms
	}
	for pc := range p.prog.Inst {
		if !isAlt(uint32(pc)) || inner[pc] {
			continue
		}
		if arms := leaves(uint32(pc), nil); len(arms) >= 3 && len(arms) <= maxArms {
			bs = append(bs, branch{uint32(pc), arms})
		}
	}
	if len(bs) == 0 {
		return
	}
	// The arms that can take each ASCII byte, per branch; bytes with the
	// same arms in every branch form a class.
	s.masks = reuse(s.masks, len(bs))
	masks := s.masks
	for i, b := range bs {
		for k, arm := range b.arms {
			for w, set := range first[arm].bits[:2] { // the ASCII bytes
				for ; set != 0; set &= set - 1 {
					masks[i][64*w+bits.TrailingZeros64(set)] |= 1 << k
				}
			}
		}
	}
	rep := p.byteClasses(masks) // a byte of each class
	for i, b := range bs {
		c := inst{op: instBranch, out: uint32(len(p.arms)), arg: uint32(len(b.arms))}
		c.ascii[0] = uint64(len(p.armMasks))
		for _, r := range rep {
			p.armMasks = append(p.armMasks, masks[i][r])
		}
		for k, arm := range b.arms {
			f := &first[arm]
			if f.end {
				c.ascii[1] |= 1 << k
			}
			if f.bits[2]|f.bits[3] != 0 {
				c.ascii[2] |= 1 << k
			}
		}
		p.arms = append(p.arms, b.arms...)
		p.insts[b.pc] = c
	}
}

// byteClasses sets p.class: ASCII bytes for which every branch has the
// same arms (masks[i][c], branch i and byte c) share a class, numbered in
// the order of their first bytes. It returns a byte of each class. Bytes
// are put in an open-addressed table by a hash of their arms, which
// spares a map keyed by the arms of every branch.
func (p *Prog) byteClasses(masks [][utf8.RuneSelf]uint64) (rep []int) {
	var table [2 * utf8.RuneSelf]uint8 // 1 + a class, 0 for a free slot
	same := func(a, b int) bool {
		for i := range masks {
			if masks[i][a] != masks[i][b] {
				return false
			}
		}
		return true
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		var h uint64
		for i := range masks {
			h = (h ^ masks[i][c]) * 0x9e3779b97f4a7c15
		}
		for slot := h >> 56; ; slot = (slot + 1) % uint64(len(table)) {
			id := table[slot]
			if id == 0 {
				table[slot] = uint8(len(rep) + 1)
				p.class[c] = uint8(len(rep))
				rep = append(rep, c)
				break
			}
			if same(rep[id-1], c) {
				p.class[c] = id - 1
				break
			}
		}
	}
	return rep
}

// literalAt returns the run of up to 16 single ASCII bytes, without case
// folding, that the instructions from pc on take one after another: the
// bytes packed, their count and the instruction after them.
func literalAt(prog *syntax.Prog, pc uint32) (lit [2]uint64, n int, out uint32) {
	for n < 16 {
		in := &prog.Inst[pc]
		if in.Op != syntax.InstRune1 || in.Rune[0] >= utf8.RuneSelf || syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			break
		}
		lit[n/8] |= uint64(in.Rune[0]) << (8 * (n % 8))
		n++
		pc = in.Out
	}
	return lit, n, pc
}

// literalRun is literalAt's answer for an instruction.
type literalRun struct {
	lit [2]uint64
	n   uint8
	out uint32
}

// scratch holds CompileSyntax's working arrays. A process compiles dozens
// of patterns at start-up, before any garbage is collected: reusing the
// arrays from one compile to the next spares it touching fresh memory,
// whose page faults cost about as much as the compiling.
type scratch struct {
	sets  []byteSet
	state []uint8
	masks [][utf8.RuneSelf]uint64
	runs  []literalRun
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// reuse returns s with length n, all zero, in s's array when it is large
// enough.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// literalRuns returns literalAt's answer for every instruction of prog.
// The runs of a literal's instructions overlap ("anuary" is the rest of
// "january"), and the compiler numbers a literal's bytes in order: going
// down from the last instruction, the run of an instruction is mostly
// that of the next one, shifted by a byte. The result lies in s's array,
// valid until s is used again.
func (s *scratch) literalRuns(prog *syntax.Prog) []literalRun {
	s.runs = reuse(s.runs, len(prog.Inst))
	runs := s.runs
	for pc := len(prog.Inst) - 1; pc >= 0; pc-- {
		in := &prog.Inst[pc]
		if in.Op != syntax.InstRune1 || in.Rune[0] >= utf8.RuneSelf || syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			runs[pc].out = uint32(pc)
			continue
		}
		if next := &runs[in.Out]; int(in.Out) > pc && next.n < 16 {
			runs[pc] = literalRun{
				lit: [2]uint64{next.lit[0]<<8 | uint64(in.Rune[0]), next.lit[1]<<8 | next.lit[0]>>56},
				n:   next.n + 1,
				out: next.out,
			}
			continue
		}
		lit, n, out := literalAt(prog, uint32(pc)) // a jump back, or a run longer than an instruction takes
		runs[pc] = literalRun{lit, uint8(n), out}
	}
	return runs
}

// hasLiteral reports whether s[pos:] begins with the n bytes packed in lo
// and hi.
func hasLiteral(s string, pos int, lo, hi uint64, n int) bool {
	if n <= 8 && pos+8 <= len(s) {
		return swar.LoadAt(s, pos)&swar.FirstBytes[n&15] == lo
	}
	if pos+16 <= len(s) {
		return swar.LoadAt(s, pos) == lo && swar.LoadAt(s, pos+8)&swar.FirstBytes[(n-8)&15] == hi
	}
	if pos+n > len(s) {
		return false
	}
	for i := 0; i < n; i++ {
		w := lo
		if i >= 8 {
			w = hi
		}
		if s[pos+i] != byte(w>>(8*(i%8))) {
			return false
		}
	}
	return true
}

// CanStart reports whether a match can begin with byte b.
func (p *Prog) CanStart(b byte) bool { return p.start.has(b) }

// firstSets computes, for every instruction, the bytes with which the rest
// of a match can go on from it, following the instructions that consume
// nothing. It errs only towards larger sets: empty-width assertions are
// assumed to hold, and an instruction on a loop of instructions that
// consume nothing can go on with anything. The result lies in s's arrays,
// valid until s is used again.
func (s *scratch) firstSets(prog *syntax.Prog) []byteSet {
	s.sets, s.state = reuse(s.sets, len(prog.Inst)), reuse(s.state, len(prog.Inst))
	sets, state := s.sets, s.state // state: 0 new, 1 in progress, 2 done
	var visit func(pc uint32) *byteSet
	visit = func(pc uint32) *byteSet {
		switch state[pc] {
		case 1:
			return &all
		case 2:
			return &sets[pc]
		}
		state[pc] = 1
		in := &prog.Inst[pc]
		var set byteSet
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			set = *visit(in.Out)
			set.union(visit(in.Arg))
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			set = *visit(in.Out)
		case syntax.InstMatch:
			set = all
		case syntax.InstFail:
		case syntax.InstRune1, syntax.InstRune:
			if in.Op == syntax.InstRune1 && in.Rune[0] < utf8.RuneSelf && syntax.Flags(in.Arg)&syntax.FoldCase == 0 {
				set.add(byte(in.Rune[0])) // most: a letter of a word
				break
			}
			runes := in.Rune
			if in.Op == syntax.InstRune1 {
				runes = []rune{in.Rune[0], in.Rune[0]}
			}
			fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
			for i := 0; i+1 < len(runes); i += 2 {
				lo, hi := int(runes[i]), int(runes[i+1])
				set.addRange(lo, min(hi, utf8.RuneSelf-1))
				if hi >= utf8.RuneSelf {
					// any byte of a longer rune, or a stray byte, which
					// decodes to utf8.RuneError
					set.addRange(0x80, 0xFF)
				}
				if fold {
					for c := max(lo, 0); c <= min(hi, 'z'); c++ {
						switch {
						case c >= 'a' && c <= 'z':
							set.add(byte(c - 'a' + 'A'))
							set.addRange(0x80, 0xFF) // ſ, K (Kelvin)
						case c >= 'A' && c <= 'Z':
							set.add(byte(c - 'A' + 'a'))
						}
					}
				}
			}
			if len(runes) == 1 && fold { // a single folded rune: all its cases
				set = all
			}
		default: // InstRuneAny, InstRuneAnyNotNL
			set = all
			set.end = false
		}
		sets[pc] = set
		state[pc] = 2
		return &sets[pc]
	}
	for pc := range prog.Inst {
		visit(uint32(pc))
	}
	return sets
}

// asciiTaken returns the ASCII bytes that the rune instruction in takes,
// as two 64-bit masks.
func asciiTaken(in *syntax.Inst) (lo, hi uint64) {
	set := func(b int) {
		if b < 64 {
			lo |= 1 << b
		} else {
			hi |= 1 << (b - 64)
		}
	}
	fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
	switch {
	case in.Op == syntax.InstRune1 && in.Rune[0] < utf8.RuneSelf && !fold:
		set(int(in.Rune[0])) // most: a letter of a word
		return lo, hi
	case in.Op == syntax.InstRuneAny:
		return ^uint64(0), ^uint64(0)
	case in.Op == syntax.InstRuneAnyNotNL:
		return ^uint64(0) &^ (1 << '\n'), ^uint64(0)
	case fold && (len(in.Rune) != 2 || in.Rune[1] >= utf8.RuneSelf), in.Op == syntax.InstRune && len(in.Rune) == 1:
		// Folding beyond a plain ASCII range ("K" is also Kelvin's K):
		// ask the instruction itself.
		for b := 0; b < utf8.RuneSelf; b++ {
			if in.MatchRune(rune(b)) {
				set(b)
			}
		}
		return lo, hi
	}
	runes := in.Rune
	if in.Op == syntax.InstRune1 {
		runes = []rune{in.Rune[0], in.Rune[0]}
	}
	for i := 0; i+1 < len(runes); i += 2 {
		for b := int(runes[i]); b <= int(runes[i+1]) && b < utf8.RuneSelf; b++ {
			set(b)
			if fold && b >= 'a' && b <= 'z' {
				set(b - 'a' + 'A')
			} else if fold && b >= 'A' && b <= 'Z' {
				set(b - 'A' + 'a')
			}
		}
	}
	return lo, hi
}

// MustCompile is Compile that panics on error, for patterns in code.
func MustCompile(expr string) *Prog {
	p, err := Compile(expr)
	if err != nil {
		panic("backtrack: " + err.Error())
	}
	return p
}

// NumCap returns the length of the slice Match fills: two offsets for the
// whole match and for each capture group.
func (p *Prog) NumCap() int { return p.ncap }

// job is one entry of the backtracking stack: a branch to try later, at
// input offset pos, or (when pc has the bit isCapture) a note that the
// capture slots of a fused instruction (inst.capAt and ncap, as pc&^isCapture
// and n) took offset pos on the path being tried. Capture notes cost no
// undo: a branch taken from the stack drops those above it, and on a match
// the notes left are those of the matching path, read into the caller's
// slots in order.
type job struct {
	pc, n uint32
	pos   int
}

// isCapture marks a job that notes captures.
const isCapture = 1 << 31

// Machine holds the scratch space of one matching goroutine. Reuse it
// across calls; it is not safe for concurrent use.
type Machine struct {
	stack []job
}

// Match runs p at the start of s. On a match it fills caps (length at
// least NumCap) with byte offsets, -1 for groups that did not take part,
// as regexp's FindStringSubmatchIndex does, and returns matched. It gives
// up once it has passed budget branch points (a branch, a loop's test,
// or the rest of a chain longer than maxChain that fuse left as InstNop)
// and returns done == false; the answer is then unknown. Between two
// branch points it takes at most one step per instruction of p.
func (m *Machine) Match(p *Prog, s string, caps []int, budget int) (matched, done bool) {
	insts := p.insts
	m.stack = m.stack[:0]
	pc, pos := p.startPC, 0
	for {
	run:
		for {
			in := &insts[pc]
			if in.pre != 0 {
				if empty := syntax.EmptyOp(in.pre &^ preCaps); empty != 0 {
					ctx, ok := asciiContext(s, pos)
					if !ok {
						ctx = contextRunes(s, pos)
					}
					if empty&^ctx != 0 {
						break run
					}
				}
				if in.pre&preCaps != 0 {
					m.stack = append(m.stack, job{pc: in.capAt | isCapture, n: in.ncap, pos: pos})
				}
			}
			switch in.op {
			case syntax.InstAlt, syntax.InstAltMatch:
				if budget--; budget < 0 {
					clearCaps(caps)
					return false, false
				}
				var out, arg bool
				if pos >= len(s) {
					out, arg = in.flags&outEnd != 0, in.flags&argEnd != 0
				} else if c := s[pos]; c < utf8.RuneSelf {
					out, arg = in.ascii[c>>6]&(1<<(c&63)) != 0, in.ascii[2+c>>6]&(1<<(c&63)) != 0
				} else {
					out, arg = in.flags&outWide != 0, in.flags&argWide != 0
				}
				switch {
				case out && arg:
					m.stack = append(m.stack, job{pc: in.arg, pos: pos})
					pc = in.out
				case out:
					pc = in.out
				case arg:
					pc = in.arg
				default:
					break run
				}
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				if pos >= len(s) {
					break run
				}
				if c := s[pos]; c < utf8.RuneSelf {
					if in.ascii[c>>6]&(1<<(c&63)) == 0 {
						break run
					}
					pos++
				} else {
					r, w := utf8.DecodeRuneInString(s[pos:])
					if !in.slow.MatchRune(r) {
						break run
					}
					pos += w
				}
				pc = in.out
			case instBranch:
				if budget--; budget < 0 {
					clearCaps(caps)
					return false, false
				}
				var can uint64 // the arms that can go on
				if pos >= len(s) {
					can = in.ascii[1]
				} else if c := s[pos]; c < utf8.RuneSelf {
					can = p.armMasks[int(in.ascii[0])+int(p.class[c])]
				} else {
					can = in.ascii[2]
				}
				if can == 0 {
					break run
				}
				// The first arm now, the others later in their order: the
				// last is pushed first. (The arms are p.arms[in.out:][:in.arg];
				// can has bits for those only.)
				for rest := can & (can - 1); rest != 0; {
					k := 63 - bits.LeadingZeros64(rest)
					m.stack = append(m.stack, job{pc: p.arms[int(in.out)+k], pos: pos})
					rest &^= 1 << k
				}
				pc = p.arms[int(in.out)+bits.TrailingZeros64(can)]
			case instLiteral:
				n := int(in.flags)
				if n <= 8 && pos+8 <= len(s) {
					// the common cases of hasLiteral, inline
					if swar.LoadAt(s, pos)&in.ascii[0] != in.ascii[2] {
						break run
					}
				} else if pos+16 <= len(s) {
					if swar.LoadAt(s, pos)&in.ascii[0] != in.ascii[2] || swar.LoadAt(s, pos+8)&swar.FirstBytes[(n-8)&15] != in.ascii[3] {
						break run
					}
				} else if !hasLiteral(s, pos, in.ascii[2], in.ascii[3], n) {
					break run
				}
				pos += n
				pc = in.out
			case syntax.InstNop: // the rest of a long chain (see fuse)
				if budget--; budget < 0 {
					clearCaps(caps)
					return false, false
				}
				pc = in.out
			case syntax.InstMatch:
				// -1, then the slots of the capture notes left, in the order
				// they were taken: a later offset of a slot wins.
				clearCaps(caps)
				for _, j := range m.stack {
					if j.pc&isCapture == 0 {
						continue
					}
					if at := j.pc &^ isCapture; j.n == 1 { // at is the slot
						if int(at) < len(caps) {
							caps[at] = j.pos
						}
					} else {
						for _, slot := range p.capSlots[at : at+j.n] {
							if int(slot) < len(caps) {
								caps[slot] = j.pos
							}
						}
					}
				}
				if len(caps) >= 2 {
					caps[0], caps[1] = 0, pos
				}
				return true, true
			case syntax.InstFail, syntax.InstCapture, syntax.InstEmptyWidth:
				// Fused away (see fuse) but for a chain going round for
				// ever, which becomes InstFail. The cases of their own
				// keep the switch a jump table.
				break run
			default:
				break run
			}
		}
		// Back to the last branch, past the captures noted after it.
		for {
			if len(m.stack) == 0 {
				clearCaps(caps)
				return false, true
			}
			j := m.stack[len(m.stack)-1]
			m.stack = m.stack[:len(m.stack)-1]
			if j.pc&isCapture == 0 {
				pc, pos = j.pc, j.pos
				break
			}
		}
	}
}

// clearCaps sets caps to -1.
func clearCaps(caps []int) {
	if n := copy(caps, noCaps[:]); n < len(caps) {
		for i := range caps[n:] {
			caps[n+i] = -1
		}
	}
}

// noCaps are capture slots of a group that took no part, copied at once
// into caps by clearCaps when a try ends.
var noCaps = func() (c [64]int) {
	for i := range c {
		c[i] = -1
	}
	return c
}()

// context returns the empty-width conditions that hold at offset pos of s.
func context(s string, pos int) syntax.EmptyOp {
	if c, ok := asciiContext(s, pos); ok {
		return c
	}
	return contextRunes(s, pos)
}

// asciiContext is context where the bytes on both sides of pos are ASCII
// or the ends of s, and false where they are not: each side gives its
// conditions and whether it is a word byte (wordSide). It is small enough
// to be inlined into Match's loop, which then calls nothing for most
// conditions.
func asciiContext(s string, pos int) (syntax.EmptyOp, bool) {
	before, after := uint8(syntax.EmptyBeginText|syntax.EmptyBeginLine), uint8(syntax.EmptyEndText|syntax.EmptyEndLine)
	if pos > 0 {
		c := s[pos-1]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		before = asciiBefore[c]
	}
	if pos < len(s) {
		c := s[pos]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		after = asciiAfter[c]
	}
	// no word boundary, unless one side only is a word byte
	return syntax.EmptyOp((before|after)&^wordSide | uint8(syntax.EmptyNoWordBoundary)>>((before^after)/wordSide)), true
}

// contextRunes is context where a rune on either side is not ASCII.
func contextRunes(s string, pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if pos > 0 {
		r1, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if pos < len(s) {
		r2, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}

// wordSide marks, in asciiBefore and asciiAfter, a word byte: a bit that
// no syntax.EmptyOp has.
const wordSide = 64

// asciiBefore and asciiAfter are the empty-width conditions that an ASCII
// byte before or after an offset gives, with wordSide for a word byte: a
// newline begins or ends a line.
var asciiBefore, asciiAfter = func() (before, after [utf8.RuneSelf]uint8) {
	for c := range rune(utf8.RuneSelf) {
		if syntax.IsWordChar(c) {
			before[c], after[c] = wordSide, wordSide
		}
	}
	before['\n'], after['\n'] = uint8(syntax.EmptyBeginLine), uint8(syntax.EmptyEndLine)
	return before, after
}()

// Syntax returns the compiled program p runs, for callers that analyse it.
// It must not be changed.
func (p *Prog) Syntax() *syntax.Prog { return p.prog }
