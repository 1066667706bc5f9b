package timeline

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
)

// sourceRecord and eventRecord are the records of the partial timeline
// format as encoding/json writes them: what the appenders of
// partialjson.go must match.
func sourceRecord(s *DocSource) *partialSource {
	pub := ""
	if !s.Published.IsZero() {
		pub = s.Published.Format(time.DateOnly)
	}
	return &partialSource{ID: s.ID, Title: s.Title, Published: pub, Path: s.Path, URL: s.URL, Digest: s.Digest}
}

func eventRecord(e *DocEvent) *partialEvent {
	v := e.When.Value
	r := &partialEvent{
		Digest: e.Digest,
		When: partialWhen{
			Value: v.Value, Type: string(v.Type), Grain: v.Grain, Mod: string(v.Mod),
			Start: formatInstant(v.Start), End: formatInstant(v.End), Future: v.Future,
			Phrase: e.When.Phrase, Rule: e.When.Rule,
		},
		Text:     e.Text,
		Expected: e.Expected,
		Actors:   make([]partialActor, len(e.Actors)),
		Place:    e.Place,
		Kind:     partialKind{Name: e.Kind.Name, CAMEO: e.Kind.CAMEO},
		Source:   partialCitation{Doc: e.Source.Doc, Sentence: e.Source.Sentence, Start: e.Source.Start, End: e.Source.End},
	}
	for i, a := range e.Actors {
		r.Actors[i] = partialActor{Name: a.Name, Role: a.Role, Type: a.Type}
	}
	cs := e.Citations
	if len(cs) == 0 {
		cs = []Citation{e.Source}
	}
	for _, c := range cs {
		q := c.Quote
		r.Citations = append(r.Citations, partialCitation{Doc: c.Doc, Sentence: c.Sentence, Start: c.Start, End: c.End, Quote: &q})
	}
	return r
}

// formatInstant is an interval bound as the partial format writes it: ""
// for none, YYYY-MM-DD at midnight UTC, else RFC 3339.
func formatInstant(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Location() == time.UTC && t.Equal(dayOf(t)):
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// encodeRecord is a record as json.Encoder writes it, without HTML
// escaping.
func encodeRecord(t *testing.T, l partialLine) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The appenders write the records of the example articles, and of events
// with every kind of string and instant, as encoding/json does.
func TestPartialRecordsJSON(t *testing.T) {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md")
	if len(p.Events) < 10 {
		t.Fatalf("%d events in the example articles", len(p.Events))
	}
	odd := "<a&b> \"q\" \\ \t\n\u2028 \xff é"
	zone := time.FixedZone("x", 3600)
	p.Sources = append(p.Sources, DocSource{Source: Source{ID: odd, Title: odd, Path: odd, URL: odd}, Digest: odd})
	p.Events = append(p.Events,
		DocEvent{Digest: odd, Event: Event{
			When: When{Value: dates.Value{Type: dates.Date, Value: odd, Mod: "APPROX", Grain: dates.GrainHour,
				Start: time.Date(2016, 8, 26, 10, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 26, 0, 0, 0, 5, zone), Future: true},
				Phrase: odd, Rule: odd},
			Text: odd, Expected: true, Place: odd, Kind: Kind{Name: odd, CAMEO: odd},
			Actors: []Actor{{Name: odd, Role: odd, Type: odd}, {}},
			Source: Citation{Doc: odd, Sentence: -1, Start: math.MaxInt, End: 3, Quote: "not written"},
		}},
		DocEvent{Event: Event{Citations: []Citation{{Doc: "a", Quote: odd}, {Doc: "b"}}}},
		// A text its citations quote, written once and copied.
		DocEvent{Event: Event{Text: odd, Citations: []Citation{{Doc: "a", Quote: odd}, {Doc: "b", Quote: "x"}, {Doc: "c", Quote: odd}}}},
	)
	// Bounds at midnight UTC are written as days, up to the years that
	// need more or fewer than four digits.
	for _, d := range []time.Time{
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2016, 8, 26, 0, 0, 0, 1, time.UTC),
		time.Date(2016, 8, 26, 0, 0, 1, 0, time.UTC), time.Date(2016, 8, 26, 0, 0, 0, 0, zone),
	} {
		p.Events = append(p.Events, DocEvent{Event: Event{When: When{Value: dates.Value{Start: d, End: d}}}})
	}
	p.Skipped = append(p.Skipped, SkippedDoc{Path: odd, Reason: odd})
	if got, want := string(appendHeaderRecord(nil)), encodeRecord(t, partialLine{Partial: &partialHeader{Version: PartialVersion}}); got != want {
		t.Errorf("header record\n got %s\nwant %s", got, want)
	}
	for i := range p.Sources {
		if got, want := string(appendSourceRecord(nil, &p.Sources[i])), encodeRecord(t, partialLine{Source: sourceRecord(&p.Sources[i])}); got != want {
			t.Errorf("source record\n got %s\nwant %s", got, want)
		}
	}
	for i := range p.Events {
		if got, want := string(appendEventRecord(nil, &p.Events[i])), encodeRecord(t, partialLine{Event: eventRecord(&p.Events[i])}); got != want {
			t.Errorf("event record\n got %s\nwant %s", got, want)
		}
	}
	for i := range p.Skipped {
		s := p.Skipped[i]
		if got, want := string(appendSkippedRecord(nil, &s)), encodeRecord(t, partialLine{Skipped: &partialSkipped{Path: s.Path, Reason: s.Reason}}); got != want {
			t.Errorf("skipped record\n got %s\nwant %s", got, want)
		}
	}
}

// BenchmarkPartialRecords writes the records of the example articles, as
// build --partial does for each document.
func BenchmarkPartialRecords(b *testing.B) {
	p := analyzeFiles(b, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md")
	var buf []byte
	for i := range p.Sources {
		buf = appendSourceRecord(buf, &p.Sources[i])
	}
	for i := range p.Events {
		buf = appendEventRecord(buf, &p.Events[i])
	}
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for i := range p.Sources {
			buf = appendSourceRecord(buf, &p.Sources[i])
		}
		for i := range p.Events {
			buf = appendEventRecord(buf, &p.Events[i])
		}
	}
}
