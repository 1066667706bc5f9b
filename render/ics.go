package render

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

// ICS writes the events of t that fit a calendar as an iCalendar file
// (RFC 5545) of all-day events: a VCALENDAR named after the title
// (X-WR-CALNAME) with one VEVENT per event whose grain is a month or finer
// (month, week, weekend, day, and times and parts of a day, which stand on
// the day they start), in the order given. Events of coarser grains
// (season, quarter, half, year, decade, century), durations, sets and
// references such as FUTURE_REF are left out; ICSSkipped counts them.
//
// Each VEVENT has
//
//	UID          a hash of the value, the source document and the sentence,
//	             so that it stays the same when the timeline is rebuilt with
//	             more articles ("-2", "-3" ... tell apart events that share
//	             all three)
//	DTSTAMP      midnight UTC of the latest publication date of the sources
//	             (never the clock, so the same timeline gives the same bytes)
//	DTSTART      the first day of the interval, narrowed by START, MID or END
//	DTEND        the day after its last day (the end is exclusive)
//	SUMMARY      the date label and the first words of the text
//	DESCRIPTION  the text, the date label and phrase, and each citation:
//	             source title, sentence number and URL
//	LOCATION     the place, when known
//	CATEGORIES   the event kind, when known and not "other"
//	URL          the URL of the event's source (Event.Source), if http or
//	             https
//	STATUS       TENTATIVE for expected events
//	TRANSP       TRANSPARENT: news events do not make anyone busy
//
// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
// sequence; text values are escaped (\\ \; \, \n) and other control
// characters become spaces.
func ICS(w io.Writer, t *timeline.Timeline) error {
	return writeICS(w, t, autoChunking())
}

// writeICS is ICS with its events written in chunks as c says.
func writeICS(w io.Writer, t *timeline.Timeline, c chunking) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	bw := bufio.NewWriter(w)
	var iw icsWriter
	iw.prop("BEGIN", "VCALENDAR")
	iw.prop("VERSION", "2.0")
	iw.prop("PRODID", "-//timeline//timeline//EN")
	iw.prop("CALSCALE", "GREGORIAN")
	title := collapse(t.Title)
	if title == "" {
		title = "Timeline"
	}
	iw.prop("X-WR-CALNAME", icsText(title))
	bw.Write(iw.b)

	uids := icsUIDs(t.Events, c)
	srcs := sourceIndex(t.Sources)
	stamp := icsStamp(t).Format("20060102T150405Z")
	events := func(b []byte, from, to int) ([]byte, error) {
		iw := icsWriter{b}
		for i := from; i < to; i++ {
			if uids[i] != "" {
				iw.event(&t.Events[i], uids[i], stamp, srcs)
			}
		}
		return iw.b, nil
	}
	if err := c.writeChunks(len(t.Events), events, func(b []byte) error {
		_, err := bw.Write(b)
		return err
	}); err != nil {
		return err
	}
	iw = icsWriter{iw.b[:0]}
	iw.prop("END", "VCALENDAR")
	bw.Write(iw.b)
	return bw.Flush()
}

// icsUIDs returns the UID of each event in the calendar, "" for the others:
// its eventHash, "-2", "-3" ... added to the second, third ... event of the
// same hash. The hashes are made in chunks as c says, the suffixes in order.
func icsUIDs(events []timeline.Event, c chunking) []string {
	uids := make([]string, len(events))
	_ = c.eachChunk(len(events), func(from, to int) error {
		for i := from; i < to; i++ {
			if inCalendar(events[i].When.Value) {
				uids[i] = eventHash(&events[i])
			}
		}
		return nil
	}) // f cannot fail
	seen := make(map[string]int, len(events))
	for i, uid := range uids {
		if uid == "" {
			continue
		}
		seen[uid]++
		if n := seen[uid]; n > 1 {
			uids[i] = uid + "-" + strconv.Itoa(n)
		}
	}
	return uids
}

