package dates

import (
	"encoding/binary"
	"errors"
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	fastregexp "github.com/grafana/regexp"
	"github.com/olebedev/when/rules"

	"github.com/timelinehq/timeline/internal/backtrack"
	"github.com/timelinehq/timeline/internal/swar"
)

// Rule is a named matcher for one family of temporal phrases. It satisfies
// olebedev/when's rules.Rule contract: Find returns the leftmost match in a
// string with its offsets and captures. The driver (Tagger) calls Find
// repeatedly to find every match, and build turns each into an Expr.
type Rule struct {
	Name     string   // travels with every mention the rule produces
	Doc      string   // one line: what the rule reads
	Examples []string // phrases the rule must read (tested)

	// body is the pattern as written, after its left context.
	body string

	f func() *rules.F // the whole pattern, case-insensitive, for Find
	// anchored is the pattern without its left context, anchored at the
	// start: the driver tries it only at word starts near a trigger word.
	anchored func() *fastregexp.Regexp
	// fastProg is anchored compiled for the backtracker, which answers
	// most tries; anchored answers when it runs out of steps. A rule
	// loaded from rules.bin decodes it from fastData when first tried
	// (see fast).
	fastProg atomic.Pointer[backtrack.Prog]
	fastOnce sync.Once
	fastData []byte
	// start are the bytes its phrases can begin with (fast().CanStart).
	start startSet
	// left, when set, must match the character before the phrase; when nil
	// the phrase must not follow a word character.
	left *fastregexp.Regexp
	// leftASCII[c] caches left's answer for the ASCII character c.
	leftASCII [utf8.RuneSelf]bool
	// prefixes, when not nil, lists lower-case beginnings one of which the
	// first word of a phrase must have ("" for a number).
	prefixes []string
	// build turns a match into its expression, written to *out, and
	// reports whether the match is kept; it writes *out only then. It
	// writes rather than returns the expression: an Expr is large, and a
	// returned one was zeroed and copied twice on its way to the
	// candidate that the driver makes of it.
	build func(m *match, out *Expr) bool
	// alone, when set, says whether build can keep a phrase that begins
	// with a trigger word of the rule, given that word lower-cased: for
	// rules whose build decides that by the word alone. The driver does
	// not try the rule at its trigger word where alone says no.
	alone func(trigger string) bool
	// afterThe, when set, says likewise whether build can keep a phrase
	// that begins with "the" right before a trigger word of the rule
	// ("the weeks"), given that word lower-cased. The driver does not try
	// the rule at such a "the" where afterThe says no.
	afterThe func(trigger string) bool
	// groups names each capture by its index in rules.Match.Captures (""
	// for unnamed groups), for groupIndex.
	groups []string
	// stored says that fast, prefixes and groups were loaded from
	// rules.bin rather than compiled (see loadCompiled).
	stored bool
}

var _ rules.Rule = (*Rule)(nil)

// Find returns the leftmost match of the rule in s, as rules.F does: Left
// and Right are the offsets of the phrase, Captures its groups.
func (r *Rule) Find(s string) *rules.Match { return r.f().Find(s) }

