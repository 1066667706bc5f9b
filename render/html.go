package render

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

//go:embed assets/timeline.css
var htmlAssets embed.FS

// htmlCSS is the page's style sheet, read once.
var htmlCSS = sync.OnceValues(func() (string, error) {
	b, err := htmlAssets.ReadFile("assets/timeline.css")
	return string(b), err // our own file, not input: safe to inline
})

// HTML writes t as one self-contained HTML page: a vertical timeline of the
// events in the order given, under a heading per year (h2) and per month
// (h3), then the sources. The page makes no requests of its own (its styles
// are inline, it has no script, images or web fonts), so it works offline
// and from file://; it reads on a phone (it fits a 320-pixel-wide screen)
// and prints cleanly.
//
// Each event shows its date label (as Markdown's, with an "Expected" badge
// for expected events), its text with the dating phrase marked, its actors,
// place and kind when known, and its citations: the source title and the
// sentence number, the title linked to the source's URL when that is http
// or https, else to the source in the list at the end. Events
// without an interval (FUTURE_REF, PAST_REF, PRESENT_REF) stand under the
// month of their source's publication date. Coarse dates head their own
// group: a decade or century its own h2 ("The 1990s"), a season, quarter,
// half or year the months it spans ("July to September 2016").
//
// All text is escaped as html/template escapes it in each place (the page
// is what the templates in render/assets would write, byte for byte):
// article text can never become markup, and only http and https URLs
// become links. The page is in English
// (lang="en"), has banner, main, navigation and contentinfo landmarks and
// headings that never skip a level, and its colours meet WCAG AA contrast in
// the light and dark schemes. The output depends only on t.
func HTML(w io.Writer, t *timeline.Timeline) error {
	return writeHTML(w, t, autoChunking())
}

