package timeline

import (
	"strconv"
	"time"

	"github.com/timelinehq/timeline/internal/jsonline"
)

// The records of the partial timeline format (see Partial), appended as
// JSON lines byte for byte as a json.Encoder with SetEscapeHTML(false)
// writes the partialLine of each, newline included. A partial has a record
// per event, and encoding/json's reflection took a tenth of a `build
// --partial`; TestPartialRecordsJSON checks that the bytes are the same.

// appendHeaderRecord appends the version record.
func appendHeaderRecord(b []byte) []byte {
	b = append(b, `{"partial":{"version":`...)
	b = strconv.AppendInt(b, PartialVersion, 10)
	return append(b, "}}\n"...)
}

// appendSourceRecord appends the record of a document used.
func appendSourceRecord(b []byte, s *DocSource) []byte {
	b = append(b, `{"source":{"id":`...)
	b = jsonline.AppendString(b, s.ID)
	b = appendMember(b, "title", s.Title)
	b = append(b, `,"published":"`...)
	if !s.Published.IsZero() {
		b = s.Published.AppendFormat(b, time.DateOnly) // digits and '-': nothing to escape
	}
	b = append(b, '"')
	b = appendMember(b, "path", s.Path)
	b = appendMember(b, "url", s.URL)
	b = appendMember(b, "digest", s.Digest)
	return append(b, "}}\n"...)
}

// appendEventRecord appends the record of an unmerged event.
func appendEventRecord(b []byte, e *DocEvent) []byte {
	v := &e.When.Value
	b = append(b, `{"event":{"digest":`...)
	b = jsonline.AppendString(b, e.Digest)
	b = append(b, `,"when":{"value":`...)
	b = jsonline.AppendString(b, v.Value)
	b = appendMember(b, "type", string(v.Type))
	b = appendMember(b, "grain", v.Grain.String()) // its MarshalText
	b = appendMember(b, "mod", string(v.Mod))
	// The bounds need no escaping: digits and "-:.+TZ".
	b = append(b, `,"start":"`...)
	b = appendInstant(b, v.Start)
	b = append(b, `","end":"`...)
	b = appendInstant(b, v.End)
	b = append(b, '"')
	b = append(b, `,"future":`...)
	b = strconv.AppendBool(b, v.Future)
	b = appendMember(b, "phrase", e.When.Phrase)
	b = appendMember(b, "rule", e.When.Rule)
	if e.When.EndValue != "" { // a range: omitted otherwise
		b = appendMember(b, "end_value", e.When.EndValue)
	}
	b = append(b, '}')
	// The text as written, b[textStart:textEnd], is copied for a citation
	// that quotes it (most: an unmerged event's text is the quote of its
	// one citation) rather than escaped again.
	b = append(b, `,"text":`...)
	textStart := len(b)
	b = jsonline.AppendString(b, e.Text)
	textEnd := len(b)
	b = append(b, `,"expected":`...)
	b = strconv.AppendBool(b, e.Expected)
	b = append(b, `,"actors":[`...)
	for i, a := range e.Actors {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"name":`...)
		b = jsonline.AppendString(b, a.Name)
		b = appendMember(b, "role", a.Role)
		b = appendMember(b, "type", a.Type)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = appendMember(b, "place", e.Place)
	b = append(b, `,"kind":{"name":`...)
	b = jsonline.AppendString(b, e.Kind.Name)
	b = appendMember(b, "cameo", e.Kind.CAMEO)
	b = append(b, `},"source":`...)
	b = appendCitationRecord(b, &e.Source, false)
	b = append(b, `,"citations":[`...)
	cs := e.Citations
	if len(cs) == 0 {
		cs = []Citation{e.Source}
	}
	for i := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		if cs[i].Quote == e.Text {
			b = appendCitationRecordQuoted(b, &cs[i], b[textStart:textEnd])
			continue
		}
		b = appendCitationRecord(b, &cs[i], true)
	}
	return append(b, "]}}\n"...)
}

// appendCitationRecord appends a citation of an event record, with its
// quote or without.
func appendCitationRecord(b []byte, c *Citation, quote bool) []byte {
	b = appendCitationFields(b, c)
	if quote {
		b = appendMember(b, "quote", c.Quote)
	}
	return append(b, '}')
}

// appendCitationRecordQuoted is appendCitationRecord with the quote, given
// as a JSON string already: c.Quote written by jsonline.AppendString. The
// string may be a part of b.
func appendCitationRecordQuoted(b []byte, c *Citation, quote []byte) []byte {
	b = appendCitationFields(b, c)
	b = append(b, `,"quote":`...)
	b = append(b, quote...)
	return append(b, '}')
}

// appendCitationFields appends a citation record up to its quote.
func appendCitationFields(b []byte, c *Citation) []byte {
	b = append(b, `{"doc":`...)
	b = jsonline.AppendString(b, c.Doc)
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(c.Sentence), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(c.Start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(c.End), 10)
}

// appendSkippedRecord appends the record of an input that could not be
// used.
func appendSkippedRecord(b []byte, s *SkippedDoc) []byte {
	b = append(b, `{"skipped":{"path":`...)
	b = jsonline.AppendString(b, s.Path)
	b = appendMember(b, "reason", s.Reason)
	return append(b, "}}\n"...)
}

// appendInstant appends an interval bound as the partial format writes
// it: nothing for none, YYYY-MM-DD at midnight UTC, else RFC 3339.
func appendInstant(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return b
	}
	if t.Location() == time.UTC && t.Nanosecond() == 0 {
		// t.Equal(dayOf(t)), and what t.AppendFormat(b, time.DateOnly)
		// writes, from one reading of the date.
		year, month, day := t.Date()
		if h, m, s := t.Clock(); h == 0 && m == 0 && s == 0 {
			if year < 0 || year > 9999 {
				return t.AppendFormat(b, time.DateOnly)
			}
			return append(b, byte('0'+year/1000), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10),
				'-', byte('0'+month/10), byte('0'+month%10), '-', byte('0'+day/10), byte('0'+day%10))
		}
	}
	return t.AppendFormat(b, time.RFC3339Nano)
}

// appendMember appends `,"key":` and the string v; key needs no escaping.
func appendMember(b []byte, key, v string) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return jsonline.AppendString(b, v)
}