// newRule compiles a rule. The pattern is case-insensitive; {name}
// placeholders expand to alternations built from the word lists in data/.
// The phrase's extent is from the first participating capture group to the
// empty group "()" that every pattern puts where the phrase ends; context
// around it is matched but not part of the phrase.
func newRule(name, doc string, examples []string, pattern string, build func(m *match, out *Expr) bool) *Rule {
	l := lex()
	r := &Rule{Name: name, Doc: doc, Examples: examples, build: build}
	body := ""
	switch {
	case strings.HasPrefix(pattern, `\b`):
		body = pattern[2:]
	case strings.HasPrefix(pattern, `(?:^|[^`):
		end := strings.Index(pattern, `])`)
		left := pattern[len(`(?:^|`) : end+1]
		if strings.Contains(left, "{") {
			panic("dates: rule " + name + ": a placeholder in the left context")
		}
		r.left = fastregexp.MustCompile(`^` + left + `$`)
		r.leftASCII = asciiTable(left, r.left)
		body = pattern[end+2:]
	default:
		panic("dates: rule " + name + " must start with \\b or (?:^|[^...])")
	}
	// The driver matches against a lower-cased copy of the sentence, which
	// spares the engine case folding; the pattern's letters are lower-cased
	// to match (escapes such as \W keep their case). The left context
	// holds no group, so groups are numbered as in the whole pattern.
	r.body = body
	c, ok := loadCompiled(name, body) // a built-in rule, compiled ahead of time
	r.stored = ok
	if !ok {
		var err error
		if c, err = compileBody(body, l); err != nil {
			panic("dates: rule " + name + ": " + err.Error())
		}
	}
	r.setCompiled(c)
	// The regexp engines are compiled on first use, and their patterns
	// expanded then: the whole pattern only for Find, the anchored one
	// only when the backtracker gives up.
	r.anchored = sync.OnceValue(func() *fastregexp.Regexp { return fastregexp.MustCompile(anchoredPattern(body, l)) })
	r.f = sync.OnceValue(func() *rules.F { return &rules.F{RegExp: regexp.MustCompile("(?i)" + expand(pattern, l))} })
	return r
}

// setCompiled gives r what c holds: the program, or its binary form.
func (r *Rule) setCompiled(c compiledRule) {
	r.fastProg.Store(c.fast)
	r.fastData, r.start, r.prefixes, r.groups = c.progData, c.start, c.prefixes, c.groups
}

// fast returns the rule's program for the backtracker. A rule loaded from
// rules.bin decodes it when first asked, so that a process that tags
// little text decodes only the rules it tries.
func (r *Rule) fast() *backtrack.Prog {
	if p := r.fastProg.Load(); p != nil {
		return p
	}
	return r.decodeFast()
}

// decodeFast decodes the rule's program from rules.bin, once; it compiles
// the pattern if the binary form will not load (TestCompiledRules checks
// that every one does).
func (r *Rule) decodeFast() *backtrack.Prog {
	r.fastOnce.Do(func() {
		p := new(backtrack.Prog)
		if err := p.UnmarshalBinary(r.fastData); err != nil {
			c, err := compileBody(r.body, lex())
			if err != nil {
				panic("dates: rule " + r.Name + ": " + err.Error())
			}
			p = c.fast
		}
		r.fastProg.Store(p)
	})
	return r.fastProg.Load()
}

// asciiTable returns, for each ASCII character, whether re, the
// character class left of the left context, matches it: read off the
// class's parse, which costs little beside asking re about every one.
func asciiTable(left string, re *fastregexp.Regexp) (t [utf8.RuneSelf]bool) {
	class, err := syntax.Parse(left, syntax.Perl)
	if err != nil || class.Op != syntax.OpCharClass {
		for c := range t {
			t[c] = re.MatchString(string(rune(c)))
		}
		return t
	}
	for i := 0; i+1 < len(class.Rune); i += 2 {
		for c := max(class.Rune[i], 0); c <= min(class.Rune[i+1], utf8.RuneSelf-1); c++ {
			t[c] = true
		}
	}
	return t
}

// anchoredPattern is the pattern the driver matches a rule's body with:
// placeholders expanded, letters lower-cased, anchored at the start.
func anchoredPattern(body string, l *lexicon) string {
	return "^(?:" + lowerLiterals(expand(body, l)) + ")"
}

