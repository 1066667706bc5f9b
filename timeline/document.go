package timeline

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/isodate"
	"github.com/timelinehq/timeline/internal/sentence"
	"github.com/timelinehq/timeline/internal/space"
)

// Document is one article ready for Build.
type Document struct {
	ID        string    // front matter id, else the path
	Path      string    // as given by the user; "-" for stdin
	Title     string    // front matter title, else first heading / first short line
	URL       string    // front matter url, may be empty
	Source    string    // front matter source (outlet name), may be empty
	Published time.Time // front matter published/date (midnight UTC); zero if unknown
	// DateFrom says where Published came from: "front matter", a page's
	// metadata for ReadHTML ("meta article:published_time", "json-ld
	// datePublished", "url" ...), "header: " and a line labelled as the
	// publication date ("Published: Aug. 26, 2016"), or "dateline: " and the
	// dateline as written when nothing else gave a date (see Dateline); ""
	// if unknown.
	DateFrom string
	// Text is the body after the front matter, without a byte order mark and
	// with every CRLF or lone CR line ending turned into LF. All byte offsets (sentence
	// spans, citations) refer to it.
	Text string
	// TextLine is the line of the file on which Text starts: 1 without front
	// matter, else the line after the closing "---". Line numbers in Text
	// plus TextLine-1 are line numbers in the file.
	TextLine int
	// Sentences are the sentence spans of Text that are article text, in order;
	// boilerplate lines ("Share", "Advertisement"), the title, headings and
	// photo captions are not among them.
	Sentences []sentence.Span
	// TitleSpan is the span of the title in Text (without a Markdown "# "
	// marker), if the body has a title line; zero otherwise. When it is not
	// zero, Text[TitleSpan.Start:TitleSpan.End] is the title as written.
	TitleSpan sentence.Span
	// Skipped lists the lines of Text that are not article text, with why,
	// in order.
	Skipped []Skip

	// wholeSplit is sentence.Split(splitText), when sortLines split the
	// whole text (see splitRegions), for the date tagger: it is Text's
	// while Text is splitText.
	wholeSplit []sentence.Span
	splitText  string
}

// Skip is a span of Text left out of the article text, with the reason.
type Skip struct {
	sentence.Span
	// Reason is one of "boilerplate" (a line from data/boilerplate.txt),
	// "title", "heading" (a Markdown heading other than the title),
	// "caption" (a photo caption or credit), "byline" ("By Jane Smith"),
	// "header" (a "Label: value" line above the story: "Source: Reuters")
	// or "dateline" (a date on a line of its own, perhaps labelled:
	// "Published: Aug. 26, 2016"). See header.go.
	Reason string
}

// Reasons a line is skipped.
const (
	reasonBoilerplate = "boilerplate"
	reasonTitle       = "title"
	reasonHeading     = "heading"
	reasonCaption     = "caption"
	reasonByline      = "byline"
	reasonHeader      = "header"
	reasonDateline    = "dateline"
)

// InputError reports a document that cannot be read: not UTF-8, empty, or
// with broken front matter. Its message says where the problem is and how
// to fix it.
type InputError struct {
	Path string // the document's path as given to ReadDocument
	// Line is the 1-based line of the file the problem is on; 0 if it is
	// not on one line.
	Line int
	// Offset is the byte offset of the problem in the data as given to
	// ReadDocument (before the byte order mark is dropped and line endings
	// are normalised): the first bad byte, or the start of Line.
	Offset int
	Msg    string // what is wrong, with the detail that matters
	Fix    string // what to do about it; may be empty
	Err    error  // the underlying cause, if any
}

// Error returns "path:line: msg: fix", leaving out parts that are empty.
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.Fix != "" {
		b.WriteString(": ")
		b.WriteString(e.Fix)
	}
	return b.String()
}

// Unwrap returns the underlying cause, if any.
func (e *InputError) Unwrap() error { return e.Err }

// maxTitleLen is the length in bytes under which a line without final
// punctuation can be a title or a photo caption.
const maxTitleLen = 150

