package render

import (
	"strconv"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/jsonline"
)

// AppendMentionsLine appends the JSON line {"id":ID,"mentions":[...]} that
// "timeline dates --jsonl" writes for one document, byte for byte as
// encoding/json (without HTML escaping) writes it, and a newline. id is
// the document's id as raw JSON; nil ms is written as []. It returns false, having appended
// nothing, when id is an object or array, whose layout encoding/json
// normalises: encode those with encoding/json.
func AppendMentionsLine(b []byte, id []byte, ms []MentionRecord) ([]byte, bool) {
	if !plainID(id) {
		return b, false
	}
	b = appendLineStart(b, id)
	for i := range ms {
		m := &ms[i]
		b = appendMention(b, i, m.Start, m.End, m.Text, m.Type, m.Value, m.Mod, m.Grain, m.Rule)
	}
	return append(b, "]}\n"...), true
}

// AppendDatesLine appends what AppendMentionsLine(b, id, Mentions(ms))
// appends, without building the records on the way.
func AppendDatesLine(b []byte, id []byte, ms []dates.Mention) ([]byte, bool) {
	if !plainID(id) {
		return b, false
	}
	b = appendLineStart(b, id)
	for i := range ms {
		m := &ms[i]
		b = appendMention(b, i, m.Start, m.End, m.Text, string(m.Type), m.Value.Value, string(m.Mod), m.Grain.String(), m.Rule)
	}
	return append(b, "]}\n"...), true
}

// plainID reports whether the raw JSON id is written as it is: not an
// object or array.
func plainID(id []byte) bool { return len(id) == 0 || id[0] != '{' && id[0] != '[' }

// appendLineStart appends {"id":ID,"mentions":[ with null for no id.
func appendLineStart(b []byte, id []byte) []byte {
	b = append(b, `{"id":`...)
	if len(id) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, id...)
	}
	return append(b, `,"mentions":[`...)
}

// appendMention appends the record of the i-th mention of a line, as
// encoding/json writes a MentionRecord.
func appendMention(b []byte, i, start, end int, text, typ, value, mod, grain, rule string) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(end), 10)
	b = appendField(appendField(appendField(b, `,"text":`, text), `,"type":`, typ), `,"value":`, value)
	b = appendField(appendField(appendField(b, `,"mod":`, mod), `,"grain":`, grain), `,"rule":`, rule)
	return append(b, '}')
}

// appendField appends key and then val as a JSON string.
func appendField(b []byte, key, val string) []byte {
	return jsonline.AppendString(append(b, key...), val)
}