// anchoredTree returns the parse of anchoredPattern(body, l) (syntax.Perl)
// without parsing the word lists again for every rule: a placeholder whose
// expansion parses to an alternation stands in the pattern as an empty
// group of its own, which the parser treats as it would the alternation
// (neither is a literal or a class it could merge or factor), and the
// group is then replaced by the alternation, parsed once for all rules
// (see placeholderTree). Where the alternation would have joined an
// alternation around it, its alternatives stand there each as a group of
// its own when the parser would factor none of them with another
// alternative, and the body is parsed whole otherwise. names are the
// groups' names, as tree.CapNames returns them.
func anchoredTree(body string, l *lexicon) (tree *syntax.Regexp, names []string, err error) {
	var grafts []graftSite
	var b strings.Builder
	mark := func(tree *syntax.Regexp, alternative bool) {
		b.WriteString("(?P<" + graftMark)
		b.WriteString(strconv.Itoa(len(grafts)))
		b.WriteString(">)")
		grafts = append(grafts, graftSite{tree, alternative})
	}
	for at := 0; ; {
		i, j := nextPlaceholder(body[at:])
		if i < 0 {
			b.WriteString(body[at:])
			break
		}
		i, j = at+i, at+j
		b.WriteString(body[at:i])
		pt := l.placeholderTree(body[i+1 : j-1])
		switch alone := aloneInAlternation(body, i, j); {
		case pt.tree != nil && !alone:
			mark(pt.tree, false)
		case pt.tree != nil && pt.opaque: // its alternatives join those around it, apart
			for k, sub := range pt.tree.Sub {
				if k > 0 {
					b.WriteByte('|')
				}
				mark(sub, true)
			}
		default:
			b.WriteString(pt.text)
		}
		at = j
	}
	marked := b.String()
	if strings.Count(marked, "(?P<"+graftMark) != len(grafts) {
		return nil, nil, errors.New("a group is named like a placeholder's mark")
	}
	tree, err = syntax.Parse("^(?:"+lowerLiterals(marked)+")", syntax.Perl)
	if err == nil && len(grafts) > 0 {
		var ok bool
		if names, ok = graft(tree, grafts); !ok {
			tree, err = syntax.Parse(anchoredPattern(body, l), syntax.Perl)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	if names == nil {
		names = tree.CapNames()
	}
	return tree, names, nil
}

// aloneInAlternation reports whether body[i:j] is one of several
// alternatives of a group all by itself, as in "(?:a|{x})": the parser
// makes the alternatives of an alternation there one with the group's
// (and factors them together), which a grafted tree would not be.
func aloneInAlternation(body string, i, j int) bool {
	before, after := body[:i], body[j:]
	open := before == "" || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "(?:") || opensGroupName(before)
	bar := strings.HasSuffix(before, "|")
	closing := after == "" || strings.HasPrefix(after, ")") // the body is a group's
	return (open || bar) && (closing || strings.HasPrefix(after, "|")) && !(open && closing)
}

// opensGroupName reports whether s ends with the opening of a named
// group, "(?P<name>".
func opensGroupName(s string) bool {
	if !strings.HasSuffix(s, ">") {
		return false
	}
	i := strings.LastIndex(s, "(?P<")
	return i >= 0 && !strings.ContainsAny(s[i+len("(?P<"):len(s)-1], "()|>")
}

// graftSite is a tree to graft where a mark stands: a placeholder's, or
// one alternative of it when the placeholder stands alone in an
// alternation.
type graftSite struct {
	tree        *syntax.Regexp
	alternative bool
}

// graftMark begins the names of the groups that stand for placeholders in
// anchoredTree; no rule names a group so.
const graftMark = "zzgraft"

// graft replaces in tree each group that stands for a placeholder with
// grafts[i], i being the number in its name, renumbers the other groups
// as if the marks had never been, and returns the groups' names as
// tree.CapNames would. It reports false, leaving tree half done, when a
// mark is where the parse of the alternation itself could differ:
// directly in an alternation (the parser would have merged the two), or
// under flags other than syntax.Perl. It does not walk the grafts, which
// hold no groups (see placeholderTree).
func graft(tree *syntax.Regexp, grafts []graftSite) (names []string, ok bool) {
	var marks []int             // the group numbers of the marks
	var groups []*syntax.Regexp // the other groups
	var replace func(re *syntax.Regexp) bool
	replace = func(re *syntax.Regexp) bool {
		if re.Op == syntax.OpCapture {
			groups = append(groups, re)
		}
		for i, sub := range re.Sub {
			if sub.Op == syntax.OpCapture && strings.HasPrefix(sub.Name, graftMark) {
				n, err := strconv.Atoi(sub.Name[len(graftMark):])
				if err != nil || n >= len(grafts) || (re.Op == syntax.OpAlternate) != grafts[n].alternative || sub.Flags != syntax.Perl {
					return false
				}
				marks = append(marks, sub.Cap)
				re.Sub[i] = grafts[n].tree
				continue
			}
			if !replace(sub) {
				return false
			}
		}
		return true
	}
	if !replace(tree) {
		return nil, false
	}
	sort.Ints(marks)
	names = make([]string, len(groups)+1)
	for _, g := range groups {
		g.Cap -= sort.SearchInts(marks, g.Cap) // the marks numbered before it
		names[g.Cap] = g.Name
	}
	return names, true
}

// opaqueAlternative reports whether the parser leaves re alone among the
// alternatives of an alternation, as it does an empty group that marks
// it: re is no literal, class or empty match, and does not begin with
// one or with a repeat (the parser factors the beginnings that
// neighbouring alternatives share, and merges neighbouring characters
// into classes).
func opaqueAlternative(re *syntax.Regexp) bool {
	simple := func(re *syntax.Regexp) bool {
		switch re.Op {
		case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpEmptyMatch, syntax.OpRepeat:
			return true
		}
		return false
	}
	if simple(re) || re.Op == syntax.OpAlternate {
		return false
	}
	return re.Op != syntax.OpConcat || len(re.Sub) > 0 && !simple(re.Sub[0])
}

// nextPlaceholder returns the offsets of the first {name} placeholder in
// s, braces included, as the placeholder regexp finds them; -1, -1 if none.
func nextPlaceholder(s string) (i, j int) {
	for i = 0; i < len(s); i++ {
		if s[i] != '{' || i+1 == len(s) || s[i+1] < 'a' || s[i+1] > 'z' {
			continue
		}
		j = i + 2
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9' || s[j] == '_') { // \w
			j++
		}
		if j < len(s) && s[j] == '}' {
			return i, j + 1
		}
	}
	return -1, -1
}