// maxBylineLen is the length in bytes under which a line starting with "By "
// can be a byline.
const maxBylineLen = 100

// titleSearchLines is how many lines of text, boilerplate aside, may come
// before a Markdown "# " title.
const titleSearchLines = 5

// ReadDocument parses an article: optional YAML front matter, then plain
// text or Markdown. path is used for the ID and in errors; data is the file's
// content and must be UTF-8. A byte order mark is dropped and CRLF (or lone CR) line
// endings become LF, so offsets into Document.Text are offsets into the
// normalised body, not into data.
//
// Front matter sits between a first line "---" and a closing "---" or "..."
// line. The keys read are title, published (or date: YYYY-MM-DD, an RFC 3339
// timestamp or a YAML date; stored as midnight UTC of the calendar date as
// written), url, source and id; others are ignored.
//
// The body's lines are then sorted out: boilerplate lines (data/boilerplate.txt),
// the title line (unless the front matter has a title that the body does not
// repeat), Markdown headings, photo captions and bylines go to Skipped; the
// rest is split into Sentences.
//
// Without a front matter date, Published comes from the article's dateline
// if it has one (see Dateline and Document.DateFrom).
//
// Errors are *InputError.
func ReadDocument(path string, data []byte) (*Document, error) {
	if err := checkText(path, data); err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		return nil, &InputError{
			Path: path, Line: lineOfOffset(data, off), Offset: off,
			Msg: fmt.Sprintf("invalid UTF-8 at byte %d", off),
			Fix: "save the file as UTF-8",
		}
	}
	text := string(bytes.TrimPrefix(data, []byte("\ufeff")))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n") // old Mac line ends, and a CR before a CRLF
	if err := checkEmpty(path, text); err != nil {
		return nil, err
	}
	doc := &Document{ID: path, Path: path, TextLine: 1, Text: text}
	if err := doc.readFrontMatter(data); err != nil {
		return nil, err
	}
	if strings.TrimSpace(doc.Text) == "" {
		line := doc.TextLine - 1
		return nil, &InputError{
			Path: path, Line: line, Offset: offsetOfLine(data, line),
			Msg: "empty document: no text after the front matter",
			Fix: "add the article text after the closing --- line",
		}
	}
	doc.sortLines()
	if doc.Published.IsZero() {
		doc.useDateline(doc.isHeaderLine) // dateline.go
	}
	return doc, nil
}

