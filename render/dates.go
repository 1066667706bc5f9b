package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/timelinehq/timeline/dates"
)

// MentionRecord is the JSON form of one date mention.
type MentionRecord struct {
	Start int    `json:"start"` // byte offset of the phrase in the text
	End   int    `json:"end"`   // exclusive
	Text  string `json:"text"`  // the phrase as written
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value
	Mod   string `json:"mod"`   // TIMEX3 modifier, "" for none
	Grain string `json:"grain"` // grain name ("day", "month" ...), "" for none
	Rule  string `json:"rule"`  // the rule that found the phrase
}

// DatesRecord is the JSON document DatesJSON writes.
type DatesRecord struct {
	Published string          `json:"published"` // YYYY-MM-DD, "" if unknown
	Mentions  []MentionRecord `json:"mentions"`  // never null
}

// Mentions converts mentions to their JSON records. The result is empty, not
// nil, when ms is empty, so that it encodes as [].
func Mentions(ms []dates.Mention) []MentionRecord {
	rs := make([]MentionRecord, len(ms))
	for i, m := range ms {
		rs[i] = MentionRecord{
			Start: m.Start,
			End:   m.End,
			Text:  m.Text,
			Type:  string(m.Type),
			Value: m.Value.Value,
			Mod:   string(m.Mod),
			Grain: m.Grain.String(),
			Rule:  m.Rule,
		}
	}
	return rs
}

// DatesJSON writes the mentions found in a text published on published as
// an indented DatesRecord:
//
//	{
//	  "published": "2016-08-26",
//	  "mentions": [...]
//	}
func DatesJSON(w io.Writer, published time.Time, ms []dates.Mention) error {
	return writeJSON(w, DatesRecord{Published: day(published), Mentions: Mentions(ms)})
}

// DatesText writes one aligned line per mention: the byte span, the type,
// the value, the modifier (or -), the grain (or -), the rule and the phrase
// quoted. The phrase is taken from text when the span lies inside it, so
// that a wrong span shows.
//
//	12:23  DATE  2016-08-26  -  day    weekday  "on Friday"
func DatesText(w io.Writer, text string, ms []dates.Mention) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	for _, m := range ms {
		phrase := m.Text
		if 0 <= m.Start && m.Start <= m.End && m.End <= len(text) {
			phrase = text[m.Start:m.End]
		}
		fmt.Fprintf(tw, "%d:%d\t%s\t%s\t%s\t%s\t%s\t%s\n",
			m.Start, m.End, orDash(string(m.Type)), orDash(m.Value.Value),
			orDash(string(m.Mod)), orDash(m.Grain.String()), orDash(m.Rule),
			strconv.Quote(phrase))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// day formats t as YYYY-MM-DD, or "" when t is zero.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// writeJSON writes v indented by two spaces, with a trailing newline and
// without escaping <, > and & (the output is not meant for HTML).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
