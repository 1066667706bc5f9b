// Package sentence splits news text into sentences.
//
// Split works in one pass over the text and returns byte spans, so callers
// can cite a sentence by offset. It first cuts the text into paragraphs at
// blank lines, then cuts paragraphs into lines that stand alone (Markdown
// headings, headlines, datelines, list items), and only then looks for
// sentence ends inside what is left.
//
// A sentence ends at '.', '!', '?' or '…' (a run of them, optionally followed
// by closing quotes or brackets) when whitespace and then an uppercase
// letter, a digit or an opening quote follow. A period after an abbreviation
// does not end a sentence: "Sen.", "Aug. 1", "Apple Inc. shares". Some
// abbreviations can end one ("... in the U.S. The company said"); they do
// when the next word is a common sentence start such as "The" or "He". The
// abbreviations and sentence starts are data files (data/abbreviations.txt,
// data/starters.txt) embedded in the binary. An end inside a double
// quotation that closes on a comma, or on '?' or '!' before a word in lower
// case, ends no sentence: the quotation goes on into the words that say who
// spoke (quoteGoesOn).
//
// News text is often hard-wrapped, so a single newline inside a paragraph
// does not end a sentence. It does end a line that has no final punctuation
// and ended early on purpose: when the line plus the next line's first word
// would still have fitted within the paragraph's longest line, no
// greedy line wrapper broke it there, so it is a headline, a dateline or an
// item of a list ("KENYA:" / "Total dead: 192"). A paragraph of three or
// more short lines that all start like a sentence and none ends like one is
// taken for a list, and each of its lines stands alone.
package sentence

import (
	_ "embed"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/swar"
	"github.com/timelinehq/timeline/internal/wordindex"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the part of text that s covers. It returns "" if s does not
// lie inside text.
func (s Span) Text(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

//go:embed data/abbreviations.txt
var abbreviationsData string

//go:embed data/starters.txt
var startersData string

// lexicon holds the word lists Split consults, built once from the embedded
// data files.
type lexicon struct {
	// titles never end a sentence ("Sen.", "Dr.").
	titles map[string]bool
	// abbrevs end a sentence only before a word in starters ("Inc.").
	abbrevs map[string]bool
	// starters are capitalised words that commonly start a sentence.
	starters map[string]bool
	// dotted is titles and abbrevs again, for the lookup at every period
	// Split weighs: isTitle, isAbbrev or both.
	dotted *wordindex.Index[uint8]
	// dottedLens has, for each first byte of a word in dotted, bit n set
	// if a word of n bytes (n < 16) starts with it: most words before a
	// period ("said.", "Friday.") need no lookup in dotted.
	dottedLens [256]uint16
	// dottedEnds has, for each ASCII letter b, bit a set if a word in
	// dotted ends in a, b and the period (a, b < 128): a word that ends
	// in two letters otherwise needs no lookup (plainEnd).
	dottedEnds [128][2]uint64
}

// The bits of lexicon.dotted.
const (
	isTitle uint8 = 1 << iota
	isAbbrev
)

// loadLexicon parses the embedded data files; it is called once.
var loadLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{
		titles:   make(map[string]bool),
		abbrevs:  make(map[string]bool),
		starters: make(map[string]bool),
	}
	for l := range datafile.Lines(abbreviationsData) {
		if l.Section == "title" {
			lx.titles[l.Text] = true
		} else {
			lx.abbrevs[l.Text] = true
		}
	}
	for l := range datafile.Lines(startersData) {
		lx.starters[l.Text] = true
	}
	dotted := make(map[string]uint8)
	for w := range lx.titles {
		dotted[w] |= isTitle
	}
	for w := range lx.abbrevs {
		dotted[w] |= isAbbrev
	}
	lx.dotted = wordindex.New(dotted)
	for w := range dotted {
		if len(w) < 16 {
			lx.dottedLens[w[0]] |= 1 << len(w)
		}
		if n := len(w); n >= 3 && w[n-3] < utf8.RuneSelf && w[n-2] < utf8.RuneSelf {
			a, b := w[n-3], w[n-2]
			lx.dottedEnds[b][a>>6] |= 1 << (a & 63)
		}
	}
	return lx
})

