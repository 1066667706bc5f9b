package render

import (
	"strconv"

	"github.com/timelinehq/timeline/internal/jsonline"
)

// appendEventJSON appends r as a json.Encoder with SetEscapeHTML(false)
// and SetIndent(prefix, "  ") writes it, without the final newline. The
// events are most of a timeline's bytes, and encoding/json's reflection and
// second pass to indent took a tenth of a build; TestEventJSON checks that
// the bytes are the same.
func appendEventJSON(b []byte, r *EventRecord, prefix string) []byte {
	w := indentWriter{b: b, prefix: prefix}
	w.open('{')
	w.str("id", r.ID)
	w.key("when")
	w.open('{')
	wr := &r.When
	w.str("value", wr.Value)
	w.str("type", wr.Type)
	w.str("grain", wr.Grain)
	w.str("mod", wr.Mod)
	w.str("start", wr.Start)
	w.str("end", wr.End)
	w.str("phrase", wr.Phrase)
	w.str("label", wr.Label)
	w.str("rule", wr.Rule)
	w.close('}')
	w.str("text", r.Text)
	w.key("expected")
	w.b = strconv.AppendBool(w.b, r.Expected)
	w.key("source")
	w.open('{')
	w.str("doc", r.Source.Doc)
	w.int("sentence", r.Source.Sentence)
	w.int("start", r.Source.Start)
	w.int("end", r.Source.End)
	w.close('}')
	w.key("actors")
	w.open('[')
	for _, a := range r.Actors {
		w.next()
		w.open('{')
		w.str("name", a.Name)
		w.str("role", a.Role)
		w.str("type", a.Type)
		w.close('}')
	}
	w.close(']')
	w.str("place", r.Place)
	w.key("kind")
	w.open('{')
	w.str("name", r.Kind.Name)
	w.str("cameo", r.Kind.CAMEO)
	w.close('}')
	w.key("citations")
	w.open('[')
	for _, c := range r.Citations {
		w.next()
		w.open('{')
		w.str("doc", c.Doc)
		w.int("sentence", c.Sentence)
		w.int("start", c.Start)
		w.int("end", c.End)
		w.str("quote", c.Quote)
		w.close('}')
	}
	w.close(']')
	w.str("date_conflict", r.DateConflict)
	w.close('}')
	return w.b
}

// appendSourceJSON appends r as appendEventJSON appends an event.
func appendSourceJSON(b []byte, r *SourceRecord, prefix string) []byte {
	w := indentWriter{b: b, prefix: prefix}
	w.open('{')
	w.str("id", r.ID)
	w.str("title", r.Title)
	w.str("published", r.Published)
	w.str("path", r.Path)
	w.str("url", r.URL)
	w.int("events", r.Events)
	w.close('}')
	return w.b
}

// indentWriter appends indented JSON: each member or element on its own
// line, after prefix and two spaces per level; empty objects and arrays
// as {} and [].
type indentWriter struct {
	b      []byte
	prefix string
	depth  int
	empty  bool // nothing written yet in the innermost object or array
}

func (w *indentWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = true
}

func (w *indentWriter) close(c byte) {
	w.depth--
	if !w.empty {
		w.newline()
	}
	w.b = append(w.b, c)
	w.empty = false
}

func (w *indentWriter) newline() {
	w.b = append(w.b, '\n')
	w.b = append(w.b, w.prefix...)
	w.b = append(w.b, indentSpaces[:2*w.depth]...)
}

// indentSpaces are the spaces of the deepest level of indentation, three
// in an event, and more, to append at once rather than two by two.
const indentSpaces = "                "

// next starts a member or an element.
func (w *indentWriter) next() {
	if !w.empty {
		w.b = append(w.b, ',')
	}
	w.empty = false
	w.newline()
}

// key starts a member named k. Every k is a name of the format, a Go
// literal of lower-case letters and underscores, so it needs no escaping.
func (w *indentWriter) key(k string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *indentWriter) str(k, v string) {
	w.key(k)
	w.b = jsonline.AppendString(w.b, v)
}

func (w *indentWriter) int(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}