// readFrontMatter parses YAML front matter at the start of d.Text, if any,
// into d's fields and leaves the body in d.Text. data is the file as given,
// for error offsets.
func (d *Document) readFrontMatter(data []byte) error {
	text := d.Text
	first, _, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return nil
	}
	// Find the closing line.
	yamlEnd, bodyStart, line := -1, -1, 2
	for pos := len(first) + 1; pos < len(text); line++ {
		end := strings.IndexByte(text[pos:], '\n')
		next := len(text)
		if end >= 0 {
			end += pos
			next = end + 1
		} else {
			end = len(text)
		}
		if l := strings.TrimRight(text[pos:end], " \t"); l == "---" || l == "..." {
			yamlEnd, bodyStart = pos, next
			break
		}
		pos = next
	}
	if yamlEnd < 0 {
		return d.errorAt(data, 1, nil,
			"front matter starts with --- but has no closing --- line",
			"add a line --- after the last key, or remove the --- on line 1")
	}
	closing := line
	src := text[len(first)+1 : yamlEnd]
	d.Text = text[bodyStart:]
	d.TextLine = closing + 1

	var root yaml.Node
	if err := decodeYAML(src, &root); err != nil {
		yamlLine, msg := splitYAMLError(err)
		switch {
		case strings.HasPrefix(msg, "did not find expected"):
			yamlLine = yamlContextLine(src, yamlLine)
		case strings.HasPrefix(msg, "found unexpected end of stream"):
			yamlLine = yamlContextLine(src, 1) // an unclosed quote: where it opens
		}
		return d.errorAt(data, 1+max(yamlLine, 0), err,
			"invalid YAML front matter: "+msg,
			"fix the YAML between the --- lines")
	}
	if len(root.Content) == 0 {
		return nil // empty front matter
	}
	m := root.Content[0]
	if m.Kind == yaml.ScalarNode && m.Tag == "!!null" {
		return nil
	}
	if m.Kind != yaml.MappingNode {
		return d.errorAt(data, 1+m.Line, nil,
			"front matter is not a list of key: value lines",
			"write one field per line, e.g. published: 2016-08-26")
	}
	var published, date *yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		key := strings.ToLower(k.Value)
		switch key {
		case "title", "url", "source", "id", "published", "date":
		default:
			continue // unknown keys are someone else's business
		}
		if v.Kind != yaml.ScalarNode {
			return d.errorAt(data, 1+v.Line, nil,
				fmt.Sprintf("front matter %s is not a single value", k.Value),
				fmt.Sprintf("write it on one line, e.g. %s", keyExample(key)))
		}
		if v.Tag == "!!null" {
			continue
		}
		value := strings.TrimSpace(v.Value)
		switch key {
		case "title":
			d.Title = strings.Join(strings.Fields(value), " ")
		case "url":
			d.URL = value
		case "source":
			d.Source = value
		case "id":
			if value != "" {
				d.ID = value
			}
		case "published":
			published = v
		case "date":
			date = v
		}
	}
	if published == nil {
		published = date
	}
	if published != nil {
		t, ok := parseFrontMatterDate(strings.TrimSpace(published.Value))
		ok = ok && !t.IsZero() // 0001-01-01 is the zero time, "no date" everywhere
		if !ok {
			return d.errorAt(data, 1+published.Line, nil,
				fmt.Sprintf("cannot read publication date %q", published.Value),
				"write it as YYYY-MM-DD, e.g. published: 2016-08-26, or as an RFC 3339 timestamp")
		}
		d.Published = t
		d.DateFrom = "front matter"
	}
	return nil
}

// errorAt returns an *InputError for line of the file.
func (d *Document) errorAt(data []byte, line int, err error, msg, fix string) error {
	return &InputError{Path: d.Path, Line: line, Offset: offsetOfLine(data, line), Msg: msg, Fix: fix, Err: err}
}

// keyExample shows a front matter key with a plausible value.
func keyExample(key string) string {
	switch key {
	case "published", "date":
		return key + ": 2016-08-26"
	case "url":
		return "url: https://example.com/article"
	}
	return key + ": ..."
}

// decodeYAML parses src into n. A panic inside the YAML parser becomes an
// error: input must never crash the program.
func decodeYAML(src string, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal([]byte(src), n)
}

// yamlContextLine returns the line (from 1) of the YAML construct that a
// yaml.v3 parser error ("did not find expected ...") is about. For these
// yaml.v3 gives the line before the construct's start (or, when that is
// line 1, where the parser gave up), and for an unclosed quote the end of
// the YAML; so the line is found again: the first line, from the given one
// on, at whose end the YAML so far no longer parses.
func yamlContextLine(src string, reported int) int {
	lines := strings.SplitAfter(src, "\n")
	for l := max(reported, 1); l <= len(lines); l++ {
		var n yaml.Node
		if decodeYAML(strings.Join(lines[:l], ""), &n) != nil {
			return l
		}
	}
	return reported
}

// splitYAMLError splits a yaml.v3 error such as "yaml: line 2: did not find
// expected key" into the line within the YAML (0 if none) and the rest.
func splitYAMLError(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, after, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return n, after
			}
		}
	}
	return 0, msg
}

// parseFrontMatterDate reads a front matter date and returns midnight UTC of the
// calendar date as written (a timestamp's own offset decides the day).
func parseFrontMatterDate(s string) (time.Time, bool) {
	// Most dates are plain days: read without time.Parse trying layouts.
	if t, ok := isodate.Parse(s); ok {
		return t, true
	}
	return parseDateLayouts(s)
}

