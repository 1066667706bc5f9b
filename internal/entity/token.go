package entity

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/timelinehq/timeline/internal/ascii"
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
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	s, e  int32    // byte offsets in the source text
	flags tokFlags //
	cat   category // classes of the lowercase word; 0 for punctuation
	p     rune     // the punctuation mark; 0 for words
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
// sets fPoss. Every other non-space character is a punctuation token.
func tokenize(src, lower string, start, end int, lx *lexicon, out []token) []token {
	src = src[:end]
	end = len(src) // the same, and known to the compiler as src's length
	space := true
	for i := start; i < end; {
		c := src[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[i:end])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		var t token
		if space {
			t.flags |= fSpace
		}
		space = false
		if !ascii.IsWordRune(r) {
			t.s, t.e, t.p = int32(i), int32(i+size), r
			out = append(out, t)
			i += size
			continue
		}
		j := i + size
		hyphen := false // whether the word has a '-'
		for {
			for j < end && ascii.Word[src[j]] {
				j++
			}
			if j >= end {
				break
			}
			if c := src[j]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != ',' {
				break // the common end of a word: a space or punctuation that joins nothing
			}
			r2, n2 := utf8.DecodeRuneInString(src[j:end])
			if ascii.IsWordRune(r2) {
				j += n2
				continue
			}
			if j+n2 >= end {
				break
			}
			r3, n3 := utf8.DecodeRuneInString(src[j+n2 : end])
			switch r2 {
			case '\'', '’':
				if (r3 == 's' || r3 == 'S') && !isWordRuneAt(src, j+n2+n3, end) {
					break // a possessive
				}
				if ascii.IsWordRune(r3) {
					j += n2
					continue
				}
			case '-', '‑', '.':
				if ascii.IsWordRune(r3) {
					hyphen = hyphen || r2 == '-'
					j += n2
					continue
				}
			case ',':
				if isDigit(src[j-1]) && r3 >= '0' && r3 <= '9' {
					j += n2
					continue
				}
			}
			break
		}
		if j < end && src[j] == '.' && keepsPeriod(src, lower, i, j, lx) {
			j++
		}
		t.s, t.e = int32(i), int32(j)
		t.flags |= fWord
		word := src[i:j]
		if unicode.IsUpper(r) || unicode.IsTitle(r) { // r is the first rune of word
			t.flags |= fCap
			if allCaps(word) {
				t.flags |= fAllCaps
			}
		}
		low := lowerOf(src, lower, i, j)
		t.cat = lx.wordCats.Get(low)
		h := -1
		if hyphen { // else low has no '-' either
			h = strings.IndexByte(low, '-')
		}
		// (Only when lowering kept the length, so that low and word line up.)
		if h > 0 && h+1 < len(low) && len(low) == len(word) {
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
		// A possessive: "Kerry's", "U.N.’s".
		if j < end && (src[j] == '\'' || src[j] == 0xE2) { // '’' starts with 0xE2
			r2, n2 := utf8.DecodeRuneInString(src[j:end])
			if (r2 == '\'' || r2 == '’') && j+n2 < end && (src[j+n2] == 's' || src[j+n2] == 'S') &&
				!isWordRuneAt(src, j+n2+1, end) {
				t.flags |= fPoss
				j += n2 + 1
			}
		}
		out = append(out, t)
		i = j
	}
	return out
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

// lowerFrom is sameLenLower of s, whose bytes before i are lowercase ASCII.
func lowerFrom(s string, i int) string {
	b := make([]byte, len(s))
	copy(b, s)
	for i < len(b) {
		if i+8 <= len(b) {
			// Eight ASCII bytes at once: add 0x20 to those from 'A' to 'Z'.
			if w := binary.LittleEndian.Uint64(b[i:]); swar.ASCII(w) {
				binary.LittleEndian.PutUint64(b[i:], w|swar.Between(w, 'A', 'Z')>>2)
				i += 8
				continue
			}
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
	// Quotation marks.
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
	depth = -minDepth
	straight := false
	initial := true
	for k := range toks {
		t := &toks[k]
		switch {
		case t.flags&fWord != 0: // first: most tokens are words, and no word is a mark
			if depth > 0 || straight {
				t.flags |= fQuoted
			}
			if initial {
				t.flags |= fInitial
				initial = false
			}
			if t.cat&(catPlacePrep|catAwayPrep|catTopicPrep) != 0 {
				// It marks words after it only, which this loop has not
				// come to: their own flags do not matter to it.
				markContext(st, k)
			}
		case isOpenQuote(t.p):
			depth++
			initial = true
		case isCloseQuote(t.p):
			depth = max(depth-1, 0)
		case t.p == '"':
			straight = !straight
			initial = straight
		case t.p == '_' || t.p == ':' || t.p == '—' || t.p == ')':
			initial = true // "CANBERRA, Australia (AP)_ Turning its back"
		}
	}
}

// markContext sets the fCtx flag of the first capitalised word after the
// preposition at token k, if there is one.
func markContext(st *sent, k int) {
	toks := st.toks
	t := &toks[k]
	var flag tokFlags
	switch {
	case t.cat&catPlacePrep != 0:
		flag = fCtxPlace
	case t.cat&catAwayPrep != 0:
		flag = fCtxAway
		if k > 0 && toks[k-1].cat&catTravel != 0 && toks[k-1].flags&fWord != 0 && st.low(k) == "to" {
			flag = fCtxPlace // "flew to Moscow"
		}
	default:
		flag = fCtxTopic
	}
	m := k + 1
	if m < len(toks) && toks[m].cat&catDeterminer != 0 {
		m++
	}
	// Before a place, up to two lowercase words: "in beleaguered Aleppo",
	// "in rebel-held eastern Aleppo", "into northern Syria". Not after a
	// plain "to": "to mediate between Israel".
	adjectives := flag != fCtxTopic && (flag == fCtxPlace || st.low(k) != "to")
	for skip := 0; skip < 2 && m < len(toks) && adjectives; skip++ {
		u := toks[m]
		if u.flags&fWord == 0 || u.flags&(fCap|fHyphenName) != 0 ||
			u.cat&(catFunction|catDeterminer|catVerb|catPlacePrep|catAwayPrep|catTopicPrep) != 0 {
			break
		}
		m++
	}
	// "in the besieged city of Taiz", "at the truce village of Panmunjom".
	if flag == fCtxPlace && m > k+1 && m+1 < len(toks) && toks[m].flags&fWord != 0 &&
		toks[m-1].cat&catDeterminer == 0 && st.low(m) == "of" {
		m++
	}
	if m < len(toks) && toks[m].flags&fWord != 0 && toks[m].flags&(fCap|fHyphenName) != 0 {
		toks[m].flags |= flag
	}
}