// line is one non-blank line of a paragraph.
type line struct {
	from       int // the start of the line, before its indentation
	start, end int // trimmed content, byte offsets in the text
	width      int // runes from from to end
	kind       lineKind
}

type lineKind uint8

const (
	plainLine   lineKind = iota
	headingLine          // Markdown ATX heading: "# Title", "## Section"
	bulletLine           // list item: "- item", "* item", "1. item", "• item"
)

// Split returns the sentence spans of text in order. Spans are trimmed of
// surrounding whitespace, never empty, do not overlap and lie inside text.
// Markdown headings, headlines and similar lines that stand alone are
// sentences of their own; thematic breaks ("---", "* * *") belong to no
// sentence. Split never fails: text that is not valid UTF-8 is split too,
// its bad bytes treated as letters.
func Split(text string) []Span {
	if text == "" {
		return nil
	}
	return AppendSplit(make([]Span, 0, len(text)/128+1), text)
}

// AppendSplit appends the sentence spans of text, as Split returns them, to
// dst: a caller that splits text after text can reuse the room.
func AppendSplit(dst []Span, text string) []Span {
	s := splitter{text: text, lx: loadLexicon(), out: dst, next: [...]int{-1, -1, -1, -1}, rare: -1}
	// The lines of the current paragraph, kept out of s so that they can
	// stay on the stack.
	var lines [16]line
	para := lines[:0]
	for pos := 0; pos < len(text); {
		if text[pos] == '\n' { // an empty line, as between paragraphs
			para = s.flushParagraph(para)
			pos++
			continue
		}
		lineStart := pos
		lineEnd := len(text)
		if nl := strings.IndexByte(text[pos:], '\n'); nl >= 0 {
			lineEnd = pos + nl
			pos = lineEnd + 1
		} else {
			pos = len(text)
		}
		start, end := TrimSpan(text, lineStart, lineEnd)
		if start == end {
			para = s.flushParagraph(para)
			continue
		}
		kind := plainLine
		if marker[text[start]] {
			if isThematicBreak(text[start:end]) {
				para = s.flushParagraph(para)
				continue
			}
			kind = kindOf(text[start:end])
		}
		para = append(para, line{from: lineStart, start: start, end: end, kind: kind})
	}
	s.flushParagraph(para)
	return s.out
}

// marker tells the bytes that a thematic break, a heading or a list item
// (isThematicBreak, kindOf) may start with; a line that starts with any
// other byte is none of these.
var marker = [256]bool{
	'-': true, '=': true, '*': true, '_': true, '#': true, '+': true, 0xE2: true, // '•' is E2 80 A2
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
}

// splitter is the state of one Split call.
type splitter struct {
	text string
	lx   *lexicon
	out  []Span
	// next holds, for each of endBytes, the index of its next occurrence
	// in text (len(text) for none) as nextMayEnd last found it, or -1.
	next [len(endBytes)]int
	rare int // min(next[1:]), or -1
}

// flushParagraph splits the paragraph of lines para into sentences, and
// returns para emptied.
func (s *splitter) flushParagraph(para []line) []line {
	switch len(para) {
	case 0:
		return para
	case 1:
		s.scan(para[0].start, para[0].end)
	default:
		// Widths are only needed to tell wrapped lines from short ones.
		maxWidth := 0
		for i := range para {
			w := runeCount(s.text[para[i].from:para[i].end])
			para[i].width = w
			maxWidth = max(maxWidth, w)
		}
		list := s.isList(para, maxWidth)
		segStart := para[0].start
		for i := 0; i+1 < len(para); i++ {
			if s.breakBetween(para[i], para[i+1], maxWidth, list) {
				s.scan(segStart, para[i].end)
				segStart = para[i+1].start
			}
		}
		s.scan(segStart, para[len(para)-1].end)
	}
	return para[:0]
}

// maxListWidth is the width in runes under which a paragraph of three or
// more lines, each starting like a sentence and none ending like one, is
// taken for a list rather than hard-wrapped prose.
const maxListWidth = 60

