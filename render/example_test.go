package render_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func ExampleLabel() {
	aug := time.Date(2016, time.August, 1, 0, 0, 0, 0, time.UTC)
	for _, v := range []dates.Value{
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay},
		{Type: dates.Date, Value: "2016-W34", Grain: dates.GrainWeek},
		{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModEnd, Start: aug, End: aug.AddDate(0, 1, -1)},
		{Type: dates.Date, Value: "2016", Grain: dates.GrainYear, Mod: dates.ModMid},
		{Type: dates.Date, Value: "201", Grain: dates.GrainDecade},
		{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute},
		{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan},
		{Type: dates.Set, Value: "XXXX-WXX-5"},
		{Type: dates.Date, Value: "FUTURE_REF"},
	} {
		fmt.Printf("%-17s %-10s %s\n", v.Value, v.Mod, render.Label(v))
	}
	// Output:
	// 2016-08-26                   Fri. Aug. 26, 2016
	// 2016-W34                     week of Aug. 22, 2016
	// 2016-08           END        late Aug. 2016
	// 2016              MID        mid-2016
	// 201                          the 2010s
	// 2016-08-26T15:00             Fri. Aug. 26, 2016, 3:00 p.m.
	// P5Y               MORE_THAN  more than 5 years
	// XXXX-WXX-5                   every Friday
	// FUTURE_REF                   in the future
}

// exampleTimeline is a timeline of one article with two events.
func exampleTimeline() *timeline.Timeline {
	published := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	return &timeline.Timeline{
		Title: "Geneva talks",
		Sources: []timeline.Source{{
			ID: "geneva", Title: "Kerry and Lavrov meet in Geneva", Published: published,
			Path: "geneva.md", URL: "https://example.com/geneva", Events: 2,
		}},
		Events: []timeline.Event{
			{
				ID:     "e1",
				When:   timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: published, End: published}, Rule: "lead"},
				Text:   "John Kerry met Sergey Lavrov in Geneva.",
				Source: timeline.Citation{Doc: "geneva", Sentence: 1, Start: 0, End: 39},
			},
			{
				ID:       "e2",
				When:     timeline.When{Value: dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, Phrase: "in the coming weeks", Rule: "future_ref"},
				Text:     "Experts will meet in the coming weeks.",
				Expected: true,
				Source:   timeline.Citation{Doc: "geneva", Sentence: 4, Start: 120, End: 158},
			},
		},
	}
}

func ExampleMarkdown() {
	if err := render.Markdown(os.Stdout, exampleTimeline()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Geneva talks
	//
	// ## Sources
	//
	// - [Kerry and Lavrov meet in Geneva][1] (`geneva`), published Fri. Aug. 26, 2016, 2 events
	//
	// ## Timeline
	//
	// **Fri. Aug. 26, 2016**
	//
	// - John Kerry met Sergey Lavrov in Geneva. \[[Kerry and Lavrov meet in Geneva, sentence 1][1]\]
	//
	// **in the future (expected)**
	//
	// - _in the coming weeks_: Experts will meet in the coming weeks. \[[Kerry and Lavrov meet in Geneva, sentence 4][1]\]
	//
	// [1]: https://example.com/geneva
}

func ExampleJSON() {
	t := exampleTimeline()
	t.Events = t.Events[1:]
	t.Sources[0].Events = 1
	if err := render.JSON(os.Stdout, t); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "version": 1,
	//   "title": "Geneva talks",
	//   "sources": [
	//     {
	//       "id": "geneva",
	//       "title": "Kerry and Lavrov meet in Geneva",
	//       "published": "2016-08-26",
	//       "path": "geneva.md",
	//       "url": "https://example.com/geneva",
	//       "events": 1
	//     }
	//   ],
	//   "skipped": [],
	//   "events": [
	//     {
	//       "id": "e2",
	//       "when": {
	//         "value": "FUTURE_REF",
	//         "type": "DATE",
	//         "grain": "",
	//         "mod": "",
	//         "start": "",
	//         "end": "",
	//         "phrase": "in the coming weeks",
	//         "label": "in the future",
	//         "rule": "future_ref"
	//       },
	//       "text": "Experts will meet in the coming weeks.",
	//       "expected": true,
	//       "source": {
	//         "doc": "geneva",
	//         "sentence": 4,
	//         "start": 120,
	//         "end": 158
	//       },
	//       "actors": [],
	//       "place": "",
	//       "kind": {
	//         "name": "",
	//         "cameo": ""
	//       },
	//       "citations": [
	//         {
	//           "doc": "geneva",
	//           "sentence": 4,
	//           "start": 120,
	//           "end": 158,
	//           "quote": ""
	//         }
	//       ],
	//       "date_conflict": ""
	//     }
	//   ]
	// }
}

func ExampleReadJSON() {
	const in = `{"version": 1, "title": "Geneva talks", "sources": [],
		"events": [{"id": "e1", "when": {"value": "2016-08", "mod": "END", "label": "late Aug. 2016"},
		"text": "Talks stalled in late August."}]}`
	t, err := render.ReadJSON(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range t.Events {
		fmt.Printf("%s: %s %s\n", e.ID, e.When.Label, e.Text)
	}
	// Output:
	// e1: late Aug. 2016 Talks stalled in late August.
}

// exampleMentions are the mentions of "Talks resumed on Friday, after more
// than 5 years." published on Aug. 26, 2016.
func exampleMentions() (string, []dates.Mention) {
	const text = "Talks resumed on Friday, after more than 5 years."
	fri := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	return text, []dates.Mention{
		{Start: 14, End: 23, Text: "on Friday", Rule: "weekday",
			Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: fri, End: fri}},
		{Start: 31, End: 48, Text: "more than 5 years", Rule: "duration",
			Value: dates.Value{Type: dates.Duration, Value: "P5Y", Mod: dates.ModMoreThan}},
	}
}

func ExampleMentions() {
	_, ms := exampleMentions()
	for _, r := range render.Mentions(ms) {
		fmt.Printf("%q %s %s %q\n", r.Text, r.Value, r.Grain, r.Mod)
	}
	// Output:
	// "on Friday" 2016-08-26 day ""
	// "more than 5 years" P5Y  "MORE_THAN"
}

func ExampleDatesJSON() {
	_, ms := exampleMentions()
	published := time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	if err := render.DatesJSON(os.Stdout, published, ms[:1]); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "published": "2016-08-26",
	//   "mentions": [
	//     {
	//       "start": 14,
	//       "end": 23,
	//       "text": "on Friday",
	//       "type": "DATE",
	//       "value": "2016-08-26",
	//       "mod": "",
	//       "grain": "day",
	//       "rule": "weekday"
	//     }
	//   ]
	// }
}

func ExampleDatesText() {
	text, ms := exampleMentions()
	if err := render.DatesText(os.Stdout, text, ms); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 14:23  DATE      2016-08-26  -          day  weekday   "on Friday"
	// 31:48  DURATION  P5Y         MORE_THAN  -    duration  "more than 5 years"
}
