package render

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

// encodeIndented is what appendEvent and appendSource must match:
// encoding/json without HTML escaping, indented by two spaces after prefix.
func encodeIndented(t *testing.T, v any, prefix string) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// eventRecord is the record JSON wrote through encoding/json (and then
// through an indenting writer) before appendEvent wrote the event itself:
// the oracle of TestEventJSON.
func eventRecord(e *timeline.Event, label string) EventRecord {
	v := e.When.Value
	wr := WhenRecord{
		Value:    v.Value,
		Type:     string(v.Type),
		Grain:    v.Grain.String(),
		Mod:      string(v.Mod),
		Phrase:   e.When.Phrase,
		Label:    label,
		Rule:     e.When.Rule,
		EndValue: e.When.EndValue,
	}
	if v.HasInterval() {
		wr.Start, wr.End = day(v.Start), day(v.End)
	}
	r := EventRecord{
		ID:       e.ID,
		When:     wr,
		Text:     e.Text,
		Expected: e.Expected,
		Source: CitationRecord{
			Doc:      e.Source.Doc,
			Sentence: e.Source.Sentence,
			Start:    e.Source.Start,
			End:      e.Source.End,
		},
		Actors:       []ActorRecord{},
		Place:        e.Place,
		Kind:         KindRecord{Name: e.Kind.Name, CAMEO: e.Kind.CAMEO},
		Citations:    []QuoteRecord{},
		DateConflict: e.DateConflict,
	}
	for _, a := range e.Actors {
		r.Actors = append(r.Actors, ActorRecord{Name: a.Name, Role: a.Role, Type: a.Type})
	}
	cs := e.Citations
	if len(cs) == 0 {
		cs = []timeline.Citation{e.Source}
	}
	for _, c := range cs {
		r.Citations = append(r.Citations, QuoteRecord{Doc: c.Doc, Sentence: c.Sentence, Start: c.Start, End: c.End, Quote: c.Quote})
	}
	return r
}

// sourceRecord is the oracle of TestSourceJSON, as eventRecord is of
// TestEventJSON.
func sourceRecord(s *timeline.Source) SourceRecord {
	return SourceRecord{
		ID:        s.ID,
		Title:     s.Title,
		Published: day(s.Published),
		Path:      s.Path,
		URL:       s.URL,
		Events:    s.Events,
	}
}

// oddStrings are pieces of strings with everything JSON escapes, or
// could be thought to.
var oddStrings = []string{"", "\x00\x01\x1f\x7f", "\b\f\n\r\t\"\\/", "\u2028\u2029", "caf\xc3", "\xff\xfe", "“quotes” — and é", "<script>&amp;", "plain words of text"}

// oddString glues a few oddStrings and random bytes together.
func oddString(rng *rand.Rand) string {
	var b []byte
	for range rng.IntN(4) {
		b = append(b, oddStrings[rng.IntN(len(oddStrings))]...)
		b = append(b, byte(rng.IntN(256)))
	}
	return string(b)
}

// oddDay is a day, or an instant, of a year appendDay writes by hand or
// not (before year 0, after 9999), in UTC or another zone.
func oddDay(rng *rand.Rand) time.Time {
	years := []int{0, 1, 99, 1989, 2016, 9999, 10000, -1, -44, 123456}
	zones := []*time.Location{time.UTC, time.FixedZone("X", -11*3600), time.FixedZone("Y", 13*3600+1800)}
	return time.Date(years[rng.IntN(len(years))], time.Month(1+rng.IntN(12)), 1+rng.IntN(31),
		rng.IntN(24), rng.IntN(60), 0, 0, zones[rng.IntN(len(zones))])
}