// parseDateLayouts is parseFrontMatterDate by time.Parse, with each of
// the layouts a front matter date may have in turn.
func parseDateLayouts(s string) (time.Time, bool) {
	layouts := [...]string{
		time.DateOnly,
		"2006-1-2",
		time.RFC3339Nano,
		"2006-01-02T15:04:05",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05",
		"2006-01-02T15:04",
		"2006-01-02T15:04:05Z0700", // "+0000", as the New York Times API writes
	}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// firstInvalidUTF8 returns the offset of the first byte of data that is not
// part of a valid UTF-8 sequence.
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// lineOfOffset returns the 1-based line of data that holds byte off.
func lineOfOffset(data []byte, off int) int {
	return 1 + bytes.Count(data[:min(off, len(data))], []byte("\n"))
}

// offsetOfLine returns the offset in data of the start of 1-based line, or 0.
func offsetOfLine(data []byte, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return off
		}
		off += i + 1
	}
	return off
}

//go:embed data/boilerplate.txt
var boilerplateData string

// boilerplate holds the lists of data/boilerplate.txt.
type boilerplate struct {
	lines          map[string]bool // whole lines, lower-cased
	maxLine        int             // length of the longest entry in lines
	prefixes       prefixSet       // starts of boilerplate lines
	captionPrefix  prefixSet       // starts of photo captions
	notices        []string        // starts of copyright notices, before their year
	creditContains []string        // parts of a "(AP Photo/...)" credit, lower-cased
}

// loadBoilerplate parses the embedded boilerplate list; it runs once.
var loadBoilerplate = sync.OnceValue(func() *boilerplate {
	b := &boilerplate{lines: make(map[string]bool)}
	for l := range datafile.Lines(boilerplateData) {
		line := l.Text
		switch l.Section {
		case "prefix":
			b.prefixes.add(line)
		case "caption-prefix":
			b.captionPrefix.add(line)
		case "notice":
			b.notices = append(b.notices, line)
		case "credit":
			b.creditContains = append(b.creditContains, strings.ToLower(line))
		default:
			b.lines[strings.ToLower(line)] = true
			b.maxLine = max(b.maxLine, len(line))
		}
	}
	return b
})

// isBoilerplate reports whether the trimmed line is page furniture. Case,
// runs of spaces and surrounding Markdown emphasis do not matter.
func (b *boilerplate) isBoilerplate(line string) bool {
	line = strings.Trim(line, "*_ \t")
	// Allow for doubled spaces before normalising; most lines are longer.
	if len(line) <= 2*b.maxLine {
		// The key is strings.ToLower(space.Collapse(line)); for a clean ASCII line,
		// looked up without allocating.
		var buf [128]byte
		if key, ok := ascii.AppendLower(buf[:0], line); ok && space.Collapsed(line) {
			if b.lines[string(key)] {
				return true
			}
		} else if b.lines[strings.ToLower(space.Collapse(line))] {
			return true
		}
	}
	return b.prefixes.has(line) || b.isNotice(line)
}

// startsWithYear reports whether s starts with a year from 1900 to 2099
// that is not the start of a longer number.
func startsWithYear(s string) bool {
	if len(s) < 4 || !(s[:2] == "19" || s[:2] == "20") || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	return len(s) == 4 || !isDigit(s[4])
}

// isNotice reports whether the trimmed line is a copyright notice: one of
// the notices' starts, then a year, after any "©" or "(c)" ("Copyright ©
// 2025 Reuters").
func (b *boilerplate) isNotice(line string) bool {
	for _, n := range b.notices {
		if !hasPrefixFold(line, []string{n}) {
			continue
		}
		rest := line[len(n):]
		for {
			trimmed := strings.TrimLeft(rest, " \t")
			switch {
			case strings.HasPrefix(trimmed, "©"):
				rest = trimmed[len("©"):]
				continue
			case hasPrefixFold(trimmed, []string{"(c)"}):
				rest = trimmed[len("(c)"):]
				continue
			}
			rest = trimmed
			break
		}
		return startsWithYear(rest)
	}
	return false
}