// isList reports whether the paragraph para, whose longest line is
// maxWidth runes wide, looks like a list of short items that are not
// sentences ("Total dead: 192" / "Americans: 12" / "Injured: 4,877"): three
// or more short lines, each starting like a sentence and none ending like
// one. Line geometry alone cannot tell such a list from prose wrapped at a
// narrow width; prose would have lines starting in lowercase.
func (s *splitter) isList(para []line, maxWidth int) bool {
	if len(para) < 3 || maxWidth >= maxListWidth {
		return false
	}
	for _, l := range para {
		t := s.text[l.start:l.end]
		r, _ := utf8.DecodeRuneInString(t)
		if !startsSentence(r) || endsInTerminal(t) {
			return false
		}
	}
	return true
}

// breakBetween reports whether the newline between lines a and b of a
// paragraph whose longest line is maxWidth runes wide ends a sentence
// whatever the punctuation says. list is the paragraph's isList.
func (s *splitter) breakBetween(a, b line, maxWidth int, list bool) bool {
	if a.kind == headingLine || b.kind == headingLine {
		return true
	}
	at := s.text[a.start:a.end]
	bt := s.text[b.start:b.end]
	// Would b's first word have fitted on line a? Then line a was ended on
	// purpose, not by a greedy line wrapper.
	fits := func() bool { return a.width+1+firstFieldWidth(bt) <= maxWidth }
	if b.kind == bulletLine {
		return a.kind == bulletLine || strings.HasSuffix(at, ":") || fits()
	}
	if endsInTerminal(at) {
		return false // the ordinary rules decide
	}
	if r, _ := utf8.DecodeRuneInString(bt); !startsSentence(r) {
		return false
	}
	last := rune(at[len(at)-1])
	if last >= utf8.RuneSelf {
		last, _ = utf8.DecodeLastRuneInString(at)
	}
	switch last {
	case ',', ';', '-', '–', '—', '/', '&', '(', '[':
		return false // the sentence goes on
	}
	return list || fits()
}

// scan finds the sentence ends in text[from:to], a run of lines with no
// forced break, and appends the sentences.
func (s *splitter) scan(from, to int) {
	text := s.text
	start := from
	for i := from; i < to; i++ {
		i = s.nextMayEnd(i, to)
		if i >= to {
			break
		}
		c := text[i]
		if c == 0xE2 && !isEllipsisAt(text, i, to) {
			continue
		}
		if c == '.' && i+2 < to && text[i+1] == ' ' && text[i+2] < utf8.RuneSelf && !asciiSpace[text[i+2]] {
			// The commonest case, ". X", at once: what the loops below find.
			m := i + 2
			if asciiStarts[text[m]] && s.periodEnds(from, i, m, to) && !quoteGoesOn(text, start, i, m, to) {
				s.emit(start, i+1)
				start = m
			}
			i = m - 1
			continue
		}
		// A run of terminators: "?!", "...", "…".
		j := i
		for j < to {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' {
				j++
			} else if isEllipsisAt(text, j, to) {
				j += len("…")
			} else {
				break
			}
		}
		// Closing quotes and brackets: `.”`, `.)`, `.''`.
		k := j
		var r rune // the rune at k, of size bytes
		var size int
		for k < to {
			r, size = utf8.DecodeRuneInString(text[k:to])
			if !isCloser(r) {
				break
			}
			k += size
		}
		if k >= to {
			break // the run ends the segment
		}
		if !isSpace(r) {
			i = k - 1 // "U.S.-led", "3.5", "example.com"
			continue
		}
		m := k + size
		for m < to {
			r, size = utf8.DecodeRuneInString(text[m:to])
			if !isSpace(r) {
				break
			}
			m += size
		}
		if m >= to || !startsSentence(r) {
			i = m - 1
			continue
		}
		if j-i == 1 && c == '.' && !s.periodEnds(from, i, m, to) || quoteGoesOn(text, start, i, m, to) {
			i = m - 1
			continue
		}
		s.emit(start, k)
		start = m
		i = m - 1
	}
	s.emit(start, to)
}

