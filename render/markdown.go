package render

import (
	"bufio"
	"io"
	"math/bits"
	"net/url"
	"strconv"
	"strings"

	"github.com/timelinehq/timeline/internal/space"
	"github.com/timelinehq/timeline/internal/swar"
	"github.com/timelinehq/timeline/timeline"
)

// Markdown writes t as a CommonMark document: a "# title" heading ("Timeline"
// when t has no title), a "## Sources" list with the number of events
// citing each source, a "## Skipped" list of the inputs left out and why
// (when there are any), then "## Timeline" with the events in the order
// given. Each run of events that share a label (with " (expected)" for
// expected events) stands under that label in bold; each event is a list
// item with the phrase that dated it in italics, the event text and a
// citation "[source, sentence N]" linked to the source's URL. Under it, a
// nested list gives what is known of the event: its kind with the CAMEO
// code (unless "other"), place and actors (with role and type); every other
// citation of a merged event, with the sentence it quotes; and the dates
// the sources disagree on.
//
// Titles, phrases, event texts, quotes and names are escaped so that they
// render as the text they are, never as Markdown or HTML; only http and
// https URLs become links.
func Markdown(w io.Writer, t *timeline.Timeline) error {
	return writeMarkdown(w, t, autoChunking())
}

// writeMarkdown is Markdown with its events written in chunks as c says.
func writeMarkdown(w io.Writer, t *timeline.Timeline, c chunking) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	bw := bufio.NewWriter(w)
	title := collapse(t.Title)
	if title == "" {
		title = "Timeline"
	}
	bw.WriteString("# " + escapeText(title, false) + "\n")

	// Links go through reference definitions at the end ([1]: https://...)
	// so that the lines of the document stay short.
	list, defs := newMDSources(t.Sources, c)
	sources := make(map[string]*mdSource, len(list))
	for _, s := range list {
		if _, dup := sources[s.ID]; !dup {
			sources[s.ID] = s
		}
	}
	if len(list) > 0 {
		bw.WriteString("\n## Sources\n\n")
	}
	items := func(b []byte, from, to int) ([]byte, error) {
		for _, s := range list[from:to] {
			b = append(append(append(b, "- "...), s.item()...), '\n')
		}
		return b, nil
	}
	if err := c.writeChunks(len(list), items, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	}); err != nil {
		return err
	}

	if len(t.Skipped) > 0 {
		bw.WriteString("\n## Skipped\n\n")
	}
	for _, sk := range t.Skipped {
		bw.WriteString("- " + mdSkipped(sk) + "\n")
	}

	bw.WriteString("\n## Timeline\n")
	if len(t.Events) == 0 {
		bw.WriteString("\n_No dated events._\n")
	}
	// Events are written in chunks, in parallel (writeChunks); a chunk
	// looks at the event before it for the label it stands under.
	events := func(b []byte, from, to int) ([]byte, error) {
		prev := ""
		var labels lastLabel
		if from > 0 {
			prev = eventLabel(&t.Events[from-1], &labels)
		}
		for i := from; i < to; i++ {
			e := &t.Events[i]
			l := eventLabel(e, &labels)
			if i == 0 || l != prev {
				b = append(b, "\n**"...)
				b = append(appendEscaped(b, l, false), "**\n\n"...)
				prev = l
			}
			b = append(b, "- "...)
			b = append(appendEventItem(b, e, sources[e.Source.Doc]), '\n')
			b = appendEventDetails(b, e, sources)
		}
		return b, nil
	}
	if err := c.writeChunks(len(t.Events), events, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	}); err != nil {
		return err
	}

	if len(defs) > 0 {
		bw.WriteString("\n")
	}
	for i, dest := range defs {
		bw.WriteString("[" + strconv.Itoa(i+1) + "]: " + dest + "\n")
	}
	return bw.Flush()
}

// mdSource is a source and the reference of its link, "[1]", or "" when it
// has no URL that can be linked.
type mdSource struct {
	*timeline.Source
	ref string
	// name is what its citations call it (see citeName), made once
	// rather than at every event.
	name string
}

