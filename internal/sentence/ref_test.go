package sentence

// This file keeps Split as it was before its fast paths (ASCII bytes taken
// without decoding a rune, candidate ends found by strings.IndexByte, lines
// classified by their first byte), word for word but for the names, which
// all start with "ref": the straightforward version that
// TestSplitEquivalent and FuzzSplitEquivalent hold Split to. Change it only
// with Split, when the spans are meant to change.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

// refLine is one non-blank line of a paragraph.
type refLine struct {
	start, end int // trimmed content, byte offsets in the text
	width      int // runes from the start of the line to end, indentation included
	kind       refLineKind
}

type refLineKind uint8

const (
	refPlainLine   refLineKind = iota
	refHeadingLine             // Markdown ATX heading: "# Title", "## Section"
	refBulletLine              // list item: "- item", "* item", "1. item", "• item"
)

// refSplit returns the sentence spans of text in order. Spans are trimmed of
// surrounding whitespace, never empty, do not overlap and lie inside text.
// Markdown headings, headlines and similar lines that stand alone are
// sentences of their own; thematic breaks ("---", "* * *") belong to no
// sentence. refSplit never fails: text that is not valid UTF-8 is split too,
// its bad bytes treated as letters.
func refSplit(text string) []Span {
	if text == "" {
		return nil
	}
	s := refSplitter{text: text, lx: loadLexicon(), out: make([]Span, 0, len(text)/128+1)}
	pos := 0
	for pos < len(text) {
		lineStart := pos
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
			pos = lineEnd + 1
		} else {
			pos = len(text)
		}
		start, end := refTrimSpan(text, lineStart, lineEnd)
		if start == end || refIsThematicBreak(text[start:end]) {
			s.refFlushParagraph()
			continue
		}
		s.para = append(s.para, refLine{start: start, end: end, kind: refKindOf(text[start:end])})
		s.lineStarts = append(s.lineStarts, lineStart)
	}
	s.refFlushParagraph()
	return s.out
}

// refSplitter is the state of one refSplit call.
type refSplitter struct {
	text       string
	lx         *lexicon
	out        []Span
	para       []refLine // lines of the current paragraph
	lineStarts []int     // untrimmed start of each line in para
}

// refFlushParagraph splits the collected paragraph into sentences.
func (s *refSplitter) refFlushParagraph() {
	defer func() {
		s.para = s.para[:0]
		s.lineStarts = s.lineStarts[:0]
	}()
	if len(s.para) == 0 {
		return
	}
	if len(s.para) > 1 {
		// Widths are only needed to tell wrapped lines from short ones.
		maxWidth := 0
		for i := range s.para {
			w := utf8.RuneCountInString(s.text[s.lineStarts[i]:s.para[i].end])
			s.para[i].width = w
			maxWidth = max(maxWidth, w)
		}
		list := s.refIsList(maxWidth)
		segStart := s.para[0].start
		for i := 0; i+1 < len(s.para); i++ {
			if s.refBreakBetween(s.para[i], s.para[i+1], maxWidth, list) {
				s.refScan(segStart, s.para[i].end)
				segStart = s.para[i+1].start
			}
		}
		s.refScan(segStart, s.para[len(s.para)-1].end)
		return
	}
	s.refScan(s.para[0].start, s.para[0].end)
}

// refMaxListWidth is the width in runes under which a paragraph of three or
// more lines, each starting like a sentence and none ending like one, is
// taken for a list rather than hard-wrapped prose.
const refMaxListWidth = 60

// refIsList reports whether the current paragraph, whose longest line is
// maxWidth runes wide, looks like a list of short items that are not
// sentences ("Total dead: 192" / "Americans: 12" / "Injured: 4,877"): three
// or more short lines, each starting like a sentence and none ending like
// one. Line geometry alone cannot tell such a list from prose wrapped at a
// narrow width; prose would have lines starting in lowercase.
func (s *refSplitter) refIsList(maxWidth int) bool {
	if len(s.para) < 3 || maxWidth >= refMaxListWidth {
		return false
	}
	for _, l := range s.para {
		t := s.text[l.start:l.end]
		r, _ := utf8.DecodeRuneInString(t)
		if !refStartsSentence(r) || refEndsInTerminal(t) {
			return false
		}
	}
	return true
}

