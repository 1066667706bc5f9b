package render

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/timelinehq/timeline/timeline"
)

// csvColumn is one column of the CSV table: its header and how an event
// fills it. Columns that carry article or user text, and the days, which
// start with a minus before the year 1, are neutralised against formula
// injection; the others hold machine values (TIMEX3 values, names from a
// fixed set, numbers) and are written exactly.
type csvColumn struct {
	name       string
	neutralise bool
	cell       func(e csvEvent) string
}

// csvEvent is an event and the sources of its timeline by id.
type csvEvent struct {
	*timeline.Event
	srcs map[string]*timeline.Source
}

// csvColumns are the columns of CSV, in order.
var csvColumns = [...]csvColumn{
	{"id", true, func(e csvEvent) string { return e.ID }},
	{"value", false, func(e csvEvent) string { return e.When.Value.Value }},
	{"type", false, func(e csvEvent) string { return string(e.When.Type) }},
	{"grain", false, func(e csvEvent) string { return e.When.Grain.String() }},
	{"mod", false, func(e csvEvent) string { return string(e.When.Mod) }},
	// Days before the year 1 start with a minus (-0498-01-01), which a
	// spreadsheet would compute: they are neutralised as text is.
	{"start", true, func(e csvEvent) string { return intervalDay(e.Event, true) }},
	{"end", true, func(e csvEvent) string { return intervalDay(e.Event, false) }},
	{"label", true, func(e csvEvent) string { return WhenLabel(&e.When) }},
	{"phrase", true, func(e csvEvent) string { return e.When.Phrase }},
	{"expected", false, func(e csvEvent) string { return strconv.FormatBool(e.Expected) }},
	{"kind", true, func(e csvEvent) string { return e.Kind.Name }},
	{"cameo", false, func(e csvEvent) string { return e.Kind.CAMEO }},
	{"actors", true, func(e csvEvent) string { return csvActors(e.Actors) }},
	{"place", true, func(e csvEvent) string { return e.Place }},
	{"text", true, func(e csvEvent) string { return e.Text }},
	{"sources", true, func(e csvEvent) string {
		return joinCitations(e.Event, func(c timeline.Citation) string { return c.Doc })
	}},
	{"urls", true, func(e csvEvent) string {
		return joinCitations(e.Event, func(c timeline.Citation) string {
			if s := e.srcs[c.Doc]; s != nil {
				return s.URL
			}
			return ""
		})
	}},
	{"sentences", false, func(e csvEvent) string {
		return joinCitations(e.Event, func(c timeline.Citation) string { return strconv.Itoa(c.Sentence) })
	}},
	{"date_conflict", true, func(e csvEvent) string { return e.DateConflict }},
}

// csvSep separates the values of a multi-valued cell.
const csvSep = "; "

// CSV writes t as a table of events for spreadsheets and data frames
// (pandas, R): RFC 4180 CSV in UTF-8 without a byte order mark, CRLF line
// ends, a header row and one row of 19 cells per event, in the order given:
//
//	id             e1, e2 ...
//	value          TIMEX3 value: 2016-08-26, 2016-W34, 2016-08, FUTURE_REF ...
//	type           DATE, TIME, DURATION or SET
//	grain          day, week, month ..., "" for none (as in the JSON format)
//	mod            TIMEX3 modifier: START, MID, END, APPROX ..., "" for none
//	start, end     first and last day of the interval (YYYY-MM-DD, inclusive,
//	               narrowed by START/MID/END; '-0498-01-01 before the year 1);
//	               "" when the value has none
//	label          the date label (see Label): "late Aug. 2016"
//	phrase         the date phrase as written: "late August"
//	expected       true or false
//	kind, cameo    the event kind ("negotiation") and its CAMEO code ("046")
//	actors         "Name (Role)" or "Name" for each actor
//	place          where it happened, "" if unknown
//	text           the sentence
//	sources        the source id of each citation
//	urls           the URL of each citation's source ("" when it has none)
//	sentences      the 1-based sentence number of each citation
//	date_conflict  the differing dates of merged sources, "" if none
//
// Multi-valued cells join their values with "; ". The sources, urls and
// sentences cells have one value per citation, the event's Source first
// (its Citations, or Source alone when Citations is empty), so that the
// i-th values of the three belong together; a URL is looked up in t.Sources
// by the citation's document id.
//
// Cells of the text columns (id, label, phrase, kind, actors, place, text,
// sources, urls, date_conflict), and the days of start and end before the
// year 1 (-0498-01-01), that start with =, +, -, @, a tab or a
// carriage return, which a spreadsheet could run as a formula, are
// neutralised with a leading apostrophe ('=1+1); the other columns hold
// values from a fixed form and are written as they are. Line breaks inside a
// cell are written as CRLF within the quoted cell, as RFC 4180 has it, and
// read back as LF by CSV readers; a lone CR is dropped. Invalid UTF-8 is
// replaced by U+FFFD.
//
// Spreadsheets that assume a legacy encoding for CSV files without a byte
// order mark (Excel opening a file by double-click) show non-ASCII text
// wrongly; import the file as UTF-8 instead.
func CSV(w io.Writer, t *timeline.Timeline) error {
	return writeCSV(w, t, autoChunking())
}

