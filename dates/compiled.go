package dates

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"slices"
	"sync"

	"github.com/timelinehq/timeline/internal/backtrack"
)

// Compiling the rules' patterns (parsing them with their word lists,
// compiling them and laying them out for the backtracker) was most of a
// process's start-up. rules.bin holds what newRule derives from each
// built-in rule's pattern, compiled at go generate time: newRule loads a
// rule from it when the rule's name, its pattern and the word lists are
// those it was made from, and compiles the pattern otherwise, with the
// same result (TestCompiledRules checks that the file is what compiling
// gives now, and rewrites it with -update).
//
//go:generate go test -run ^TestCompiledRules$ -update
//go:embed rules.bin
var rulesBin []byte

// compiledRule is what newRule derives from a rule's pattern: its
// program for the backtracker, the bytes its phrases can begin with, the
// beginnings of its phrases (firstPrefixes) and the names of its groups.
// Loaded from rules.bin, it holds the program's binary form instead of
// the program, which the rule decodes when it is first tried (Rule.fast).
type compiledRule struct {
	fast     *backtrack.Prog
	progData []byte
	start    startSet
	prefixes []string
	groups   []string
}

// startSet is a set of bytes, one bit each: those a match of a program can
// begin with (backtrack.Prog.CanStart), which the tagger reads for every
// rule when it is made, before any rule is tried.
type startSet [4]uint64