// placeholderParse is a placeholder's expansion as anchoredTree needs it:
// text, expanded and lower-cased; tree, its parse when it is an
// alternation without groups (nil otherwise).
type placeholderParse struct {
	text string
	tree *syntax.Regexp
	// opaque says that no alternative of tree is one the parser would
	// factor with another (see opaqueAlternative).
	opaque bool
}

// placeholderTree returns the expansion of the placeholder {name},
// parsed on first use. The trees are shared by the rules: no one changes
// a parse tree once it is built.
func (l *lexicon) placeholderTree(name string) placeholderParse {
	l.parsedMu.Lock()
	defer l.parsedMu.Unlock()
	if pt, ok := l.parsed[name]; ok {
		return pt
	}
	pt := placeholderParse{text: lowerLiterals(expand("{"+name+"}", l))}
	if re, err := syntax.Parse(pt.text, syntax.Perl); err == nil && re.Op == syntax.OpAlternate && re.MaxCap() == 0 {
		pt.tree = re
		pt.opaque = true
		for _, sub := range re.Sub {
			pt.opaque = pt.opaque && opaqueAlternative(sub)
		}
	}
	if l.parsed == nil {
		l.parsed = map[string]placeholderParse{}
	}
	l.parsed[name] = pt
	return pt
}

var placeholder = regexp.MustCompile(`\{([a-z]\w*)\}`)

func expand(pattern string, l *lexicon) string {
	common := map[string]string{
		"year":  `(?:(?:1\d{3}|20\d{2}|21\d{2})\b|{spokenyear})`,
		"dnum":  `(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b`,
		"ord":   `(?:\d{1,2}(?:st|nd|rd|th)\b|` + l.alt["ordword"] + `)`,
		"count": `(?:\d{1,3}(?:,\d{3})+\b|\d+(?:\.\d+)?\b|` + l.alt["numword"] + `(?:[\s-]+` + l.alt["numword"] + `)?)`,
		// a year after a quarter or a half, fiscal as earnings reports
		// write it: 2016, fiscal 2017, FY2017, FY17 (fiscalYear reads it)
		// a fraction of a unit: half a century, a half-hour, a quarter of a
		// century, three-quarters of an hour (before the amounts, which
		// would read "a" or "three" alone; fraction reads it)
		"fraction": `(?:an?[\s-]+(?:half|quarter(?:\s+of\s+an?)?)|(?:one|three)[\s-]+quarters?\s+of\s+an?|half[\s-]+an?)`,
		"fyear":    `(?:(?:fiscal\s+(?:year\s+)?|FY\s*)?{year}|FY\s*\d{2}\b)`,
	}
	for i := 0; i < 3; i++ { // placeholders may contain placeholders
		pattern = placeholder.ReplaceAllStringFunc(pattern, func(p string) string {
			k := p[1 : len(p)-1]
			if v, ok := common[k]; ok {
				return v
			}
			if v, ok := l.alt[k]; ok {
				return v
			}
			panic("dates: unknown placeholder " + p)
		})
	}
	return pattern
}

