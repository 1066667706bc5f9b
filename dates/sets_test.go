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
