package render

import (
	"bufio"
	"io"
	"net/url"
	"strconv"
	"strings"

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
	sources := make(map[string]*mdSource, len(t.Sources))
	var defs []string
	if len(t.Sources) > 0 {
		bw.WriteString("\n## Sources\n\n")
	}
	for i := range t.Sources {
		s := &mdSource{Source: &t.Sources[i]}
		if dest, ok := linkDest(s.URL); ok {
			defs = append(defs, dest)
			s.ref = "[" + strconv.Itoa(len(defs)) + "]"
		}
		if _, dup := sources[s.ID]; !dup {
			sources[s.ID] = s
		}
		bw.WriteString("- " + s.item() + "\n")
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
	events := func(b []byte, from, to int) []byte {
		prev := ""
		if from > 0 {
			prev = eventLabel(&t.Events[from-1])
		}
		for i := from; i < to; i++ {
			e := &t.Events[i]
			l := eventLabel(e)
			if i == 0 || l != prev {
				b = append(b, "\n**"+escapeText(l, false)+"**\n\n"...)
				prev = l
			}
			b = append(b, "- "+eventItem(e, sources[e.Source.Doc])+"\n"...)
			for _, d := range mdEventDetails(e, sources) {
				b = append(b, "  - "+d+"\n"...)
			}
		}
		return b
	}
	if err := writeChunks(len(t.Events), events, func(b []byte) error {
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
}

// eventLabel is the label an event stands under.
func eventLabel(e *timeline.Event) string {
	l := collapse(Label(e.When.Value))
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

// eventItem renders an event as
//
//	_late August_: The text. \[[Title, sentence 3][1]\]
func eventItem(e *timeline.Event, src *mdSource) string {
	var b strings.Builder
	text := collapse(e.Text)
	if p := collapse(e.When.Phrase); p != "" {
		b.WriteString("_" + escapeText(p, false) + "_")
		if text != "" {
			b.WriteString(": ")
		}
	}
	b.WriteString(escapeText(text, b.Len() == 0))

	cite := mdCitation(e.Source, src)
	if cite == "" {
		return b.String()
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	b.WriteString(`\[` + cite + `\]`)
	return b.String()
}

// mdCitation renders a citation as "Title, sentence 3", linked to the
// source's URL when it has one: "[Title, sentence 3][1]".
func mdCitation(c timeline.Citation, src *mdSource) string {
	name := c.Doc
	if src != nil && collapse(src.Title) != "" {
		name = src.Title
	}
	cite := escapeText(collapse(name), false)
	if c.Sentence > 0 {
		cite += ", sentence " + strconv.Itoa(c.Sentence)
	}
	if cite != "" && src != nil && src.ref != "" {
		cite = "[" + cite + "]" + src.ref
	}
	return cite
}

// mdEventDetails renders the nested items under an event: what is known of
// it, its other citations and a date conflict; none for an event of kind
// "other" with one citation and no place or actors.
func mdEventDetails(e *timeline.Event, sources map[string]*mdSource) []string {
	var out []string
	var facts []string
	if k := collapse(e.Kind.Name); k != "" && k != "other" {
		f := "Kind: " + escapeText(k, false)
		if c := collapse(e.Kind.CAMEO); c != "" {
			f += " (CAMEO " + escapeText(c, false) + ")"
		}
		facts = append(facts, f)
	}
	if p := collapse(e.Place); p != "" {
		facts = append(facts, "Place: "+escapeText(p, false))
	}
	if len(e.Actors) > 0 {
		names := make([]string, 0, len(e.Actors))
		for _, a := range e.Actors {
			names = append(names, mdActor(a))
		}
		facts = append(facts, "Actors: "+strings.Join(names, "; "))
	}
	if len(facts) > 0 {
		out = append(out, strings.Join(facts, ". ")+".")
	}
	for _, c := range e.Citations {
		if c.Doc == e.Source.Doc && c.Sentence == e.Source.Sentence && c.Start == e.Source.Start {
			continue // the citation of the event's text
		}
		item := "Also " + mdCitation(c, sources[c.Doc])
		if q := collapse(c.Quote); q != "" {
			item += ": " + escapeText(q, false)
		}
		out = append(out, item)
	}
	if d := collapse(e.DateConflict); d != "" {
		out = append(out, "Sources disagree on the date: "+escapeText(d, false))
	}
	return out
}

// mdActor renders an actor as "John Kerry (US Secretary of State,
// person)".
func mdActor(a timeline.Actor) string {
	s := escapeText(collapse(a.Name), false)
	var about []string
	for _, x := range []string{a.Role, a.Type} {
		if x = collapse(x); x != "" {
			about = append(about, escapeText(x, false))
		}
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	return s
}

// collapse trims s and turns each run of white space, line breaks included,
// into one space, so that text cannot start a new Markdown block.
func collapse(s string) string { return timeline.Clean(s) }

// escapeText backslash-escapes the characters of s that could start Markdown
// or HTML syntax inline: \ ` * _ [ ] < > # | ~ and an & that would begin an
// entity. At the start of a line (lineStart) it also escapes what would
// start a block: a leading - or + and the . or ) after leading digits. s must
// not contain line breaks (see collapse).
func escapeText(s string, lineStart bool) string {
	// Most text has nothing to escape: find that out a byte at a time,
	// without the work of deciding what to do with each.
	if !lineStart || s == "" || s[0] != '-' && s[0] != '+' && (s[0] < '0' || s[0] > '9') {
		i := 0
		for i < len(s) && !mdSpecial(s[i]) {
			i++
		}
		if i == len(s) {
			return s
		}
	}
	return escapeEach(s, lineStart)
}

// escapeEach is escapeText deciding for each byte of s.
func escapeEach(s string, lineStart bool) string {
	var b strings.Builder
	digits := lineStart // still in a run of leading digits
	for i := 0; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~':
			esc = true
		case '&':
			esc = isEntity(s[i:])
		case '-', '+':
			esc = lineStart && i == 0
		case '.', ')':
			esc = digits && i > 0
		}
		if c < '0' || c > '9' {
			digits = false
		}
		if esc {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
				b.WriteString(s[:i])
			}
			b.WriteByte('\\')
		}
		if b.Len() > 0 {
			b.WriteByte(c)
		}
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// The bytes that escapeText escapes, or looks at (&), wherever they stand,
// as bits: byte c < 64 is bit c of mdSpecialLo, 64 <= c < 128 bit c-64 of
// mdSpecialHi.
const (
	mdSpecialLo = 1<<'*' | 1<<'<' | 1<<'>' | 1<<'#' | 1<<'&'
	mdSpecialHi = 1<<('\\'-64) | 1<<('`'-64) | 1<<('_'-64) | 1<<('['-64) | 1<<(']'-64) | 1<<('|'-64) | 1<<('~'-64)
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
