package timeline

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/sentence"
)

// The header of a plain-text article: the "Label: value" lines that
// scrapers, archive exports and e-mail put above the story ("Title: ...",
// "Published: 2023-07-12", "Source: Reuters"), and dates on lines of their
// own ("Aug. 26, 2016"). They are metadata, not article text: left in the
// text, a "Published:" line was taken for the title, and a "Title:" line
// ran into the first sentence as an event of the publication day with an
// actor named "Published".

//go:embed data/header.txt
var headerData string

// headerSearchLines is how many non-blank lines at the start of a text,
// boilerplate aside, may be header lines.
const headerSearchLines = 12

// maxHeaderLabelLen is the length in bytes under which the text before a
// colon can be a header label ("Publication title").
const maxHeaderLabelLen = 24

// maxDateLineLen is the length in bytes under which a line can be a date
// on a line of its own ("Friday, August 26, 2016, 10:15 a.m. EDT").
const maxDateLineLen = 80

// What a header line's value fills.
type headerField uint8

const (
	headerOther  headerField = iota // read and left out: "By:", "Section:"
	headerTitle                     // Document.Title
	headerURL                       // Document.URL
	headerSource                    // Document.Source
	headerDate                      // a publication or revision date: Dateline reads it
)

// loadHeaderLabels returns the header labels, lower-cased with single
// spaces, and what each fills.
var loadHeaderLabels = sync.OnceValue(func() map[string]headerField {
	labels := map[string]headerField{}
	fields := map[string]headerField{"title": headerTitle, "url": headerURL, "source": headerSource, "other": headerOther}
	for l := range datafile.Lines(headerData) {
		f, ok := fields[l.Section]
		if !ok {
			panic("timeline: data/header.txt:" + strconv.Itoa(l.N) + ": unknown section [" + l.Section + "]")
		}
		labels[normalLabel(l.Text)] = f
	}
	w := loadDatelineWords()
	for _, set := range []map[string]bool{w.published, w.updated} {
		for label := range set {
			labels[label] = headerDate
		}
	}
	return labels
})

// normalLabel lower-cases a label and collapses its runs of spaces.
func normalLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// headerLine reads a header line ("Title: Talks resume", "**Source:**
// Reuters"): what its value fills and where the value starts in line. A
// line whose text before the first colon is no known label is none.
func headerLine(line string) (f headerField, valueStart int, ok bool) {
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > maxHeaderLabelLen+4 { // +4 for "**" on both sides
		return 0, 0, false
	}
	label := strings.Trim(line[:colon], "*_ \t")
	if label == "" || strings.ContainsAny(label, ".,;()\"") {
		return 0, 0, false
	}
	f, ok = loadHeaderLabels()[normalLabel(label)]
	if !ok {
		return 0, 0, false
	}
	valueStart = colon + 1
	for valueStart < len(line) && strings.IndexByte("*_ \t", line[valueStart]) >= 0 {
		valueStart++
	}
	return f, valueStart, true
}

// isDateLine reports whether line is a date and nothing else, perhaps
// with a label, a weekday and a time ("Aug. 26, 2016", "Updated: Friday,
// 26 August 2016 10:15 BST").
func isDateLine(line string) bool {
	if len(line) > maxDateLineLen || strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	m, ok := lineDateline(line)
	return ok && len(m.text) == len(line)
}

// markHeader marks the header lines at the start of the text (see the
// top of this file), in lines whose boilerplate and headings are already
// marked, and fills the Title, URL and Source that nothing else gave.
// Lines up to the first line of article text are read: a title, a
// byline or a heading may stand between header lines.
func (d *Document) markHeader(lines []textLine) {
	text := d.Text
	seen := 0
	for i := range lines {
		l := &lines[i]
		if l.blank() || l.reason == reasonBoilerplate {
			continue
		}
		if seen++; seen > headerSearchLines {
			return
		}
		c := text[l.Start:l.End]
		if f, v, ok := headerLine(c); ok {
			l.reason = reasonHeader
			if f == headerDate {
				l.reason = reasonDateline
			}
			end := l.End
			for end > l.Start+v && strings.IndexByte("*_ \t", text[end-1]) >= 0 {
				end-- // "**Title:** Talks **"
			}
			d.useHeader(f, sentence.Span{Start: l.Start + v, End: end})
			continue
		}
		if isDateLine(c) {
			l.reason = reasonDateline
			continue
		}
		if l.reason == reasonHeading || (len(c) < maxTitleLen && !endsInFinalPunct(c)) {
			continue // a title, a byline, a kicker
		}
		return // the article text has started
	}
}

// useHeader fills the field f from the header value in span of d.Text,
// unless something else filled it.
func (d *Document) useHeader(f headerField, span sentence.Span) {
	value := strings.Join(strings.Fields(d.Text[span.Start:span.End]), " ")
	if value == "" {
		return
	}
	switch f {
	case headerTitle:
		if d.Title == "" {
			d.Title = value
			d.TitleSpan = span
		}
	case headerURL:
		if d.URL == "" {
			d.URL = value
		}
	case headerSource:
		if d.Source == "" {
			d.Source = value
		}
	}
}

// isHeaderLine reports whether the line at start is a header line that
// holds no date: Dateline looks past it, so that a date under a long
// header is still found.
func (d *Document) isHeaderLine(start, _ int) bool {
	for _, s := range d.Skipped {
		if s.Start >= start {
			return s.Start == start && s.Reason == reasonHeader
		}
	}
	return false
}

// isHeaderReason reports whether a line skipped for reason is part of a
// header.
func isHeaderReason(reason string) bool { return reason == reasonHeader || reason == reasonDateline }