// maxQuote is how far after a sentence end inside a quotation
// quoteGoesOn looks for its closing quote: a few sentences.
const maxQuote = 1000

// quoteGoesOn reports whether the sentence end at end (its first
// terminator), between start, where the sentence began, and next, where
// the next would begin, lies inside a double quotation that the sentence
// goes on after: one opened since start, not closed before end, whose
// closing quote, within maxQuote bytes of next and before to, follows a
// comma ("Passing this was critical. The stakes could not have been
// higher," Biden said) or a '?' or '!' and then a word in lower case
// ("Why now? Who gains?" she asked). The quotation and the words that say
// who spoke are one sentence, which cites the speaker with the quote.
func quoteGoesOn(text string, start, end, next, to int) bool {
	if !openQuote(text, start, end) {
		return false
	}
	for k := next; k < min(to, next+maxQuote); k++ {
		c := text[k]
		if c == 0xE2 && k+2 < to && text[k+1] == 0x80 && text[k+2] == 0x9C {
			return false // another quotation opens first
		}
		if c != '"' && !(c == 0xE2 && k+2 < to && text[k+1] == 0x80 && text[k+2] == 0x9D) {
			continue
		}
		switch text[k-1] {
		case ',':
			return true
		case '?', '!':
			after := k + 1
			if c == 0xE2 {
				after = k + 3
			}
			for after < to && (text[after] == ' ' || text[after] == '\n') {
				after++
			}
			return after < to && text[after]-'a' < 26
		}
		return false
	}
	return false
}

// openQuote reports whether a double quotation opened in text[start:end]
// is not closed there: '"' opens or closes, “ opens, ” closes. Most
// sentences have no quote mark: two byte searches tell.
func openQuote(text string, start, end int) bool {
	open := false
	s := text[start:end]
	for {
		q, e := strings.IndexByte(s, '"'), strings.IndexByte(s, 0xE2)
		if q < 0 && e < 0 {
			return open
		}
		if e < 0 || q >= 0 && q < e {
			open = !open
			s = s[q+1:]
			continue
		}
		if e+2 < len(s) && s[e+1] == 0x80 && (s[e+2] == 0x9C || s[e+2] == 0x9D) {
			open = s[e+2] == 0x9C // “ opens, ” closes
		}
		s = s[e+1:]
	}
}

// periodEnds reports whether the period at dot, followed by whitespace and
// then a capital at next, ends a sentence; it does unless the word before it
// is an abbreviation. from and to bound the segment.
func (s *splitter) periodEnds(from, dot, next, to int) bool {
	text := s.text
	if dot-2 >= from && s.lx.plainEnd(text[dot-2], text[dot-1]) {
		return true
	}
	ws := dot
	// mayCut tells whether the word has a byte that lastDash looks for.
	mayCut := false
	for ws > from {
		c := text[ws-1]
		if plainWordByte[c] {
			ws--
			continue
		}
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			mayCut = true // '-' or '/'
			ws--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[from:ws])
		if unicode.IsSpace(r) {
			break
		}
		mayCut = true
		ws -= size
	}
	word := text[ws : dot+1]
	if ws == from && isListNumber(word) {
		return false // "1. The first point"
	}
	// "(Corp." -> "Corp.", "I-Conn." -> "Conn.", "non-U.S." -> "U.S."
	if mayCut {
		if cut := lastDash(word); cut >= 0 {
			_, size := utf8.DecodeRuneInString(word[cut:])
			word = word[cut+size:]
		}
	}
	if c := word[0]; c >= utf8.RuneSelf || isOpener(rune(c)) {
		word = trimOpeners(word)
	}
	var dotted uint8
	if s.lx.mayBeDotted(word) {
		dotted = s.lx.dotted.Get(word)
	}
	if dotted&isTitle != 0 {
		return false
	}
	// A word whose first rune is ASCII is an initialism only if a period
	// follows it.
	if dotted&isAbbrev == 0 && (len(word) < 2 || word[0] < utf8.RuneSelf && word[1] != '.' || !isInitialism(word)) {
		return true
	}
	// An abbreviation ends the sentence only before a common sentence start.
	rest := strings.TrimLeftFunc(text[next:to], isOpener)
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return s.lx.starters[rest[:end]]
}