// refBreakBetween reports whether the newline between lines a and b of a
// paragraph whose longest line is maxWidth runes wide ends a sentence
// whatever the punctuation says. list is the paragraph's refIsList.
func (s *refSplitter) refBreakBetween(a, b refLine, maxWidth int, list bool) bool {
	if a.kind == refHeadingLine || b.kind == refHeadingLine {
		return true
	}
	at := s.text[a.start:a.end]
	bt := s.text[b.start:b.end]
	// Would b's first word have fitted on line a? Then line a was ended on
	// purpose, not by a greedy line wrapper.
	fits := a.width+1+utf8.RuneCountInString(refFirstField(bt)) <= maxWidth
	if b.kind == refBulletLine {
		return a.kind == refBulletLine || strings.HasSuffix(at, ":") || fits
	}
	if refEndsInTerminal(at) {
		return false // the ordinary rules decide
	}
	r, _ := utf8.DecodeRuneInString(bt)
	if !refStartsSentence(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(at)
	switch last {
	case ',', ';', '-', '–', '—', '/', '&', '(', '[':
		return false // the sentence goes on
	}
	return fits || list
}

// refScan finds the sentence ends in text[from:to], a run of lines with no
// forced break, and appends the sentences.
func (s *refSplitter) refScan(from, to int) {
	text := s.text
	start := from
	for i := from; i < to; i++ {
		// Eight bytes at a time up to eight that may hold an end.
		for i+8 <= to {
			if w := swar.Load(text[i:]); !swar.ASCII(w) || swar.Has(w, '.') || swar.Has(w, '!') || swar.Has(w, '?') {
				break
			}
			i += 8
		}
		if i >= to {
			break
		}
		c := text[i]
		if !refMayEnd[c] || c == 0xE2 && !refIsEllipsisAt(text, i, to) {
			continue
		}
		// A run of terminators: "?!", "...", "…".
		j := i
		for j < to {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' {
				j++
			} else if refIsEllipsisAt(text, j, to) {
				j += len("…")
			} else {
				break
			}
		}
		// Closing quotes and brackets: `.”`, `.)`, `.''`.
		k := j
		for k < to {
			r, size := utf8.DecodeRuneInString(text[k:to])
			if !refIsCloser(r) {
				break
			}
			k += size
		}
		if k >= to {
			break // the run ends the segment
		}
		r, size := utf8.DecodeRuneInString(text[k:to])
		if !unicode.IsSpace(r) {
			i = k - 1 // "U.S.-led", "3.5", "example.com"
			continue
		}
		m := k + size
		for m < to {
			r, size = utf8.DecodeRuneInString(text[m:to])
			if !unicode.IsSpace(r) {
				break
			}
			m += size
		}
		if m >= to || !refStartsSentence(r) {
			i = m - 1
			continue
		}
		if j-i == 1 && c == '.' && !s.refPeriodEnds(from, i, m, to) || refQuoteGoesOn(text, start, i, m, to) {
			i = m - 1
			continue
		}
		s.refEmit(start, k)
		start = m
		i = m - 1
	}
	s.refEmit(start, to)
}

// refPeriodEnds reports whether the period at dot, followed by whitespace and
// then a capital at next, ends a sentence; it does unless the word before it
// is an abbreviation. from and to bound the segment.
func (s *refSplitter) refPeriodEnds(from, dot, next, to int) bool {
	text := s.text
	ws := dot
	for ws > from {
		r, size := utf8.DecodeLastRuneInString(text[from:ws])
		if unicode.IsSpace(r) {
			break
		}
		ws -= size
	}
	word := text[ws : dot+1]
	if ws == from && refIsListNumber(word) {
		return false // "1. The first point"
	}
	// "(Corp." -> "Corp.", "I-Conn." -> "Conn.", "non-U.S." -> "U.S."
	if cut := refLastDash(word); cut >= 0 {
		_, size := utf8.DecodeRuneInString(word[cut:])
		word = word[cut+size:]
	}
	word = strings.TrimLeftFunc(word, refIsOpener)
	dotted := s.lx.dotted.Get(word)
	if dotted&isTitle != 0 {
		return false
	}
	if dotted&isAbbrev == 0 && !refIsInitialism(word) {
		return true
	}
	// An abbreviation ends the sentence only before a common sentence start.
	rest := strings.TrimLeftFunc(text[next:to], refIsOpener)
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return s.lx.starters[rest[:end]]
}