// newMDSources returns the mdSources of ss, in order, and the
// destinations of their links, numbered in order (a source's ref, "[1]",
// is its destination's place among them). Sources are made, and their
// URLs parsed, in chunks as c says: a corpus's thousands of sources took
// a tenth of a Markdown timeline's time on one goroutine.
func newMDSources(ss []timeline.Source, c chunking) ([]*mdSource, []string) {
	list := make([]*mdSource, len(ss))
	dests := make([]string, len(ss)) // "" where the URL is no link
	_ = c.eachChunk(len(ss), func(from, to int) error {
		for i := from; i < to; i++ {
			list[i] = newMDSource(&ss[i])
			dests[i], _ = linkDest(ss[i].URL) // never "" with true
		}
		return nil
	})
	var defs []string
	for i, dest := range dests {
		if dest != "" {
			defs = append(defs, dest)
			list[i].ref = "[" + strconv.Itoa(len(defs)) + "]"
		}
	}
	return list, defs
}

func newMDSource(s *timeline.Source) *mdSource {
	name := collapse(s.Title)
	if name == "" {
		name = collapse(s.ID)
	}
	return &mdSource{Source: s, name: escapeText(name, false)}
}

// eventLabel is the label an event stands under, made by labels (which
// may be nil).
func eventLabel(e *timeline.Event, labels *lastLabel) string {
	l := collapse(labels.of(&e.When))
	if l == "" {
		l = "undated"
	}
	if e.Expected {
		l += " (expected)"
	}
	return l
}

// item renders a source as
//
//	[Title][1] (`id`), published Fri. Aug. 26, 2016
func (s *mdSource) item() string {
	var b strings.Builder
	name, id := escapeText(collapse(s.Title), true), codeSpan(s.ID)
	if name == "" {
		name, id = id, ""
	}
	if name == "" {
		name = "untitled"
	}
	if s.ref != "" {
		name = "[" + name + "]" + s.ref
	}
	b.WriteString(name)
	if id != "" {
		b.WriteString(" (" + id + ")")
	}
	if !s.Published.IsZero() {
		b.WriteString(", published " + dayLabel(s.Published, true))
	}
	if s.ref == "" && s.URL != "" { // not http(s): shown, not linked
		b.WriteString(", " + escapeText(collapse(s.URL), false))
	}
	b.WriteString(", " + mdPlural(s.Events, "event"))
	return b.String()
}

// mdPlural writes n and noun, with an "s" unless n is 1.
func mdPlural(n int, noun string) string {
	s := strconv.Itoa(n) + " " + noun
	if n != 1 {
		s += "s"
	}
	return s
}

// mdSkipped renders a skipped input as
//
//	`corpus.jsonl:7`: no publication date: ...
func mdSkipped(sk timeline.SkippedDoc) string {
	path := codeSpan(sk.Path)
	if path == "" {
		path = "(unnamed)"
	}
	reason := escapeText(collapse(sk.Reason), false)
	if reason == "" {
		return path
	}
	return path + ": " + reason
}

// appendEventItem appends an event rendered as
//
//	_late August_: The text. \[[Title, sentence 3][1]\]
//
// Like the other appendX functions of Markdown, it writes to the chunk's
// bytes rather than making strings to be copied there.
func appendEventItem(b []byte, e *timeline.Event, src *mdSource) []byte {
	start := len(b)
	text, plain := collapseText(e.Text)
	if p := collapseField(e.When.Phrase); p.s != "" {
		b = append(p.appendEscaped(append(b, '_')), '_')
		if text != "" {
			b = append(b, ": "...)
		}
	}
	b = appendText(b, text, plain, len(b) == start)
	name := citeName(e.Source, src)
	if name == "" && e.Source.Sentence <= 0 {
		return b // no citation to show
	}
	if len(b) > start {
		b = append(b, ' ')
	}
	b = appendCitation(append(b, `\[`...), name, e.Source.Sentence, src)
	return append(b, `\]`...)
}

// citeName is the name a citation gives its document, escaped: the
// source's title, else the document ID, white space collapsed. src is the
// source whose ID is c.Doc, or nil.
func citeName(c timeline.Citation, src *mdSource) string {
	if src != nil {
		return src.name
	}
	return escapeText(collapse(c.Doc), false)
}

// appendCitation appends a citation of a document called name (escaped)
// as "Title, sentence 3", linked to the source's URL when it has one:
// "[Title, sentence 3][1]".
func appendCitation(b []byte, name string, sentence int, src *mdSource) []byte {
	linked := (name != "" || sentence > 0) && src != nil && src.ref != ""
	if linked {
		b = append(b, '[')
	}
	b = append(b, name...)
	if sentence > 0 {
		b = strconv.AppendInt(append(b, ", sentence "...), int64(sentence), 10)
	}
	if linked {
		b = append(append(b, ']'), src.ref...)
	}
	return b
}

