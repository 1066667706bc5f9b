package timeline_test

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/timeline"
)

// jsonlInput is a JSON-lines corpus named name, read from text.
func jsonlInput(name, text string) timeline.Input {
	return timeline.Input{Path: name, Format: timeline.InputJSONL, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(text)), nil
	}}
}

// exampleParts are the two parts of a corpus that the examples of
// partials build apart.
var exampleParts = []timeline.Input{
	jsonlInput("part1.jsonl", `{"id": "talks", "text": "Kerry and Lavrov met in Geneva on Friday.", "published": "2016-08-26"}`),
	jsonlInput("part2.jsonl", `{"id": "deal", "text": "Kerry and Lavrov agreed on a truce in Geneva on Sept. 9. Their talks in Geneva on Aug. 26 had failed.", "published": "2016-09-10"}`),
}

// writePartial writes the partial timeline of in to w, as a machine that
// builds it does.
func writePartial(w io.Writer, in timeline.Input) {
	var c timeline.Corpus
	pw := timeline.NewPartialWriter(w)
	if err := c.Stream(context.Background(), slices.Values([]timeline.Input{in}), timeline.Options{}, pw.Write); err != nil {
		panic(err)
	}
}

// printEvents prints the date, text and number of citations of each event
// of t.
func printEvents(t *timeline.Timeline) {
	for _, e := range t.Events {
		fmt.Printf("%s %q, %d citations\n", e.When.Value.Value, e.Text, len(e.Citations))
	}
}

// Two machines each build the partial timeline of their part of a corpus;
// the partials, written as JSON lines and read back in any order, merge
// into the timeline of the whole corpus.
func ExamplePartial() {
	var lines strings.Builder
	for _, in := range exampleParts {
		writePartial(&lines, in) // a machine's output
	}

	var p timeline.Partial
	if err := p.ReadJSONL("partials", strings.NewReader(lines.String())); err != nil {
		panic(err)
	}
	t, err := p.Timeline(timeline.Options{})
	if err != nil {
		panic(err)
	}
	printEvents(t)
	// Output:
	// 2016-08-26 "Kerry and Lavrov met in Geneva on Friday.", 2 citations
	// 2016-09-09 "Kerry and Lavrov agreed on a truce in Geneva on Sept. 9.", 1 citations
}

// Partials read from several streams, as `timeline merge` reads its
// files, give the timeline of them all without gathering their events in
// one slice.
func ExamplePartials() {
	var ps timeline.Partials
	for _, in := range exampleParts {
		var lines strings.Builder
		writePartial(&lines, in)
		if err := ps.ReadJSONL(in.Path, strings.NewReader(lines.String())); err != nil {
			panic(err)
		}
	}
	t, err := ps.Timeline(timeline.Options{})
	if err != nil {
		panic(err)
	}
	printEvents(t)
	fmt.Println(len(ps.Partial().Events), "events before merging")
	// Output:
	// 2016-08-26 "Kerry and Lavrov met in Geneva on Friday.", 2 citations
	// 2016-09-09 "Kerry and Lavrov agreed on a truce in Geneva on Sept. 9.", 1 citations
	// 3 events before merging
}

// Read analyses a stream of inputs on several goroutines and keeps only
// their events; Build makes the timeline.
func ExampleCorpus_Read() {
	var c timeline.Corpus
	inputs := []timeline.Input{
		jsonlInput("corpus.jsonl", `{"id": "talks", "text": "Kerry and Lavrov met in Geneva on Friday.", "published": "2016-08-26"}
{"id": "undated", "text": "Aid waited at the border."}`),
		{Path: "photo.jpg", Skip: "not an article file (.jpg)"},
	}
	err := c.Read(context.Background(), slices.Values(inputs), timeline.Options{Jobs: 2})
	if err != nil {
		panic(err)
	}
	t, err := c.Build(timeline.Options{})
	if err != nil {
		panic(err)
	}
	for _, e := range t.Events {
		fmt.Println(e.When.Value.Value, e.Text)
	}
	for _, s := range t.Skipped {
		fmt.Println("skipped", s.Path+":", s.Reason)
	}
	// Output:
	// 2016-08-26 Kerry and Lavrov met in Geneva on Friday.
	// skipped corpus.jsonl:2: no publication date: pass --published or add "published"
	// skipped photo.jpg: not an article file (.jpg)
}

// StreamEncoded writes a partial timeline with its records encoded on the
// goroutines that analyse the documents; emit, called in input order, only
// writes them.
func ExampleCorpus_StreamEncoded() {
	var c timeline.Corpus
	in := jsonlInput("corpus.jsonl", `{"id": "talks", "text": "Kerry and Lavrov met in Geneva on Friday.", "published": "2016-08-26"}
{"id": "undated", "text": "Aid waited at the border."}`)
	var out strings.Builder
	pw := timeline.NewPartialWriter(&out)
	err := c.StreamEncoded(context.Background(), slices.Values([]timeline.Input{in}), timeline.Options{Jobs: 2}, pw.Encode,
		func(p *timeline.Partial, records []byte) error {
			fmt.Printf("%d sources, %d events, %d skipped: %d records\n", len(p.Sources), len(p.Events), len(p.Skipped), strings.Count(string(records), "\n"))
			return pw.WriteEncoded(records)
		})
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Count(out.String(), "\n"), "lines in all, with the version record")
	// Output:
	// 1 sources, 1 events, 0 skipped: 2 records
	// 0 sources, 0 events, 1 skipped: 1 records
	// 4 lines in all, with the version record
}
