package render

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

// encodeIndented is what appendEventJSON must match: encoding/json without
// HTML escaping, indented by two spaces after prefix.
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

// TestEventJSON checks appendEventJSON against encoding/json: every field
// filled (a field added to EventRecord and not to appendEventJSON shows
// here), no actors, several citations, and strings with everything that
// needs escaping.
func TestEventJSON(t *testing.T) {
	full := EventRecord{
		ID:       "e1",
		When:     WhenRecord{Value: "2016-08-26", Type: "DATE", Grain: "day", Mod: "END", Start: "2016-08-26", End: "2016-08-26", Phrase: "Friday", Label: "Fri. Aug. 26, 2016", Rule: "weekday"},
		Text:     `Kerry said "talks" <b>&</b> went on`,
		Expected: true,
		Source:   CitationRecord{Doc: "a.md", Sentence: 3, Start: 120, End: 180},
		Actors:   []ActorRecord{{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}, {Name: "Russia", Type: "state"}},
		Place:    "Geneva",
		Kind:     KindRecord{Name: "meeting", CAMEO: "044"},
		Citations: []QuoteRecord{
			{Doc: "a.md", Sentence: 3, Start: 120, End: 180, Quote: "q1"},
			{Doc: "b.md", Sentence: -1, Start: 0, End: math.MaxInt, Quote: "q2"},
		},
		DateConflict: "2016-08-26 (2), 2016-08-25 (1)",
	}
	empty := EventRecord{Actors: []ActorRecord{}, Citations: []QuoteRecord{}}
	recs := []EventRecord{full, empty}
	odd := []string{"", "\x00\x01\x1f\x7f", "\b\f\n\r\t\"\\/", "\u2028\u2029", "caf\xc3", "\xff\xfe", "“quotes” — and é", "<script>&amp;"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		r := full
		pick := func() string {
			var b []byte
			for range rng.IntN(4) {
				b = append(b, odd[rng.IntN(len(odd))]...)
				b = append(b, byte(rng.IntN(256)))
			}
			return string(b)
		}
		r.Text, r.When.Phrase, r.Place = pick(), pick(), pick()
		r.Actors = []ActorRecord{{Name: pick(), Role: pick(), Type: pick()}}
		r.Citations = []QuoteRecord{{Doc: pick(), Quote: pick()}}
		recs = append(recs, r)
	}
	for _, prefix := range []string{"", "    "} {
		for i := range recs {
			want := encodeIndented(t, recs[i], prefix)
			if got := string(appendEventJSON(nil, &recs[i], prefix)); got != want {
				t.Fatalf("record %d, prefix %q:\ngot  %q\nwant %q", i, prefix, got, want)
			}
		}
	}
}

// appendSourceJSON writes what encoding/json writes, indented.
func TestSourceJSON(t *testing.T) {
	recs := []SourceRecord{
		{},
		{ID: "a.md", Title: `Kerry "and" Lavrov <b>&</b>`, Published: "2016-08-26", Path: "articles/a.md", URL: "https://x.org/a?b=1&c=2", Events: 12},
		{ID: "\x00\u2028\xff", Title: "“é”\n\t", Events: -1},
	}
	for _, prefix := range []string{"", "    "} {
		for i := range recs {
			want := encodeIndented(t, recs[i], prefix)
			if got := string(appendSourceJSON(nil, &recs[i], prefix)); got != want {
				t.Errorf("record %d, prefix %q:\ngot  %q\nwant %q", i, prefix, got, want)
			}
		}
	}
}