// event writes the VEVENT of e, whose UID is uid and DTSTAMP stamp.
func (iw *icsWriter) event(e *timeline.Event, uid, stamp string, srcs map[string]*timeline.Source) {
	first, last := calendarDays(e.When.Value)
	iw.prop("BEGIN", "VEVENT")
	iw.prop("UID", uid+"@timeline")
	iw.prop("DTSTAMP", stamp)
	iw.prop("DTSTART;VALUE=DATE", first.Format("20060102"))
	iw.prop("DTEND;VALUE=DATE", last.AddDate(0, 0, 1).Format("20060102"))
	iw.prop("SUMMARY", icsText(icsSummary(e)))
	iw.prop("DESCRIPTION", icsText(icsDescription(e, srcs)))
	if p := collapse(e.Place); p != "" {
		iw.prop("LOCATION", icsText(p))
	}
	if k := collapse(e.Kind.Name); k != "" && k != "other" {
		iw.prop("CATEGORIES", icsText(k))
	}
	if s := srcs[e.Source.Doc]; s != nil {
		if u, ok := webURL(s.URL); ok {
			iw.prop("URL", u)
		}
	}
	if e.Expected {
		iw.prop("STATUS", "TENTATIVE")
	}
	iw.prop("TRANSP", "TRANSPARENT")
	iw.prop("END", "VEVENT")
}

// ICSSkipped returns how many events of t ICS leaves out of the calendar:
// those dated coarser than a month, durations, sets and references.
func ICSSkipped(t *timeline.Timeline) int {
	if t == nil {
		return 0
	}
	n := 0
	for i := range t.Events {
		if !inCalendar(t.Events[i].When.Value) {
			n++
		}
	}
	return n
}

// inCalendar reports whether ICS writes an event dated v: a DATE or TIME
// with an interval whose grain is a month or finer.
func inCalendar(v dates.Value) bool {
	if v.Type != dates.Date && v.Type != dates.Time || !v.HasInterval() {
		return false
	}
	if v.Start.Year() < 1 || v.End.Year() >= 9999 && v.End.Month() == time.December && v.End.Day() == 31 {
		return false // DTEND, the day after, would need a fifth digit
	}
	return v.Grain > dates.GrainNone && v.Grain <= dates.GrainMonth
}

// calendarDays returns the first and last calendar day of v's interval. A
// value finer than a day (a time, a part of day such as Friday night) stands
// on the day it starts.
func calendarDays(v dates.Value) (first, last time.Time) {
	first = midnight(v.Start)
	last = midnight(v.End)
	if v.Grain < dates.GrainDay || last.Before(first) {
		last = first
	}
	return first, last
}

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// icsStamp is the DTSTAMP of every event: the latest publication date of
// t's sources, else the latest first day of an event in the calendar.
func icsStamp(t *timeline.Timeline) time.Time {
	var stamp time.Time
	for _, s := range t.Sources {
		if p := midnight(s.Published); !s.Published.IsZero() && p.After(stamp) {
			stamp = p
		}
	}
	if !stamp.IsZero() {
		return stamp
	}
	for i := range t.Events {
		if v := t.Events[i].When.Value; inCalendar(v) {
			if first, _ := calendarDays(v); first.After(stamp) {
				stamp = first
			}
		}
	}
	return stamp
}

// eventHash is the UID of e before its domain: 16 hex digits of a SHA-256
// of its value, document and sentence.
func eventHash(e *timeline.Event) string {
	h := sha256.Sum256([]byte(e.When.Value.Value + "\x00" + e.Source.Doc + "\x00" + strconv.Itoa(e.Source.Sentence)))
	return hex.EncodeToString(h[:8])
}

// summaryRunes is about how many characters of text a SUMMARY shows.
const summaryRunes = 60

// icsSummary is the label of e and the first words of its text:
// "late Aug. 2016: After missing an initial target date of Aug. 1, de …".
func icsSummary(e *timeline.Event) string {
	l := eventLabel(e, nil)
	text := collapse(e.Text)
	if text == "" {
		return l
	}
	return l + ": " + firstWords(text, summaryRunes)
}