// appendEventDetails appends the nested items under an event, a line
// each: what is known of it, its other citations and a date conflict; none
// for an event of kind "other" with one citation and no place or actors.
func appendEventDetails(b []byte, e *timeline.Event, sources map[string]*mdSource) []byte {
	facts := len(b) // where the line of facts starts
	if k := collapseField(e.Kind.Name); k.s != "" && k.s != "other" {
		b = k.appendEscaped(appendFact(b, facts, "Kind: "))
		if c := collapseField(e.Kind.CAMEO); c.s != "" {
			b = append(c.appendEscaped(append(b, " (CAMEO "...)), ')')
		}
	}
	if p := collapseField(e.Place); p.s != "" {
		b = p.appendEscaped(appendFact(b, facts, "Place: "))
	}
	if len(e.Actors) > 0 {
		b = appendFact(b, facts, "Actors: ")
		for i, a := range e.Actors {
			if i > 0 {
				b = append(b, "; "...)
			}
			b = appendActor(b, a)
		}
	}
	if len(b) > facts {
		b = append(b, ".\n"...)
	}
	for _, c := range e.Citations {
		if c.Doc == e.Source.Doc && c.Sentence == e.Source.Sentence && c.Start == e.Source.Start {
			continue // the citation of the event's text
		}
		src := sources[c.Doc]
		b = appendCitation(append(b, "  - Also "...), citeName(c, src), c.Sentence, src)
		if q, plain := collapseText(c.Quote); q != "" {
			b = appendText(append(b, ": "...), q, plain, false)
		}
		b = append(b, '\n')
	}
	if d := collapse(e.DateConflict); d != "" {
		b = append(appendEscaped(append(b, "  - Sources disagree on the date: "...), d, false), '\n')
	}
	return b
}

// appendFact starts a fact of the line of facts that starts at b[start]:
// the item's mark before the first, ". " between two.
func appendFact(b []byte, start int, label string) []byte {
	if len(b) == start {
		b = append(b, "  - "...)
	} else {
		b = append(b, ". "...)
	}
	return append(b, label...)
}

// appendActor appends an actor rendered as "John Kerry (US Secretary of
// State, person)".
func appendActor(b []byte, a timeline.Actor) []byte {
	b = collapseField(a.Name).appendEscaped(b)
	about := 0
	for _, x := range [...]string{a.Role, a.Type} {
		if f := collapseField(x); f.s != "" {
			if about == 0 {
				b = append(b, " ("...)
			} else {
				b = append(b, ", "...)
			}
			b = f.appendEscaped(b)
			about++
		}
	}
	if about > 0 {
		b = append(b, ')')
	}
	return b
}

// collapse trims s and turns each run of white space, line breaks included,
// into one space, so that text cannot start a new Markdown block.
func collapse(s string) string { return space.Collapse(s) }

// field is a short string of an event collapsed (a phrase, a kind, a
// place, an actor's name, role or type), and whether escapeText leaves it
// as it is away from a line's start.
type field struct {
	s     string
	plain bool
}

// collapseField returns collapse(s) as a field. Most such strings are a
// few words of ASCII letters: one look at each byte then tells that s is
// collapsed and plain, which costs less than the calls and the words of
// eight bytes of collapse and escapeText, made for long text.
func collapseField(s string) field {
	if plainField(s) {
		return field{s, true}
	}
	return field{collapse(s), false}
}

// appendEscaped appends escapeText(f.s, false).
func (f field) appendEscaped(b []byte) []byte {
	if f.plain {
		return append(b, f.s...)
	}
	return appendEscaped(b, f.s, false)
}

// collapseText returns collapse(s), and whether escapeText leaves it as it
// is away from a line's start, for text that may be long: an event's text or
// a citation's quote. timeline hands them over collapsed already, and most
// need no escaping: plainCollapsed tells both in one pass over s, so that only
// the others pay for collapse and, in appendText, for escapeText's scan.
func collapseText(s string) (string, bool) {
	if plainCollapsed(s) {
		return s, true
	}
	return collapse(s), false
}

// appendText appends escapeText(s, lineStart) to b, where plain is whether
// escapeText(s, false) is s (collapseText).
func appendText(b []byte, s string, plain, lineStart bool) []byte {
	if plain && !(lineStart && startsBlock(s)) {
		return append(b, s...)
	}
	return appendEscaped(b, s, lineStart)
}

