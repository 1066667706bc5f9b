package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/kind"
)

// kindWords appends to out the words of sentence st as kind.Words splits
// it, read off toks, the tokens of st, so that Kind does not split the
// sentence a second time. Its words are runs of letters joined by hyphens
// and apostrophes, as a token's are: a token splits at its periods and
// commas ("U.N.", "1,2.5"), but a comma between digits ("290,000"), and
// a possessive 's is part of the word
// before it. ok is false where st's lower case is not exact, or the two
// splits may differ in ways kindWords does not follow (a possessive after
// a period, or followed by a hyphen or an apostrophe): kind must split st.
func kindWords(st *sent, toks []token, out []kind.Word) (_ []kind.Word, ok bool) {
	if !st.exact {
		return out, false
	}
	depth := 0
	if st.mayHaveCurly() || strings.IndexByte(st.src[st.start:st.end], '"') >= 0 {
		depth = kindStartDepth(toks)
	}
	clause := false
	n := len(out)
	for k := range toks {
		t := &toks[k]
		switch {
		case t.flags&fWord == 0: // (a NUL is a mark whose p is 0)
			depth, clause = kind.Mark(t.p, depth, clause)
		case t.flags&(fSplit|fPoss) != 0:
			if out, clause, ok = st.kindSplit(t, depth > 0, clause, out); !ok {
				return out, false
			}
		default: // most words: a word of each
			out = append(out, kind.Word{Start: int(t.s) - st.start, End: int(t.e) - st.start,
				Lower: st.lower[t.s:t.e], Quoted: depth > 0, Clause: clause})
			clause = false
		}
	}
	if strings.IndexByte(st.src[st.start:st.end], ':') >= 0 {
		markColons(st, toks, out[n:]) // most sentences have no colon: their words need no second look
	}
	return out, true
}

// markColons sets Colon on each word of words, the words kindWords wrote
// of st's tokens toks, that follows a colon, as kind.Words does.
func markColons(st *sent, toks []token, words []kind.Word) {
	w := 0
	for k := range toks {
		if t := &toks[k]; t.flags&fWord == 0 && t.p == ':' {
			at := int(t.s) - st.start
			for w < len(words) && words[w].Start < at {
				w++
			}
			if w < len(words) {
				words[w].Colon = true
			}
		}
	}
}

// kindSplit appends to out the words of the word token t with a period or
// a comma or a possessive: its parts between its periods and commas (not
// one between digits, kind.DigitComma), each a mark that ends a clause, and its possessive with the last part. It
// returns out, whether a clause is ended after t, and false where the
// possessive follows a period or is followed by a hyphen or an apostrophe.
func (st *sent) kindSplit(t *token, quoted, clause bool, out []kind.Word) ([]kind.Word, bool, bool) {
	p := int(t.s)
	for k := p; k < int(t.e) && t.flags&fSplit != 0; k++ {
		if c := st.src[k]; c == '.' || c == ',' && !kind.DigitComma(st.src[p:t.e], k-p) { // "1,968" is one word
			if k > p {
				out = append(out, st.kindWord(p, k, quoted, clause))
			}
			p, clause = k+1, true
		}
	}
	if p < int(t.e) {
		out = append(out, st.kindWord(p, int(t.e), quoted, clause))
		clause = false
	}
	if t.flags&fPoss != 0 {
		if p == int(t.e) {
			return out, clause, false // "U.N.'s": kind reads an "s"
		}
		e := int(t.e) + possessive(st.src[:st.end], int(t.e))
		if joinsAfter(st.src[:st.end], e) {
			return out, clause, false // "Kerry's-based"
		}
		w := &out[len(out)-1]
		w.End, w.Lower = e-st.start, st.lower[p:e]
	}
	return out, clause, true
}

// kindWord returns the kind.Word of src[i:j] of sentence st.
func (st *sent) kindWord(i, j int, quoted, clause bool) kind.Word {
	return kind.Word{Start: i - st.start, End: j - st.start, Lower: st.lower[i:j], Quoted: quoted, Clause: clause}
}

// joinsAfter reports whether src[e] is a hyphen or an apostrophe, which
// kind.Words may take into a word that ends at e.
func joinsAfter(src string, e int) bool {
	if e >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[e:])
	return r == '-' || r == '\'' || r == '’' || r == '‑'
}

// kindStartDepth returns the depth of quotation kind.Words takes a sentence
// of toks to begin at: curly quotes nest, straight quotes open at depth 0
// and close above it, and a closing quote with no opening one before it
// means the sentence began inside a quotation.
func kindStartDepth(toks []token) int {
	depth, minDepth := 0, 0
	for k := range toks {
		switch toks[k].p {
		case 0: // a word: most tokens are
		case '“', '„', '«':
			depth++
		case '”', '»':
			depth--
			minDepth = min(minDepth, depth)
		case '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		}
	}
	return -minDepth
}

// stormNamed reports whether a mention of st is a storm's name, or joins
// one after coreference ("Josephine" after "Hurricane Josephine"): its
// words name a disaster kind lists nowhere (see markStorms).
func stormNamed(st *sent, clusters []cluster) bool {
	for k := range st.mentions {
		if m := &st.mentions[k]; m.storm || m.cluster >= 0 && m.cluster < len(clusters) && clusters[m.cluster].storm {
			return true
		}
	}
	return false
}

// markStorms marks the words of words that spell a word of a storm's name
// mentioned in st (kind.Word.Disaster), and returns words: a storm's
// strike is no attack, so that "Josephine killed 12 people in Jamaica"
// after "Hurricane Josephine" reports none.
func markStorms(st *sent, clusters []cluster, words []kind.Word) []kind.Word {
	for k := range st.mentions {
		m := &st.mentions[k]
		if !m.storm && (m.cluster < 0 || m.cluster >= len(clusters) || !clusters[m.cluster].storm) {
			continue
		}
		for _, name := range m.words {
			for i := range words {
				if strings.EqualFold(words[i].Lower, name) {
					words[i].Disaster = true
				}
			}
		}
	}
	return words
}