// writeHTML is HTML with its events rendered in chunks as c says.
func writeHTML(w io.Writer, t *timeline.Timeline, c chunking) error {
	css, err := htmlCSS()
	if err != nil {
		return fmt.Errorf("render: HTML style sheet: %w", err)
	}
	if t == nil {
		t = &timeline.Timeline{}
	}
	p := newHTMLPage(t)
	p.CSS = css
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(appendHTMLHead(bw.AvailableBuffer(), p))
	// The events are written as they come, in chunks encoded in parallel,
	// rather than kept until the page is whole.
	err = c.writeChunks(len(t.Events), func(b []byte, from, to int) ([]byte, error) {
		return p.appendEvents(b, t.Events, from, to), nil
	}, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	bw.Write(appendHTMLFoot(bw.AvailableBuffer(), p))
	return bw.Flush()
}

// htmlPage is what the page shows (appendHTMLHead, appendEvents and
// appendHTMLFoot write it, as the templates in assets do); every string in
// it is plain text that they escape.
type htmlPage struct {
	Title   string
	Summary string
	CSS     string // our own style sheet, shown as it is
	Years   []*htmlYear
	Sources []htmlSource

	srcs    htmlSources
	anchors []string     // the id of each event
	starts  []*htmlMonth // the month each event begins, nil for the others
}

// htmlYear is a run of events under one h2: a year, a decade, a century or
// "Undated".
type htmlYear struct {
	Heading string
	Months  []*htmlMonth
}

// htmlMonth is a run of events under one h3 (none when Heading is ""):
// events from to to-1.
type htmlMonth struct {
	Heading  string
	year     *htmlYear
	from, to int
}

type htmlEvent struct {
	Anchor      string // element id
	Label       string
	DateTime    string // the <time datetime> value, "" for none
	Expected    bool
	PhraseAside string // the dating phrase when it is not in the text
	// The text is Before + Phrase (marked) + After.
	Before, Phrase, After string
	Facts                 []htmlFact
	Citations             []htmlCitation
}

type htmlFact struct{ Name, Value string }

type htmlCitation struct {
	Name         string
	URL          string // http(s) URL of the source, "" for none
	SourceAnchor string // id of the source in the list, "" if unknown
	Sentence     int
	Quote        string // the cited sentence when it differs from the event text
}

type htmlSource struct {
	Anchor    string
	Name      string
	URL       string // http(s) only
	Published string
	Details   string
}

// newHTMLPage returns the page of t, but its events' <li>, which
// appendEvents writes.
func newHTMLPage(t *timeline.Timeline) *htmlPage {
	p := &htmlPage{Title: timelineTitle(t)}
	p.Summary = pluralCount(len(t.Events), "dated event", "dated events") + " from " +
		pluralCount(len(t.Sources), "source", "sources") + "."
	for i := range t.Sources {
		p.Sources = append(p.Sources, newHTMLSource(&t.Sources[i], i+1))
	}
	p.srcs = htmlSources{byID: indexSources(t), list: p.Sources}
	// Headings and anchors depend on the events before; the events' HTML
	// does not.
	p.anchors = make([]string, len(t.Events))
	p.starts = make([]*htmlMonth, len(t.Events))
	ids := pageIDs(t)
	var headings lastHeadings
	var year *htmlYear
	var month *htmlMonth
	for i := range t.Events {
		e := &t.Events[i]
		y, m := headings.of(e.When.Value, eventAnchor(e, p.srcs.byID))
		if year == nil || year.Heading != y {
			year = &htmlYear{Heading: y}
			p.Years = append(p.Years, year)
			month = nil
		}
		if month == nil || month.Heading != m {
			month = &htmlMonth{Heading: m, year: year, from: i}
			year.Months = append(year.Months, month)
			p.starts[i] = month
		}
		month.to = i + 1
		p.anchors[i] = ids.unique(htmlID(e.ID), i)
	}
	return p
}

// appendEvents appends the <li> of events from to to-1, each after the
// markup that ends the month and year before it and begins its own when
// it is the first of them, and after the last event the markup that ends
// its month and year.
func (p *htmlPage) appendEvents(b []byte, events []timeline.Event, from, to int) []byte {
	var hs htmlEvents
	for i := from; i < to; i++ {
		if m := p.starts[i]; m != nil {
			b = appendHTMLMonthStart(b, m, i > 0)
		}
		b = appendHTMLEvent(b, hs.of(&events[i], p.anchors[i], p.srcs))
	}
	if to == len(events) && to > 0 {
		b = append(b, htmlMonthEnd+htmlYearEnd...)
	}
	return b
}

// pageIDs is the ids of the page's elements but the events': an event's
// id must differ from them.
// It has room for the events' too, so that it does not grow as it takes
// them.
func pageIDs(t *timeline.Timeline) uniqueIDs {
	ids := make(uniqueIDs, 2+len(t.Sources)+len(t.Events))
	ids["timeline"], ids["sources-heading"] = true, true
	for i := range t.Sources {
		ids["source-"+strconv.Itoa(i+1)] = true
	}
	return ids
}

// htmlSources are the sources as an event's citations show them: each
// source's entry in the list, made once, found by ID.
type htmlSources struct {
	byID sourceMap
	list []htmlSource // by number, from 1
}

// htmlEvents makes the htmlEvent of one event after another, in one
// htmlEvent whose slices it reuses, remembering the label and datetime of
// the last date (in timeline order, events mostly share the date of the
// one before). The zero htmlEvents is ready to use.
type htmlEvents struct {
	he       htmlEvent
	labels   lastLabel
	when     dates.Value // the value dateTime is of, when set
	dateTime string
	set      bool
}

// of returns the htmlEvent of e, which holds until the next call.
func (hs *htmlEvents) of(e *timeline.Event, anchor string, srcs htmlSources) *htmlEvent {
	if !hs.set || e.When.Value != hs.when {
		hs.when, hs.dateTime, hs.set = e.When.Value, htmlDateTime(e.When.Value), true
	}
	he := &hs.he
	*he = htmlEvent{
		Anchor:    anchor,
		Label:     collapseSpace(hs.labels.of(&e.When)),
		DateTime:  hs.dateTime,
		Expected:  e.Expected,
		Facts:     he.Facts[:0],
		Citations: he.Citations[:0],
	}
	if he.Label == "" {
		he.Label = "undated"
	}
	text, phrase := collapseSpace(e.Text), collapseSpace(e.When.Phrase)
	var found bool
	he.Before, he.Phrase, he.After, found = splitPhrase(text, phrase)
	if !found {
		he.PhraseAside = phrase
	}
	he.Facts = appendHTMLFacts(he.Facts, e)
	for _, c := range eventCitations(e) {
		he.Citations = append(he.Citations, newHTMLCitation(c, text, srcs))
	}
	return he
}

// appendHTMLFacts appends what the page says of e's actors, place, kind
// and conflicting dates, when it knows.
func appendHTMLFacts(facts []htmlFact, e *timeline.Event) []htmlFact {
	var actors []string
	for _, a := range e.Actors {
		if s := actorText(a); s != "" {
			actors = append(actors, s)
		}
	}
	if len(actors) > 0 {
		name := "Actor"
		if len(actors) > 1 {
			name = "Actors"
		}
		facts = append(facts, htmlFact{name, strings.Join(actors, ", ")})
	}
	if s := collapseSpace(e.Place); s != "" {
		facts = append(facts, htmlFact{"Place", s})
	}
	if s := kindText(e.Kind); s != "" {
		facts = append(facts, htmlFact{"Kind", s})
	}
	if s := collapseSpace(e.DateConflict); s != "" {
		facts = append(facts, htmlFact{"Sources disagree on the date", s})
	}
	return facts
}

// newHTMLCitation is c as an event of text cites it: its source's name,
// link and anchor as the list of sources shows them.
func newHTMLCitation(c timeline.Citation, text string, srcs htmlSources) htmlCitation {
	hc := htmlCitation{Sentence: c.Sentence}
	if s, ok := srcs.byID[c.Doc]; ok {
		ls := &srcs.list[s.n-1]
		hc.Name, hc.URL, hc.SourceAnchor = ls.Name, ls.URL, ls.Anchor
	} else {
		hc.Name = citedName(c, srcs.byID)
	}
	// A quote the same as the (collapsed) text collapses to it: most are,
	// and comparing costs less than collapsing.
	if c.Quote != text {
		if q := collapseSpace(c.Quote); q != "" && q != text {
			hc.Quote = q
		}
	}
	return hc
}

func newHTMLSource(s *timeline.Source, n int) htmlSource {
	hs := htmlSource{Anchor: "source-" + strconv.Itoa(n), Name: sourceName(s)}
	if !s.Published.IsZero() {
		hs.Published = dayLabel(s.Published, true)
	}
	var details []string
	if p := collapseSpace(s.Path); p != "" && p != "-" {
		details = append(details, "file "+p)
	}
	if id := collapseSpace(s.ID); id != "" && id != hs.Name && id != collapseSpace(s.Path) {
		details = append(details, "id "+id)
	}
	if u := strings.TrimSpace(s.URL); u != "" {
		if web, ok := httpURL(u); ok {
			hs.URL = web
		} else {
			details = append(details, "address (not a web link) "+collapseSpace(u))
		}
	}
	hs.Details = strings.Join(details, " · ")
	return hs
}

// lastHeadings is groupHeadings remembering its last answer, for the
// events of a timeline in order, which mostly share the date and source
// of the event before.
type lastHeadings struct {
	v           dates.Value
	anchor      time.Time
	year, month string
	set         bool
}

// of returns groupHeadings(v, anchor).
func (lh *lastHeadings) of(v dates.Value, anchor time.Time) (year, month string) {
	if !lh.set || v != lh.v || anchor != lh.anchor {
		lh.year, lh.month = groupHeadings(v, anchor)
		lh.v, lh.anchor, lh.set = v, anchor, true
	}
	return lh.year, lh.month
}

// groupHeadings returns the h2 and h3 an event with value v stands under;
// anchor places values without an interval. The h3 is "" for decades,
// centuries and undated events.
func groupHeadings(v dates.Value, anchor time.Time) (year, month string) {
	if !v.HasInterval() {
		if anchor.IsZero() {
			return "Undated", ""
		}
		d := referenceDay(v, anchor)
		return yearName(d.Year()), monthYear(d)
	}
	switch v.Grain {
	case dates.GrainDecade, dates.GrainCentury:
		whole := v
		whole.Mod = dates.ModNone
		return upperFirst(Label(whole)), ""
	}
	first, last := v.Start, v.End
	year = yearName(first.Year())
	if v.Grain <= dates.GrainWeek || last.Before(first) ||
		first.Year() == last.Year() && first.Month() == last.Month() {
		return year, monthYear(first)
	}
	if first.Year() == last.Year() {
		return year, first.Month().String() + " to " + monthYear(last)
	}
	return year, monthYear(first) + " to " + monthYear(last)
}

// monthYear is "August 2016", "August 480 BC".
func monthYear(t time.Time) string { return t.Month().String() + " " + yearName(t.Year()) }

// yearName is a year as the headings write it: "2016", and a year before
// the common era as the labels do, "499 BC" (which Go's time calls -498).
func yearName(y int) string {
	if y < 1 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// htmlDateTime is the machine-readable form of v for <time datetime>, or ""
// when HTML has none that says what v says (a season, a decade, a
// reference).
func htmlDateTime(v dates.Value) string {
	if !v.HasInterval() || v.Start.Year() < 1 || v.Start.Year() > 9999 {
		return ""
	}
	// By hand, as appendDay writes a day: time.Format and fmt cost more
	// than the rest of an event's fields.
	var buf [len("2006-01-02T15:04")]byte
	s := v.Start
	day := appendDay(buf[:0], s)
	switch v.Grain {
	case dates.GrainSecond, dates.GrainMinute, dates.GrainHour:
		if h, m, ok := clockOf(v); ok {
			return string(append(day, 'T', byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10)))
		}
		return string(day)
	case dates.GrainPartOfDay, dates.GrainDay:
		return string(day)
	case dates.GrainWeek:
		y, w := s.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case dates.GrainMonth:
		return string(day[:len("2006-01")])
	case dates.GrainYear:
		return string(day[:len("2006")])
	}
	return ""
}

// htmlID returns id when it is a safe element id (letters, digits, "-",
// "_" and ".", starting with a letter), else "".
func htmlID(id string) string {
	if id == "" {
		return ""
	}
	for i, r := range id {
		ok := r < utf8.RuneSelf && (unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || strings.ContainsRune("-_.", r)))
		if !ok {
			return ""
		}
	}
	return id
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// pluralCount is "1 source", "2 sources".
func pluralCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
