package render

import (
	"slices"
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
	b = appendOffset(b, start)
	b = append(b, `,"end":`...)
	b = appendOffset(b, end)
	// Each string's closing quote goes out with the next key.
	b = jsonline.AppendStringBody(append(b, `,"text":"`...), text)
	b = jsonline.AppendStringBody(append(b, `","type":"`...), typ)
	b = jsonline.AppendStringBody(append(b, `","value":"`...), value)
	b = jsonline.AppendStringBody(append(b, `","mod":"`...), mod)
	b = jsonline.AppendStringBody(append(b, `","grain":"`...), grain)
	b = jsonline.AppendStringBody(append(b, `","rule":"`...), rule)
	return append(b, `"}`...)
}

// appendOffset appends n in decimal, as strconv.AppendInt does, with a
// quicker path for the offsets of a text: not negative, and below a
// million. It writes two digits at a time from a table, dividing unsigned.
func appendOffset(b []byte, n int) []byte {
	if n < 0 || n >= 1e6 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	const pairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" +
		"30313233343536373839" + "40414243444546474849" + "50515253545556575859" +
		"60616263646566676869" + "70717273747576777879" + "80818283848586878889" + "90919293949596979899"
	u := uint(n)
	d := 1 // digits of n
	for p := uint(10); p <= u; p *= 10 {
		d++
	}
	b = slices.Grow(b, d)
	at := len(b)
	b = b[:at+d]
	k := at + d // the digits before k are still to write
	for u >= 100 {
		q := u / 100
		r := (u - q*100) * 2
		b[k-2], b[k-1] = pairs[r], pairs[r+1]
		k -= 2
		u = q
	}
	if u >= 10 {
		b[k-2], b[k-1] = pairs[u*2], pairs[u*2+1]
	} else {
		b[k-1] = byte('0' + u)
	}
	return b
}
