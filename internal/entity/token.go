package entity

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/swar"
)

// tokFlags describe a token.
type tokFlags uint16

const (
	fWord       tokFlags = 1 << iota // a word, else punctuation
	fCap                             // the first letter is upper case
	fAllCaps                         // two or more letters, all upper case: "UN", "U.N."
	fPoss                            // followed by a possessive 's, not part of the token
	fQuoted                          // inside quotation marks
	fInitial                         // the first word of the sentence or of a quotation
	fSpace                           // white space before the token
	fHyphenName                      // a surname with a particle prefix: "al-Assad"
	fCtxPlace                        // first capitalised word after "in", "at" (or a travel word and "to")
	fCtxAway                         // first capitalised word after "from", "to", "into" ...
	fCtxTopic                        // first capitalised word after "on", "regarding" ...
	fSplit                           // a word with a period or a comma in it or at its end ("U.N.", "290,000"), which kind.Words splits there (see kindWords)
	fNoName                          // no listed name starts with the word (gzAt has looked)
	fCtxVisit                        // first capitalised word after a travel verb that takes a place as object ("visited Russia"): a place if listed
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	s, e  int32    // byte offsets in the source text
	cat   category // classes of the lowercase word; 0 for punctuation
	p     rune     // the punctuation mark; 0 for words
	flags tokFlags //
}

// tokenize appends to out the tokens of src[start:end]. lower is src in
// lower case if it has the same length as src, else "". lx gives the word
// classes and the abbreviations whose period belongs to the word.
//
// A word is a run of letters, digits and marks, with inner hyphens,
// apostrophes and periods ("al-Assad", "O'Brien", "U.N"), and commas between
// digits ("290,000"). A final period belongs to the word when the word is
// an initialism ("U.N."), a single capital ("F.") or a listed abbreviation
// ("Sen.", "Aug."). A possessive "'s" or "’s" is not part of the word: it
// sets fPoss. A word with a period or a comma sets fSplit. Every other
// non-space character is a punctuation token.
func tokenize(src, lower string, start, end int, lx *lexicon, out []token) []token {
	src = src[:end]
	space := fSpace // the fSpace of the next token: white space before it
	for i := start; i < len(src); {
		if lower != "" {
			// Most tokens, with no call (see plainTokens); this loop takes
			// the one it stops at.
			if out, i, space = lx.cats.plainTokens(src, lower, i, space, out); i >= len(src) {
				break
			}
		}
		c := src[i]
		j := i + 1 // the end of the first rune
		var flags tokFlags
		switch byteClass[c] {
		case bSpace:
			space, i = fSpace, j
			continue
		case bPunct:
			out = append(out, token{s: int32(i), e: int32(j), flags: space, p: rune(c)})
			space, i = 0, j
			continue
		case bHigh:
			r, size := utf8.DecodeRuneInString(src[i:])
			j = i + size
			if unicode.IsSpace(r) {
				space, i = fSpace, j
				continue
			}
			if !ascii.IsWordRune(r) {
				out = append(out, token{s: int32(i), e: int32(j), flags: space, p: r})
				space, i = 0, j
				continue
			}
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				flags = fCap
			}
		default: // bWord
			if c <= 'Z' && c >= 'A' {
				flags = fCap
			}
		}
		// wordRun, its first eight bytes here: a call would cost the loop
		// its registers, and most words end within them.
		if j+8 > len(src) {
			j = wordRunTail(src, j)
		} else if w := ^wordBytes(swar.LoadAt(src, j)) & swar.High; w != 0 {
			j += bits.TrailingZeros64(w) / 8
		} else {
			j = wordRun(src, j+8)
		}
		e, next, hyphen := j, j, false // the word is src[i:e], the next token starts at next
		if j < len(src) && joins[src[j]] {
			e, next, hyphen = lx.wordTail(src, lower, i, j)
			if hasPeriodOrComma(src[j:e]) {
				flags |= fSplit
			}
		}
		t := token{s: int32(i), e: int32(e), flags: space | flags | fWord}
		// A capital and then a small ASCII letter ("Kerry") is not all
		// capitals: most capitalised words need not be read again.
		if flags&fCap != 0 && (e-i < 2 || src[i+1] < 'a' || src[i+1] > 'z') && allCaps(src[i:e]) {
			t.flags |= fAllCaps
		}
		if next > e {
			t.flags |= fPoss
		}
		// The word's classes, most often found here in the lower case of
		// the text with no call (catTable.at): a call would cost the loop
		// its registers.
		switch n := e - i; {
		case lower == "" || n > 16 || i+8 > len(lower):
			t.cat = lx.catsAt(src, lower, i, e)
		case n > 8:
			t.cat = lx.cats.find(swar.LoadAt(lower, i), swar.LoadAt(lower, e-8), n)
		default:
			t.cat = lx.cats.find(swar.LoadAt(lower, i)&swar.FirstBytes[n&15], 0, n)
		}
		if hyphen {
			lx.hyphenated(&t, src[i:e], lowerOf(src, lower, i, e))
		}
		out = append(out, t)
		space, i = 0, next
		if i < len(src) && src[i] == ' ' { // most often: a word, a space
			space, i = fSpace, i+1
		}
	}
	return out
}

