package render

import (
	"bufio"
	"encoding/json"
	"html"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/space"
	"github.com/timelinehq/timeline/timeline"
)

// TimelineJS writes t as the JSON a TimelineJS3 viewer reads
// (new TL.Timeline(id, data)): a title slide with the timeline's title and
// its sources, and one slide per event, in the order given.
//
// A slide's start_date (and end_date, for a span) stops at the grain of the
// event's date (end_date its last date's, for a range of dates: "Oct. 3-4",
// "from 9 a.m. to 5 p.m."): a year alone for a year, year and month for a month, season,
// quarter or half (with an end_date for the last month), year, month and day
// for a day, Monday to Sunday for a week, Saturday and Sunday for a weekend,
// the first and last year for a decade or century, hour and minute added for
// a clock time. Values with a START, MID or END modifier ("late August") span
// the days of their interval, which the dates package has already narrowed
// to the part the modifier names (its years, for a decade or century).
// Values without an interval (FUTURE_REF, PAST_REF, PRESENT_REF) stand on
// the publication date of the event's source, a day after it for FUTURE_REF
// and a day before it for PAST_REF; an event that has neither an interval
// nor a dated source is left out, as TimelineJS cannot place it.
//
// display_date is the event's Label (" (expected)" added for expected
// events), so the viewer shows the date as precisely as the text gave it.
// text.headline is the first words of the event text and text.text the
// whole text as HTML, the dating phrase in <mark>, followed by the actors,
// place, kind and citations (the source title linked when its URL is http
// or https). group is the event's kind, or the title of its source when
// the kind is empty or "other"; unique_id is the event ID (or "event-N"
// when it is empty or repeated). TimelineJS reads display_date, group,
// headline and text as HTML: all text from t is HTML-escaped in them, so
// it shows as written and can never become markup.
//
// Dates are JSON numbers. The output is indented by two spaces, ends with a
// newline and depends only on t.
func TimelineJS(w io.Writer, t *timeline.Timeline) error {
	return writeTimelineJS(w, t, autoChunking())
}

// writeTimelineJS is TimelineJS with its event slides encoded in chunks as
// c says. The bytes are encoding/json's of the whole tljsTimeline, indented:
// each slide is encoded on its own, indented as it stands in the whole.
func writeTimelineJS(w io.Writer, t *timeline.Timeline, c chunking) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	srcs := indexSources(t)
	ids := tljsIDs(t.Events, srcs)
	first := slices.IndexFunc(ids, func(id string) bool { return id != "" })
	bw := bufio.NewWriterSize(w, 64<<10)
	title := tljsSlide{Text: tljsText{Headline: html.EscapeString(timelineTitle(t)), Text: tljsSources(t)}}
	head := newTLJSEncoder([]byte("{\n  \"title\": "), "  ")
	if err := head.encode(&title); err != nil {
		return err
	}
	bw.Write(append(head.b, ",\n  \"events\": ["...))
	slides := func(b []byte, from, to int) ([]byte, error) {
		enc := newTLJSEncoder(b, elemIndent)
		for i := from; i < to; i++ {
			if ids[i] == "" {
				continue
			}
			if i > first {
				enc.b = append(enc.b, ',')
			}
			enc.b = append(enc.b, "\n"+elemIndent...)
			slide := tljsEventSlide(&t.Events[i], ids[i], srcs)
			if err := enc.encode(&slide); err != nil {
				return enc.b, err
			}
		}
		return enc.b, nil
	}
	if err := c.writeChunks(len(t.Events), slides, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	}); err != nil {
		return err
	}
	if first >= 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

// tljsEncoder appends slides to b as encoding/json writes them in the
// indented whole, where their lines start with indent.
type tljsEncoder struct {
	byteAppender
	enc *json.Encoder
}

func newTLJSEncoder(b []byte, indent string) *tljsEncoder {
	e := &tljsEncoder{byteAppender: byteAppender{b}}
	e.enc = json.NewEncoder(&e.byteAppender)
	e.enc.SetIndent(indent, "  ")
	// All text is HTML-escaped already: no "<" of the input is left to
	// escape again as \u003c, and the output stays readable.
	e.enc.SetEscapeHTML(false)
	return e
}

