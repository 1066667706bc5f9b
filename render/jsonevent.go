package render

import (
	"strconv"
	"time"

	"github.com/timelinehq/timeline/internal/jsonline"
	"github.com/timelinehq/timeline/timeline"
)

// The line starts of an element of a top-level array: its members (in1),
// the members of its objects (in2), and those of the objects in its lists
// (in3). appendEvent and appendSource write each piece of JSON between two
// values, the comma, the newline, the indentation and the next key, as one
// constant made of these.
const (
	in1 = "\n" + elemIndent + "  "
	in2 = in1 + "  "
	in3 = in2 + "  "
)

// appendEvent appends the JSON form of e, its When labeled label, as a
// json.Encoder with SetEscapeHTML(false) and SetIndent(elemIndent, "  ")
// writes its EventRecord, without the final newline. The events are most
// of a timeline's bytes; encoding/json's reflection and second pass to
// indent took a tenth of a build, and an indenting writer that put
// together each key from its indentation, name and quotes took most of
// the rest. TestEventJSON checks that the bytes are encoding/json's.
func appendEvent(b []byte, e *timeline.Event, label string) []byte {
	v := &e.When.Value
	b = appendStr(b, "{"+in1+`"id": "`, e.ID)
	b = appendStr(b, `",`+in1+`"when": {`+in2+`"value": "`, v.Value)
	b = appendStr(b, `",`+in2+`"type": "`, string(v.Type))
	b = appendStr(b, `",`+in2+`"grain": "`, v.Grain.String())
	b = appendStr(b, `",`+in2+`"mod": "`, string(v.Mod))
	b = append(b, `",`+in2+`"start": "`...)
	if v.HasInterval() {
		b = appendDay(b, v.Start)
	}
	b = append(b, `",`+in2+`"end": "`...)
	if v.HasInterval() {
		b = appendDay(b, v.End)
	}
	b = appendStr(b, `",`+in2+`"phrase": "`, e.When.Phrase)
	b = appendStr(b, `",`+in2+`"label": "`, label)
	b = appendStr(b, `",`+in2+`"rule": "`, e.When.Rule)
	if e.When.IsRange() {
		b = appendStr(b, `",`+in2+`"end_value": "`, e.When.EndValue)
	}
	b = append(b, `"`+in1+`},`+in1+`"text": "`...)
	at := len(b)
	b = jsonline.AppendStringBody(b, e.Text)
	text := b[at:len(b):len(b)] // later appends leave these bytes as they are
	b = append(b, `",`+in1+`"expected": `...)
	b = strconv.AppendBool(b, e.Expected)
	b = appendStr(b, `,`+in1+`"source": {`+in2+`"doc": "`, e.Source.Doc)
	b = appendInt(b, `",`+in2+`"sentence": `, e.Source.Sentence)
	b = appendInt(b, `,`+in2+`"start": `, e.Source.Start)
	b = appendInt(b, `,`+in2+`"end": `, e.Source.End)
	b = append(b, in1+`},`+in1+`"actors": [`...)
	for i := range e.Actors {
		a := &e.Actors[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStr(b, in2+`{`+in3+`"name": "`, a.Name)
		b = appendStr(b, `",`+in3+`"role": "`, a.Role)
		b = appendStr(b, `",`+in3+`"type": "`, a.Type)
		b = append(b, `"`+in2+`}`...)
	}
	if len(e.Actors) > 0 {
		b = append(b, in1...)
	}
	b = appendStr(b, `],`+in1+`"place": "`, e.Place)
	b = appendStr(b, `",`+in1+`"kind": {`+in2+`"name": "`, e.Kind.Name)
	b = appendStr(b, `",`+in2+`"cameo": "`, e.Kind.CAMEO)
	b = append(b, `"`+in1+`},`+in1+`"citations": [`...)
	b = appendCitations(b, e, text)
	b = appendStr(b, in1+`],`+in1+`"date_conflict": "`, e.DateConflict)
	return append(b, `"`+"\n"+elemIndent+`}`...)
}

// appendCitations appends the elements of an event's citations array:
// e.Citations, or e.Source alone when it has none. text is e.Text as
// appended already: most quotes are the text, and copying it again costs
// less than reading it for bytes to escape.
func appendCitations(b []byte, e *timeline.Event, text []byte) []byte {
	cs := e.Citations
	if len(cs) == 0 {
		cs = []timeline.Citation{e.Source}
	}
	for i := range cs {
		c := &cs[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStr(b, in2+`{`+in3+`"doc": "`, c.Doc)
		b = appendInt(b, `",`+in3+`"sentence": `, c.Sentence)
		b = appendInt(b, `,`+in3+`"start": `, c.Start)
		b = appendInt(b, `,`+in3+`"end": `, c.End)
		b = append(b, `,`+in3+`"quote": "`...)
		if c.Quote == e.Text {
			b = append(b, text...)
		} else {
			b = jsonline.AppendStringBody(b, c.Quote)
		}
		b = append(b, `"`+in2+`}`...)
	}
	return b
}

// appendSource appends the JSON form of s as appendEvent appends an
// event's.
func appendSource(b []byte, s *timeline.Source) []byte {
	b = appendStr(b, "{"+in1+`"id": "`, s.ID)
	b = appendStr(b, `",`+in1+`"title": "`, s.Title)
	b = append(b, `",`+in1+`"published": "`...)
	if !s.Published.IsZero() {
		b = appendDay(b, s.Published)
	}
	b = appendStr(b, `",`+in1+`"path": "`, s.Path)
	b = appendStr(b, `",`+in1+`"url": "`, s.URL)
	b = appendInt(b, `",`+in1+`"events": `, s.Events)
	return append(b, "\n"+elemIndent+`}`...)
}

// appendStr appends lit, then s escaped as the body of a JSON string.
func appendStr(b []byte, lit, s string) []byte {
	return jsonline.AppendStringBody(append(b, lit...), s)
}

// appendInt appends lit, then n.
func appendInt(b []byte, lit string, n int) []byte {
	return strconv.AppendInt(append(b, lit...), int64(n), 10)
}

// appendDay appends t as day formats it, YYYY-MM-DD, by hand for the
// years of four digits: time.Format reads its layout at each call and
// cost as much as the rest of an event's dates.
func appendDay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, time.DateOnly)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}