// isCaption reports whether the trimmed line is a photo caption by its
// form: "Photo: ...", "(Photo ...)", "![alt](src)" or ending in a credit
// like "(AP Photo/Evan Vucci)".
func (b *boilerplate) isCaption(line string) bool {
	if b.captionPrefix.has(line) {
		return true
	}
	if !strings.HasSuffix(line, ")") {
		return false
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return false
	}
	credit := strings.ToLower(line[open+1 : len(line)-1])
	for _, c := range b.creditContains {
		if strings.Contains(credit, c) {
			return true
		}
	}
	return false
}

// prefixSet is a list of prefixes that hasPrefixFold tries, bucketed by
// their first byte in lower case. The zero prefixSet is empty.
type prefixSet struct {
	all []string // all of them, for a string that does not start with ASCII
	// byFirst[c] are those a string starting with the ASCII byte c (in
	// lower case) may start with: those starting with c in either case,
	// and those starting with a byte that is not ASCII, or empty.
	byFirst [utf8.RuneSelf][]string
}

// add adds a prefix to the set.
func (ps *prefixSet) add(p string) {
	ps.all = append(ps.all, p)
	if p != "" && p[0] < utf8.RuneSelf {
		c := ascii.Lower(p[0])
		ps.byFirst[c] = append(ps.byFirst[c], p)
		return
	}
	for c := range ps.byFirst {
		ps.byFirst[c] = append(ps.byFirst[c], p)
	}
}

// has reports whether s starts with one of the prefixes, ignoring case:
// hasPrefixFold(s, all of them).
func (ps *prefixSet) has(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return hasPrefixFold(s, ps.byFirst[ascii.Lower(s[0])])
	}
	return hasPrefixFold(s, ps.all)
}

// hasPrefixFold reports whether s starts with one of prefixes, ignoring
// case.
func hasPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) < len(p) {
			continue
		}
		if strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// lowerRooms pools the room of the lower case of texts (see prepare): a
// *[]byte.
var lowerRooms = sync.Pool{New: func() any { return new([]byte) }}

// prepare works out what both the date tagger and the entity analysis
// read of d.Text, so that they do not each work it out: the text with its
// ASCII letters lower-cased (dates.Lower), in *room, which it grows,
// and the sentences of the whole text, if sortLines split it.
// What it returns reads *room until room is used again.
func (d *Document) prepare(room *[]byte) dates.Prepared {
	var p dates.Prepared
	p.Lower, *room = dates.Lower(*room, d.Text)
	if d.wholeSplit != nil && d.splitText == d.Text { // one comparison of pointers, as Text is not changed
		p.Sentences = d.wholeSplit
	}
	return p
}

// textLine is one line of Document.Text.
type textLine struct {
	sentence.Span        // trimmed content; empty for a blank line
	reason        string // why the line is skipped; "" if it is article text
}

func (l *textLine) blank() bool { return l.Start == l.End }

// sortLines fills Sentences, Skipped and, if the body has a title line,
// Title and TitleSpan.
func (d *Document) sortLines() {
	var room [4]sentence.Span // most texts have one region, a few two or three
	d.splitRegions(d.markLines(room[:0]))
}

