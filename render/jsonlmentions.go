package render

import (
	"strconv"

	"github.com/timelinehq/timeline/internal/jsonline"
)

// AppendMentionsLine appends the JSON line {"id":ID,"mentions":[...]} that
// "timeline dates --jsonl" writes for one document, byte for byte as
// encoding/json (without HTML escaping) writes it, and a newline. id is
// the document's id as raw JSON; nil ms is written as []. It returns false, having appended
// nothing, when id is an object or array, whose layout encoding/json
// normalises: encode those with encoding/json.
func AppendMentionsLine(b []byte, id []byte, ms []MentionRecord) ([]byte, bool) {
	if len(id) > 0 && (id[0] == '{' || id[0] == '[') {
		return b, false
	}
	b = append(b, `{"id":`...)
	if len(id) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, id...)
	}
	b = append(b, `,"mentions":[`...)
	for i := range ms {
		m := &ms[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = append(b, `,"text":`...)
		b = jsonline.AppendString(b, m.Text)
		b = append(b, `,"type":`...)
		b = jsonline.AppendString(b, m.Type)
		b = append(b, `,"value":`...)
		b = jsonline.AppendString(b, m.Value)
		b = append(b, `,"mod":`...)
		b = jsonline.AppendString(b, m.Mod)
		b = append(b, `,"grain":`...)
		b = jsonline.AppendString(b, m.Grain)
		b = append(b, `,"rule":`...)
		b = jsonline.AppendString(b, m.Rule)
		b = append(b, '}')
	}
	return append(b, "]}\n"...), true
}
