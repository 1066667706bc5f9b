package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/sentence"
)

// oldTokenize is tokenize as it was before its byte classes: the oracle
// of TestTokenizeAgrees. It appends to out the tokens of src[start:end].
// lower is src in lower case if it has the same length as src, else "". lx
// gives the word classes and the abbreviations whose period belongs to the
// word.
//
// A word is a run of letters, digits and marks, with inner hyphens,
// apostrophes and periods ("al-Assad", "O'Brien", "U.N"), and commas between
// digits ("290,000"). A final period belongs to the word when the word is
// an initialism ("U.N."), a single capital ("F.") or a listed abbreviation
// ("Sen.", "Aug."). A possessive "'s" or "’s" is not part of the word: it
// sets fPoss. Every other non-space character is a punctuation token.
func oldTokenize(src, lower string, start, end int, lx *lexicon, out []token) []token {
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
		if hyphen { // else low has no '-' either
			lx.hyphenated(&t, word, low)
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

// tokenizeTexts are texts for the tokenizer tests: the sentences of the
// test articles and the corners of words.
func tokenizeTexts(t testing.TB) []string {
	texts := append(sentenceTexts(),
		"U.N. and U.N’s and Sen. Kerry's “Assad’s” 290,000 1,2 a,b al-Assad then-Secretary al- -x x-",
		"Erdoğan ÉMILE ǅemal İstanbul ẞ O’Brien don't rock'n'roll ‑a a‑b a.b. A. F. Aug. 5 e.g. x.",
		"\xff\xfeA\xe2\x80 ab\xe2\x80\x99s a'S x’ 'tis -- ... \u00a0spaced\u2003words\tand\nlines\r",
		"Kerry’s, Lavrov's. KERRY-LAVROV U.S.-Russian 's ’s a' a’ a'' 1,000,000, x,1 1,x",
		"1.AB 2.A.B x.AB 9,AB é.AB 3.5",
	)
	for _, a := range articles(t) {
		texts = append(texts, a[0], a[1])
	}
	return texts
}

// The tokenizer gives the tokens of the old one: on whole texts, on
// every span that starts or ends inside one, on the lexicon's names.
func TestTokenizeAgrees(t *testing.T) {
	lx := load()
	for _, text := range tokenizeTexts(t) {
		checkTokenize(t, lx, text, 0, len(text))
		for start := 0; start < len(text) && start < 200; start += 7 {
			checkTokenize(t, lx, text, start, min(len(text), start+53))
		}
	}
}

// FuzzTokenize compares tokenize with the old tokenizer on any text.
func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizeTexts(f) {
		f.Add(text, 0, len(text))
	}
	lx := load()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			start, end = 0, len(text)
		}
		checkTokenize(t, lx, text, start, end)
	})
}

// checkTokenize compares the tokens of text[start:end] with the old
// tokenizer's, with its lower case as AnalyzeDoc gives it and without.
func checkTokenize(t *testing.T, lx *lexicon, text string, start, end int) {
	t.Helper()
	for _, lower := range []string{sameLenLower(text), ""} {
		prefix := []token{{s: 1, e: 2, p: 'x'}} // tokenize appends
		got := tokenize(text, lower, start, end, lx, prefix)
		want := oldTokenize(text, lower, start, end, lx, prefix[:1:1])
		for k := 1; k < len(got); k++ { // fSplit is new: a word with a period or a comma
			tk := &got[k]
			if split := tk.flags&fWord != 0 && strings.ContainsAny(text[tk.s:tk.e], ".,"); split != (tk.flags&fSplit != 0) {
				t.Fatalf("tokenize(%q, %d, %d): %q has fSplit %v", text, start, end, text[tk.s:tk.e], !split)
			}
			tk.flags &^= fSplit
		}
		if !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q, %d, %d) =\n%v, want\n%v", text, start, end, got, want)
		}
	}
}

// scan skips the lowercase words that are not of lowerStarts: scanAt
// reads nothing at them.
func TestScanSkips(t *testing.T) {
	lx := load()
	for _, text := range tokenizeTexts(t) {
		for _, sp := range sentence.Split(text) {
			lower := sameLenLower(text)
			st := sent{src: text, lower: lower, start: sp.Start, end: sp.End, exact: lower != "", words: new([]string)}
			st.toks = tokenize(text, lower, sp.Start, sp.End, lx, nil)
			markSentence(&st)
			for i, tk := range st.toks {
				if tk.flags&fWord == 0 || tk.flags&(fCap|fHyphenName) != 0 || tk.cat&lowerStarts != 0 {
					continue
				}
				if next := lx.scanAt(&st, i); next != i+1 || len(st.mentions) > 0 || len(st.places) > 0 {
					t.Fatalf("%q: scanAt at %q reads something", sp.Text(text), st.text(i))
				}
			}
		}
	}
}

// oldMarkSentence is markSentence as it was before it kept the flags of
// the next word in one value: the oracle of TestMarkSentenceAgrees.
func oldMarkSentence(st *sent) {
	toks := st.toks
	depth := startDepth(toks)
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
			if t.cat&catContext != 0 {
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

// markSentence sets the flags of the old one, on every sentence of the
// test texts.
func TestMarkSentenceAgrees(t *testing.T) {
	for _, text := range tokenizeTexts(t) {
		for _, sp := range sentence.Split(text) {
			checkMarkSentence(t, sp.Text(text))
		}
		checkMarkSentence(t, text)
	}
}

// FuzzMarkSentence compares markSentence with the old one on any text.
func FuzzMarkSentence(f *testing.F) {
	for _, text := range tokenizeTexts(f) {
		f.Add(text)
	}
	f.Add(`"in" Geneva” “said in Moscow” _ at: — Kerry) "to" Paris "`)
	f.Fuzz(checkMarkSentence)
}

// checkMarkSentence compares the flags markSentence sets on the tokens of
// text with the old one's.
func checkMarkSentence(t *testing.T, text string) {
	t.Helper()
	lx := load()
	lower := sameLenLower(text)
	got := sent{src: text, lower: lower, end: len(text), toks: tokenize(text, lower, 0, len(text), lx, nil)}
	want := got
	want.toks = slices.Clone(got.toks)
	markSentence(&got)
	oldMarkSentence(&want)
	if !slices.Equal(got.toks, want.toks) {
		t.Fatalf("markSentence(%q) =\n%v, want\n%v", text, got.toks, want.toks)
	}
}

// BenchmarkTokenize measures tokenize and markSentence on the sentences of
// the seed article, as scan makes them.
func BenchmarkTokenize(b *testing.B) {
	_, text, spans := seed(b)
	lx, lower := load(), sameLenLower(text)
	b.SetBytes(int64(len(text)))
	var toks []token
	for b.Loop() {
		for _, sp := range spans {
			toks = tokenize(text, lower, sp.Start, sp.End, lx, toks[:0])
			st := sent{src: text, lower: lower, start: sp.Start, end: sp.End, toks: toks}
			markSentence(&st)
		}
	}
}