// markLines fills Skipped and, if the body has a title line, Title and
// TitleSpan, and returns the regions of article text between the lines
// skipped, appended to regions, and whether each of them is whole
// paragraphs of the text (see splitRegions).
func (d *Document) markLines(regions []sentence.Span) (_ []sentence.Span, aligned bool) {
	bp := loadBoilerplate()
	text := d.Text
	lines := make([]textLine, 0, strings.Count(text, "\n")+1)
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text) + 1
		} else {
			end += pos
			next = end + 1
		}
		start, stop := sentence.TrimSpan(text, pos, end)
		lines = append(lines, textLine{Span: sentence.Span{Start: start, End: stop}})
		pos = next
	}
	content := func(l *textLine) string { return text[l.Start:l.End] }

	// Boilerplate and headings.
	for i := range lines {
		l := &lines[i]
		switch {
		case l.blank():
		case bp.isBoilerplate(content(l)):
			l.reason = reasonBoilerplate
		case headingLevel(content(l)) > 0:
			l.reason = reasonHeading
		}
	}

	d.markHeader(lines) // header.go
	d.findTitle(lines)

	// Captions and bylines.
	standalone := func(i int) bool {
		prevOK := i == 0 || lines[i-1].blank() || lines[i-1].reason != ""
		nextOK := i == len(lines)-1 || lines[i+1].blank() || lines[i+1].reason != ""
		return prevOK && nextOK
	}
	for i := range lines {
		l := &lines[i]
		if l.blank() || l.reason != "" {
			continue
		}
		c := content(l)
		switch {
		case bp.isCaption(c):
			l.reason = reasonCaption
		case !standalone(i) || endsInFinalPunct(c) || !containsLetter(c):
		case len(c) < maxBylineLen && isByline(c):
			l.reason = reasonByline
		case len(c) < maxTitleLen:
			l.reason = reasonCaption
		}
	}

	// Skipped lines, and the regions of article text between them.
	aligned = true
	regionStart := -1
	for i := range lines {
		l := &lines[i]
		if l.reason == "" {
			if regionStart < 0 && !l.blank() {
				regionStart = l.Start
				// a blank line before, and no indentation
				aligned = aligned && (i == 0 || lines[i-1].blank()) && (l.Start == 0 || text[l.Start-1] == '\n')
			}
			continue
		}
		if regionStart >= 0 {
			regions = append(regions, sentence.Span{Start: regionStart, End: l.Start})
			aligned = aligned && lines[i-1].blank()
			regionStart = -1
		}
		d.Skipped = append(d.Skipped, Skip{Span: l.Span, Reason: l.reason})
	}
	if regionStart >= 0 {
		regions = append(regions, sentence.Span{Start: regionStart, End: len(text)})
	}
	return regions, aligned
}

// splitRegions fills Sentences with the sentences of the regions of text
// (in order), those with a word. When aligned, each region is whole
// paragraphs of the text: it starts after a blank line (or at the start
// of the text) without indentation, and ends before a blank line (or at
// the end). sentence.Split splits each paragraph on its own, so that the
// whole text's sentences that lie in a region are then the region's: the
// text is split once, and its sentences kept (wholeSplit) for the date
// tagger, which would split the whole text again.
func (d *Document) splitRegions(regions []sentence.Span, aligned bool) {
	text := d.Text
	if aligned && len(regions) > 0 {
		d.wholeSplit = sentence.Split(text)
		d.splitText = text
		d.Sentences = make([]sentence.Span, 0, len(d.wholeSplit))
		r := 0
		for _, s := range d.wholeSplit {
			for regions[r].End < s.End {
				if r++; r == len(regions) {
					return
				}
			}
			if s.Start >= regions[r].Start && containsWord(text[s.Start:s.End]) {
				d.Sentences = append(d.Sentences, s)
			}
		}
		return
	}
	for _, r := range regions {
		spans := sentence.Split(text[r.Start:r.End])
		kept := spans[:0] // the spans with a word, in place
		for _, s := range spans {
			s.Start += r.Start
			s.End += r.Start
			if containsWord(text[s.Start:s.End]) {
				kept = append(kept, s)
			}
		}
		if d.Sentences == nil {
			if len(kept) > 0 {
				d.Sentences = kept // most texts are one region: no copy
			}
		} else {
			d.Sentences = append(d.Sentences, kept...)
		}
	}
}

