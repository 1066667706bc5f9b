package render

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"html"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/timeline"
)

// The writers before they wrote their events in chunks (commit bc7e09a),
// oracles for TestChunksOracle, and icsText before it copied runs of bytes.

func oldTimelineJS(w io.Writer, t *timeline.Timeline) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	srcs := indexSources(t)
	doc := tljsTimeline{
		Title:  &tljsSlide{Text: tljsText{Headline: html.EscapeString(timelineTitle(t)), Text: tljsSources(t)}},
		Events: []tljsSlide{},
	}
	ids := uniqueIDs{}
	for i := range t.Events {
		e := &t.Events[i]
		start, end, ok := tljsDates(e.When.Value, eventAnchor(e, srcs))
		if !ok {
			continue
		}
		doc.Events = append(doc.Events, tljsSlide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: html.EscapeString(whenLabel(e)),
			Text:        tljsText{Headline: html.EscapeString(headlineOf(e.Text)), Text: tljsEventText(e, srcs)},
			Group:       html.EscapeString(eventGroup(e, srcs)),
			UniqueID:    ids.unique(e.ID, i),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// All text is HTML-escaped already: no "<" of the input is left to
	// escape again as \u003c, and the output stays readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func oldICS(w io.Writer, t *timeline.Timeline) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	iw := &oldICSWriter{w: bufio.NewWriter(w)}
	iw.prop("BEGIN", "VCALENDAR")
	iw.prop("VERSION", "2.0")
	iw.prop("PRODID", "-//timeline//timeline//EN")
	iw.prop("CALSCALE", "GREGORIAN")
	title := collapse(t.Title)
	if title == "" {
		title = "Timeline"
	}
	iw.prop("X-WR-CALNAME", icsText(title))

	srcs := sourceIndex(t.Sources)
	stamp := icsStamp(t)
	uids := make(map[string]int)
	for i := range t.Events {
		e := &t.Events[i]
		if !inCalendar(e.When.Value) {
			continue
		}
		first, last := calendarDays(e.When.Value)
		uid := eventHash(e)
		uids[uid]++
		if n := uids[uid]; n > 1 {
			uid += "-" + strconv.Itoa(n)
		}

		iw.prop("BEGIN", "VEVENT")
		iw.prop("UID", uid+"@timeline")
		iw.prop("DTSTAMP", stamp.Format("20060102T150405Z"))
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
	iw.prop("END", "VCALENDAR")
	return iw.w.Flush()
}

// oldICSWriter is icsWriter writing to a bufio.Writer.
type oldICSWriter struct {
	w *bufio.Writer
}

func (iw *oldICSWriter) prop(name, value string) {
	s := name + ":" + value
	limit := maxLine
	for len(s) > limit {
		i := limit
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		if escapeOpen(s[:i]) {
			i--
		}
		iw.w.WriteString(s[:i])
		iw.w.WriteString("\r\n ")
		s = s[i:]
		limit = maxLine - 1
	}
	iw.w.WriteString(s)
	iw.w.WriteString("\r\n")
}

func oldCSV(w io.Writer, t *timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	row := make([]string, len(csvColumns))
	for i, c := range csvColumns {
		row[i] = c.name
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	if t != nil {
		srcs := sourceIndex(t.Sources)
		for i := range t.Events {
			e := csvEvent{&t.Events[i], srcs}
			for j, c := range csvColumns {
				v := strings.ToValidUTF8(c.cell(e), "\uFFFD")
				if c.neutralise {
					v = neutraliseFormula(v)
				}
				row[j] = v
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// OldWriters are the oracles by format name.
var OldWriters = map[string]func(io.Writer, *timeline.Timeline) error{
	"timelinejs": oldTimelineJS,
	"ics":        oldICS,
	"csv":        oldCSV,
}

// oldICSText escapes s as an iCalendar TEXT value: backslash, semicolon and
// comma get a backslash, a line break (LF, CRLF or CR) becomes \n, other
// control characters a space, and invalid UTF-8 U+FFFD.
func oldICSText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(c)
		default:
			if c < ' ' || c == 0x7f {
				c = ' '
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestICSTextOracle holds icsText to the byte-by-byte escaping it replaced
// (oldICSText) on 100,000 random strings of the bytes it changes, text and
// bad UTF-8.
func TestICSTextOracle(t *testing.T) {
	pieces := []string{"a", "Talks ", "é", "“q”", "\\", ";", ",", "\n", "\r", "\r\n", "\t", "\x00", "\x1f", "\x7f", "\xff", "\xe2\x80", " "}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		s := randomText(r, pieces, 12)
		if got, want := icsText(s), oldICSText(s); got != want {
			t.Fatalf("icsText(%q) = %q, want %q", s, got, want)
		}
	}
}
