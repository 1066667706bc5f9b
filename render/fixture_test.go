package render_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dayValue is the value of one calendar day.
func dayValue(y int, m time.Month, d int) dates.Value {
	t := date(y, m, d)
	return dates.Value{Type: dates.Date, Value: t.Format(time.DateOnly), Grain: dates.GrainDay, Start: t, End: t}
}

// interval is a DATE value covering the days first through last.
func interval(value string, g dates.Grain, mod dates.Mod, first, last time.Time) dates.Value {
	return dates.Value{Type: dates.Date, Value: value, Grain: g, Mod: mod, Start: first, End: last}
}

// sampleTimeline is a hand-made timeline from two articles, one with a URL:
// events of several grains in timeline order, two sharing a day, two
// expected, and one whose text tries to inject Markdown and HTML.
func sampleTimeline() *timeline.Timeline {
	const geneva, notes = "geneva-2016-08-26", "notes/council.txt"
	cite := func(doc string, n int) timeline.Citation {
		return timeline.Citation{Doc: doc, Sentence: n, Start: 100 * (n - 1), End: 100*n - 2}
	}
	return &timeline.Timeline{
		Title: "Syria talks, summer 2016",
		Sources: []timeline.Source{
			{
				ID:        geneva,
				Title:     "Kerry and Lavrov meet in Geneva",
				Published: date(2016, time.August, 26),
				Path:      "examples/geneva-2016/article.md",
				URL:       "https://example.com/world/2016/08/26/kerry-lavrov-geneva",
				Events:    8,
			},
			{
				ID:        notes,
				Published: date(2016, time.August, 29),
				Path:      "notes/council.txt",
				Events:    2,
			},
		},
		Events: []timeline.Event{
			{
				ID:     "e1",
				When:   timeline.When{Value: interval("199", dates.GrainDecade, "", date(1990, 1, 1), date(1999, 12, 31)), Phrase: "the 1990s", Rule: "decade"},
				Text:   "The two countries first discussed a joint force in the 1990s.",
				Source: cite(geneva, 9),
			},
			{
				ID:     "e2",
				When:   timeline.When{Value: interval("2015", dates.GrainYear, dates.ModMid, date(2015, 1, 1), date(2015, 12, 31)), Phrase: "in mid-2015", Rule: "year_mod"},
				Text:   "Russia began airstrikes after talks stalled in mid-2015.",
				Source: cite(geneva, 7),
			},
			{
				ID:     "e3",
				When:   timeline.When{Value: interval("2016-W33", dates.GrainWeek, "", date(2016, 8, 15), date(2016, 8, 21)), Phrase: "last week", Rule: "relative_week"},
				Text:   "Aid convoys were blocked last week near Aleppo.",
				Source: cite(geneva, 4),
			},
			{
				ID:     "e4",
				When:   timeline.When{Value: dayValue(2016, time.August, 21), Phrase: "Sunday", Rule: "weekday"},
				Text:   "A cease-fire in Hasakah was agreed on Sunday.",
				Source: cite(geneva, 5),
			},
			{
				ID:     "e5",
				When:   timeline.When{Value: dayValue(2016, time.August, 21), Phrase: "Aug. 21", Rule: "month_day"},
				Text:   `The council's statement of Aug. 21 called it "fragile" & asked for <b>monitors</b>.`,
				Source: cite(notes, 2),
			},
			{
				ID:     "e6",
				When:   timeline.When{Value: interval("2016-08", dates.GrainMonth, dates.ModEnd, date(2016, 8, 1), date(2016, 8, 31)), Phrase: "late August", Rule: "month_mod"},
				Text:   "1. Officials say *late August* talks <script>alert(1)</script> were [urgent](javascript:alert(1)) #breaking",
				Source: cite(notes, 3),
			},
			{
				ID:     "e7",
				When:   timeline.When{Value: dayValue(2016, time.August, 26), Rule: "lead"},
				Text:   "Secretary of State John Kerry met his Russian counterpart in Geneva.",
				Source: cite(geneva, 1),
			},
			{
				ID: "e8",
				When: timeline.When{Value: dates.Value{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute,
					Start: time.Date(2016, 8, 26, 15, 0, 0, 0, time.UTC), End: time.Date(2016, 8, 26, 15, 0, 59, 0, time.UTC)},
					Phrase: "3 p.m. Friday", Rule: "clock_weekday"},
				Text:   "The ministers spoke to reporters at 3 p.m. Friday.",
				Source: cite(geneva, 2),
			},
			{
				ID: "e9",
				When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-09-05", Grain: dates.GrainDay,
					Start: date(2016, 9, 5), End: date(2016, 9, 5), Future: true}, Phrase: "Sept. 5", Rule: "month_day"},
				Text:     "Experts will meet again on Sept. 5.",
				Expected: true,
				Source:   cite(geneva, 11),
			},
			{
				ID:       "e10",
				When:     timeline.When{Value: dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, Phrase: "in the coming weeks", Rule: "future_ref"},
				Text:     "A broader deal could follow in the coming weeks.",
				Expected: true,
				Source:   cite(geneva, 12),
			},
		},
	}
}

// bigTimeline is a timeline of n events over one source, for benchmarks.
func bigTimeline(n int) *timeline.Timeline {
	t := &timeline.Timeline{
		Title: "Benchmark",
		Sources: []timeline.Source{{ID: "a", Title: "An article", Published: date(2016, 8, 26),
			URL: "https://example.com/a"}},
	}
	for i := range n {
		d := date(2000, 1, 1).AddDate(0, 0, i)
		v := dayValue(d.Year(), d.Month(), d.Day())
		switch i % 4 {
		case 1:
			v = interval(d.Format("2006-01"), dates.GrainMonth, dates.ModStart, d, d)
		case 2:
			y, w := d.ISOWeek()
			v = interval(fmt.Sprintf("%04d-W%02d", y, w), dates.GrainWeek, "", d, d)
		}
		t.Events = append(t.Events, timeline.Event{
			ID:     fmt.Sprintf("e%d", i+1),
			When:   timeline.When{Value: v, Phrase: "on " + d.Format("January 2"), Rule: "month_day"},
			Text:   fmt.Sprintf("Event number %d happened on %s, officials said [in a statement] <today>.", i+1, d.Format("January 2")),
			Source: timeline.Citation{Doc: "a", Sentence: i + 1, Start: 80 * i, End: 80*i + 78},
		})
	}
	return t
}