// findTitle marks the title line among lines, if any, and sets Title and
// TitleSpan. A front matter title is kept; the body's first line is marked
// as the title only if it repeats it.
func (d *Document) findTitle(lines []textLine) {
	text := d.Text
	// The first lines of text, boilerplate aside.
	var first []int
	for i := range lines {
		if lines[i].blank() || lines[i].reason == reasonBoilerplate || isHeaderReason(lines[i].reason) {
			continue
		}
		first = append(first, i)
		if len(first) == titleSearchLines {
			break
		}
	}
	if len(first) == 0 {
		return
	}
	mark := func(i int) {
		l := &lines[i]
		l.reason = reasonTitle
		start, end := headingText(text, l.Span)
		d.TitleSpan = sentence.Span{Start: start, End: end}
		if d.Title == "" {
			d.Title = strings.Join(strings.Fields(text[start:end]), " ")
		}
	}
	if d.Title != "" {
		l := lines[first[0]]
		start, end := headingText(text, l.Span)
		if strings.EqualFold(strings.Join(strings.Fields(text[start:end]), " "), d.Title) {
			mark(first[0])
		}
		return
	}
	// A heading with words in it can be the title.
	isHeadingTitle := func(i int, maxLevel int) bool {
		level := headingLevel(text[lines[i].Start:lines[i].End])
		start, end := headingText(text, lines[i].Span)
		return level > 0 && level <= maxLevel && containsLetter(text[start:end])
	}
	for _, i := range first {
		if isHeadingTitle(i, 1) {
			mark(i)
			return
		}
	}
	i := first[0]
	if isHeadingTitle(i, 6) {
		mark(i)
		return
	}
	c := text[lines[i].Start:lines[i].End]
	if headingLevel(c) > 0 {
		return
	}
	if len(c) < maxTitleLen && !endsInFinalPunct(c) && containsLetter(c) &&
		i+1 < len(lines) && (lines[i+1].blank() || isHeaderReason(lines[i+1].reason)) && !loadBoilerplate().isCaption(c) {
		mark(i)
	}
}

// headingLevel returns the level of a Markdown ATX heading ("## News" is
// 2), or 0 if line is not one.
func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(line) && line[n] != ' ' && line[n] != '\t') {
		return 0
	}
	return n
}

// headingText returns the span of s's text without Markdown heading
// markers: "# Title #" gives the span of "Title".
func headingText(text string, s sentence.Span) (int, int) {
	line := text[s.Start:s.End]
	n := headingLevel(line)
	if n == 0 {
		return s.Start, s.End
	}
	start, end := s.Start+n, s.End
	// An optional closing sequence of #s after a space.
	inner := strings.TrimRight(text[start:end], "#")
	if inner == "" || strings.HasSuffix(inner, " ") || strings.HasSuffix(inner, "\t") {
		end = start + len(inner)
	}
	return sentence.TrimSpan(text, start, end)
}

// endsInFinalPunct reports whether line ends in . ! ? : or …, possibly
// followed by closing quotes or brackets.
func endsInFinalPunct(line string) bool {
	// Most lines end in an ASCII byte that is neither a closing mark nor
	// punctuation: told without TrimRight's decoding of its cutset.
	if n := len(line); n > 0 {
		switch c := line[n-1]; c {
		case '.', '!', '?', ':':
			return true
		case '"', '\'', ')', ']':
		default:
			if c < utf8.RuneSelf {
				return false
			}
		}
	}
	line = strings.TrimRight(line, `"')]’”»`)
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', ':', '…':
		return true
	}
	return false
}

// isByline reports whether line reads like "By Jane Smith, AP".
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "BY ")
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

func containsLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func containsWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// checkText rejects input that is not text in UTF-8: UTF-16 (by its byte
// order mark) and binary files (a NUL byte), with what to do instead.
func checkText(path string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return &InputError{Path: path, Msg: "UTF-16 text", Fix: "convert the file to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Path: path, Offset: i, Msg: fmt.Sprintf("binary file (NUL byte at byte %d), not an article", i),
			Fix: "give a text, Markdown or HTML file in UTF-8"}
	}
	return nil
}

// checkEmpty rejects a document with no text.
func checkEmpty(path, text string) error {
	switch {
	case text == "":
		return &InputError{Path: path, Msg: "empty file", Fix: "add the article text, or leave the file out"}
	case strings.TrimSpace(text) == "":
		return &InputError{Path: path, Msg: "no text, only white space", Fix: "add the article text, or leave the file out"}
	}
	return nil
}
