package timeline_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"

	"github.com/timelinehq/timeline/timeline"
)

func ExampleBuild() {
	doc, err := timeline.ReadDocument("geneva.md", []byte(`---
title: Kerry, Lavrov kick off Syria talks in Geneva
published: 2016-08-26
---
The top diplomats of Russia and the United States are meeting in Geneva.

Kerry met Putin in Moscow last month. Experts will stay in Geneva in the coming days.
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range tl.Events {
		fmt.Printf("%-10s %-16q %s\n", e.When.Value.Value, e.When.Phrase, e.Text)
	}
	// Output:
	// 2016-07    "last month"     Kerry met Putin in Moscow last month.
	// 2016-08-26 ""               The top diplomats of Russia and the United States are meeting in Geneva.
	// FUTURE_REF "the coming days" Experts will stay in Geneva in the coming days.
}

func ExampleMerge() {
	day := func(d int) dates.Value {
		t := time.Date(2016, time.August, d, 0, 0, 0, 0, time.UTC)
		return dates.Value{Type: dates.Date, Value: t.Format(time.DateOnly), Grain: dates.GrainDay, Start: t, End: t}
	}
	august := dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth,
		Start: time.Date(2016, 8, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 31, 0, 0, 0, 0, time.UTC)}
	talks := timeline.Kind{Name: "negotiation", CAMEO: "046"}
	event := func(doc string, n int, v dates.Value, text string) timeline.Event {
		c := timeline.Citation{Doc: doc, Sentence: n, Quote: text}
		return timeline.Event{When: timeline.When{Value: v}, Text: text, Source: c, Citations: []timeline.Citation{c},
			Kind: talks, Place: "Geneva"}
	}
	sources := []timeline.Source{
		{ID: "aug-26", Published: time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)},
		{ID: "sep-13", Published: time.Date(2016, 9, 13, 0, 0, 0, 0, time.UTC)},
	}
	merged := timeline.Merge([]timeline.Event{
		event("sep-13", 6, august, "The deal was drafted at last month's talks in Geneva."),
		event("aug-26", 1, day(26), "Kerry and Lavrov are holding talks in Geneva."),
		event("aug-26", 9, day(26), "Experts will stay in Geneva after the talks."),
	}, sources)
	for _, e := range merged {
		fmt.Printf("%s %q\n", e.When.Value.Value, e.Text)
		for _, c := range e.Citations {
			fmt.Printf("  %s, sentence %d\n", c.Doc, c.Sentence)
		}
	}
	// Output:
	// 2016-08-26 "Kerry and Lavrov are holding talks in Geneva."
	//   aug-26, sentence 1
	//   sep-13, sentence 6
	// 2016-08-26 "Experts will stay in Geneva after the talks."
	//   aug-26, sentence 9
}

func ExampleCorpus() {
	var c timeline.Corpus
	c.AddFile("talks.md", []byte("---\npublished: 2016-08-26\n---\nKerry and Lavrov met in Geneva on Friday.\n"))
	c.AddJSONL("corpus.jsonl", strings.NewReader(`{"id": "deal", "text": "They agreed on a truce on Friday.", "published": "2016-09-10"}
{"id": "undated", "text": "Aid waited at the border."}
`))
	for _, d := range c.Docs {
		fmt.Println("use", d.ID, d.Published.Format(time.DateOnly))
	}
	for _, s := range c.Skipped {
		fmt.Println("skip", s.Path+":", s.Reason)
	}
	// Output:
	// use talks.md 2016-08-26
	// use deal 2016-09-10
	// skip corpus.jsonl:2: no publication date: pass --published or add "published"
}