// firstPrefixes returns the literal beginnings a match of the pattern re
// can start with, lower-cased: "" stands for a digit. It
// returns nil when a match can start some other way (a letter class, an
// empty match), in which case the first word is not checked.
func firstPrefixes(re *syntax.Regexp) []string {
	set := map[string]bool{}
	if !prefixesOf(re, set) {
		return nil
	}
	out := make([]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// prefixesOf adds the possible beginnings of re to set and reports whether
// every match of re starts with one of them. Nullable parts add their
// beginnings and let the next part begin a match too.
func prefixesOf(re *syntax.Regexp, set map[string]bool) bool {
	ok, nullable := prefixesNullable(re, set)
	return ok && !nullable
}

func prefixesNullable(re *syntax.Regexp, set map[string]bool) (ok, nullable bool) {
	switch re.Op {
	case syntax.OpLiteral:
		lit := strings.ToLower(string(re.Rune))
		word := lit
		for i, r := range lit {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				word = lit[:i]
				break
			}
		}
		if word == "" {
			return false, false // starts with punctuation: do not filter
		}
		if word[0] >= '0' && word[0] <= '9' {
			word = ""
		}
		set[word] = true
		return true, false
	case syntax.OpCharClass:
		// Only a class of digits is a known beginning.
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false, false
			}
		}
		set[""] = true
		return true, false
	case syntax.OpCapture:
		return prefixesNullable(re.Sub[0], set)
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return true, true
	case syntax.OpQuest, syntax.OpStar:
		ok, _ := prefixesNullable(re.Sub[0], set)
		return ok, true
	case syntax.OpPlus:
		return prefixesNullable(re.Sub[0], set)
	case syntax.OpRepeat:
		if re.Max == 0 {
			return true, true // x{0}: as Simplify makes it, an empty match
		}
		ok, nullable := prefixesNullable(re.Sub[0], set)
		return ok, nullable || re.Min == 0
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			ok, n := prefixesNullable(sub, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return true, nullable
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			ok, n := prefixesNullable(sub, set)
			if !ok {
				return false, false
			}
			if !n {
				return true, false
			}
		}
		return true, true
	}
	return false, false
}

// window is how many bytes matchAt first looks at; no phrase is this long.
const window = 96

// lowerLiterals lower-cases the ASCII letters of a pattern that are not
// escapes (\W, \S, \B) and not group names.
func lowerLiterals(pattern string) string {
	b := []byte(pattern)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\\':
			i++ // keep the escaped character as it is
		case b[i] == '<' && i >= 2 && b[i-1] == 'P' && b[i-2] == '?':
			for i < len(b) && b[i] != '>' {
				i++ // a group name
			}
		case b[i] >= 'A' && b[i] <= 'Z':
			if !(b[i] == 'P' && i >= 1 && b[i-1] == '?') {
				b[i] += 'a' - 'A'
			}
		}
	}
	return string(b)
}

// asciiLower returns s with ASCII letters lower-cased; other bytes, and so
// all offsets, are unchanged.
func asciiLower(s string) string {
	low, _ := asciiLowerIn(nil, s)
	return low
}

