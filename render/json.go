package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/timelinehq/timeline/timeline"
)

// Version is the version of the JSON timeline format JSON writes and
// ReadJSON reads.
const Version = 1

// TimelineRecord is the JSON form of a timeline. Fields are written in the
// order declared; slices are never null.
type TimelineRecord struct {
	Version int             `json:"version"`
	Title   string          `json:"title"`
	Sources []SourceRecord  `json:"sources"`
	Skipped []SkippedRecord `json:"skipped"` // inputs left out, in input order
	Events  []EventRecord   `json:"events"`
}

// SourceRecord is the JSON form of a timeline.Source.
type SourceRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD, "" if unknown
	Path      string `json:"path"`
	URL       string `json:"url"`
	Events    int    `json:"events"` // number of events citing the source
}

// SkippedRecord is the JSON form of a timeline.SkippedDoc.
type SkippedRecord struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// EventRecord is the JSON form of a timeline.Event.
type EventRecord struct {
	ID       string     `json:"id"`
	When     WhenRecord `json:"when"`
	Text     string     `json:"text"`
	Expected bool       `json:"expected"`
	// Source is the citation the date and text come from (one of
	// Citations), without its quote.
	Source       CitationRecord `json:"source"`
	Actors       []ActorRecord  `json:"actors"`
	Place        string         `json:"place"` // "" if unknown
	Kind         KindRecord     `json:"kind"`
	Citations    []QuoteRecord  `json:"citations"` // every sentence reporting the event, by doc and sentence
	DateConflict string         `json:"date_conflict"`
}

// ActorRecord is the JSON form of a timeline.Actor.
type ActorRecord struct {
	Name string `json:"name"`
	Role string `json:"role"` // "" if the text gives none
	Type string `json:"type"` // person, organization or state
}

// KindRecord is the JSON form of a timeline.Kind.
type KindRecord struct {
	Name  string `json:"name"`
	CAMEO string `json:"cameo"` // "" for other
}

// WhenRecord is the JSON form of a timeline.When: the resolved value, the
// interval it covers, the phrase that gave it and its Label.
type WhenRecord struct {
	Value  string `json:"value"` // TIMEX3 value: 2016-08-26, 2016-W34, P5Y ...
	Type   string `json:"type"`  // DATE, TIME, DURATION or SET
	Grain  string `json:"grain"` // "day", "month" ...; "" for none
	Mod    string `json:"mod"`   // TIMEX3 modifier; "" for none
	Start  string `json:"start"` // first day of the interval, YYYY-MM-DD (-0498-01-01 in 499 BC); "" if none
	End    string `json:"end"`   // last day of the interval (inclusive); "" if none
	Phrase string `json:"phrase"`
	Label  string `json:"label"` // Label of the value
	Rule   string `json:"rule"`
	// EndValue is, for a range of dates ("Oct. 3-4"), the TIMEX3 value of
	// its last date ("2026-10-04"), of the type and grain of Value; End is
	// then its last day. It is left out for a single date.
	EndValue string `json:"end_value,omitempty"`
}

// CitationRecord is the JSON form of a timeline.Citation.
type CitationRecord struct {
	Doc      string `json:"doc"`      // SourceRecord.ID
	Sentence int    `json:"sentence"` // 1-based
	Start    int    `json:"start"`    // byte offsets of the sentence in the document text
	End      int    `json:"end"`
}

// QuoteRecord is the JSON form of a timeline.Citation with its quote.
type QuoteRecord struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"` // the sentence, white space collapsed
}

// JSON writes t as the versioned JSON timeline format: a TimelineRecord
// indented by two spaces, with a trailing newline.
//
// It writes the record as it goes, one source, skipped input or event at a
// time, so that memory does not grow with the size of the output; the bytes
// are those of the whole TimelineRecord encoded at once.
func JSON(w io.Writer, t *timeline.Timeline) error {
	return writeTimelineJSON(w, t, autoChunking())
}