// plainTokens appends to out the tokens of src from i on, as tokenize
// makes them, up to the first it leaves to tokenize, and returns out, the
// index of that token (len(src) if none) and the fSpace before it. It
// takes spaces, ASCII marks and the words of ASCII letters and digits of
// up to sixteen bytes that no byte of joins follows (most words), but for
// a capital and then no small letter (which may be all capitals), and not
// within eight bytes of the end of src; it stops where out is full. It
// makes no call, so that its loop keeps its values in registers: lower is
// src in lower case, of src's length or longer (the text src is cut from).
func (ct *catTable) plainTokens(src, lower string, i int, space tokFlags, out []token) ([]token, int, tokFlags) {
	for i < len(src) && len(out) < cap(out) {
		c := src[i]
		switch byteClass[c] {
		case bSpace:
			space, i = fSpace, i+1
			continue
		case bPunct:
			out = append(out, token{s: int32(i), e: int32(i + 1), flags: space, p: rune(c)})
			space, i = 0, i+1
			continue
		case bHigh:
			return out, i, space
		}
		flags := space | fWord
		j := i + 1 // wordRun, here
		for {
			if j+8 > len(src) {
				return out, i, space
			}
			if w := ^wordBytes(swar.LoadAt(src, j)) & swar.High; w != 0 {
				j += bits.TrailingZeros64(w) / 8
				break
			}
			j += 8
		}
		n := j - i
		if j < len(src) && joins[src[j]] || n > 16 || i+8 > len(lower) {
			return out, i, space
		}
		if c <= 'Z' && c >= 'A' {
			if n < 2 || src[i+1] < 'a' || src[i+1] > 'z' {
				return out, i, space // all capitals?
			}
			flags |= fCap
		}
		var cat category
		if n > 8 {
			cat = ct.find(swar.LoadAt(lower, i), swar.LoadAt(lower, j-8), n)
		} else {
			cat = ct.find(swar.LoadAt(lower, i)&swar.FirstBytes[n&15], 0, n)
		}
		out = append(out, token{s: int32(i), e: int32(j), cat: cat, flags: flags})
		space, i = 0, j
		if i < len(src) && src[i] == ' ' {
			space, i = fSpace, i+1
		}
	}
	return out, i, space
}

// hasPeriodOrComma reports whether s, the few bytes of a word after its
// first run of letters and digits, has a period or a comma: byte by byte,
// which costs less than a look for each over so few.
func hasPeriodOrComma(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == ',' {
			return true
		}
	}
	return false
}

// Byte classes of tokenize: what a byte of text starts.
const (
	bWord  = iota // an ASCII letter or digit: a word
	bPunct        // an ASCII mark, a token of its own
	bSpace        // ASCII white space
	bHigh         // a byte of a rune that is not ASCII
)