// plainCollapsed reports whether collapse(s) and escapeText(s, false) are
// s, for certain: ASCII with no control byte, single spaces between words only,
// and no mdSpecial byte. It looks at eight bytes at a time, as
// space.Collapsed and specialAt do, and gives up at the first byte that is
// not ASCII or a control byte (a tab, a line break), which collapse and
// escapeText must then weigh.
func plainCollapsed(s string) bool {
	if len(s) < 8 {
		return plainField(s)
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	space := false // the last byte of the word before was a space
	for i := 0; i < len(s); i += 8 {
		// The last eight bytes overlap those before: their first byte
		// follows no byte of the word before.
		at := min(i, len(s)-8)
		w := swar.LoadAt(s, at)
		if (w|^(w+swar.Low*addControl))&swar.High != 0 {
			return false // not ASCII, or a control byte
		}
		spaces := ^(w + swar.Low*addSpace) & swar.High
		if spaces&(spaces<<8) != 0 || at == i && space && spaces&0x80 != 0 {
			return false // two spaces in a row
		}
		space = spaces>>63 != 0
		for near := nearSpecial(w); near != 0; near &= near - 1 {
			if mdSpecial(s[at+bits.TrailingZeros64(near)/8]) {
				return false
			}
		}
	}
	return true
}

// Added to each byte of eight ASCII bytes (which carries into no other
// byte), addControl sets the high bit of every byte but the control bytes
// (below 0x20), and addSpace that of every byte but those and the space.
const (
	addControl = 0x80 - 0x20
	addSpace   = 0x80 - 0x21
)

// The printable ASCII bytes but the space that are not mdSpecial, as bits
// like those of mdSpecialLo and mdSpecialHi.
const (
	wordLo uint64 = (1<<64 - 1<<'!') &^ mdSpecialLo
	wordHi uint64 = (1<<('~'-64+1) - 1) &^ mdSpecialHi
)

// plainField reports whether s is short (24 bytes at most), and
// collapse(s) and escapeText(s, false) are s, for certain: printable
// ASCII, no mdSpecial byte, single spaces between words only.
func plainField(s string) bool {
	if len(s) > 24 || s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	space := false // the byte before was a space
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
			continue
		case c < 64:
			if wordLo>>c&1 == 0 {
				return false
			}
		case c >= 128 || wordHi>>(c-64)&1 == 0:
			return false
		}
		space = false
	}
	return true
}

// escapeText backslash-escapes the characters of s that could start Markdown
// or HTML syntax inline: \ ` * _ [ ] < > # | ~ and an & that would begin an
// entity. At the start of a line (lineStart) it also escapes what would
// start a block: a leading - or + and the . or ) after leading digits. s must
// not contain line breaks (see collapse).
func escapeText(s string, lineStart bool) string {
	if plainText(s, lineStart) {
		return s
	}
	return string(appendEscapedEach(nil, s, lineStart))
}

// appendEscaped appends escapeText(s, lineStart) to b.
func appendEscaped(b []byte, s string, lineStart bool) []byte {
	if plainText(s, lineStart) {
		return append(b, s...)
	}
	return appendEscapedEach(b, s, lineStart)
}

// plainText reports whether escapeText(s, lineStart) is s for certain,
// as for most text: it looks for the bytes that may need escaping, eight at
// a time, without the work of deciding what to do with each.
func plainText(s string, lineStart bool) bool {
	if lineStart && startsBlock(s) {
		return false
	}
	return specialAt(s) == len(s)
}

// startsBlock reports whether s starts with a byte that escapeText may
// escape at the start of a line only: a - or +, or a digit (before a . or
// a ) that would make a list item).
func startsBlock(s string) bool {
	return s != "" && (s[0] == '-' || s[0] == '+' || '0' <= s[0] && s[0] <= '9')
}