// asciiLowerIn is asciiLower in the room of buf, which it returns grown;
// the result is s itself when s has no upper-case letter. Where the
// result is buf's, it changes when buf is used again: a caller must not
// keep it, nor any part of it, past then.
func asciiLowerIn(buf []byte, s string) (string, []byte) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperBytes(swar.LoadAt(s, i)) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s, buf
	}
	b := slices.Grow(buf[:0], len(s))[:len(s)]
	copy(b, s[:i])
	// Eight bytes at a time: each upper-case letter gets the bit 0x20.
	// Four of them a round, on slices of 32 bytes, leave the loop, the
	// bounds checks and the constants' loads to once a round.
	for ; i+32 <= len(s); i += 32 {
		src, dst := s[i:i+32], b[i:i+32]
		x0, x1, x2, x3 := swar.LoadAt(src, 0), swar.LoadAt(src, 8), swar.LoadAt(src, 16), swar.LoadAt(src, 24)
		binary.LittleEndian.PutUint64(dst, x0|upperBytes(x0)>>2)
		binary.LittleEndian.PutUint64(dst[8:], x1|upperBytes(x1)>>2)
		binary.LittleEndian.PutUint64(dst[16:], x2|upperBytes(x2)>>2)
		binary.LittleEndian.PutUint64(dst[24:], x3|upperBytes(x3)>>2)
	}
	for ; i+8 <= len(s); i += 8 {
		x := swar.LoadAt(s, i)
		binary.LittleEndian.PutUint64(b[i:], x|upperBytes(x)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// b is not written again until its next use: share it rather than
	// copy it once more, as strings.Builder does.
	return unsafe.String(&b[0], len(b)), b
}

// upperBytes returns the bytes of x, eight bytes read by swar.LoadAt, that are
// ASCII upper-case letters, as the bit 0x80 of each such byte.
func upperBytes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs               // each byte below 0x80: the sums below stay within it
	geA := low7 + ones*(0x80-'A')    // 0x80 set where the byte is 'A' or more
	gtZ := low7 + ones*(0x80-'Z'-1)  // 0x80 set where it is more than 'Z'
	return (geA &^ gtZ) &^ x & highs // and not beyond ASCII
}

// budget is how many branch points the backtracker may pass on one try
// before the regexp engine takes over; tries on news text pass well under
// a hundred.
const budget = 4000

// matchAt tries the rule at byte offset p of s only (a word start); low is
// asciiLower(s). On a match it returns the submatch offsets, relative to
// s[p:] as FindStringSubmatchIndex gives them, and the extent of the
// phrase, from the first participating group to the end of the last one as
// rules.F computes it; ok is false otherwise. sc is the calling
// goroutine's scratch space; idx is valid until the next call with it.
func (r *Rule) matchAt(sc *scratch, s, low string, p int) (idx []int, left, right int, ok bool) {
	if p > 0 {
		prev := rune(s[p-1])
		if prev >= utf8.RuneSelf {
			prev, _ = utf8.DecodeLastRuneInString(s[:p])
		}
		if r.left != nil {
			if prev < utf8.RuneSelf && !r.leftASCII[prev] || prev >= utf8.RuneSelf && !r.left.MatchString(string(prev)) {
				return nil, 0, 0, false
			}
		} else if unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '_' {
			return nil, 0, 0, false
		}
	}
	// Phrases are short: match in a window first, which keeps the regexp
	// engine's work small, and retry on the rest of s if the match might
	// have gone on past the window.
	in := low[p:]
	if len(in) > window {
		in = in[:window]
	}
	idx = r.find(sc, in)
	if len(in) < len(s)-p && idx != nil && idx[1] >= len(in)-8 {
		in = low[p:]
		idx = r.find(sc, in)
	}
	if idx == nil {
		return nil, 0, 0, false
	}
	// The first participating group from the start, the last from the
	// end: both are near (a pattern's groups are mostly optional words).
	left = -1
	for i := 2; i < len(idx); i += 2 {
		if idx[i] >= 0 {
			left = idx[i]
			break
		}
	}
	if left < 0 {
		return idx, -1, 0, false
	}
	for i := len(idx) - 2; ; i -= 2 {
		if idx[i] >= 0 {
			return idx, left, idx[i+1], true
		}
	}
}

// scratch is the reusable working space of one goroutine's tries.
type scratch struct {
	bt   backtrack.Machine
	caps []int
}