// writeCSV is CSV with its rows written in chunks as c says.
func writeCSV(w io.Writer, t *timeline.Timeline, c chunking) error {
	bw := bufio.NewWriter(w)
	header := make([]string, len(csvColumns))
	for i, col := range csvColumns {
		header[i] = col.name
	}
	b, err := appendCSV(nil, func(cw *csv.Writer) error { return cw.Write(header) })
	if err != nil {
		return err
	}
	bw.Write(b)
	if t != nil {
		srcs := sourceIndex(t.Sources)
		rows := func(b []byte, from, to int) ([]byte, error) {
			return appendCSV(b, func(cw *csv.Writer) error {
				row := make([]string, len(csvColumns))
				for i := from; i < to; i++ {
					fillCSVRow(row, csvEvent{&t.Events[i], srcs})
					if err := cw.Write(row); err != nil {
						return err
					}
				}
				return nil
			})
		}
		if err := c.writeChunks(len(t.Events), rows, func(b []byte) error {
			_, err := bw.Write(b)
			return err
		}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// appendCSV appends to b the CSV rows that fill writes, with CRLF line
// ends: a csv.Writer keeps nothing from one row to the next, so rows
// written apart, in chunks, join into the table written at once.
func appendCSV(b []byte, fill func(cw *csv.Writer) error) ([]byte, error) {
	a := &byteAppender{b}
	cw := csv.NewWriter(a)
	cw.UseCRLF = true
	if err := fill(cw); err != nil {
		return a.b, err
	}
	cw.Flush()
	return a.b, cw.Error()
}

// fillCSVRow sets the cells of row to those of e.
func fillCSVRow(row []string, e csvEvent) {
	for j := range csvColumns {
		c := &csvColumns[j]
		v := strings.ToValidUTF8(c.cell(e), "\uFFFD")
		if c.neutralise {
			v = neutraliseFormula(v)
		}
		row[j] = v
	}
}

// sourceIndex maps source ids to sources; the first of duplicate ids wins.
func sourceIndex(sources []timeline.Source) map[string]*timeline.Source {
	m := make(map[string]*timeline.Source, len(sources))
	for i := range sources {
		if _, dup := m[sources[i].ID]; !dup {
			m[sources[i].ID] = &sources[i]
		}
	}
	return m
}

// citations returns every citation of e, Source first: e.Citations, or
// e.Source alone when there are none.
func citations(e *timeline.Event) []timeline.Citation {
	if len(e.Citations) > 0 {
		return e.Citations
	}
	return []timeline.Citation{e.Source}
}

// joinCitations joins f of each citation of e with csvSep.
func joinCitations(e *timeline.Event, f func(timeline.Citation) string) string {
	cs := citations(e)
	vs := make([]string, len(cs))
	for i, c := range cs {
		vs[i] = f(c)
	}
	return strings.Join(vs, csvSep)
}

// csvActors writes actors as "Name (Role); Name".
func csvActors(as []timeline.Actor) string {
	vs := make([]string, len(as))
	for i, a := range as {
		vs[i] = a.Name
		if a.Role != "" {
			vs[i] += " (" + a.Role + ")"
		}
	}
	return strings.Join(vs, csvSep)
}

// intervalDay returns the first (start) or last day of e's interval as
// YYYY-MM-DD, or "" when its value has no interval.
func intervalDay(e *timeline.Event, start bool) string {
	v := e.When.Value
	if !v.HasInterval() {
		return ""
	}
	if start {
		return day(v.Start)
	}
	return day(v.End)
}

// neutraliseFormula prefixes an apostrophe to a cell a spreadsheet would
// read as a formula (OWASP's advice on CSV injection).
func neutraliseFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