// plainEnd reports whether a word that ends in the bytes a and b and a
// period ends a sentence for certain, as most words before a period do
// ("said.", "Friday."): a and b are ASCII letters, so that the word is no
// initialism ("U.S.") nor list number ("1."), and it cuts at no dash or
// opener between them, and no word of dotted ends in them.
func (lx *lexicon) plainEnd(a, b byte) bool {
	return asciiLetter(a) && asciiLetter(b) && lx.dottedEnds[b&127][a>>6&1]>>(a&63)&1 == 0
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return (c|0x20)-'a' < 26 }

// mayBeDotted reports whether word may be in lx.dotted: whether a word of
// its length starting with its first byte is (dottedLens).
func (lx *lexicon) mayBeDotted(word string) bool {
	return word != "" && len(word) < 16 && lx.dottedLens[word[0]]>>len(word)&1 != 0
}

// emit appends text[start:end], trimmed, if it is not empty.
func (s *splitter) emit(start, end int) {
	// Sentences mostly start and end with ASCII that is not white space,
	// and need no trimming.
	if start >= end || s.text[start] >= utf8.RuneSelf || asciiSpace[s.text[start]] ||
		s.text[end-1] >= utf8.RuneSelf || asciiSpace[s.text[end-1]] {
		start, end = TrimSpan(s.text, start, end)
	}
	if start < end {
		s.out = append(s.out, Span{start, end})
	}
}

// TrimSpan narrows [start, end) of text to exclude surrounding white space.
func TrimSpan(text string, start, end int) (int, int) {
	for start < end {
		if c := text[start]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// plainWordByte tells the ASCII bytes that are neither white space nor a
// '-' or '/' (which lastDash looks for): periodEnds walks back over them to
// the start of a word at once.
var plainWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c] && c != '-' && c != '/'
	}
	return t
}()

// asciiSpace tells the ASCII bytes that unicode.IsSpace takes for space:
// '\t', '\n', '\v', '\f', '\r' and ' '.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// nextMayEnd returns the index of the first byte of text[i:to] that may
// end a sentence ('.', '!', '?' or 0xE2, the first byte of '…'), or to if
// there is none. It keeps the next index of each of these bytes in s.next,
// found by strings.IndexByte in the whole text, and looks for one again
// only once i has passed it: each of the bytes is looked for once per
// occurrence, however the text is cut into segments. The rarer three are
// looked at only when i has passed the first of them, s.rare.
func (s *splitter) nextMayEnd(i, to int) int {
	if s.next[0] < i {
		s.next[0] = len(s.text)
		if j := strings.IndexByte(s.text[i:], endBytes[0]); j >= 0 {
			s.next[0] = i + j
		}
	}
	if s.rare < i {
		s.nextRare(i)
	}
	return min(to, s.next[0], s.rare)
}

// nextRare updates s.next[1:] and s.rare for the text from i on.
func (s *splitter) nextRare(i int) {
	s.rare = len(s.text)
	for k := 1; k < len(endBytes); k++ {
		if s.next[k] < i {
			s.next[k] = len(s.text)
			if j := strings.IndexByte(s.text[i:], endBytes[k]); j >= 0 {
				s.next[k] = i + j
			}
		}
		s.rare = min(s.rare, s.next[k])
	}
}

// endBytes are the bytes that may end a sentence: '.', '!', '?' and the
// first byte of "…" (0xE2, which other runes start with too).
var endBytes = [...]byte{'.', '!', '?', 0xE2}

// isEllipsisAt reports whether text[i:to] starts with "…" (U+2026).
func isEllipsisAt(text string, i, to int) bool {
	return i+2 < to && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0xA6
}