// byteClass gives the class of every byte; joins tells the bytes at which
// a word may go on after a run of ASCII letters and digits (see wordEnd),
// or be followed by its period or a possessive: a mark that may join two
// parts of a word, or a byte of a rune that is not ASCII.
var byteClass, joins = func() (class [256]uint8, joins [256]bool) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			class[c], joins[c] = bHigh, true
		case ascii.Word[c]:
			class[c] = bWord
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			class[c] = bSpace
		default:
			class[c], joins[c] = bPunct, c == '\'' || c == '-' || c == '.' || c == ','
		}
	}
	return class, joins
}()

// wordRun returns the end of the run of ASCII letters and digits that
// src[j:] starts with. Eight bytes at a time: a word's letters rarely need
// more than one load. It is small enough to be inlined: a call would cost
// tokenize's loop its registers.
func wordRun(src string, j int) int {
	for j+8 <= len(src) {
		if w := wordBytes(swar.LoadAt(src, j)); w != swar.High {
			return j + bits.TrailingZeros64(^w&swar.High)/8
		}
		j += 8
	}
	return wordRunTail(src, j)
}

// wordBytes returns the bytes of x that are ASCII letters or digits, as
// 0x80 in their place: with 0x20 set, capitals are small letters and no
// other byte is one. The bytes up to the first that is not ASCII are
// right: a carry goes only to the bytes after it.
func wordBytes(x uint64) uint64 {
	return swar.Between(x|0x2020202020202020, 'a', 'z') | swar.Between(x, '0', '9')
}

// wordRunTail is wordRun of the last bytes of src, byte by byte.
func wordRunTail(src string, j int) int {
	for j < len(src) && ascii.Word[src[j]] {
		j++
	}
	return j
}

// wordTail reads the rest of the word src[i:j], which is followed by a
// byte of joins: more of it ("al-Assad", "U.N", "O’Brien", "290,000"), its
// period ("U.N.", "Sen."), its possessive ("Kerry's"). The word is src[i:e]
// and the next token starts at next, after a possessive; hyphen tells
// whether the word has a '-' after src[:j].
func (lx *lexicon) wordTail(src, lower string, i, j int) (e, next int, hyphen bool) {
	// Most often the word ends a clause or a sentence: a comma or a period
	// that no letter or digit follows joins nothing.
	if c := src[j]; (c == ',' || c == '.') && (j+1 == len(src) || byteClass[src[j+1]] != bWord && byteClass[src[j+1]] != bHigh) {
		if c == '.' && keepsPeriod(src, lower, i, j, lx) {
			j++
			return j, j + possessive(src, j), false
		}
		return j, j, false
	}
	j, hyphen = wordEnd(src, j)
	if j < len(src) && src[j] == '.' && keepsPeriod(src, lower, i, j, lx) {
		j++
	}
	return j, j + possessive(src, j), hyphen
}

// possessive returns the length of the possessive "'s" or "’s" at src[j],
// or 0 if there is none.
func possessive(src string, j int) int {
	if j >= len(src) || src[j] != '\'' && src[j] != 0xE2 { // '’' starts with 0xE2
		return 0
	}
	r2, n2 := utf8.DecodeRuneInString(src[j:])
	if (r2 == '\'' || r2 == '’') && j+n2 < len(src) && (src[j+n2] == 's' || src[j+n2] == 'S') &&
		!isWordRuneAt(src, j+n2+1, len(src)) {
		return n2 + 1
	}
	return 0
}

// wordEnd returns where the word that has reached src[j] ends, src[j]
// being a byte of joins, and whether it has a '-' from there on.
func wordEnd(src string, j int) (int, bool) {
	hyphen := false
	for {
		r2, n2 := utf8.DecodeRuneInString(src[j:])
		if !ascii.IsWordRune(r2) {
			if !joinsAt(src, j, r2, n2) {
				return j, hyphen
			}
			hyphen = hyphen || r2 == '-'
		}
		j = wordRun(src, j+n2)
		if j >= len(src) || !joins[src[j]] {
			return j, hyphen
		}
	}
}