// appendEscapedEach appends escapeText(s, lineStart) to b, deciding for
// each byte of s that may need it: byte by byte where a line starts (a
// leading - or +, a . or ) after leading digits), then copying the runs of
// bytes between those mdSpecial marks.
func appendEscapedEach(b []byte, s string, lineStart bool) []byte {
	i := 0
	for digits := lineStart; i < len(s) && (digits || lineStart && i == 0); i++ {
		c := s[i]
		esc := mdSpecial(c) && (c != '&' || isEntity(s[i:]))
		switch c {
		case '-', '+':
			esc = i == 0
		case '.', ')':
			esc = i > 0
		}
		if c < '0' || c > '9' {
			digits = false
		}
		if esc {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	for i < len(s) {
		j := i + specialAt(s[i:])
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		if c := s[j]; c != '&' || isEntity(s[j:]) {
			b = append(b, '\\')
		}
		b = append(b, s[j])
		i = j + 1
	}
	return b
}

// specialAt returns the offset of the first mdSpecial byte of s, or
// len(s). It looks eight bytes at a time (the last eight overlapping those
// before, in which it finds nothing again), marking those that are
// mdSpecial or next to one (nearSpecial), and asks mdSpecial only at a
// marked byte.
func specialAt(s string) int {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if mdSpecial(s[i]) {
				return i
			}
		}
		return len(s)
	}
	for i := 0; i < len(s); i += 8 {
		at := min(i, len(s)-8)
		for near := nearSpecial(swar.LoadAt(s, at)); near != 0; near &= near - 1 {
			if j := at + bits.TrailingZeros64(near)/8; mdSpecial(s[j]) {
				return j
			}
		}
	}
	return len(s)
}

// nearSpecial returns the bytes of w in the five ranges that hold the
// mdSpecial bytes and the rarer $ % = ^ { } between them, as 0x80 in their
// place and 0 elsewhere: # to &, *, < to >, [ to ` and { to ~.
//
// Adding 0x80-c to a byte below 0x80 sets its high bit where it is c or
// more. A byte is in one of the ranges when an odd number of their bounds
// (the first bytes, and the bytes after the last ones) are at most the
// byte: the exclusive or of the ten sums has the high bit then. That costs
// less than testing five ranges, or twelve bytes, each on its own. A byte
// beyond ASCII is never marked: it is not mdSpecial, and the bounds are
// compared with the low seven bits of each byte, so that no carry leaves
// its byte.
func nearSpecial(w uint64) uint64 {
	const l = swar.Low
	w7 := w &^ swar.High
	parity := (w7 + l*(0x80-'#')) ^ (w7 + l*(0x80-'&'-1)) ^
		(w7 + l*(0x80-'*')) ^ (w7 + l*(0x80-'*'-1)) ^
		(w7 + l*(0x80-'<')) ^ (w7 + l*(0x80-'>'-1)) ^
		(w7 + l*(0x80-'[')) ^ (w7 + l*(0x80-'`'-1)) ^
		(w7 + l*(0x80-'{')) ^ (w7 + l*(0x80-'~'-1))
	return parity &^ w & swar.High
}

// The bytes that escapeText escapes, or looks at (&), wherever they stand,
// as bits: byte c < 64 is bit c of mdSpecialLo, 64 <= c < 128 bit c-64 of
// mdSpecialHi.
// They are typed so that they fit where int has 32 bits.
const (
	mdSpecialLo uint64 = 1<<'*' | 1<<'<' | 1<<'>' | 1<<'#' | 1<<'&'
	mdSpecialHi uint64 = 1<<('\\'-64) | 1<<('`'-64) | 1<<('_'-64) | 1<<('['-64) | 1<<(']'-64) | 1<<('|'-64) | 1<<('~'-64)
)

// mdSpecial reports whether c is one of the bytes of mdSpecialLo and
// mdSpecialHi.
func mdSpecial(c byte) bool {
	if c < 64 {
		return mdSpecialLo>>c&1 != 0
	}
	return c < 128 && uint64(mdSpecialHi)>>(c-64)&1 != 0
}

// isEntity reports whether s starts with something CommonMark would read as
// an entity or character reference: & then letters, digits or # and a ;.
func isEntity(s string) bool {
	for i := 1; i < len(s) && i <= 32; i++ {
		switch c := s[i]; {
		case c == ';':
			return i > 1
		case c == '#', c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return false
}

// codeSpan writes s as a code span, with a fence longer than any run of
// backticks in s.
func codeSpan(s string) string {
	s = collapse(s)
	if s == "" {
		return ""
	}
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s[0] == '`' || s[len(s)-1] == '`' {
		s = " " + s + " "
	}
	return fence + s + fence
}

// linkDest returns u as a link destination if it is an absolute http or
// https URL, escaping what CommonMark would otherwise read as syntax.
func linkDest(u string) (string, bool) {
	if u == "" || strings.ContainsFunc(u, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return "", false
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return "", false
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c == ' ':
			b.WriteString("%20")
			continue
		case strings.IndexByte(`\()<>`, c) >= 0:
			b.WriteByte('\\')
		case c == '&' && isEntity(u[i:]):
			b.WriteByte('\\')
		}
		b.WriteByte(u[i])
	}
	return b.String(), true
}