// encode appends s, without the newline Encode ends it with.
func (e *tljsEncoder) encode(s *tljsSlide) error {
	if err := e.enc.Encode(s); err != nil {
		return err
	}
	e.b = e.b[:len(e.b)-1]
	return nil
}

// tljsIDs returns the unique_id of each event TimelineJS places, "" for
// those it leaves out: IDs depend on the events before.
func tljsIDs(events []timeline.Event, srcs sourceMap) []string {
	ids := make([]string, len(events))
	seen := make(uniqueIDs, len(events))
	for i := range events {
		if tljsPlaced(&events[i], srcs) {
			ids[i] = seen.unique(events[i].ID, i)
		}
	}
	return ids
}

// tljsEventSlide is the slide of e, which TimelineJS places, with the
// unique_id id.
func tljsEventSlide(e *timeline.Event, id string, srcs sourceMap) tljsSlide {
	start, end, _ := tljsDates(e.When.Value, eventAnchor(e, srcs))
	if e.When.IsRange() {
		end = tljsRangeEnd(&e.When)
	}
	return tljsSlide{
		StartDate:   start,
		EndDate:     end,
		DisplayDate: html.EscapeString(whenLabel(e)),
		Text:        tljsText{Headline: html.EscapeString(headlineOf(e.Text)), Text: tljsEventText(e, srcs)},
		Group:       html.EscapeString(eventGroup(e, srcs)),
		UniqueID:    id,
	}
}

// tljsPlaced reports whether TimelineJS can place e on its time axis, as
// tljsDates does: when its value has an interval, or else its source a
// publication date to stand on.
func tljsPlaced(e *timeline.Event, srcs sourceMap) bool {
	return e.When.Value.HasInterval() || !eventAnchor(e, srcs).IsZero()
}

// tljsTimeline is TimelineJS3's timeline object.
type tljsTimeline struct {
	Title  *tljsSlide  `json:"title,omitempty"`
	Events []tljsSlide `json:"events"`
}

// tljsSlide is a TimelineJS3 slide: the title slide or one event.
type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// tljsText is a slide's text; both fields are HTML.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// tljsDate is a TimelineJS3 date: fields finer than the value's grain are
// left out.
type tljsDate struct {
	Year   int  `json:"year"`
	Month  int  `json:"month,omitempty"`
	Day    int  `json:"day,omitempty"`
	Hour   *int `json:"hour,omitempty"`
	Minute *int `json:"minute,omitempty"`
}

// tljsYearOf returns t's year as TimelineJS counts years: with no year 0,
// so that a negative year is that many years BCE, as its labels show it
// (-499 is "499 BCE"), where Go's astronomical years have -498.
func tljsYearOf(t time.Time) int {
	if y := t.Year(); y < 1 {
		return y - 1
	}
	return t.Year()
}

// tljsPrecision is how many fields of a tljsDate are set.
type tljsPrecision int

const (
	tljsYear tljsPrecision = iota
	tljsMonth
	tljsDay
	tljsMinute
)

func newTLJSDate(t time.Time, p tljsPrecision) *tljsDate {
	d := &tljsDate{Year: tljsYearOf(t)}
	if p >= tljsMonth {
		d.Month = int(t.Month())
	}
	if p >= tljsDay {
		d.Day = t.Day()
	}
	if p >= tljsMinute {
		h, m := t.Hour(), t.Minute()
		d.Hour, d.Minute = &h, &m
	}
	return d
}