// refQuoteGoesOn is quoteGoesOn, rune by rune.
func refQuoteGoesOn(text string, start, end, next, to int) bool {
	open := false
	for _, r := range text[start:end] {
		switch r {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	if !open {
		return false
	}
	limit := min(to, next+maxQuote)
	for k := next; k < limit; {
		r, size := utf8.DecodeRuneInString(text[k:to])
		if r == '“' && k+size <= to {
			return false
		}
		if (r != '"' && r != '”') || k+size > to {
			k += size
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:k])
		switch prev {
		case ',':
			return true
		case '?', '!':
			rest := strings.TrimLeft(text[k+size:to], " \n")
			return rest != "" && rest[0] >= 'a' && rest[0] <= 'z'
		}
		return false
	}
	return false
}

// refEmit appends text[start:end], trimmed, if it is not empty.
func (s *refSplitter) refEmit(start, end int) {
	start, end = refTrimSpan(s.text, start, end)
	if start < end {
		s.out = append(s.out, Span{start, end})
	}
}

// refTrimSpan narrows [start, end) of text to exclude surrounding white space.
func refTrimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// refIsEllipsisAt reports whether text[i:to] starts with "…" (U+2026).
func refIsEllipsisAt(text string, i, to int) bool {
	return i+2 < to && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0xA6
}

// refMayEnd tells the bytes that may end a sentence: '.', '!', '?' and the
// first byte of "…" (0xE2, which other runes start with too).
var refMayEnd = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// refLastDash returns the index of the last '-', '/', '–' or '—' in word, or
// -1: strings.LastIndexAny(word, "-/–—") without decoding every rune.
func refLastDash(word string) int {
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

// refIsCloser reports whether r closes a quotation or parenthesis.
func refIsCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»', '›':
		return true
	}
	return false
}

// refIsOpener reports whether r opens a quotation or parenthesis.
func refIsOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '‘', '“', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// refStartsSentence reports whether a sentence may start with r.
func refStartsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) || refIsOpener(r)
}

// refEndsInTerminal reports whether line ends in sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func refEndsInTerminal(line string) bool {
	line = strings.TrimRightFunc(line, refIsCloser)
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// refIsInitialism reports whether word is single letters each followed by a
// period: "U.S.", "D.C.", "p.m.", "F.".
func refIsInitialism(word string) bool {
	if word == "" {
		return false
	}
	for word != "" {
		r, size := utf8.DecodeRuneInString(word)
		if !unicode.IsLetter(r) || len(word) <= size || word[size] != '.' {
			return false
		}
		word = word[size+1:]
	}
	return true
}

// refKindOf classifies a trimmed, non-blank line.
func refKindOf(line string) refLineKind {
	switch {
	case refIsHeading(line):
		return refHeadingLine
	case refIsBullet(line):
		return refBulletLine
	}
	return refPlainLine
}

// refIsHeading reports whether line is a Markdown ATX heading: one to six '#'
// followed by a space or nothing.
func refIsHeading(line string) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

// refIsBullet reports whether line starts like a list item: "- ", "* ", "+ ",
// "• ", "1. " or "1) ".
func refIsBullet(line string) bool {
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

// refIsThematicBreak reports whether line is a Markdown thematic break or
// setext underline: three or more of the same '-', '=', '*' or '_', spaces
// allowed between them.
func refIsThematicBreak(line string) bool {
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

// refIsListNumber reports whether word is one to three digits and a period.
func refIsListNumber(word string) bool {
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

// refFirstField returns the first whitespace-separated word of s.
func refFirstField(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}