// writeTimelineJSON is JSON with its events encoded in chunks as c says.
func writeTimelineJSON(w io.Writer, t *timeline.Timeline, c chunking) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	sw := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	sw.printf("{\n  \"version\": %d,\n  \"title\": ", Version)
	sw.value("", t.Title)
	sw.printf(",\n")
	sw.arrayMember("sources", len(t.Sources), func() {
		sw.chunks(len(t.Sources), c, func(b []byte, from, to int) []byte {
			for i := from; i < to; i++ {
				b = appendSource(appendElemStart(b, i), &t.Sources[i])
			}
			return b
		})
	})
	streamArray(sw, "skipped", t.Skipped, func(s *timeline.SkippedDoc) {
		sw.value(elemIndent, SkippedRecord{Path: s.Path, Reason: s.Reason})
	})
	sw.printf("  \"events\": [")
	eventsJSON(sw, t.Events, c)
	if len(t.Events) > 0 {
		sw.printf("\n  ")
	}
	sw.printf("]\n}\n")
	if sw.err != nil {
		return sw.err
	}
	return sw.w.Flush()
}

// eventsJSON writes the elements of the events array, in chunks encoded
// in parallel (jsonStream.chunks).
func eventsJSON(sw *jsonStream, events []timeline.Event, c chunking) {
	sw.chunks(len(events), c, func(b []byte, from, to int) []byte {
		var labels lastLabel
		for i := from; i < to; i++ {
			b = appendEvent(appendElemStart(b, i), &events[i], labels.of(&events[i].When))
		}
		return b
	})
}

// appendElemStart appends what comes before element i of a top-level
// array: a comma unless it is the first, a newline and elemIndent.
func appendElemStart(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	return append(b, "\n"+elemIndent...)
}

// chunks writes items 0 to n-1, encode appending items from to to-1, in
// chunks encoded on up to c.jobs goroutines and written in order
// (writeChunks). A write error stops it, and s.err keeps it.
func (s *jsonStream) chunks(n int, c chunking, encode func(b []byte, from, to int) []byte) {
	enc := func(b []byte, from, to int) ([]byte, error) { return encode(b, from, to), nil }
	_ = c.writeChunks(n, enc, func(b []byte) error {
		s.write(b)
		return s.err
	})
}

// elemIndent starts the lines of an element of a top-level array.
const elemIndent = "    "

// jsonStream writes JSON text piece by piece, remembering the first error.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

func (s *jsonStream) writeString(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

func (s *jsonStream) printf(format string, args ...any) {
	if s.err == nil {
		_, s.err = fmt.Fprintf(s.w, format, args...)
	}
}

// value writes v as JSON without HTML escaping, as an element at the
// given indentation: nested lines start with indent plus two spaces per
// level, as in a document indented by two spaces throughout.
func (s *jsonStream) value(indent string, v any) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(indent, "  ")
	}
	if s.err = enc.Encode(v); s.err == nil {
		_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	}
}

// streamArray writes the member "name" of the top-level object (not the
// last): the elements of xs, each written by elem at indentation
// elemIndent.
func streamArray[T any](s *jsonStream, name string, xs []T, elem func(*T)) {
	s.arrayMember(name, len(xs), func() {
		for i := range xs {
			if i > 0 {
				s.writeString(",")
			}
			s.writeString("\n" + elemIndent)
			elem(&xs[i])
		}
	})
}

// arrayMember writes the member "name" of the top-level object, one before
// the last (events, which the writer closes itself): an array of n
// elements, which elems writes, each after a comma unless it is the
// first, and a newline and elemIndent; then a comma.
func (s *jsonStream) arrayMember(name string, n int, elems func()) {
	s.printf("  %q: [", name)
	elems()
	if n > 0 {
		s.printf("\n  ")
	}
	s.printf("],\n")
}

// ReadJSON decodes a timeline written by JSON. It rejects other versions of
// the format and ignores fields it does not know.
func ReadJSON(r io.Reader) (*TimelineRecord, error) {
	var rec TimelineRecord
	if err := json.NewDecoder(r).Decode(&rec); err != nil {
		return nil, fmt.Errorf("render: reading JSON timeline: %w", err)
	}
	if rec.Version != Version {
		return nil, fmt.Errorf("render: JSON timeline version %d, want %d", rec.Version, Version)
	}
	if rec.Sources == nil {
		rec.Sources = []SourceRecord{}
	}
	if rec.Skipped == nil {
		rec.Skipped = []SkippedRecord{}
	}
	if rec.Events == nil {
		rec.Events = []EventRecord{}
	}
	for i := range rec.Events {
		e := &rec.Events[i]
		if e.Actors == nil {
			e.Actors = []ActorRecord{}
		}
		if e.Citations == nil {
			e.Citations = []QuoteRecord{}
		}
	}
	return &rec, nil
}
