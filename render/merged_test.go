package render_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// mergedTimeline is a timeline of three articles as Build writes it after
// merging: events with actors, places and kinds, one event cited by three
// articles, one with a date conflict, and skipped inputs.
func mergedTimeline() *timeline.Timeline {
	const geneva, deal, truce = "geneva-2016-08-26", "deal-2016-09-10", "truce.txt"
	cite := func(doc string, n int, quote string) timeline.Citation {
		return timeline.Citation{Doc: doc, Sentence: n, Start: 100 * (n - 1), End: 100*n - 2, Quote: quote}
	}
	kerry := timeline.Actor{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}
	lavrov := timeline.Actor{Name: "Sergey Lavrov", Type: "person"}
	russia := timeline.Actor{Name: "Russia", Type: "state"}
	negotiation := timeline.Kind{Name: "negotiation", CAMEO: "046"}
	ceasefire := timeline.Kind{Name: "ceasefire", CAMEO: "0871"}
	other := timeline.Kind{Name: "other"}

	talks := cite(geneva, 1, "The top diplomats of Russia and the United States are meeting in Geneva.")
	talksA := cite(deal, 4, "The deal grew out of talks in Geneva on Aug. 26.")
	talksB := cite(truce, 6, "It was first drafted at last month's meeting in Geneva.")
	start := cite(deal, 2, "The truce will begin at sundown on Sept. 12.")
	startB := cite(truce, 1, "A truce took hold across Syria on Monday, Sept. 12.")
	return &timeline.Timeline{
		Title: "Syria truce, 2016",
		Sources: []timeline.Source{
			{ID: geneva, Title: "Kerry, Lavrov meet in Geneva", Published: date(2016, 8, 26),
				Path: "geneva.md", URL: "https://example.org/geneva", Events: 2},
			{ID: deal, Title: "US and Russia agree on a truce", Published: date(2016, 9, 10),
				Path: "deal.md", URL: "https://example.org/deal", Events: 2},
			{ID: truce, Published: date(2016, 9, 13), Path: "truce.txt", Events: 2},
		},
		Skipped: []timeline.SkippedDoc{
			{Path: "corpus.jsonl:7", Reason: `no publication date: pass --published or add "published"`},
			{Path: "notes/`odd` *name*.md", Reason: "line 2: invalid YAML <front matter>: fix the YAML"},
		},
		Events: []timeline.Event{
			{
				ID:        "e1",
				When:      timeline.When{Value: dayValue(2016, time.August, 26), Rule: "lead"},
				Text:      talks.Quote,
				Source:    talks,
				Citations: []timeline.Citation{talksA, talks, talksB},
				Actors:    []timeline.Actor{russia, {Name: "United States", Type: "state"}, kerry, lavrov},
				Place:     "Geneva",
				Kind:      negotiation,
			},
			{
				ID:        "e2",
				When:      timeline.When{Value: dayValue(2016, time.August, 31), Phrase: "Wednesday", Rule: "weekday"},
				Text:      "Aid trucks waited at the *border* on Wednesday.",
				Source:    cite(geneva, 9, "Aid trucks waited at the *border* on Wednesday."),
				Citations: []timeline.Citation{cite(geneva, 9, "Aid trucks waited at the *border* on Wednesday.")},
				Place:     "Cilvegozu <border>",
				Kind:      other,
			},
			{
				ID: "e3",
				When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-09-12", Grain: dates.GrainDay,
					Start: date(2016, 9, 12), End: date(2016, 9, 12)}, Phrase: "Sept. 12", Rule: "month_day"},
				Text:         start.Quote,
				Source:       start,
				Citations:    []timeline.Citation{start, startB},
				Actors:       []timeline.Actor{{Name: "Syria", Type: "state"}},
				Kind:         ceasefire,
				DateConflict: "2016-09-12 (1), 2016-09-11 (1)",
			},
		},
	}
}

func TestMergedMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := render.Markdown(&buf, mergedTimeline()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "merged.md.golden", buf.Bytes())

	// Everything renders as text: names, places, quotes and reasons.
	html := toHTML(t, buf.Bytes())
	checkHTML(t, html, "https://example.org/geneva", "https://example.org/deal")
	for _, want := range []string{
		"Cilvegozu &lt;border&gt;",
		"invalid YAML &lt;front matter&gt;",
		"<code>notes/`odd` *name*.md</code>",
		"Aid trucks waited at the *border* on Wednesday.",
		"John Kerry (US Secretary of State, person)",
		"Kind: negotiation (CAMEO 046)",
		"It was first drafted at last month's meeting in Geneva.",
		"Sources disagree on the date: 2016-09-12 (1), 2016-09-11 (1)",
	} {
		if !strings.Contains(html, escapeHTML(want)) && !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("Markdown:\n%s\nHTML:\n%s", buf.String(), html)
	}
}

func TestMergedJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := render.JSON(&buf, mergedTimeline()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "merged.json.golden", buf.Bytes())

	rec, err := render.ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tl := mergedTimeline()
	if len(rec.Skipped) != len(tl.Skipped) || rec.Skipped[0].Path != tl.Skipped[0].Path || rec.Skipped[0].Reason != tl.Skipped[0].Reason {
		t.Errorf("skipped read back as %+v, want %+v", rec.Skipped, tl.Skipped)
	}
	for i, s := range tl.Sources {
		if rec.Sources[i].Events != s.Events {
			t.Errorf("source %s: events %d, want %d", s.ID, rec.Sources[i].Events, s.Events)
		}
	}
	for i, e := range tl.Events {
		r := rec.Events[i]
		if len(r.Citations) != len(e.Citations) || len(r.Actors) != len(e.Actors) || r.Place != e.Place ||
			r.Kind.Name != e.Kind.Name || r.Kind.CAMEO != e.Kind.CAMEO || r.DateConflict != e.DateConflict {
			t.Errorf("event %s read back as %+v", e.ID, r)
			continue
		}
		for j, c := range e.Citations {
			if rc := r.Citations[j]; rc.Doc != c.Doc || rc.Sentence != c.Sentence || rc.Quote != c.Quote {
				t.Errorf("event %s citation %d: %+v, want %+v", e.ID, j, rc, c)
			}
		}
		if r.Source.Doc != e.Source.Doc || r.Source.Sentence != e.Source.Sentence {
			t.Errorf("event %s: source %+v, want %+v", e.ID, r.Source, e.Source)
		}
	}
}

// An event made by hand without Citations cites its Source, and its
// arrays are [] rather than null.
func TestJSONEventWithoutCitations(t *testing.T) {
	var buf bytes.Buffer
	if err := render.JSON(&buf, exampleTimeline()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"actors": []`,
		`"citations": [
        {
          "doc": "geneva",
          "sentence": 1,
          "start": 0,
          "end": 39,
          "quote": ""
        }
      ]`,
		`"skipped": []`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("JSON lacks %s:\n%s", want, buf.String())
		}
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("JSON has null:\n%s", buf.String())
	}
}