// find returns the submatch offsets of the anchored pattern at the start
// of in, or nil, as FindStringSubmatchIndex does. The slice is valid until
// the next call with sc.
func (r *Rule) find(sc *scratch, in string) []int {
	fast := r.fast()
	if n := fast.NumCap(); cap(sc.caps) < n {
		sc.caps = make([]int, n)
	}
	idx := sc.caps[:fast.NumCap()]
	matched, done := sc.bt.Match(fast, in, idx, budget)
	if !done {
		return r.anchored().FindStringSubmatchIndex(in)
	}
	if !matched {
		return nil
	}
	return idx
}

// match is one rule match inside a sentence, handed to a rule's build.
// Its groups are read off the offsets when asked for: most are never.
type match struct {
	r          *Rule
	text, lc   string // the text searched (a sentence) and asciiLower(text)
	p          int    // where the try began in text
	idx        []int  // submatch offsets from p, as matchAt returns them
	start, end int    // extent of the phrase in text
}

// span returns the offsets in text of group i (from groupIndex), or false when
// the group took no part in the match.
func (m *match) span(i int) (from, to int, ok bool) {
	if m.idx[2*i+2] < 0 {
		return 0, 0, false
	}
	return m.p + m.idx[2*i+2], m.p + m.idx[2*i+3], true
}

// groupIndex returns the index of the named group in r.groups, for a
// build that reads the group with match.at or match.lowAt. It panics if
// there is no such group: the names are the rule's own.
//
// A rule's constructor declares the indices its build reads as the fields
// of a struct g, which the build closes over, and fills them from the
// names once the rule is made: a build runs on every match, and a read by
// name would cost a look-up of the name each time.
func (r *Rule) groupIndex(name string) int {
	i := slices.Index(r.groups, name)
	if i < 0 {
		panic("dates: rule " + r.Name + " has no group " + name)
	}
	return i
}

// at returns the text of group i (from groupIndex), or "".
func (m *match) at(i int) string {
	if from, to, ok := m.span(i); ok {
		return m.text[from:to]
	}
	return ""
}

// lowAt returns group i (from groupIndex) normalised for word-list
// lookups: from the lower-cased text, which spares norm most of its work
// (norm lower-cases, so the same as from the text).
func (m *match) lowAt(i int) string {
	if from, to, ok := m.span(i); ok {
		return norm(m.lc[from:to])
	}
	return ""
}

// prevWord returns the word before the phrase, "" at the start.
func (m *match) prevWord() string {
	i := m.start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(m.text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(m.text[:j])
		if !isWordRune(r) {
			break
		}
		j -= n
	}
	return m.text[j:i]
}

// nextWord returns the word after the phrase, "" at the end.
func (m *match) nextWord() string { return wordAt(m.text, m.end) }

// phrase returns the text of the phrase as matched so far.
func (m *match) phrase() string { return m.text[m.start:m.end] }

// after returns the text after the phrase.
func (m *match) after() string { return m.text[m.end:] }

// afterN returns at most n bytes of the text after the phrase, for cheap
// look-ahead checks.
func (m *match) afterN(n int) string {
	a := m.text[m.end:]
	if len(a) > n {
		a = a[:n]
	}
	return a
}

// wordAt returns the word (isWordRune) that starts at offset i of s past
// any white space. An ASCII byte is read by itself; a byte beyond ASCII
// starts a rune, read as one.
func wordAt(s string, i int) string {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !asciiWordBytes[c] {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return s[i:j]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

// capitalized reports whether s starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// number reads a count written in digits or words ("48", "two",
// "twenty-four", "a"). ok is false for anything else.
func number(s string) (float64, bool) {
	s = norm(s)
	switch s {
	case "a", "an", "one", "single":
		return 1, true
	case "":
		return 0, false
	}
	if f, ok := digitsValue(s); ok {
		return f, true // the common case: what ParseFloat gives, without its work
	}
	if mayParseFloat(s) {
		if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
			return f, true
		}
	}
	if n, ok := lex().numbers[s]; ok {
		return float64(n), true
	}
	// "twenty five", "twenty-five"
	if !strings.ContainsAny(s, " -") {
		return 0, false // one field: no pair to add up
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) == 2 {
		a, ok1 := lex().numbers[f[0]]
		b, ok2 := lex().numbers[f[1]]
		if ok1 && ok2 && a >= 20 && a%10 == 0 && b < 10 {
			return float64(a + b), true
		}
	}
	return 0, false
}

// digitsValue reads s when it is 1 to 15 ASCII digits, which a float64
// holds exactly: the value strconv.ParseFloat gives, without its work.
func digitsValue(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 15 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int64(c-'0')
	}
	return float64(n), true
}