// tljsDates returns the start and end date of a slide for v; end is nil
// for a single day, month or year. anchor is where a value without an
// interval stands (the source's publication date); ok is false when there
// is neither.
func tljsDates(v dates.Value, anchor time.Time) (start, end *tljsDate, ok bool) {
	if !v.HasInterval() {
		if anchor.IsZero() {
			return nil, nil, false
		}
		return newTLJSDate(referenceDay(v, anchor), tljsDay), nil, true
	}
	first, last := v.Start, v.End
	if last.Before(first) {
		last = first
	}
	span := func(p tljsPrecision) (*tljsDate, *tljsDate, bool) {
		s, e := newTLJSDate(first, p), newTLJSDate(last, p)
		if *s == *e {
			return s, nil, true
		}
		return s, e, true
	}
	switch v.Grain {
	case dates.GrainDecade, dates.GrainCentury:
		return span(tljsYear) // the early 1990s: 1990 to 1993
	}
	switch v.Mod {
	case dates.ModStart, dates.ModMid, dates.ModEnd:
		if v.Grain > dates.GrainDay {
			return span(tljsDay) // late Aug. 2016: Aug. 21 to 31
		}
	}
	switch v.Grain {
	case dates.GrainSecond, dates.GrainMinute, dates.GrainHour:
		if h, m, ok := clockOf(v); ok {
			at := time.Date(first.Year(), first.Month(), first.Day(), h, m, 0, 0, time.UTC)
			return newTLJSDate(at, tljsMinute), nil, true
		}
		return newTLJSDate(first, tljsDay), nil, true
	case dates.GrainPartOfDay, dates.GrainDay:
		return newTLJSDate(first, tljsDay), nil, true
	case dates.GrainWeekend, dates.GrainWeek:
		return span(tljsDay)
	case dates.GrainMonth, dates.GrainSeason, dates.GrainQuarter, dates.GrainHalf:
		return span(tljsMonth)
	case dates.GrainYear:
		return span(tljsYear)
	}
	return span(tljsDay)
}

// tljsRangeEnd returns the end_date of the slide of a range of dates w:
// its last date, placed as tljsDates places a date of its own (the end of
// its span, if it is one).
func tljsRangeEnd(w *timeline.When) *tljsDate {
	last := dates.Value{Type: w.Type, Value: w.EndValue, Grain: w.Grain, Start: w.End, End: w.End}
	start, end, _ := tljsDates(last, time.Time{})
	if end != nil {
		return end
	}
	return start
}

// clockOf reads the hour and minute of a TIME value, from its TIMEX3 string
// (2016-08-26T15:00) or, failing that, from its start when that is not
// midnight.
func clockOf(v dates.Value) (hour, minute int, ok bool) {
	if _, tp, found := strings.Cut(v.Value, "T"); found {
		tp = strings.TrimRight(tp, "Z")
		if i := strings.LastIndexAny(tp, "+-"); i > 0 {
			tp = tp[:i]
		}
		f := strings.Split(tp, ":")
		h, okH := number(f[0], 2)
		m := 0
		okM := true
		if len(f) > 1 {
			m, okM = number(f[1], 2)
		}
		if okH && okM && h <= 24 && m < 60 {
			return h % 24, m, true
		}
	}
	if s := v.Start; s.Hour() != 0 || s.Minute() != 0 {
		return s.Hour(), s.Minute(), true
	}
	return 0, 0, false
}

// referenceDay is the day a value without an interval stands on: anchor,
// the day after it for FUTURE_REF and the day before it for PAST_REF.
func referenceDay(v dates.Value, anchor time.Time) time.Time {
	d := time.Date(anchor.Year(), anchor.Month(), anchor.Day(), 0, 0, 0, 0, time.UTC)
	var r time.Time
	switch v.Value {
	case "FUTURE_REF":
		r = d.AddDate(0, 0, 1)
	case "PAST_REF":
		r = d.AddDate(0, 0, -1)
	default:
		return d
	}
	if r.Year() < 1 || r.Year() > 9999 {
		return d // stay within four-digit years
	}
	return r
}

// sourceMap maps source IDs to sources, the first of a repeated ID winning,
// with each source's position in t.Sources.
type sourceMap map[string]numberedSource

type numberedSource struct {
	*timeline.Source
	n int // 1-based position in t.Sources
}