// firstWords shortens s, whose white space is collapsed, to the words that
// fit in n runes followed by "…" (without a comma, semicolon or colon
// before it); a first word longer than that is cut.
func firstWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end, runes := 0, 0 // end of the last word that fits
	for i, r := range s {
		if r == ' ' {
			end = i
		}
		if runes == n {
			break
		}
		runes++
	}
	if end == 0 { // one long word
		i, k := 0, 0
		for i = range s {
			if k == n-1 {
				break
			}
			k++
		}
		end = i
	}
	return strings.TrimRight(s[:end], ",;:") + "…"
}

// icsDescription is the text of e, its date and its citations:
//
//	Talks stalled in late August.
//
//	Date: late Aug. 2016, from “late August”
//	Source: Kerry and Lavrov meet in Geneva, sentence 3, https://example.com/geneva
func icsDescription(e *timeline.Event, srcs map[string]*timeline.Source) string {
	var b strings.Builder
	if text := collapse(e.Text); text != "" {
		b.WriteString(text + "\n\n")
	}
	b.WriteString("Date: " + eventLabel(e, nil))
	if p := collapse(e.When.Phrase); p != "" {
		b.WriteString(", from “" + p + "”")
	}
	for _, c := range citations(e) {
		s := srcs[c.Doc]
		name := c.Doc
		if s != nil && collapse(s.Title) != "" {
			name = s.Title
		}
		parts := []string{collapse(name)}
		if c.Sentence > 0 {
			parts = append(parts, "sentence "+strconv.Itoa(c.Sentence))
		}
		if s != nil && collapse(s.URL) != "" {
			parts = append(parts, collapse(s.URL))
		}
		b.WriteString("\nSource: " + strings.Join(parts, ", "))
	}
	if d := collapse(e.DateConflict); d != "" {
		b.WriteString("\nSources differ on the date: " + d)
	}
	return b.String()
}

// webURL returns u, normalised, if it is an absolute http or https URL.
func webURL(u string) (string, bool) {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return "", false
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return "", false
	}
	s := p.String()
	if strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r >= 0x7f }) {
		return "", false
	}
	return s, true
}

// icsText escapes s as an iCalendar TEXT value: backslash, semicolon and
// comma get a backslash, a line break (LF, CRLF or CR) becomes \n, other
// control characters a space, and invalid UTF-8 U+FFFD. The runs of bytes
// between those it changes are copied whole.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	i := 0
	for i < len(s) && !icsSpecial[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteString(`\n`)
			}
		default:
			b.WriteByte(' ') // another control character
		}
		i++
		run := i
		for i < len(s) && !icsSpecial[s[i]] {
			i++
		}
		b.WriteString(s[run:i])
	}
	return b.String()
}

// icsSpecial tells the bytes icsText changes: \ ; , and the control
// characters but tab.
var icsSpecial = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = c != '\t'
	}
	t['\\'], t[';'], t[','], t[0x7f] = true, true, true, true
	return t
}()

// icsWriter appends content lines folded at 75 octets to b.
type icsWriter struct {
	b []byte
}

// maxLine is the longest a content line may be, in octets, without its CRLF.
const maxLine = 75

// prop writes the content line name:value, folding it so that no line is
// longer than maxLine octets: a continuation line starts with a space, and
// a fold never splits a UTF-8 sequence or a TEXT escape such as \, (RFC 5545
// allows both, but not every reader unfolds before it unescapes). value
// must be valid UTF-8.
func (iw *icsWriter) prop(name, value string) {
	s := name + ":" + value
	limit := maxLine
	for len(s) > limit {
		i := limit
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		if escapeOpen(s[:i]) { // keep \, and the like on one line
			i--
		}
		iw.b = append(iw.b, s[:i]...)
		iw.b = append(iw.b, "\r\n "...)
		s = s[i:]
		limit = maxLine - 1 // the leading space counts
	}
	iw.b = append(iw.b, s...)
	iw.b = append(iw.b, "\r\n"...)
}

// escapeOpen reports whether s ends in the backslash of an escape: an odd
// number of backslashes.
func escapeOpen(s string) bool {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}