// mayParseFloat reports whether strconv.ParseFloat could read s without
// its commas: its first other byte must start a sign, a digit, a point,
// an underscore, "inf" or "nan". Words fail here without the error value
// ParseFloat allocates.
func mayParseFloat(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',':
		case c >= '0' && c <= '9', c == '+', c == '-', c == '.', c == '_', c == 'i', c == 'I', c == 'n', c == 'N':
			return true
		default:
			return false
		}
	}
	return true // "" or only commas: let ParseFloat say
}

// ordinal reads "3rd" or "third".
func ordinal(s string) (int, bool) {
	s = norm(s)
	if n, ok := lex().ordinals[s]; ok {
		return n, true
	}
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// dayNumber reads "1", "01", "1st".
func dayNumber(s string) int {
	n, _ := ordinal(s)
	return n
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// appendAmount appends a duration amount: 5, 1.5, or X when unknown, as
// strconv.FormatFloat(f, 'f', -1, 64) writes a known one.
func appendAmount(b []byte, f float64) []byte {
	switch {
	case f < 0:
		return append(b, 'X')
	case f < 1e15 && f == float64(int64(f)) && !math.Signbit(f):
		return strconv.AppendInt(b, int64(f), 10) // a whole amount: the same digits
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// period value of a duration: P5Y, PT48H, P10Y for a decade, PXM.
func durationValue(amount float64, u unit) string {
	var buf [32]byte
	return string(appendDuration(buf[:0], amount, u))
}

// smallerUnit returns the TIMEX3 letter of the unit next smaller than u
// that a fraction of u is written in, how many of it u holds, and whether
// it is a time (written after T); per is 0 for a unit without one (a week,
// a month).
func smallerUnit(u unit) (sub string, per float64, t bool) {
	switch {
	case u.code == "Y":
		return "M", 12, false
	case u.code == "D":
		return "H", 24, true
	case u.grain == GrainHour:
		return "M", 60, true
	case u.grain == GrainMinute:
		return "S", 60, true
	}
	return "", 0, false
}

// appendDuration appends the period value of a duration (durationValue).
func appendDuration(b []byte, amount float64, u unit) []byte {
	amount = u.count(amount)
	switch u.code {
	case "DE":
		if amount < 0 {
			return append(b, "PXDE"...)
		}
		return append(appendAmount(append(b, 'P'), amount*10), 'Y')
	case "CE":
		if amount < 0 {
			return append(b, "PXCE"...)
		}
		return append(appendAmount(append(b, 'P'), amount*100), 'Y')
	}
	// A fraction goes to the next smaller unit where it is a whole number
	// there, as TIMEX3 writes it: P2Y6M, PT5H30M, P1DT12H; a fraction alone
	// in the smaller unit only: P6M, PT15M, PT12H.
	if sub, per, t := smallerUnit(u); per > 0 && amount > 0 && amount < 1e15 {
		whole := float64(int64(amount))
		if part := (amount - whole) * per; part > 0 && part == float64(int64(part)) {
			b = append(b, 'P')
			switch {
			case whole == 0 && t:
				b = append(b, 'T') // PT30M
			case whole == 0: // P6M
			case u.code == "D":
				b = append(appendAmount(b, whole), "DT"...) // P1DT12H
			case t:
				b = append(appendAmount(append(b, 'T'), whole), u.code...) // PT5H30M
			default:
				b = append(appendAmount(b, whole), u.code...) // P2Y6M
			}
			return append(appendAmount(b, part), sub...)
		}
	}
	if u.grain == GrainHour || u.grain == GrainMinute || u.grain == GrainSecond {
		return append(appendAmount(append(b, "PT"...), amount), u.code...)
	}
	return append(appendAmount(append(b, 'P'), amount), u.code...)
}
