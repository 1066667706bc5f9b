package timeline

import (
	"bytes"
	"reflect"
	"testing"
)

// Partials read in chunks of any size, the events of each kept apart,
// give the timeline that a Partial reading the same lines gives, and
// giving it leaves them as they were: a second one is the same.
func TestPartialsTimeline(t *testing.T) {
	p := analyzeFiles(t, "../examples/geneva-2016/article*.md", "../testdata/multi/*.md", "testdata/*.txt")
	p.Skipped = append(p.Skipped, SkippedDoc{Path: "a.md", Reason: `no "date"`})
	in := appendRecords(appendHeaderRecord(nil), p)
	// The same documents twice, as two partials of one corpus can hold
	// them: their events count once.
	in = append(in, appendRecords(nil, p)...)
	var whole Partial
	if err := whole.ReadJSONL("in", bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	want, err := whole.Timeline(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Events) < 10 {
		t.Fatalf("%d events in the example articles", len(want.Events))
	}
	for _, size := range []int{1, 500, 4096, 1 << 20} {
		var ps Partials
		if err := ps.readJSONL("in", bytes.NewReader(in), size, MaxJSONLine); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			got, err := ps.Timeline(Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("chunks of %d: the timeline of Partials differs from that of a Partial", size)
			}
		}
	}
}

// Events whose document no source describes are an error, as for a
// Partial.
func TestPartialsOrphans(t *testing.T) {
	p := analyzeFiles(t, "../testdata/multi/*.md")
	p.Sources = p.Sources[1:]
	var ps Partials
	if err := ps.readJSONL("in", bytes.NewReader(appendRecords(nil, p)), 100, MaxJSONLine); err != nil {
		t.Fatal(err)
	}
	_, err := ps.Timeline(Options{})
	_, want := p.Timeline(Options{})
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("error %v, want %v", err, want)
	}
}