func indexSources(t *timeline.Timeline) sourceMap {
	m := make(sourceMap, len(t.Sources))
	for i := range t.Sources {
		if _, dup := m[t.Sources[i].ID]; !dup {
			m[t.Sources[i].ID] = numberedSource{&t.Sources[i], i + 1}
		}
	}
	return m
}

// eventAnchor is the publication date of the event's first citation's
// source, or the zero time.
func eventAnchor(e *timeline.Event, srcs sourceMap) time.Time {
	if s, ok := srcs[e.Source.Doc]; ok {
		return s.Published
	}
	return time.Time{}
}

// sourceName is what a source is called: its title, else its ID, else
// "untitled".
func sourceName(s *timeline.Source) string {
	if n := collapseSpace(s.Title); n != "" {
		return n
	}
	if n := collapseSpace(s.ID); n != "" {
		return n
	}
	return "untitled"
}

// citedName names the source of citation c, or its document ID when no
// source has that ID.
func citedName(c timeline.Citation, srcs sourceMap) string {
	if s, ok := srcs[c.Doc]; ok {
		return sourceName(s.Source)
	}
	if n := collapseSpace(c.Doc); n != "" {
		return n
	}
	return "unknown source"
}

// eventGroup is the event's kind, or the name of its source when the kind
// says nothing.
func eventGroup(e *timeline.Event, srcs sourceMap) string {
	if k := collapseSpace(e.Kind.Name); k != "" && k != "other" {
		return k
	}
	return citedName(e.Source, srcs)
}

// timelineTitle is t's title, or "Timeline".
func timelineTitle(t *timeline.Timeline) string {
	if s := collapseSpace(t.Title); s != "" {
		return s
	}
	return "Timeline"
}

// httpURL returns s when it is an absolute http or https URL with a host,
// the only URLs that become links.
func httpURL(s string) (string, bool) {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String(), true
	}
	return "", false
}

// headlineWords is how many words of the event text a headline keeps.
const headlineWords = 12

// headlineOf is the first headlineWords words of text, with an ellipsis when
// some were left out.
func headlineOf(text string) string {
	// Collapsed (as timeline's texts come, at no cost), text has single
	// spaces between its words and no other white space: its first words
	// are what comes before the headlineWords-th space.
	text = collapseSpace(text)
	end := 0
	for range headlineWords {
		sp := strings.IndexByte(text[end:], ' ')
		if sp < 0 {
			return text
		}
		end += sp + 1
	}
	return strings.TrimRight(text[:end-1], ",;:–—-") + " …"
}

// splitPhrase splits text around the first occurrence of phrase, matched
// exactly or else ignoring case; found is false when phrase is empty or not
// in text.
func splitPhrase(text, phrase string) (before, match, after string, found bool) {
	if phrase == "" {
		return text, "", "", false
	}
	i := strings.Index(text, phrase)
	if i < 0 {
		i = strings.Index(strings.ToLower(text), strings.ToLower(phrase))
		if i < 0 || len(strings.ToLower(text)) != len(text) {
			return text, "", "", false
		}
	}
	return text[:i], text[i : i+len(phrase)], text[i+len(phrase):], true
}

// actorText is "John Kerry (US Secretary of State)".
func actorText(a timeline.Actor) string {
	s := collapseSpace(a.Name)
	if r := collapseSpace(a.Role); r != "" {
		s += " (" + r + ")"
	}
	return s
}

// kindText is "negotiation (CAMEO 046)", or "" when the kind says nothing.
func kindText(k timeline.Kind) string {
	name := collapseSpace(k.Name)
	if name == "" || name == "other" {
		return ""
	}
	if c := collapseSpace(k.CAMEO); c != "" {
		name += " (CAMEO " + c + ")"
	}
	return name
}