// joinsAt reports whether r2, the rune at src[j] of n2 bytes, joins the
// word before it to the word rune after it: an apostrophe that does not
// begin a possessive 's, a hyphen or a period, a comma between digits.
func joinsAt(src string, j int, r2 rune, n2 int) bool {
	if j+n2 >= len(src) {
		return false
	}
	r3, n3 := utf8.DecodeRuneInString(src[j+n2:])
	switch r2 {
	case '\'', '’':
		if (r3 == 's' || r3 == 'S') && !isWordRuneAt(src, j+n2+n3, len(src)) {
			return false // a possessive
		}
		return ascii.IsWordRune(r3)
	case '-', '‑', '.':
		return ascii.IsWordRune(r3)
	case ',':
		return isDigit(src[j-1]) && r3 >= '0' && r3 <= '9'
	}
	return false
}

// hyphenated sets what a word with a hyphen, word in low case, may be:
// a title with a prefix ("then-Secretary"), a surname with a particle
// ("al-Assad").
func (lx *lexicon) hyphenated(t *token, word, low string) {
	h := strings.IndexByte(low, '-')
	// (Only when lowering kept the length, so that low and word line up.)
	if h <= 0 || h+1 >= len(low) || len(low) != len(word) {
		return
	}
	for _, p := range lx.titlePrefixes {
		if len(low) > len(p) && strings.HasPrefix(low, p) {
			t.cat |= lx.wordCats.Get(low[len(p):]) & catTitleStart // "then-Secretary"
		}
	}
	// "al-Assad": a particle, a hyphen, a capital.
	if r3, _ := utf8.DecodeRuneInString(word[h+1:]); t.flags&fCap == 0 && unicode.IsUpper(r3) &&
		lx.wordCats.Get(low[:h])&catParticle != 0 {
		t.flags |= fHyphenName
	}
}

// keepsPeriod reports whether the period after src[i:j] belongs to the word.
func keepsPeriod(src, lower string, i, j int, lx *lexicon) bool {
	word := src[i:j]
	if isInitialism(word) {
		return true
	}
	if lx == nil {
		return false
	}
	w := lowerOf(src, lower, i, j+1)
	if lx.abbrevIndex == nil { // the lexicon is being built
		return lx.abbrevs[w]
	}
	return lx.abbrevIndex.Get(w)
}

// isInitialism reports whether word is single letters separated by periods
// ("U.N", "D.C") or one capital letter ("F").
func isInitialism(word string) bool {
	if len(word) > 1 && word[0] < utf8.RuneSelf && word[1] != '.' {
		return false // the first part is longer than a letter: most words
	}
	return initialismParts(word)
}

// initialismParts is isInitialism, part by part.
func initialismParts(word string) bool {
	for n := 0; ; n++ {
		part, rest, more := strings.Cut(word, ".")
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsLetter(r) {
			return false
		}
		if n == 0 && !unicode.IsUpper(r) {
			return false
		}
		if !more {
			return true
		}
		word = rest
	}
}

// allCaps reports whether word has two or more letters, all upper case.
func allCaps(word string) bool {
	n := 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= utf8.RuneSelf:
			return allCapsRunes(word)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// allCapsRunes is allCaps of a word that is not ASCII.
func allCapsRunes(word string) bool {
	n := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// catsAt returns the classes of the word src[i:j] (lower is src in lower
// case, or ""): lx.words of it in lower case.
func (lx *lexicon) catsAt(src, lower string, i, j int) category {
	if lower == "" {
		return lx.wordCats.Get(strings.ToLower(src[i:j]))
	}
	return lx.cats.at(lower, i, j)
}

// lowerOf returns src[i:j] in lower case.
func lowerOf(src, lower string, i, j int) string {
	if lower != "" {
		return lower[i:j]
	}
	return strings.ToLower(src[i:j])
}

// sameLenLower returns s in lower case when that has the same length as s
// (so byte offsets carry over), else "". ASCII is lowered byte by byte;
// other runes with unicode.ToLower. Up to the first byte that may change,
// s is its own lower case; from there the text is copied once and lowered
// in place.
func sameLenLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return lowerFrom(s, i)
		}
	}
	return s
}

