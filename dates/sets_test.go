package dates

import (
	"testing"
	"time"
)

// TestEveryMonthWeekday checks that the weekday of a month's set ("the
// first Monday of each month") is no date, and that the weekday of a named
// month still is. testdata/corpus.txt checks the sets' values.
func TestEveryMonthWeekday(t *testing.T) {
	anchor := time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)
	for text, wantDate := range map[string]bool{
		"The council meets on the first Monday of each month.":     false,
		"The council meets on the first Monday in every month.":    false,
		"Alerts are tested on the first Wednesday of every month.": false,
		"The council met on the first Monday in August.":           true,
		"The council met on Monday of last week.":                  true,
	} {
		gotDate := false
		for _, m := range New().Tag(text, anchor) {
			gotDate = gotDate || m.Type == Date
		}
		if gotDate != wantDate {
			t.Errorf("%q: a date tagged is %v, want %v", text, gotDate, wantDate)
		}
	}
}

// TestPlanWordsShape checks that every adjective of a plan
// (data/plan_words.txt) has the shape planBefore looks up: planShortest
// letters or more, ending in d, g or e.
func TestPlanWordsShape(t *testing.T) {
	for w := range lex().plan {
		if last := w[len(w)-1]; len(w) < planShortest || last != 'd' && last != 'g' && last != 'e' {
			t.Errorf("plan word %q: planBefore would not look it up", w)
		}
	}
}