func (s *startSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// startOf returns the bytes that a match of p can begin with.
func startOf(p *backtrack.Prog) startSet {
	var s startSet
	for c := range 256 {
		if p.CanStart(byte(c)) {
			s[c>>6] |= 1 << (c & 63)
		}
	}
	return s
}

// compileBody compiles a rule's body (its pattern after the left context).
func compileBody(body string, l *lexicon) (compiledRule, error) {
	tree, names, err := anchoredTree(body, l)
	if err != nil {
		return compiledRule{}, err
	}
	fast, err := backtrack.CompileSyntax(tree)
	if err != nil {
		return compiledRule{}, err
	}
	return compiledRule{fast: fast, start: startOf(fast), prefixes: firstPrefixes(tree), groups: names[1:]}, nil // names[0] is the whole match
}

// rulesMagic begins rules.bin; its last byte is the version of the form.
const rulesMagic = "tlr\x01"

// storedRule is a rule's entry in rules.bin: the body it was compiled
// from, and the compiled rule's binary form.
type storedRule struct {
	body string
	data []byte
}

// storedSet is what rules.bin holds: the rules by name, their order, and
// the forms of the step and vocabulary indexes of all of them in that
// order (see newStepIndexTaking, newVocabIndexTaking).
type storedSet struct {
	rules        map[string]storedRule
	order        []string
	steps, vocab []byte
}

// storedRules reads rules.bin, once; it holds no rules when the file was
// made from other word lists (see lexiconKey) or cannot be read.
var storedRules = sync.OnceValue(func() *storedSet {
	key, set, err := readRules(rulesBin)
	if err != nil || key != lexiconKey() {
		return &storedSet{}
	}
	return set
})

// loadCompiled returns the compiled rule stored for the rule name with
// the given body, if any, its program still in binary form.
func loadCompiled(name, body string) (compiledRule, bool) {
	e, ok := storedRules().rules[name]
	if !ok || e.body != body {
		return compiledRule{}, false
	}
	c, err := decodeCompiled(e.data)
	return c, err == nil
}

// allStored reports whether rs are the rules of rules.bin, in its order,
// each loaded from it: its indexes are then theirs, which depend on their
// patterns and order alone.
func allStored(rs []*Rule) bool {
	order := storedRules().order
	if len(rs) != len(order) {
		return false
	}
	for i, r := range rs {
		if !r.stored || r.Name != order[i] {
			return false
		}
	}
	return true
}

// loadStepIndex returns the stepIndex of rs from rules.bin, if it holds it.
func loadStepIndex(rs []*Rule) (*stepIndex, bool) {
	if !allStored(rs) {
		return nil, false
	}
	return decodeStepIndex(storedRules().steps)
}

// loadVocabIndex returns the vocabIndex of rs from rules.bin, if it holds it.
func loadVocabIndex(rs []*Rule) (*vocabIndex, bool) {
	if !allStored(rs) {
		return nil, false
	}
	return decodeVocabIndex(storedRules().vocab)
}

// lexiconKey is a checksum of the word lists' alternations, which are all
// that a rule's compiled pattern takes from the lexicon (see expand).
var lexiconKey = sync.OnceValue(func() uint32 {
	l := lex()
	names := make([]string, 0, len(l.alt))
	for name := range l.alt {
		names = append(names, name)
	}
	slices.Sort(names)
	var b []byte
	for _, name := range names {
		b = appendString(b, name)
		b = appendString(b, l.alt[name])
	}
	return crc32.ChecksumIEEE(b)
})

// appendRules appends the form of rules.bin: the lexicon's key, then for
// each rule its name, its body and its compiled form, then the step and
// vocabulary indexes of all the rules.
func appendRules(b []byte, key uint32, names, bodies []string, compiled []compiledRule, steps *stepIndex, vocab *vocabIndex) ([]byte, error) {
	le := binary.LittleEndian
	b = append(b, rulesMagic...)
	b = le.AppendUint32(b, key)
	b = le.AppendUint32(b, uint32(len(names)))
	for i, name := range names {
		c, err := appendCompiled(nil, compiled[i])
		if err != nil {
			return nil, err
		}
		b = appendString(b, name)
		b = appendString(b, bodies[i])
		b = appendString(b, string(c))
	}
	b = appendString(b, string(appendStepIndex(nil, steps)))
	return appendString(b, string(appendVocabIndex(nil, vocab))), nil
}

// readRules reads what appendRules wrote.
func readRules(b []byte) (key uint32, set *storedSet, err error) {
	if len(b) < len(rulesMagic) || string(b[:len(rulesMagic)]) != rulesMagic {
		return 0, nil, errRulesBin
	}
	r := fieldReader{data: b[len(rulesMagic):]}
	key = r.u32()
	n := int(r.u32())
	set = &storedSet{rules: make(map[string]storedRule, min(n, len(b)))}
	for range min(n, len(b)) {
		name := r.str()
		body := r.str()
		data := r.take(int(r.u32()))
		set.rules[name] = storedRule{body, data}
		set.order = append(set.order, name)
	}
	set.steps = r.take(int(r.u32()))
	set.vocab = r.take(int(r.u32()))
	if r.err || len(r.data) != 0 {
		return 0, nil, errRulesBin
	}
	return key, set, nil
}

var errRulesBin = errors.New("dates: rules.bin is not in the form this code reads")

// appendCompiled appends the binary form of c: its prefixes (a count of
// one more than their number, 0 for nil), its group names, its start set
// and its program.
func appendCompiled(b []byte, c compiledRule) ([]byte, error) {
	le := binary.LittleEndian
	if c.prefixes == nil {
		b = le.AppendUint32(b, 0)
	} else {
		b = le.AppendUint32(b, uint32(len(c.prefixes))+1)
	}
	for _, p := range c.prefixes {
		b = appendString(b, p)
	}
	b = le.AppendUint32(b, uint32(len(c.groups)))
	for _, g := range c.groups {
		b = appendString(b, g)
	}
	for _, w := range c.start {
		b = le.AppendUint64(b, w)
	}
	return c.fast.AppendBinary(b)
}

// decodeCompiled reads what appendCompiled wrote, all but the program,
// whose binary form it returns in progData.
func decodeCompiled(b []byte) (compiledRule, error) {
	var c compiledRule
	r := fieldReader{data: b}
	if n := int(r.u32()); n > 0 && n <= len(b) {
		c.prefixes = make([]string, n-1)
		for i := range c.prefixes {
			c.prefixes[i] = r.str()
		}
	}
	if n := int(r.u32()); n <= len(b) {
		c.groups = make([]string, n)
		for i := range c.groups {
			c.groups[i] = r.str()
		}
	}
	for i := range c.start {
		c.start[i] = r.u64()
	}
	if r.err {
		return compiledRule{}, errRulesBin
	}
	c.progData = r.data
	return c, nil
}

// appendWordTable appends the packed words of t and their masks.
func appendWordTable(b []byte, t *wordTable) []byte {
	le := binary.LittleEndian
	keys, vals := t.entries()
	b = le.AppendUint32(b, uint32(len(keys)))
	for i, k := range keys {
		b = le.AppendUint64(le.AppendUint64(le.AppendUint64(b, k[0]), k[1]), vals[i])
	}
	return b
}

// wordTable reads what appendWordTable wrote.
func (r *fieldReader) wordTable() *wordTable {
	const size = 24 // a key and its mask
	n := int(r.u32())
	entries := r.take(size * min(n, len(r.data)/size+1))
	if r.err {
		return nil
	}
	le := binary.LittleEndian
	return newWordTableOf(func(yield func(wordKey, uint64) bool) {
		for e := entries; len(e) >= size; e = e[size:] {
			if !yield(wordKey{le.Uint64(e), le.Uint64(e[8:])}, le.Uint64(e[16:])) {
				return
			}
		}
	})
}

// appendMasks appends the masks of a word in a stepIndex.
func appendMasks(b []byte, m wordMasks) []byte {
	for _, v := range [...]uint64{m.first, m.done, m.second} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

func (r *fieldReader) masks() wordMasks { return wordMasks{r.u64(), r.u64(), r.u64()} }

// appendStepIndex appends the form of x.
func appendStepIndex(b []byte, x *stepIndex) []byte {
	b = appendWordTable(b, x.words)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(x.listed)))
	for _, m := range x.listed {
		b = appendMasks(b, m)
	}
	for _, m := range [...]wordMasks{x.letters, x.digits, x.long, x.other} {
		b = appendMasks(b, m)
	}
	return b
}