// finishLower returns sameLenLower(s), given low, s with its ASCII
// letters lower-cased, whether s is valid UTF-8 and whether it is ASCII:
// only the runes beyond ASCII are left to read, and where none of them
// changes, low is the answer. The bytes that are not ASCII are found 32
// at a time; each rune of them is decoded once, for its validity and its
// lower case.
func finishLower(s, low string) (lower string, valid, ascii bool) {
	var b []byte // low's copy, once a rune changes
	valid, ascii = true, true
	for i := 0; ; {
		for ; i+32 <= len(s); i += 32 {
			if w := s[i : i+32]; !swar.ASCII(swar.LoadAt(w, 0) | swar.LoadAt(w, 8) | swar.LoadAt(w, 16) | swar.LoadAt(w, 24)) {
				break
			}
		}
		if i >= len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			valid = false
		} else if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return "", false, false
			}
			if b == nil {
				b = make([]byte, len(low))
				copy(b, low)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return low, valid, ascii
	}
	// b is never written again: share it rather than copy it once more.
	return unsafe.String(&b[0], len(b)), valid, ascii
}

// lowerFrom is sameLenLower of s, whose bytes before i are lowercase ASCII.
func lowerFrom(s string, i int) string {
	b := make([]byte, len(s))
	copy(b, s)
	for i < len(b) {
		// Sixteen ASCII bytes at a time: add 0x20 to those from 'A' to 'Z'.
		for ; i+16 <= len(b); i += 16 {
			c := b[i : i+16 : i+16]
			w0, w1 := binary.LittleEndian.Uint64(c), binary.LittleEndian.Uint64(c[8:])
			if !swar.ASCII(w0 | w1) {
				break
			}
			binary.LittleEndian.PutUint64(c, w0|swar.Between(w0, 'A', 'Z')>>2)
			binary.LittleEndian.PutUint64(c[8:], w1|swar.Between(w1, 'A', 'Z')>>2)
		}
		if i+8 <= len(b) {
			// Eight at once.
			if w := binary.LittleEndian.Uint64(b[i:]); swar.ASCII(w) {
				binary.LittleEndian.PutUint64(b[i:], w|swar.Between(w, 'A', 'Z')>>2)
				i += 8
				continue
			}
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < utf8.RuneSelf {
			b[i] = ascii.LowerTable[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return ""
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	// b is never written again: share it rather than copy it once more,
	// as strings.Builder does.
	return unsafe.String(&b[0], len(b))
}

// isWordRuneAt reports whether a word rune starts at src[i] (i < end).
func isWordRuneAt(src string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i:end])
	return ascii.IsWordRune(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isOpenQuote and isCloseQuote classify quotation marks; a straight double
// quote is either, by position.
func isOpenQuote(r rune) bool  { return r == '“' || r == '„' || r == '«' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' }

// markSentence sets the flags that depend on a word's place in its sentence:
// fQuoted, fInitial and the fCtx flags.
//
// Quotation: curly quotes nest; a closing quote with no opening quote before
// it means the sentence began inside a quotation an earlier sentence opened;
// straight quotes toggle.
func markSentence(st *sent) {
	toks := st.toks
	depth := 0
	if st.mayHaveCurly() {
		depth = startDepth(toks)
	}
	straight := false
	// The flags of the next word, changed at the marks only: fQuoted
	// inside a quotation, fInitial for the first word of the sentence or
	// of a quotation.
	set := fInitial
	if depth > 0 {
		set |= fQuoted
	}
	for k := range toks {
		t := &toks[k]
		if t.flags&fWord != 0 { // first: most tokens are words, and no word is a mark
			if set != 0 { // most words have no flag to take
				t.flags |= set
				set &^= fInitial
			}
			if t.cat&catContext != 0 {
				// It marks words after it only, which this loop has not
				// come to: their own flags do not matter to it.
				markContext(st, k)
			}
			continue
		}
		switch p := t.p; {
		case isOpenQuote(p):
			depth++
			set |= fInitial
		case isCloseQuote(p):
			depth = max(depth-1, 0)
		case p == '"':
			straight = !straight
			set &^= fInitial
			if straight {
				set |= fInitial
			}
		case p == '_' || p == ':' || p == '—' || p == ')':
			set |= fInitial // "CANBERRA, Australia (AP)_ Turning its back"
		default:
			continue
		}
		set &^= fQuoted
		if depth > 0 || straight {
			set |= fQuoted
		}
	}
}

// mayHaveCurly reports whether the sentence may have a curly quotation
// mark (“ ” „ « »): whether it has a byte they start with. Most have none,
// and two scans of the text for a byte cost less than one of the tokens
// for the marks.
func (st *sent) mayHaveCurly() bool {
	if st.ascii {
		return false
	}
	s := st.src[st.start:st.end]
	return strings.IndexByte(s, 0xE2) >= 0 || strings.IndexByte(s, 0xC2) >= 0
}

// startDepth returns the depth of quotation the sentence of toks begins
// at: the number of closing quotes it has without an opening one before.
func startDepth(toks []token) int {
	depth, minDepth := 0, 0
	for k := range toks {
		p := toks[k].p
		switch {
		case p == 0: // a word
		case isOpenQuote(p):
			depth++
		case isCloseQuote(p):
			depth--
			minDepth = min(minDepth, depth)
		}
	}
	return -minDepth
}

// markContext sets the fCtx flag of the first capitalised word after the
// preposition (or the travel verb: "visited Russia") at token k, if there
// is one.
func markContext(st *sent, k int) {
	toks := st.toks
	t := &toks[k]
	var flag tokFlags
	switch {
	case t.cat&catRoutePrep != 0:
		if k == 0 || toks[k-1].cat&catTravel == 0 || toks[k-1].flags&fWord == 0 {
			return // "talks between Russia and Ukraine": the states act
		}
		flag = fCtxAway // "shuttled between Port Sudan and Abu Dhabi": where the travel went, no actor
	case t.cat&catPlacePrep != 0:
		flag = fCtxPlace
		if k > 0 && toks[k-1].cat&catTravel != 0 && toks[k-1].flags&fWord != 0 && reportedTravel(st, k-1) {
			flag = fCtxAway // "said on Monday that he would arrive in Doha"
		}
	case t.cat&catAwayPrep != 0:
		flag = fCtxAway
		if k > 0 && toks[k-1].cat&catTravel != 0 && toks[k-1].flags&fWord != 0 && st.low(k) == "to" {
			flag = fCtxPlace // "flew to Moscow"
			if reportedTravel(st, k-1) {
				flag = fCtxAway // "said on Sunday that he would travel to Israel"
			}
		}
	case t.cat&catVisit != 0:
		flag = fCtxVisit
		if reportedTravel(st, k) {
			flag = fCtxAway // "said that he would visit Kyiv": a direction, no actor
		}
	case t.cat&catDisasterVerb != 0 && t.cat&catTopicPrep == 0:
		if !disasterBefore(st, k) {
			return // "Trump hit Biden": no place
		}
		flag = fCtxPlace // "an earthquake struck Cebu": where it struck
	default:
		flag = fCtxTopic
		if k > 0 && toks[k-1].cat&catStrike != 0 && toks[k-1].flags&(fWord|fCap) == fWord && st.low(k) == "on" &&
			!(k > 1 && toks[k-2].cat&catVerbal != 0 && toks[k-2].flags&fWord != 0) && !placeAfter(st, k) {
			flag = fCtxPlace // "a missile strike on Sumy": where it struck
		}
	}
	m := k + 1
	if m < len(toks) && toks[m].cat&catDeterminer != 0 {
		m++
	}
	// Before a place, up to two lowercase words: "in beleaguered Aleppo",
	// "in rebel-held eastern Aleppo", "into northern Syria". Not after a
	// plain "to": "to mediate between Israel".
	adjectives := flag != fCtxTopic && (flag != fCtxAway || st.low(k) != "to")
	for skip := 0; skip < 2 && m < len(toks) && adjectives; skip++ {
		u := toks[m]
		if u.flags&fWord == 0 || u.flags&(fCap|fHyphenName) != 0 ||
			u.cat&(catFunction|catDeterminer|catVerb|catPlacePrep|catAwayPrep|catTopicPrep) != 0 {
			break
		}
		m++
	}
	// "in the besieged city of Taiz", "at the truce village of Panmunjom".
	if flag&(fCtxPlace|fCtxVisit) != 0 && m > k+1 && m+1 < len(toks) && toks[m].flags&fWord != 0 &&
		toks[m-1].cat&catDeterminer == 0 && st.low(m) == "of" {
		m++
	}
	if m < len(toks) && toks[m].flags&fWord != 0 && toks[m].flags&(fCap|fHyphenName) != 0 {
		// "in a move Damascus condemned", "in a statement Moscow issued": an
		// indefinite noun and a clause whose subject acts, no place ("in
		// the capital Kyiv were" is one).
		if flag == fCtxPlace && m > k+2 && st.low(k+1) != "the" && toks[k+1].cat&catDeterminer != 0 &&
			m+1 < len(toks) && toks[m+1].flags&(fWord|fCap) == fWord && toks[m+1].cat&(catVerb|catSpeech) != 0 {
			return
		}
		if flag == fCtxPlace && st.describedPlace(k, m) {
			flag = fCtxTopic // "the war in Ukraine", "at the request of Britain"
		}
		toks[m].flags |= flag
	}
}

// disasterBefore reports whether a word of a natural disaster ("the
// typhoon", "floods") stands up to four words before token k, with no
// mark between, and no "of" after it.
func disasterBefore(st *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && st.toks[j].flags&fWord != 0; j-- {
		if kind.IsDisaster(st.low(j)) && st.low(j+1) != "of" { // "a storm of criticism hit Bannon": a figure
			return true
		}
	}
	return false
}

// placeAfter reports whether "in" and a capitalised word (an article
// between) follow token k, "on" after an attack noun, in its clause: then
// "on" names the target and "in" where it struck ("the attacks on the U.S.
// embassies in Kenya").
func placeAfter(st *sent, k int) bool {
	for j := k + 1; j < len(st.toks) && j <= k+8 && !st.isPunct(j, ",;:()—–!?"); j++ {
		if st.toks[j].cat&catPlacePrep != 0 && st.isWord(j) && st.low(j) == "in" {
			m := j + 1
			if st.isWord(m) && st.toks[m].cat&catDeterminer != 0 {
				m++
			}
			return st.isCapWord(m)
		}
	}
	return false
}

// reportedTravel reports whether the travel word at token k is to come
// in a reported clause: a modal just before it ("would travel", "will
// visit", "plans to go", "would soon travel") and a reporting verb
// earlier in the sentence ("said on Sunday that the French president
// would travel to Israel"). The place it goes to is not where the
// sentence's event (the statement) happened. Without a reporting verb
// ("Biden will travel to Israel on Wednesday") the travel is the event.
func reportedTravel(st *sent, k int) bool {
	toks := st.toks
	m := -1
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if toks[j].flags&fWord == 0 {
			return false
		}
		if toks[j].cat&catModal != 0 && toks[j].flags&fCap == 0 {
			m = j
			break
		}
	}
	for j := m - 1; j >= 0; j-- {
		if toks[j].cat&catSpeech != 0 && toks[j].flags&(fWord|fCap) == fWord {
			return true
		}
	}
	return false
}