// lastDash returns the index of the last '-', '/', '–' or '—' in word, or
// -1: strings.LastIndexAny(word, "-/–—") without decoding every rune.
func lastDash(word string) int {
	for i := len(word) - 1; i >= 0; i-- {
		switch word[i] {
		case '-', '/':
			return i
		case 0x93, 0x94: // the last bytes of '–' (E2 80 93) and '—' (E2 80 94)
			if i >= 2 && word[i-2] == 0xE2 && word[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// isCloser reports whether r closes a quotation or parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»', '›':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '‘', '“', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// startsSentence reports whether a sentence may start with r.
func startsSentence(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiStarts[r]
	}
	return startsSentenceRune(r)
}

// startsSentenceRune is startsSentence for any rune.
func startsSentenceRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) || isOpener(r)
}

// asciiStarts is startsSentenceRune for each ASCII rune.
var asciiStarts = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = startsSentenceRune(rune(c))
	}
	return t
}()

// endsInTerminal reports whether line ends in sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsInTerminal(line string) bool {
	if line != "" {
		if c := line[len(line)-1]; c < utf8.RuneSelf && !isCloser(rune(c)) {
			return c == '.' || c == '!' || c == '?'
		}
	}
	line = strings.TrimRightFunc(line, isCloser)
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// isInitialism reports whether word is single letters each followed by a
// period: "U.S.", "D.C.", "p.m.", "F.".
func isInitialism(word string) bool {
	if word == "" {
		return false
	}
	for word != "" {
		r, size := utf8.DecodeRuneInString(word)
		if len(word) <= size || word[size] != '.' || !unicode.IsLetter(r) {
			return false
		}
		word = word[size+1:]
	}
	return true
}

// kindOf classifies a trimmed, non-blank line.
func kindOf(line string) lineKind {
	switch {
	case isHeading(line):
		return headingLine
	case isBullet(line):
		return bulletLine
	}
	return plainLine
}

// isHeading reports whether line is a Markdown ATX heading: one to six '#'
// followed by a space or nothing.
func isHeading(line string) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

// isBullet reports whether line starts like a list item: "- ", "* ", "+ ",
// "• ", "1. " or "1) ".
func isBullet(line string) bool {
	if strings.HasPrefix(line, "• ") {
		return true
	}
	if len(line) >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ' {
		return true
	}
	n := 0
	for n < len(line) && n < 3 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

// isThematicBreak reports whether line is a Markdown thematic break or
// setext underline: three or more of the same '-', '=', '*' or '_', spaces
// allowed between them.
func isThematicBreak(line string) bool {
	if line == "" {
		return false
	}
	c := line[0]
	if c != '-' && c != '=' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isListNumber reports whether word is one to three digits and a period.
func isListNumber(word string) bool {
	n := len(word) - 1
	if n < 1 || n > 3 || word[n] != '.' {
		return false
	}
	for i := 0; i < n; i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return true
}

// firstFieldWidth returns the width in runes of the first
// whitespace-separated word of s: utf8.RuneCountInString of it.
func firstFieldWidth(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return n
}

// isSpace is unicode.IsSpace, at once for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// runeCount is utf8.RuneCountInString: the bytes of s less those that
// continue a rune of more than one, which nextNonASCII finds eight bytes
// at a time.
func runeCount(s string) int {
	n := len(s)
	for i := nextNonASCII(s, 0); i < len(s); i = nextNonASCII(s, i) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n -= size - 1
	}
	return n
}

// nextNonASCII returns the index of the first byte of s[i:] that is not
// ASCII, or len(s) if there is none.
func nextNonASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if h := swar.LoadAt(s, i) & swar.High; h != 0 {
			return i + bits.TrailingZeros64(h)>>3
		}
	}
	if i < len(s) && len(s) >= 8 {
		// Fewer than eight bytes are left: test the last eight, less those
		// before s[i].
		if h := swar.LoadAt(s, len(s)-8) & swar.High >> (8 * (8 - (len(s) - i))); h != 0 {
			return i + bits.TrailingZeros64(h)>>3
		}
		return len(s)
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// trimOpeners is strings.TrimLeftFunc(s, isOpener).
func trimOpeners(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !isOpener(r) {
			break
		}
		s = s[size:]
	}
	return s
}