// decodeStepIndex reads what appendStepIndex wrote.
func decodeStepIndex(b []byte) (*stepIndex, bool) {
	r := fieldReader{data: b}
	x := &stepIndex{words: r.wordTable()}
	n := int(r.u32())
	if n > len(r.data) {
		return nil, false
	}
	x.listed = make([]wordMasks, n)
	for i := range x.listed {
		x.listed[i] = r.masks()
	}
	x.letters, x.digits, x.long, x.other = r.masks(), r.masks(), r.masks(), r.masks()
	return x, !r.err && len(r.data) == 0
}

// appendVocabIndex appends the form of x.
func appendVocabIndex(b []byte, x *vocabIndex) []byte {
	b = appendWordTable(b, x.words)
	b = binary.LittleEndian.AppendUint64(b, x.digits)
	return binary.LittleEndian.AppendUint64(b, x.all)
}

// decodeVocabIndex reads what appendVocabIndex wrote.
func decodeVocabIndex(b []byte) (*vocabIndex, bool) {
	r := fieldReader{data: b}
	x := &vocabIndex{words: r.wordTable()}
	x.digits, x.all = r.u64(), r.u64()
	return x, !r.err && len(r.data) == 0
}

// appendString appends s with its length before it.
func appendString(b []byte, s string) []byte {
	return append(binary.LittleEndian.AppendUint32(b, uint32(len(s))), s...)
}

// fieldReader reads the fields that appendString and AppendUint32 wrote;
// past the end of its data it reads zeros and sets err.
type fieldReader struct {
	data []byte
	err  bool
}

func (r *fieldReader) take(n int) []byte {
	if n < 0 || n > len(r.data) {
		r.err, r.data = true, nil
		return nil
	}
	b := r.data[:n:n]
	r.data = r.data[n:]
	return b
}

func (r *fieldReader) u32() uint32 {
	b := r.take(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *fieldReader) u64() uint64 {
	b := r.take(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (r *fieldReader) str() string { return string(r.take(int(r.u32()))) }