// TestEventJSON checks appendEvent against encoding/json's encoding of the
// event's record: every field filled (a field added to EventRecord and not
// to appendEvent shows here), no actors, no citations, several citations,
// quotes that are the event's text and quotes that are not, strings with
// everything that needs escaping, and days of any year.
func TestEventJSON(t *testing.T) {
	day26 := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	full := timeline.Event{
		ID: "e1",
		When: timeline.When{
			Value:  dates.Value{Value: "2016-08-26", Type: dates.Date, Grain: dates.GrainDay, Mod: dates.ModEnd, Start: day26, End: day26},
			Phrase: "Friday", Rule: "weekday",
		},
		Text:     `Kerry said "talks" <b>&</b> went on`,
		Expected: true,
		Source:   timeline.Citation{Doc: "a.md", Sentence: 3, Start: 120, End: 180, Quote: "q0"},
		Actors:   []timeline.Actor{{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}, {Name: "Russia", Type: "state"}},
		Place:    "Geneva",
		Kind:     timeline.Kind{Name: "meeting", CAMEO: "044"},
		Citations: []timeline.Citation{
			{Doc: "a.md", Sentence: 3, Start: 120, End: 180, Quote: "q1"},
			{Doc: "b.md", Sentence: -1, Start: 0, End: math.MaxInt, Quote: "q2"},
			{Doc: "c.md", Sentence: math.MinInt, Start: -7, End: 123456789},
		},
		DateConflict: "2016-08-26 (2), 2016-08-25 (1)",
	}
	events := []timeline.Event{full, {}, {Source: full.Source}}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		e := full
		e.ID, e.Text, e.Place, e.DateConflict = oddString(rng), oddString(rng), oddString(rng), oddString(rng)
		e.When.Phrase, e.When.Rule, e.When.Value.Value = oddString(rng), oddString(rng), oddString(rng)
		e.When.Value.Start, e.When.Value.End = oddDay(rng), oddDay(rng)
		e.Kind = timeline.Kind{Name: oddString(rng), CAMEO: oddString(rng)}
		e.Expected = rng.IntN(2) == 0
		e.Actors = nil
		for range rng.IntN(3) {
			e.Actors = append(e.Actors, timeline.Actor{Name: oddString(rng), Role: oddString(rng), Type: oddString(rng)})
		}
		e.Source = timeline.Citation{Doc: oddString(rng), Sentence: rng.IntN(1000) - 1, Start: rng.Int(), End: -rng.Int()}
		e.Citations = nil
		for range rng.IntN(3) {
			quote := oddString(rng)
			if rng.IntN(2) == 0 {
				quote = e.Text // as most are: appendCitations copies the text written
			}
			e.Citations = append(e.Citations, timeline.Citation{Doc: oddString(rng), Sentence: rng.IntN(1000), Quote: quote})
		}
		events = append(events, e)
	}
	for i := range events {
		label := oddString(rng)
		want := encodeIndented(t, eventRecord(&events[i], label), elemIndent)
		if got := string(appendEvent(nil, &events[i], label)); got != want {
			t.Fatalf("event %d:\ngot  %q\nwant %q", i, got, want)
		}
	}
}

// TestSourceJSON checks appendSource against encoding/json's encoding of
// the source's record.
func TestSourceJSON(t *testing.T) {
	sources := []timeline.Source{
		{},
		{ID: "a.md", Title: `Kerry "and" Lavrov <b>&</b>`, Published: time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC),
			Path: "articles/a.md", URL: "https://x.org/a?b=1&c=2", Events: 12},
		{ID: "\x00\u2028\xff", Title: "“é”\n\t", Events: -1},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		sources = append(sources, timeline.Source{ID: oddString(rng), Title: oddString(rng), Published: oddDay(rng),
			Path: oddString(rng), URL: oddString(rng), Events: rng.Int() - math.MaxInt/2})
	}
	for i := range sources {
		want := encodeIndented(t, sourceRecord(&sources[i]), elemIndent)
		if got := string(appendSource(nil, &sources[i])); got != want {
			t.Errorf("source %d:\ngot  %q\nwant %q", i, got, want)
		}
	}
}