// tljsEventText is the HTML body of an event slide.
func tljsEventText(e *timeline.Event, srcs sourceMap) string {
	var b strings.Builder
	text := collapseSpace(e.Text)
	before, match, after, found := splitPhrase(text, collapseSpace(e.When.Phrase))
	b.WriteString("<p>" + html.EscapeString(before))
	if found {
		b.WriteString("<mark>" + html.EscapeString(match) + "</mark>" + html.EscapeString(after))
	}
	b.WriteString("</p>")
	var facts []string
	if p := collapseSpace(e.When.Phrase); p != "" && !found {
		facts = append(facts, "<strong>Date phrase:</strong> “"+html.EscapeString(p)+"”")
	}
	if c := collapseSpace(e.DateConflict); c != "" {
		facts = append(facts, "<strong>Sources disagree on the date:</strong> "+html.EscapeString(c))
	}
	var actors []string
	for _, a := range e.Actors {
		if s := actorText(a); s != "" {
			actors = append(actors, html.EscapeString(s))
		}
	}
	if len(actors) > 0 {
		facts = append(facts, "<strong>Actors:</strong> "+strings.Join(actors, ", "))
	}
	if p := collapseSpace(e.Place); p != "" {
		facts = append(facts, "<strong>Place:</strong> "+html.EscapeString(p))
	}
	if k := kindText(e.Kind); k != "" {
		facts = append(facts, "<strong>Kind:</strong> "+html.EscapeString(k))
	}
	var cites []string
	for _, c := range eventCitations(e) {
		cites = append(cites, tljsSourceLink(c, srcs)+", sentence "+strconv.Itoa(c.Sentence))
	}
	facts = append(facts, "<strong>Source:</strong> "+strings.Join(cites, "; "))
	for _, f := range facts {
		b.WriteString("<p>" + f + "</p>")
	}
	return b.String()
}

// eventCitations is e.Citations, or e.Source alone when Citations is empty.
func eventCitations(e *timeline.Event) []timeline.Citation {
	if len(e.Citations) > 0 {
		return e.Citations
	}
	return []timeline.Citation{e.Source}
}

// tljsSourceLink is the name of c's source as HTML, a link when the source
// has an http or https URL.
func tljsSourceLink(c timeline.Citation, srcs sourceMap) string {
	name := html.EscapeString(citedName(c, srcs))
	if s, ok := srcs[c.Doc]; ok {
		if u, ok := httpURL(s.URL); ok {
			return `<a href="` + html.EscapeString(u) + `">` + name + `</a>`
		}
	}
	return name
}

// tljsSources is the HTML body of the title slide: the sources.
func tljsSources(t *timeline.Timeline) string {
	if len(t.Sources) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("<p>Sources:</p><ul>")
	for i := range t.Sources {
		s := &t.Sources[i]
		name := html.EscapeString(sourceName(s))
		if u, ok := httpURL(s.URL); ok {
			name = `<a href="` + html.EscapeString(u) + `">` + name + `</a>`
		}
		b.WriteString("<li>" + name)
		if !s.Published.IsZero() {
			b.WriteString(", published " + html.EscapeString(dayLabel(s.Published, true)))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
	return b.String()
}

// uniqueIDs hands out unique IDs.
type uniqueIDs map[string]bool

// unique returns id, or "event-N" (N = i+1) when id is empty or taken,
// and records what it returns.
func (s uniqueIDs) unique(id string, i int) string {
	id = strings.TrimSpace(id)
	if id == "" || s[id] {
		id = "event-" + strconv.Itoa(i+1)
		for n := 2; s[id]; n++ {
			id = "event-" + strconv.Itoa(i+1) + "-" + strconv.Itoa(n)
		}
	}
	s[id] = true
	return id
}

// collapseSpace trims s and collapses its runs of white space to one space:
// strings.Join(strings.Fields(s), " "), which space.Collapse makes without
// allocating when s is collapsed already, as timeline's texts are.
func collapseSpace(s string) string { return space.Collapse(s) }

// whenLabel is the date label of an event: its Label, " (expected)" added
// for an expected event, or "undated".
func whenLabel(e *timeline.Event) string {
	l := collapseSpace(WhenLabel(&e.When))
	if l == "" {
		l = "undated"
	}
	if e.Expected {
		l += " (expected)"
	}
	return l
}
